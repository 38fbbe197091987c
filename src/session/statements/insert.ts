// INSERT INTO | OVERWRITE [TABLE] t [PARTITION (p = v, q)] [(cols) | BY NAME] query.
// Query columns are matched to table columns by position (or the column list, or by name), checked
// with the ANSI store-assignment rule and cast to the column types; columns left out of a column
// list are NULL. Static partition values choose the partition directory the rows go to, so
// INSERT OVERWRITE ... PARTITION (p = 1) replaces only that partition (static overwrite mode);
// without a static value, OVERWRITE replaces the whole table.
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException, quoteId, quoteType, SparkArithmeticException, SparkError } from "../../errors/spark-error.js";
import { escapePathName, DEFAULT_PARTITION_NAME } from "../../io/partitioning/path-escaping.js";
import type { Expr } from "../../plan/expr/unresolved.js";
import { newPlanId, type LogicalPlan } from "../../plan/logical/unresolved.js";
import { oneRowRelation } from "../../sql/plan-build.js";
import type { InsertStatement } from "../../sql/statement.js";
import { StringType, type DataType, type StructField } from "../../types/data-type.js";
import { sqlTypeName } from "../../types/type-strings.js";
import { qualifiedName, type TableDefinition } from "../catalog.js";
import { QueryExecution } from "../query-execution.js";
import type { SessionState } from "../session-state.js";
import { writeDataFrameNow as writeDataFrame } from "../write-files.js";
import { analyzeQuery, noResult, type StatementContext } from "./context.js";
import { canStoreAssign } from "./store-assignment.js";
import { fsOf, requireTable } from "./tables.js";
import { refreshCachedTable } from "./refresh-table.js";

export function runInsert(ctx: StatementContext, stmt: InsertStatement): DataFrame {
  return noResult(ctx, async () => {
    const { state } = ctx;
    const table = requireTable(state, stmt.table, "INSERT");
    await insertInto(ctx, table, stmt.query, {
      overwrite: stmt.overwrite,
      ...(stmt.columns ? { columns: stmt.columns } : {}),
      byName: stmt.byName,
      ...(stmt.partition ? { partition: stmt.partition } : {}),
    });
  });
}

export interface InsertOptions {
  readonly overwrite: boolean;
  readonly columns?: readonly string[];
  readonly byName?: boolean;
  readonly partition?: Readonly<Record<string, Expr | undefined>>;
}

