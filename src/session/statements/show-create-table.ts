// SHOW CREATE TABLE t: the DDL that recreates a table or persistent view, formatted as Spark.
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException } from "../../errors/spark-error.js";
import type { ShowCreateTableStatement } from "../../sql/statement.js";
import type { StructField } from "../../types/data-type.js";
import { sqlTypeName } from "../../types/type-strings.js";
import { command, stringCols, type StatementContext } from "./context.js";
import { displayName, qualifyPath, requireRelation, tableTypeOf } from "./tables.js";

const q = (s: string): string => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
const ident = (s: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? s : "`" + s.replace(/`/g, "``") + "`");

function columnDdl(f: StructField): string {
  let s = `${ident(f.name)} ${sqlTypeName(f.dataType)}`;
  if (!f.nullable) s += " NOT NULL";
  const c = f.metadata?.["comment"];
  if (typeof c === "string") s += ` COMMENT ${q(c)}`;
  return s;
}

function propertyList(m: Readonly<Record<string, string>>): string {
  return Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `  ${q(k)} = ${q(v)}`).join(",\n");
}

export function runShowCreateTable(ctx: StatementContext, stmt: ShowCreateTableStatement): DataFrame {
  return command(ctx, stringCols("createtab_stmt"), () => {
    const ref = requireRelation(ctx.state, stmt.name);
    if (ref.kind !== "table") {
      throw new AnalysisException("EXPECT_PERMANENT_VIEW_NOT_TEMP", { viewName: displayName(ref), operation: "SHOW CREATE TABLE" });
    }
    const t = ref.table;
    const name = `spark_catalog.${t.database}.${ident(t.name)}`;
    const cols = (t.schema?.fields ?? []).map((f) => "  " + columnDdl(f)).join(",\n");
    if (tableTypeOf(t) === "VIEW") {
      const names = (t.schema?.fields ?? []).map((f) => "  " + ident(f.name)).join(",\n");
      let s = `CREATE VIEW ${name} (\n${names})\n`;
      if (t.comment !== undefined) s += `COMMENT ${q(t.comment)}\n`;
      if (t.properties && Object.keys(t.properties).length > 0) s += `TBLPROPERTIES (\n${propertyList(t.properties)})\n`;
      s += `WITH SCHEMA COMPENSATION\nAS ${t.viewText ?? ""}\n`;
      return [[s]];
    }
    let s = `CREATE TABLE ${name} (\n${cols})\nUSING ${t.format}\n`;
    if (Object.keys(t.options).length > 0) s += `OPTIONS (\n${propertyList(t.options)})\n`;
    if (t.partitionColumns.length > 0) s += `PARTITIONED BY (${t.partitionColumns.map(ident).join(", ")})\n`;
    if (t.bucketSpec) {
      s += `CLUSTERED BY (${t.bucketSpec.bucketColumns.map(ident).join(", ")})\n`;
      if (t.bucketSpec.sortColumns.length > 0) s += `SORTED BY (${t.bucketSpec.sortColumns.map(ident).join(", ")})\n`;
      s += `INTO ${t.bucketSpec.numBuckets} BUCKETS\n`;
    }
    if (!t.managed) s += `LOCATION ${q(qualifyPath(t.location))}\n`;
    if (t.comment !== undefined) s += `COMMENT ${q(t.comment)}\n`;
    if (t.properties && Object.keys(t.properties).length > 0) s += `TBLPROPERTIES (\n${propertyList(t.properties)})\n`;
    return [[s]];
  });
}
