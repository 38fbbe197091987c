// Runs one task attempt on the current thread: evaluate the node tree, then either compute the
// result function or write shuffle output. Shared by worker executors and inline mode.

import { resolveFn } from "../closure/resolve-fn.js";
import { toWire } from "../serde/wire.js";
import { packMapOutput } from "../shuffle/map-output-writer.js";
import { shuffleWriter } from "../shuffle/registry.js";
import { evaluate } from "./evaluate.js";
import type { ExecutorEnv } from "./executor-env.js";
import { TaskContext } from "./task-context.js";
import type { MapOutput, TaskDescription, TaskResult } from "./task-description.js";

export type ResultFn = (it: Iterator<unknown>, ctx: TaskContext) => unknown;

export function runTask(task: TaskDescription, env: ExecutorEnv): { result: TaskResult; transfer: ArrayBuffer[] } {
  const ctx = new TaskContext(env, task);
  const t0 = performance.now();
  try {
    let value: unknown = undefined;
    let mapOutput: MapOutput | null = null;
    ctx.runWith(() => {
      const it = evaluate(task.node, ctx);
      const out = task.output;
      if (out.kind === "result") {
        value = toWire((resolveFn(out.fn, ctx) as ResultFn)(it, ctx));
      } else {
        const chunks = shuffleWriter(out.writer.kind)(it, out.writer, out.numReducers, ctx);
        mapOutput = packMapOutput(chunks, out.shuffleId, ctx);
      }
    });
    ctx.runCompletionListeners();
    ctx.metrics.executorRunTime = performance.now() - t0;
    return {
      result: {
        taskId: task.taskId,
        ok: true,
        value,
        mapOutput,
        metrics: ctx.metrics,
        accumUpdates: ctx.accumulatorUpdates(),
        blockUpdates: env.blocks.drainUpdates(),
      },
      transfer: ctx.transferList,
    };
  } catch (e) {
    ctx.runCompletionListeners();
    ctx.metrics.executorRunTime = performance.now() - t0;
    const err = e instanceof Error ? e : new Error(String(e));
    return {
      result: {
        taskId: task.taskId,
        ok: false,
        error: { name: err.name, message: err.message, stack: err.stack ?? `${err.name}: ${err.message}` },
        metrics: ctx.metrics,
        accumUpdates: ctx.accumulatorUpdates(),
        blockUpdates: env.blocks.drainUpdates(),
      },
      transfer: [],
    };
  }
}
