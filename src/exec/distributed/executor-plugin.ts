// The DataFrame engine's executor plugin: imported by every executor (and the driver), it
// registers the task node kinds that run plan fragments, the "batches" shuffle kind and the
// collect result function. Importing the function registry here makes every function
// available for rebinding on worker threads.

import "../../functions/all.js";
import "./batch-shuffle.js";
import { registerExecutorPlugin } from "../../runtime/executor/plugins.js";
import { registerTaskNodeKind } from "../../runtime/task/evaluate.js";
import { registerBuiltin, resolveFn } from "../../runtime/closure/resolve-fn.js";
import type { UserFnRef } from "../../runtime/closure/fn-ref.js";
import type { TaskContext } from "../../runtime/task/task-context.js";
import { deserializePlan } from "../../plan/serde/index.js";
import type { Batch } from "../batch/column-vector.js";
import { fromTransferable, toTransferable, type TransferableBatch } from "../batch/transfer.js";
import { cached, stageRuntime } from "./rebuild-cache.js";
import { runFragment } from "./run-fragment.js";
import { withErrorParameters } from "./task-errors.js";
import { DF_BATCHES, DF_COLLECT, DF_STAGE, type DfBatchesSpec, type DfStageSpec } from "./stage-spec.js";

registerExecutorPlugin(import.meta.url);

function drain(it: Iterator<unknown>): Batch[] {
  const out: Batch[] = [];
  for (let r = it.next(); !r.done; r = it.next()) out.push(r.value as Batch);
  return out;
}

registerTaskNodeKind(DF_STAGE, (node, ctx, evaluate) => {
  const spec = node.spec as DfStageSpec;
  const inputs = node.children.map((c) => drain(evaluate(c, ctx)));
  const rt = stageRuntime(spec.env, ctx);
  const rebuild = spec.perTask
    ? { ...rt.rebuild, partition: spec.partition, resolveUdf: (ref: UserFnRef) => resolveFn(ref, ctx) as (...a: unknown[]) => unknown }
    : rt.rebuild;
  const plan = spec.perTask ? deserializePlan(spec.plan, rebuild) : cached(`plan:${spec.env.queryId}:${spec.fragmentId}`, () => deserializePlan(spec.plan, rebuild));
  return withErrorParameters(() => runFragment(plan, { inputs, partition: spec.partition, ctx: rt.exec }))[Symbol.iterator]();
});

registerTaskNodeKind(DF_BATCHES, (node) => (node.spec as DfBatchesSpec).map(fromTransferable)[Symbol.iterator]());

/** Result function: the partition's batches as transferable messages (buffers moved, not copied). */
registerBuiltin(DF_COLLECT, () => (it: Iterator<unknown>, ctx: TaskContext): TransferableBatch[] => {
  const out: TransferableBatch[] = [];
  for (let r = it.next(); !r.done; r = it.next()) {
    const b = r.value as Batch;
    if ((b.selection ? b.selection.length : b.numRows) === 0) continue;
    const { message, transferList } = toTransferable(b, undefined, { copy: ctx.inline });
    for (const buf of transferList) ctx.transferList.push(buf);
    out.push(message);
  }
  return out;
});
