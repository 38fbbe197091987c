// Builds an executor's environment (memory manager, block manager, local dir).

import { mkdirSync } from "node:fs";
import { MemoryManager } from "../memory/memory-manager.js";
import { BlockManager } from "../storage/block-manager.js";
import type { ExecutorEnv } from "../task/executor-env.js";
import type { ExecutorStartData } from "./protocol.js";

export function createExecutorEnv(d: ExecutorStartData, inline: boolean): ExecutorEnv {
  mkdirSync(d.localDir, { recursive: true });
  const memory = new MemoryManager(Math.floor(d.memoryBytes * d.memoryFraction), d.storageFraction);
  const blocks = new BlockManager(memory, d.localDir);
  return { executorId: d.executorId, inline, memory, blocks, broadcasts: new Map(), localDir: d.localDir, conf: d.conf };
}
