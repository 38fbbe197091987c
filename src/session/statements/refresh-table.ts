// REFRESH TABLE t: forgets cached data of the relation (it is recomputed at the next use, still
// cached). REFRESH path: file listings are not cached by this engine, so there is nothing to drop.
import type { DataFrame } from "../../api/dataframe.js";
import type { RefreshPathStatement, RefreshTableStatement } from "../../sql/statement.js";
import type { RelationRef, TableDefinition } from "../catalog.js";
import type { SessionState } from "../session-state.js";
import { noResult, type StatementContext } from "./context.js";
import { requireRelation } from "./tables.js";

export function runRefreshTable(ctx: StatementContext, stmt: RefreshTableStatement): DataFrame {
  return noResult(ctx, () => {
    refreshCached(ctx.state, requireRelation(ctx.state, stmt.name));
  });
}

export function runRefreshPath(ctx: StatementContext, stmt: RefreshPathStatement): DataFrame {
  return noResult(ctx, () => void stmt.path);
}

/** Keeps a cached relation cached but drops its data (new cache id, filled on next use). */
export function refreshCached(state: SessionState, ref: RelationRef): void {
  const old = state.catalog.cacheIdOf(ref);
  if (old === undefined) return;
  const level = state.cache.storageLevels.get(old) ?? "MEMORY_AND_DISK_DESER";
  state.catalog.uncache(ref);
  state.catalog.setCached(ref, state.cache.register(level));
}

/** After a table's files changed (INSERT, TRUNCATE). */
export function refreshCachedTable(state: SessionState, table: TableDefinition): void {
  refreshCached(state, { kind: "table", table });
}
