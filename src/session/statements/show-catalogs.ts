// SHOW CATALOGS [LIKE pattern]: the session catalog only.
import type { DataFrame } from "../../api/dataframe.js";
import type { ShowCatalogsStatement } from "../../sql/statement.js";
import { likePattern } from "../catalog.js";
import { command, stringCols, type StatementContext } from "./context.js";

export function runShowCatalogs(ctx: StatementContext, stmt: ShowCatalogsStatement): DataFrame {
  return command(ctx, stringCols("catalog"), () => {
    const match = stmt.pattern !== undefined ? likePattern(stmt.pattern) : () => true;
    return ["spark_catalog"].filter(match).map((n) => [n]);
  });
}
