// DROP TABLE [IF EXISTS] t / DROP VIEW [IF EXISTS] v. A one-part name finds temp views first (DROP
// TABLE drops a temp view too, as Spark). Managed tables lose their files; external ones keep them.
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException } from "../../errors/spark-error.js";
import type { DropTableStatement } from "../../sql/statement.js";
import type { TableDefinition } from "../catalog.js";
import { noResult, type StatementContext } from "./context.js";
import { fsOf, splitTableName, tableNotFound, tableTypeOf } from "./tables.js";

export function runDropTable(ctx: StatementContext, stmt: DropTableStatement): DataFrame {
  return noResult(ctx, async () => {
    const { catalog } = ctx.state;
    const ref = catalog.resolve(stmt.name);
    if (!ref) {
      if (stmt.ifExists) return;
      const [db, name] = splitTableName(ctx.state, stmt.name);
      throw stmt.name.length === 2 && stmt.name[0]!.toLowerCase() === "global_temp" ? tableNotFound(stmt.name) : tableNotFound(["spark_catalog", db, name]);
    }
    if (ref.kind === "temp_view") return void catalog.dropTempView(ref.name);
    if (ref.kind === "global_temp_view") return void catalog.dropGlobalTempView(ref.name);
    const t = ref.table;
    const type = tableTypeOf(t);
    if (stmt.isView !== (type === "VIEW")) {
      throw new AnalysisException("WRONG_COMMAND_FOR_OBJECT_TYPE", {
        operation: stmt.isView ? "DROP VIEW" : "DROP TABLE",
        requiredType: stmt.isView ? "VIEW" : "EXTERNAL or MANAGED",
        objectName: `spark_catalog.${t.database}.${t.name}`,
        foundType: type,
        alternative: stmt.isView ? "DROP TABLE" : "DROP VIEW",
      });
    }
    catalog.dropTable([t.database, t.name]);
    await dropTableData(t);
  });
}

/** Deletes a managed table's files (external tables and views keep theirs). */
export async function dropTableData(t: TableDefinition): Promise<void> {
  if (tableTypeOf(t) !== "MANAGED" || t.location === "") return;
  await fsOf(t.location).delete(t.location, true);
}
