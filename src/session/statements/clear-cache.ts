// CLEAR CACHE: every cached relation and cached DataFrame of the session loses its data.
import type { DataFrame } from "../../api/dataframe.js";
import type { ClearCacheStatement } from "../../sql/statement.js";
import { noResult, type StatementContext } from "./context.js";

export function runClearCache(ctx: StatementContext, stmt: ClearCacheStatement): DataFrame {
  void stmt;
  return noResult(ctx, () => {
    ctx.state.catalog.clearCachedRelations();
    ctx.state.cache.clear();
  });
}
