// A reducer's input: its byte range of every map output (shared memory or local file), handed to
// the shuffle kind's reader.

import { closeSync, openSync, readSync } from "node:fs";
import { shuffleReader } from "../../shuffle/registry.js";
import type { TaskContext } from "../task-context.js";
import type { BlockRef, TaskNode } from "../task-node.js";

export function evalShuffleRead(node: Extract<TaskNode, { kind: "shuffle-read" }>, ctx: TaskContext): Iterator<unknown> {
  const blocks: Uint8Array[] = [];
  for (const b of node.blocks) {
    if (b.length === 0) continue;
    const bytes = fetchBlock(b);
    ctx.metrics.shuffleBytesRead += bytes.length;
    blocks.push(bytes);
  }
  return shuffleReader(node.reader.kind)(blocks, node.reader, ctx);
}

function fetchBlock(b: BlockRef): Uint8Array {
  if (b.kind === "memory") return new Uint8Array(b.buffer, b.offset, b.length);
  const fd = openSync(b.path, "r");
  try {
    const out = Buffer.allocUnsafe(b.length);
    let got = 0;
    while (got < b.length) {
      const n = readSync(fd, out, got, b.length - got, b.offset + got);
      if (n === 0) throw new Error(`Shuffle file ${b.path} is shorter than expected`);
      got += n;
    }
    return out;
  } finally {
    closeSync(fd);
  }
}
