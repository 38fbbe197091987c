// Messages between the driver and a worker executor.

import type { TaskDescription, TaskResult } from "../task/task-description.js";

export interface ExecutorStartData {
  readonly executorId: string;
  readonly memoryBytes: number;
  readonly memoryFraction: number;
  readonly storageFraction: number;
  readonly localDir: string;
  readonly conf: Readonly<Record<string, string>>;
  readonly plugins: readonly string[];
}

export type ToExecutor =
  | { readonly type: "launch"; readonly task: TaskDescription; readonly broadcasts: readonly (readonly [number, unknown])[] }
  | { readonly type: "remove-broadcast"; readonly id: number }
  | { readonly type: "remove-rdd"; readonly rddId: number }
  | { readonly type: "load-plugin"; readonly url: string }
  | { readonly type: "stop" };

export type FromExecutor =
  | { readonly type: "ready" }
  | { readonly type: "status"; readonly result: TaskResult }
  | { readonly type: "fatal"; readonly message: string; readonly stack: string };