/** Writes a query's rows into a catalog table (also used by DataFrameWriter.insertInto). */
export async function insertInto(ctx: StatementContext, table: TableDefinition, query: LogicalPlan, opts: InsertOptions): Promise<void> {
  const { state } = ctx;
  const tableName = qualifiedName(table.database, table.name);
  const fields = table.schema?.fields ?? [];
  const find = (n: string): StructField => {
    const f = fields.find((x) => x.name.toLowerCase() === n.toLowerCase());
    if (!f) throw new AnalysisException("UNRESOLVED_COLUMN.WITHOUT_SUGGESTION", { objectName: quoteId(n) });
    return f;
  };

  // Static partition values: p = v.
  const staticValues = new Map<string, Expr>();
  for (const [k, v] of Object.entries(opts.partition ?? {})) {
    const f = find(k);
    if (!table.partitionColumns.includes(f.name)) {
      throw new AnalysisException("PARTITIONS_NOT_FOUND", { partitionList: quoteId(k), tableName });
    }
    if (v !== undefined) staticValues.set(f.name, v);
  }
  const targets = opts.columns ? opts.columns.map(find) : fields.filter((f) => !staticValues.has(f.name));

  const qe = await analyzeQuery(state, query);
  const source = (await qe.schema()).fields;
  let sourceIndexOf: (f: StructField) => number | undefined;
  if (opts.byName) {
    for (const s of source) if (!fields.some((f) => f.name.toLowerCase() === s.name.toLowerCase())) {
      throw new AnalysisException("INCOMPATIBLE_DATA_FOR_TABLE.EXTRA_COLUMNS", { tableName, extraColumns: quoteId(s.name) });
    }
    sourceIndexOf = (f) => {
      const i = source.findIndex((s) => s.name.toLowerCase() === f.name.toLowerCase());
      return i < 0 ? undefined : i;
    };
  } else {
    if (source.length !== targets.length) {
      throw new AnalysisException(`INSERT_COLUMN_ARITY_MISMATCH.${source.length < targets.length ? "NOT_ENOUGH" : "TOO_MANY"}_DATA_COLUMNS`, {
        tableName,
        tableColumns: targets.map((f) => quoteId(f.name)).join(", "),
        dataColumns: source.map((f) => quoteId(f.name)).join(", "),
      });
    }
    sourceIndexOf = (f) => {
      const i = targets.indexOf(f);
      return i < 0 ? undefined : i;
    };
  }

  // The staticly partitioned prefix decides the target directory; the rest are dynamic.
  const staticPrefix: string[] = [];
  for (const p of table.partitionColumns) {
    if (!staticValues.has(p)) break;
    staticPrefix.push(p);
  }
  if (staticPrefix.length < staticValues.size) {
    throw new AnalysisException("FAISCA_UNSUPPORTED_STATIC_PARTITION", { tableName, partitions: [...staticValues.keys()].map(quoteId).join(", ") });
  }

  // Rename the query's columns by position, then cast each into its table column.
  const positional: LogicalPlan = { kind: "to_df", planId: newPlanId(), input: query, columnNames: source.map((_, i) => `__insert_col${i}`) };
  const exprs: Expr[] = [];
  for (const f of fields) {
    if (staticPrefix.includes(f.name)) continue;
    const staticValue = staticValues.get(f.name);
    const i = staticValue ? undefined : sourceIndexOf(f);
    let child: Expr;
    if (staticValue) child = staticValue;
    else if (i === undefined) child = { kind: "literal", value: null, dataType: { kind: "null" } };
    else {
      const from = source[i]!.dataType;
      if (!canStoreAssign(from, f.dataType)) {
        throw new AnalysisException("INCOMPATIBLE_DATA_FOR_TABLE.CANNOT_SAFELY_CAST", {
          tableName,
          colName: quoteId(f.name),
          srcType: quoteType(sqlTypeName(from)),
          targetType: quoteType(sqlTypeName(f.dataType)),
        });
      }
      child = { kind: "unresolved_attribute", nameParts: [`__insert_col${i}`] };
    }
    exprs.push({ kind: "alias", child: { kind: "cast", child, dataType: f.dataType, evalMode: "ansi" }, names: [f.name] });
  }
  const plan: LogicalPlan = { kind: "project", planId: newPlanId(), input: positional, expressions: exprs };

  const fs = fsOf(table.location);
  let path = table.location;
  for (const p of staticPrefix) {
    const value = await partitionValueString(state, staticValues.get(p)!, find(p).dataType);
    path = fs.join(path, `${escapePathName(p)}=${value === null ? DEFAULT_PARTITION_NAME : escapePathName(value)}`);
  }
  await writeRows(targets, source, () => writeDataFrame(
    ctx.session.dataFrame(plan),
    {
      format: table.format,
      mode: opts.overwrite ? "overwrite" : "append",
      options: { ...table.options },
      partitionBy: table.partitionColumns.filter((p) => !staticPrefix.includes(p)),
      sortBy: [],
    },
    { path },
  ));
  refreshCachedTable(state, table);
}

/** Runs the write; a cast overflow becomes Spark's table-insert error naming the column. */
async function writeRows(targets: readonly StructField[], source: readonly StructField[], write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    const err = e as SparkError;
    if (err instanceof SparkError && err.errorClass === "CAST_OVERFLOW") {
      const { sourceType, targetType } = err.messageParameters;
      const i = targets.findIndex((f, j) => source[j] && quoteType(sqlTypeName(source[j]!.dataType)) === sourceType && quoteType(sqlTypeName(f.dataType)) === targetType);
      if (i >= 0) {
        throw new SparkArithmeticException("CAST_OVERFLOW_IN_TABLE_INSERT", { sourceType: sourceType!, targetType: targetType!, columnName: quoteId(targets[i]!.name) }, { cause: e });
      }
    }
    throw e;
  }
}

/** The directory-name form of a static partition value: CAST(CAST(v AS type) AS STRING). */
async function partitionValueString(state: SessionState, value: Expr, type: DataType): Promise<string | null> {
  const plan: LogicalPlan = {
    kind: "project",
    planId: newPlanId(),
    input: oneRowRelation(),
    expressions: [{ kind: "cast", child: { kind: "cast", child: value, dataType: type, evalMode: "ansi" }, dataType: StringType(), evalMode: "ansi" }],
  };
  const { rows } = await new QueryExecution(state, plan).collectInternal();
  const v = rows[0]?.[0];
  return v === null || v === undefined ? null : String(v);
}
