// Repartition (round-robin or hash of expressions, Spark's Murmur3 pmod n) and coalesce.
import type { RepartitionNode } from "../../plan/logical/resolved.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { bindReferences } from "../physical/bind.js";
import { evaluate } from "../eval/interpreter.js";
import { getValue } from "../batch/access.js";
import { batchToRows } from "../batch/batch-ops.js";
import { rowsToBatches, keyOf } from "./row-utils.js";
import { rowComparator } from "./sort.js";

export function execRepartition(node: RepartitionNode, ctx: ExecContext, input: Partitions): Partitions {
  const n = Math.max(1, node.numPartitions);
  const types = node.output.map((a) => a.dataType);
  if (!node.shuffle) {
    // coalesce: merge neighbouring partitions, never increasing their number.
    if (input.length <= n) return input;
    const out: Partitions = Array.from({ length: n }, () => []);
    input.forEach((p, i) => out[Math.floor((i * n) / input.length)]!.push(...p));
    return out;
  }
  const buckets: unknown[][][] = Array.from({ length: n }, () => []);
  if (node.partitionExprs.length === 0) {
    let next = 0;
    for (const part of input) for (const b of part) for (const r of batchToRows(b)) buckets[next++ % n]!.push(r);
  } else if (node.byRange) {
    const order = node.partitionExprs.map((child) => ({ child, ascending: true, nullsFirst: true }));
    const bound = order.map((o) => ({ ...o, child: bindReferences(o.child, node.input.output) }));
    const rows: { keys: unknown[]; row: unknown[] }[] = [];
    for (const part of input) {
      for (const b of part) {
        const cols = bound.map((o) => evaluate(o.child, b, ctx.eval));
        batchToRows(b).forEach((row, k) => rows.push({ keys: cols.map((c) => getValue(c, b.selection ? b.selection[k]! : k)), row }));
      }
    }
    rows.sort(rowComparator(order));
    rows.forEach((r, i) => buckets[Math.floor((i * n) / Math.max(1, rows.length))]!.push(r.row));
  } else {
    const bound = node.partitionExprs.map((e) => bindReferences(e, node.input.output));
    const index = new Map<unknown, number>();
    for (const part of input) {
      for (const b of part) {
        const cols = bound.map((e) => evaluate(e, b, ctx.eval));
        batchToRows(b).forEach((row, k) => {
          const r = b.selection ? b.selection[k]! : k;
          const key = keyOf(cols.map((c) => getValue(c, r)));
          let p = index.get(key);
          if (p === undefined) index.set(key, (p = hashToPartition(key, n)));
          buckets[p]!.push(row);
        });
      }
    }
  }
  return buckets.map((rows) => rowsToBatches(types, rows, ctx.batchSize));
}

function hashToPartition(key: unknown, n: number): number {
  const s = typeof key === "string" ? key : String(key);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return ((h % n) + n) % n;
}
