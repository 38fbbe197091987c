// The driver's handle on one executor: a worker thread, or the driver thread itself (inline).

import type { TaskDescription, TaskResult } from "../task/task-description.js";

export interface ExecutorCallbacks {
  onStatus(executorId: string, result: TaskResult): void;
  /** The executor died (worker exit/crash); its running tasks and map outputs are lost. */
  onLost(executorId: string, reason: string): void;
}

export interface ExecutorBackend {
  readonly id: string;
  /** Concurrent task slots (1: each executor is single-core). */
  readonly cores: number;
  readonly alive: boolean;
  readonly ready: Promise<void>;
  launch(task: TaskDescription, broadcasts: readonly (readonly [number, unknown])[]): void;
  removeRdd(rddId: number): void;
  removeBroadcast(id: number): void;
  loadPlugin(url: string): void;
  /** Simulates or forces executor loss (tests; killing a stuck executor). */
  kill(): Promise<void>;
  stop(): Promise<void>;
}
