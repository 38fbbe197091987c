// Distributed execution of a resolved plan on the runtime's executors (worker threads): the
// planner cuts it into stages, the runtime's DAG scheduler runs them (one scheduler, shuffle
// service and listener bus for RDD and DataFrame jobs), and the result partitions come back as
// transferred batches. Plans with parts that cannot be shipped (an unshippable UDF, a call with
// no registry entry) run on the driver instead, and the reason is reported to fallback hooks.

import { randomUUID } from "node:crypto";
import "./executor-plugin.js";
import type { RPlan } from "../../plan/logical/resolved.js";
import { mapPlanExpressions, transformPlanUp } from "../../plan/logical/plan-transform.js";
import { deserializeExpr, encodeInternal, NotDistributable, serializeExpr, serializeFnContext, type RebuildEnv } from "../../plan/serde/index.js";
import { SparkContext } from "../../rdd/spark-context.js";
import { SparkConf } from "../../rdd/spark-conf.js";
import { builtinFn } from "../../runtime/closure/fn-ref.js";
import { parseByteSize } from "../../runtime/conf.js";
import { callSiteFromStack } from "../../runtime/rdd-node.js";
import type { Runtime } from "../../runtime/runtime.js";
import { fromTransferable, type TransferableBatch } from "../batch/transfer.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { executePlan } from "../physical/execute.js";
import { DistributedPlanner } from "./planner.js";
import { userFacingError } from "./task-errors.js";
import { DF_COLLECT, type StageEnv } from "./stage-spec.js";

/** The session settings distributed execution reads (a view of the session conf). */
export interface DistributedSettings {
  /** Every setting of the session (spark.* keys), for the SparkContext and function binding. */
  readonly all: Readonly<Record<string, string>>;
}

type FallbackHook = (reason: string, plan: RPlan) => void;
const fallbackHooks: FallbackHook[] = [];

/** Called when a query runs on the driver although distributed execution is on. */
export function onDistributedFallback(hook: FallbackHook): () => void {
  fallbackHooks.push(hook);
  return () => void fallbackHooks.splice(fallbackHooks.indexOf(hook), 1);
}

/** Why `plan` cannot run on executors, or null when it can. Rebinds every expression on the
 *  driver as executors will, so a mismatch is found before anything runs. */
export function notDistributableReason(plan: RPlan, rebuild: RebuildEnv): string | null {
  try {
    transformPlanUp(plan, (node) => mapPlanExpressions(node, (e) => deserializeExpr(serializeExpr(e), rebuild)));
    return null;
  } catch (e) {
    // Any failure to rebuild (an analyzer-made call not covered by special-calls.ts, ...)
    // keeps the query on the driver rather than failing it.
    return e instanceof NotDistributable ? e.message : `cannot rebuild the plan on executors: ${(e as Error).message}`;
  }
}

/** The application's runtime: the active SparkContext's, or a new one from the session conf. */
export function runtimeFor(settings: DistributedSettings): Runtime {
  return SparkContext.getOrCreate(new SparkConf(Object.entries(settings.all).filter(([k]) => k.startsWith("spark.")))).runtime;
}

export async function executeDistributed(plan: RPlan, ctx: ExecContext, settings: DistributedSettings): Promise<Partitions> {
  const conf = settings.all;
  const reason = notDistributableReason(plan, { fnCtx: ctx.fnCtx, resolveUdf: () => () => null });
  if (reason !== null) {
    for (const h of fallbackHooks) h(reason, plan);
    return executePlan(plan, ctx);
  }
  const runtime = runtimeFor(settings);
  const sqlConf = Object.fromEntries(Object.entries(conf).filter(([k]) => k.startsWith("spark.sql.")));
  const env: StageEnv = {
    queryId: randomUUID(),
    fnCtx: serializeFnContext(ctx.fnCtx, sqlConf),
    subqueries: [...(ctx.eval.subqueries ?? new Map()).entries()].map(([id, v]) => [id, encodeInternal(v)] as const),
    codegen: ctx.codegen,
    batchSize: ctx.batchSize,
    shufflePartitions: ctx.shufflePartitions,
    defaultParallelism: runtime.defaultParallelism,
  };
  const flag = (k: string, d: string) => (conf[k] ?? d).toLowerCase() === "true";
  const adaptive = flag("spark.sql.adaptive.enabled", "true") && flag("spark.sql.adaptive.coalescePartitions.enabled", "true");
  const callSite = callSiteFromStack();
  const planner = new DistributedPlanner(runtime, env, ctx, {
    shufflePartitions: Math.max(1, ctx.shufflePartitions),
    callSite,
    partialAggregation: flag("spark.faisca.distributed.partialAggregation", "true"),
    coalesce: adaptive
      ? {
          advisoryBytes: parseByteSize(conf["spark.sql.adaptive.advisoryPartitionSizeInBytes"] ?? "64m"),
          minPartitionBytes: parseByteSize(conf["spark.sql.adaptive.coalescePartitions.minPartitionSize"] ?? "1m"),
          minPartitions: flag("spark.sql.adaptive.coalescePartitions.parallelismFirst", "true") ? runtime.defaultParallelism : 1,
        }
      : null,
  });
  try {
    const rdd = planner.toRdd(await planner.plan(plan));
    const results = await runtime.runJob<TransferableBatch[]>(rdd, builtinFn(DF_COLLECT), { callSite });
    return results.map((messages) => messages.map(fromTransferable));
  } catch (e) {
    throw userFacingError(e);
  }
}
