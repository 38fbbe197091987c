// What a running task can reach on its executor (a worker thread, or the driver in inline mode).

import type { MemoryManager } from "../memory/memory-manager.js";
import type { BlockManager } from "../storage/block-manager.js";

export interface ExecutorEnv {
  readonly executorId: string;
  /** True when tasks run on the driver thread (spark.faisca.inlineTasks). */
  readonly inline: boolean;
  readonly memory: MemoryManager;
  readonly blocks: BlockManager;
  /** Broadcast values received from the driver, by broadcast id. */
  readonly broadcasts: Map<number, unknown>;
  /** Scratch directory of this executor: spill files, disk blocks, file-backed map outputs. */
  readonly localDir: string;
  readonly conf: Readonly<Record<string, string>>;
}
