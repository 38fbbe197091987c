// CACHE [LAZY] TABLE t [OPTIONS ('storageLevel' 'X')] [AS query]: marks the relation cached (every
// later read of the name goes through the cache); not LAZY computes it now. AS query first
// creates the temp view t.
import type { DataFrame } from "../../api/dataframe.js";
import { newPlanId } from "../../plan/logical/unresolved.js";
import type { CacheTableStatement } from "../../sql/statement.js";
import type { SessionState } from "../session-state.js";
import { QueryExecution } from "../query-execution.js";
import { analyzeQuery, noResult, type StatementContext } from "./context.js";
import { requireRelation } from "./tables.js";

export function runCacheTable(ctx: StatementContext, stmt: CacheTableStatement): DataFrame {
  return noResult(ctx, async () => {
    const { state } = ctx;
    if (stmt.query) {
      await analyzeQuery(state, stmt.query);
      state.catalog.createTempView(stmt.name[stmt.name.length - 1]!, stmt.query, false, ctx.sqlText);
    }
    await cacheTable(state, stmt.name, stmt.options["storageLevel"] ?? "MEMORY_AND_DISK", stmt.lazy);
  });
}

/** Marks a relation cached (no-op when it already is) and, unless lazy, materializes it. */
export async function cacheTable(state: SessionState, nameParts: readonly string[], storageLevel: string, lazy: boolean): Promise<void> {
  const ref = requireRelation(state, nameParts);
  if (state.catalog.cacheIdOf(ref) === undefined) state.catalog.setCached(ref, state.cache.register(storageLevel.toUpperCase()));
  if (lazy) return;
  const plan = state.catalog.lookupRelation(nameParts)!;
  // count(*) over the cached relation computes and stores every partition.
  await new QueryExecution(state, {
    kind: "aggregate",
    planId: newPlanId(),
    input: plan,
    groupType: "groupby",
    groupingExpressions: [],
    aggregateExpressions: [{ kind: "unresolved_function", name: "count", args: [{ kind: "literal", value: 1, dataType: { kind: "integer" } }], isDistinct: false }],
  }).collectInternal();
}
