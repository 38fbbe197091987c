// Entry point of a worker-thread executor. It loads the executor plugins, then runs the tasks
// the driver sends, one at a time (each worker is a single-core executor), and replies with
// their status. Map outputs stay in shared buffers the driver tracks.

import { parentPort, workerData } from "node:worker_threads";
import { fromWire } from "../serde/wire.js";
import { runTask } from "../task/run-task.js";
import "../shuffle/pairs-shuffle.js";
import { createExecutorEnv } from "./local-env.js";
import type { ExecutorStartData, FromExecutor, ToExecutor } from "./protocol.js";

process.setSourceMapsEnabled(true);
const start = workerData as ExecutorStartData;
const port = parentPort!;
const env = createExecutorEnv(start, false);
const post = (m: FromExecutor, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

let queue: Promise<void> = (async () => {
  for (const url of start.plugins) await import(url);
})();

function handle(msg: ToExecutor): void | Promise<void> {
  switch (msg.type) {
    case "launch": {
      for (const [id, v] of msg.broadcasts) env.broadcasts.set(id, fromWire(v));
      const { result, transfer } = runTask(msg.task, env);
      post({ type: "status", result }, transfer);
      return;
    }
    case "remove-broadcast":
      env.broadcasts.delete(msg.id);
      return;
    case "remove-rdd":
      env.blocks.removeRdd(msg.rddId);
      return;
    case "load-plugin":
      return import(msg.url).then(() => undefined);
    case "stop":
      env.blocks.clear();
      port.close();
      return;
  }
}

queue = queue.then(
  () => post({ type: "ready" }),
  (e: unknown) => {
    const err = e instanceof Error ? e : new Error(String(e));
    post({ type: "fatal", message: err.message, stack: err.stack ?? err.message });
  },
);

port.on("message", (msg: ToExecutor) => {
  queue = queue.then(() => handle(msg)).catch((e: unknown) => {
    const err = e instanceof Error ? e : new Error(String(e));
    post({ type: "fatal", message: err.message, stack: err.stack ?? err.message });
  });
});
