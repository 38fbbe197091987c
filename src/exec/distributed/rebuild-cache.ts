// Executor side: rebuilt plans, key expressions and exec contexts, kept per query so the tasks
// of a stage bind functions and compile pipelines once per executor, not once per task.

import type { FnEnv } from "../../runtime/closure/resolve-fn.js";
import { resolveFn } from "../../runtime/closure/resolve-fn.js";
import { decodeInternal, deserializeFnContext, type RebuildEnv } from "../../plan/serde/index.js";
import type { ExecContext } from "../physical/exec-context.js";
import type { StageEnv } from "./stage-spec.js";

const MAX_ENTRIES = 256;
const cache = new Map<string, unknown>();

/** The cached value for `key`, computed by `make` on a miss (oldest entries dropped first). */
export function cached<T>(key: string, make: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const v = make();
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, v);
  return v;
}

export interface StageRuntime {
  readonly rebuild: RebuildEnv;
  readonly exec: ExecContext;
}

/** Function binding env and operator context of a query on this executor. */
export function stageRuntime(env: StageEnv, fnEnv: FnEnv): StageRuntime {
  return cached(`env:${env.queryId}`, () => {
    const fnCtx = deserializeFnContext(env.fnCtx);
    const subqueries = new Map<number, unknown>(env.subqueries.map(([id, v]) => [id, decodeInternal(v)]));
    const exec: ExecContext = {
      fnCtx,
      eval: { subqueries },
      shufflePartitions: env.shufflePartitions,
      defaultParallelism: env.defaultParallelism,
      codegen: env.codegen,
      batchSize: env.batchSize,
      cached: () => undefined,
      storeCache: () => {
        throw new Error("internal error: cached data is stored by the driver");
      },
      execute: () => Promise.reject(new Error("internal error: a task cannot run a sub-plan")),
    };
    const rebuild: RebuildEnv = { fnCtx, resolveUdf: (ref) => resolveFn(ref, fnEnv) as (...a: unknown[]) => unknown };
    return { rebuild, exec };
  });
}
