// SHOW TABLES [IN db] [LIKE pattern]: namespace / tableName / isTemporary — the database's tables
// and views by name, then this session's temp views (global temp views for IN global_temp).
import type { DataFrame } from "../../api/dataframe.js";
import type { ShowTablesStatement } from "../../sql/statement.js";
import { likePattern } from "../catalog.js";
import { command, SHOW_TABLES_SCHEMA, type StatementContext } from "./context.js";

export function runShowTables(ctx: StatementContext, stmt: ShowTablesStatement): DataFrame {
  return command(ctx, SHOW_TABLES_SCHEMA("tableName"), () => {
    const db = stmt.namespace?.[stmt.namespace.length - 1];
    const match = stmt.pattern !== undefined ? likePattern(stmt.pattern) : () => true;
    return ctx.state.catalog
      .listTables(db)
      .filter((t) => match(t.name))
      .map((t) => [t.database ?? "", t.name, t.isTemporary]);
  });
}
