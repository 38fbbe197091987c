// Inline mode (spark.faisca.inlineTasks=true, or a debugger attached): tasks run on the driver
// thread, one per macrotask, with the live user functions, so breakpoints in user code are hit.

import { rmSync } from "node:fs";
import { runTask } from "../task/run-task.js";
import type { ExecutorEnv } from "../task/executor-env.js";
import type { TaskDescription } from "../task/task-description.js";
import type { ExecutorBackend, ExecutorCallbacks } from "./executor-backend.js";
import { createExecutorEnv } from "./local-env.js";
import type { ExecutorStartData } from "./protocol.js";
import { fromWire } from "../serde/wire.js";

export class InlineExecutor implements ExecutorBackend {
  readonly cores = 1;
  readonly ready = Promise.resolve();
  private readonly env: ExecutorEnv;
  private isAlive = true;

  constructor(
    readonly id: string,
    data: ExecutorStartData,
    private readonly callbacks: ExecutorCallbacks,
  ) {
    this.env = createExecutorEnv(data, true);
  }

  get alive(): boolean {
    return this.isAlive;
  }

  launch(task: TaskDescription, broadcasts: readonly (readonly [number, unknown])[]): void {
    for (const [id, v] of broadcasts) this.env.broadcasts.set(id, fromWire(structuredClone(v)));
    setImmediate(() => {
      if (!this.isAlive) return;
      const { result } = runTask(task, this.env);
      this.callbacks.onStatus(this.id, result);
    });
  }
  removeRdd(rddId: number): void {
    this.env.blocks.removeRdd(rddId);
  }
  removeBroadcast(id: number): void {
    this.env.broadcasts.delete(id);
  }
  loadPlugin(): void {
    // The driver has already imported every plugin.
  }
  async kill(): Promise<void> {
    this.isAlive = false;
    this.callbacks.onLost(this.id, "inline executor killed");
  }
  async stop(): Promise<void> {
    this.isAlive = false;
    this.env.blocks.clear();
    rmSync(this.env.localDir, { recursive: true, force: true });
  }
}
