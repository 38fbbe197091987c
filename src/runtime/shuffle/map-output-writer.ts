// Packs a map task's per-reducer chunks into one buffer the executor keeps: a SharedArrayBuffer
// (reducers on any thread read it without a copy) or, when larger than the executor can hold, a
// local file. Offsets index each reducer's range.

import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import type { TaskContext } from "../task/task-context.js";
import type { MapOutput } from "../task/task-description.js";

export function packMapOutput(perReducer: Uint8Array[][], shuffleId: number, ctx: TaskContext): MapOutput {
  const offsets = new Array<number>(perReducer.length + 1);
  let total = 0;
  for (let r = 0; r < perReducer.length; r++) {
    offsets[r] = total;
    for (const c of perReducer[r]!) total += c.length;
  }
  offsets[perReducer.length] = total;
  ctx.metrics.shuffleBytesWritten += total;
  const maxInMemory = Number(ctx.env.conf["spark.faisca.shuffle.maxInMemoryMapOutput"] ?? ctx.env.memory.poolBytes / 4);
  if (total > maxInMemory) {
    mkdirSync(ctx.env.localDir, { recursive: true });
    const path = `${ctx.env.localDir}/shuffle_${shuffleId}_${ctx.partitionId}_${ctx.taskAttemptId}.data`;
    const fd = openSync(path, "w");
    try {
      for (const chunks of perReducer) for (const c of chunks) writeSync(fd, c);
    } finally {
      closeSync(fd);
    }
    return { location: { kind: "file", path }, offsets };
  }
  const buffer = new SharedArrayBuffer(total);
  const view = new Uint8Array(buffer);
  let o = 0;
  for (const chunks of perReducer) {
    for (const c of chunks) {
      view.set(c, o);
      o += c.length;
    }
  }
  return { location: { kind: "memory", buffer }, offsets };
}
