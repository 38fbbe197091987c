// UNCACHE TABLE [IF EXISTS] t: drops the cached data; the name reads its source again.
import type { DataFrame } from "../../api/dataframe.js";
import type { UncacheTableStatement } from "../../sql/statement.js";
import { noResult, type StatementContext } from "./context.js";
import { tableNotFound } from "./tables.js";

export function runUncacheTable(ctx: StatementContext, stmt: UncacheTableStatement): DataFrame {
  return noResult(ctx, () => {
    const ref = ctx.state.catalog.resolve(stmt.name);
    if (!ref) {
      if (stmt.ifExists) return;
      throw tableNotFound(stmt.name);
    }
    ctx.state.catalog.uncache(ref);
  });
}
