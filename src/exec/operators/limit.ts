// Limit / Offset / Tail over partitions in order (Spark's CollectLimit / GlobalLimit).

import type { LimitNode, OffsetNode, TailNode } from "../../plan/logical/resolved.js";
import type { Batch } from "../batch/column-vector.js";
import { sliceBatch, compactBatch } from "../batch/batch-ops.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";

function live(b: Batch): Batch {
  return b.selection ? compactBatch(b) : b;
}

/** Rows [from, to) of the concatenation of all partitions, as one partition. */
export function sliceRows(input: Partitions, from: number, to: number): Partitions {
  const out: Batch[] = [];
  let seen = 0;
  for (const part of input) {
    for (const raw of part) {
      if (seen >= to) break;
      const b = live(raw);
      const s = Math.max(from - seen, 0);
      const e = Math.min(to - seen, b.numRows);
      if (e > s) out.push(s === 0 && e === b.numRows ? b : sliceBatch(b, s, e));
      seen += b.numRows;
    }
  }
  return [out];
}

const total = (input: Partitions) => input.reduce((n, p) => n + p.reduce((m, b) => m + (b.selection ? b.selection.length : b.numRows), 0), 0);

export const execLimit = (node: LimitNode, _ctx: ExecContext, input: Partitions): Partitions => sliceRows(input, 0, node.limit);
export const execOffset = (node: OffsetNode, _ctx: ExecContext, input: Partitions): Partitions =>
  sliceRows(input, node.offset, Number.MAX_SAFE_INTEGER);
export function execTail(node: TailNode, _ctx: ExecContext, input: Partitions): Partitions {
  const n = total(input);
  return sliceRows(input, Math.max(0, n - node.limit), n);
}
