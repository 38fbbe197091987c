// SHOW DATABASES | NAMESPACES | SCHEMAS [LIKE pattern]: one `namespace` column.
import type { DataFrame } from "../../api/dataframe.js";
import type { ShowDatabasesStatement } from "../../sql/statement.js";
import { likePattern } from "../catalog.js";
import { command, stringCols, type StatementContext } from "./context.js";

export function runShowDatabases(ctx: StatementContext, stmt: ShowDatabasesStatement): DataFrame {
  return command(ctx, stringCols("namespace"), () => {
    const match = stmt.pattern !== undefined ? likePattern(stmt.pattern) : () => true;
    return ctx.state.catalog.listDatabases().filter(match).map((n) => [n]);
  });
}
