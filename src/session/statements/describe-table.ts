// DESCRIBE [TABLE] [EXTENDED | FORMATTED] t [col]: col_name / data_type / comment rows, the
// "# Partition Information" section for partitioned tables, and with EXTENDED the
// "# Detailed Table Information" section of catalog tables and persistent views, as Spark prints them.
// DESCRIBE t col: info_name / info_value rows.
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException, quoteId } from "../../errors/spark-error.js";
import type { DescribeTableStatement } from "../../sql/statement.js";
import type { StructField, StructType } from "../../types/data-type.js";
import { catalogString } from "../../types/type-strings.js";
import type { TableDefinition } from "../catalog.js";
import { QueryExecution } from "../query-execution.js";
import { command, stringCols, type ResultRow, type StatementContext } from "./context.js";
import { qualifyPath, requireRelation, tableTypeOf } from "./tables.js";

export function runDescribeTable(ctx: StatementContext, stmt: DescribeTableStatement): DataFrame {
  if (stmt.column) {
    return command(ctx, stringCols("info_name", "info_value"), async () => {
      const schema = await relationSchema(ctx, stmt.name);
      const name = stmt.column!.join(".");
      const f = schema.fields.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!f) throw new AnalysisException("UNRESOLVED_COLUMN.WITHOUT_SUGGESTION", { objectName: quoteId(name) });
      return [
        ["col_name", f.name],
        ["data_type", catalogString(f.dataType)],
        ["comment", commentOf(f) ?? "NULL"],
      ];
    });
  }
  return command(ctx, stringCols("col_name", "data_type", "comment"), async () => {
    const ref = requireRelation(ctx.state, stmt.name);
    const table = ref.kind === "table" ? ref.table : undefined;
    const schema = await relationSchema(ctx, stmt.name);
    const rows: ResultRow[] = schema.fields.map(columnRow);
    if (table && table.partitionColumns.length > 0) {
      rows.push(["# Partition Information", "", ""], ["# col_name", "data_type", "comment"]);
      for (const p of table.partitionColumns) rows.push(columnRow(schema.fields.find((f) => f.name === p)!));
    }
    if (stmt.extended && table) rows.push(["", "", ""], ["# Detailed Table Information", "", ""], ...detailedRows(table));
    return rows;
  });
}

/** The schema a name reads: the catalog schema of a table, the analyzed schema of a view. */
export async function relationSchema(ctx: StatementContext, nameParts: readonly string[]): Promise<StructType> {
  const ref = requireRelation(ctx.state, nameParts);
  if (ref.kind === "table" && ref.table.schema && tableTypeOf(ref.table) !== "VIEW") return ref.table.schema;
  return new QueryExecution(ctx.state, ctx.state.catalog.refPlan(ref)).schema();
}

function commentOf(f: StructField): string | undefined {
  const c = f.metadata?.["comment"];
  return typeof c === "string" ? c : undefined;
}

function columnRow(f: StructField): ResultRow {
  return [f.name, catalogString(f.dataType), commentOf(f) ?? null];
}

/** Java's Date.toString: "Wed Nov 25 16:30:51 UTC 2026" (in UTC). */
function javaDateString(ms: number): string {
  const d = new Date(ms);
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = (n: number) => String(n).padStart(2, "0");
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

const mapString = (m: Readonly<Record<string, string>>): string =>
  "[" + Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join(", ") + "]";

function detailedRows(t: TableDefinition): ResultRow[] {
  const type = tableTypeOf(t);
  const rows: [string, string][] = [
    ["Catalog", "spark_catalog"],
    ["Database", t.database],
    ["Table", t.name],
    ["Created Time", javaDateString(t.createTime ?? Date.now())],
    ["Last Access", "UNKNOWN"],
    ["Created By", "Spark 4.1.1"],
    ["Type", type],
  ];
  if (type === "VIEW") {
    rows.push(
      ["View Text", t.viewText ?? ""],
      ["View Original Text", t.viewText ?? ""],
      ["View Schema Mode", "COMPENSATION"],
      ["View Catalog and Namespace", `spark_catalog.${t.database}`],
      ["View Query Output Columns", "[" + (t.schema?.fields ?? []).map((f) => quoteId(f.name)).join(", ") + "]"],
    );
    return rows.map(([k, v]) => [k, v, ""]);
  }
  rows.push(["Provider", t.format]);
  if (t.bucketSpec) {
    const list = (cols: readonly string[]) => "[" + cols.map(quoteId).join(", ") + "]";
    rows.push(["Num Buckets", String(t.bucketSpec.numBuckets)], ["Bucket Columns", list(t.bucketSpec.bucketColumns)], ["Sort Columns", list(t.bucketSpec.sortColumns)]);
  }
  if (t.comment !== undefined) rows.push(["Comment", t.comment]);
  if (t.properties && Object.keys(t.properties).length > 0) rows.push(["Table Properties", mapString(t.properties)]);
  rows.push(["Location", qualifyPath(t.location)]);
  if (Object.keys(t.options).length > 0) rows.push(["Storage Properties", mapString(t.options)]);
  if (t.partitionColumns.length > 0) rows.push(["Partition Provider", "Catalog"]);
  return rows.map(([k, v]) => [k, v, ""]);
}
