// CREATE [OR REPLACE] [EXTERNAL] TABLE [IF NOT EXISTS] t [(cols)] USING fmt [OPTIONS] [PARTITIONED BY]
// [LOCATION] [COMMENT] [TBLPROPERTIES] [AS query].
// Managed tables live under the warehouse (default db: <warehouse>/<t>, others: <warehouse>/<db>.db/<t>);
// LOCATION makes the table external (DROP keeps its files). AS query writes the rows through
// writeDataFrame; without it the (managed) table directory is created empty. Partition columns
// move to the end of the schema, as Spark does for datasource tables.
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException, quoteId } from "../../errors/spark-error.js";
import { newPlanId, type LogicalPlan } from "../../plan/logical/unresolved.js";
import type { CreateTableStatement } from "../../sql/statement.js";
import { StructType, type StructField } from "../../types/data-type.js";
import { qualifiedName } from "../catalog.js";
import { QueryExecution } from "../query-execution.js";
import { writeDataFrameNow as writeDataFrame } from "../write-files.js";
import { analyzeQuery, noResult, type StatementContext } from "./context.js";
import { defaultTableLocation, fsOf, qualifyPath, splitTableName, tableTypeOf } from "./tables.js";
import { dropTableData } from "./drop-table.js";

export function runCreateTable(ctx: StatementContext, stmt: CreateTableStatement): DataFrame {
  return noResult(ctx, async () => {
    const { state } = ctx;
    const [db, name] = splitTableName(state, stmt.name);
    state.catalog.getDatabase(db); // SCHEMA_NOT_FOUND first, as Spark
    const existing = state.catalog.getTable([db, name]);
    if (existing) {
      if (stmt.ifNotExists) return;
      if (!stmt.replace || tableTypeOf(existing) === "VIEW") throw new AnalysisException("TABLE_OR_VIEW_ALREADY_EXISTS", { relationName: qualifiedName(db, name) });
      state.catalog.dropTable([db, name]);
      await dropTableData(existing);
    }
    const provider = (stmt.provider ?? state.conf.get("spark.sql.sources.default", "parquet")).toLowerCase();
    const managed = stmt.location === undefined;
    const location = managed ? defaultTableLocation(state, db, name) : fsOf(stmt.location!).resolve(stmt.location!);

    let schema: StructType;
    let queryQe: QueryExecution | undefined;
    if (stmt.query) {
      queryQe = await analyzeQuery(state, stmt.query);
      schema = await queryQe.schema();
    } else if (stmt.schema && stmt.schema.fields.length > 0) {
      schema = stmt.schema;
    } else {
      // No columns: infer them from the files already at the location.
      const read: LogicalPlan = { kind: "read_files", planId: newPlanId(), format: provider, paths: [location], options: stmt.options };
      schema = await new QueryExecution(state, read).schema();
    }
    schema = partitionColumnsLast(schema, stmt.partitionBy, db, name);

    if (managed) {
      const fs = fsOf(location);
      if (await fs.exists(location)) {
        const children = await fs.list(location);
        if (children.length > 0) {
          throw new AnalysisException("LOCATION_ALREADY_EXISTS", { identifier: qualifiedName(db, name), location: `'${qualifyPath(location)}'` });
        }
      }
    }
    if (stmt.query) {
      const projected: LogicalPlan = {
        kind: "project",
        planId: newPlanId(),
        input: stmt.query,
        expressions: schema.fields.map((f) => ({ kind: "unresolved_attribute", nameParts: [f.name] })),
      };
      await writeDataFrame(
        ctx.session.dataFrame(projected),
        { format: provider, mode: managed ? "overwrite" : "errorifexists", options: { ...stmt.options }, partitionBy: [...stmt.partitionBy], sortBy: [] },
        { path: location },
      );
    } else if (managed) {
      await fsOf(location).mkdirs(location);
    }
    state.catalog.createTable(
      {
        name,
        database: db,
        format: provider,
        location,
        schema,
        partitionColumns: stmt.partitionBy.map((p) => schema.fields.find((f) => f.name.toLowerCase() === p.toLowerCase())!.name),
        options: stmt.options,
        managed,
        tableType: managed ? "MANAGED" : "EXTERNAL",
        properties: stmt.properties,
        ...(stmt.comment !== undefined ? { comment: stmt.comment } : {}),
        ...(stmt.bucketBy ? { bucketSpec: { numBuckets: stmt.bucketBy.numBuckets, bucketColumns: [...stmt.bucketBy.columns], sortColumns: [...stmt.bucketBy.sortBy] } } : {}),
      },
      false,
    );
  });
}

/** Data columns, then the partition columns in PARTITIONED BY order. */
function partitionColumnsLast(schema: StructType, partitionBy: readonly string[], db: string, table: string): StructType {
  if (partitionBy.length === 0) return schema;
  const parts: StructField[] = [];
  for (const p of partitionBy) {
    const f = schema.fields.find((x) => x.name.toLowerCase() === p.toLowerCase());
    if (!f) {
      throw new AnalysisException("COLUMN_NOT_DEFINED_IN_TABLE", {
        colType: "partition",
        colName: quoteId(p),
        tableName: qualifiedName(db, table),
        tableCols: schema.fields.map((x) => quoteId(x.name)).join(", "),
      });
    }
    parts.push(f);
  }
  return StructType([...schema.fields.filter((f) => !parts.includes(f)), ...parts]);
}
