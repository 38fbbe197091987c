// SHOW VIEWS [IN db] [LIKE pattern]: namespace / viewName / isTemporary.
import type { DataFrame } from "../../api/dataframe.js";
import type { ShowViewsStatement } from "../../sql/statement.js";
import { likePattern } from "../catalog.js";
import { command, SHOW_TABLES_SCHEMA, type StatementContext } from "./context.js";

export function runShowViews(ctx: StatementContext, stmt: ShowViewsStatement): DataFrame {
  return command(ctx, SHOW_TABLES_SCHEMA("viewName"), () => {
    const db = stmt.namespace?.[stmt.namespace.length - 1];
    const match = stmt.pattern !== undefined ? likePattern(stmt.pattern) : () => true;
    return ctx.state.catalog
      .listTables(db)
      .filter((t) => (t.isTemporary || t.tableType === "VIEW") && match(t.name))
      .map((t) => [t.database ?? "", t.name, t.isTemporary]);
  });
}
