// INTERSECT / EXCEPT [ALL] with null-safe row equality (Spark: nulls equal in set operations).
import type { SetOpNode } from "../../plan/logical/resolved.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { allRows, keyOf, rowsToBatches } from "./row-utils.js";

export function execSetOperation(node: SetOpNode, ctx: ExecContext, left: Partitions, right: Partitions): Partitions {
  const rightCounts = new Map<unknown, number>();
  for (const r of allRows(right)) {
    const k = keyOf(r);
    rightCounts.set(k, (rightCounts.get(k) ?? 0) + 1);
  }
  const out: unknown[][] = [];
  const emitted = new Set<unknown>();
  for (const r of allRows(left)) {
    const k = keyOf(r);
    const n = rightCounts.get(k) ?? 0;
    if (node.isAll) {
      if (node.opType === "intersect" && n > 0) {
        out.push(r);
        rightCounts.set(k, n - 1);
      } else if (node.opType === "except") {
        if (n > 0) rightCounts.set(k, n - 1);
        else out.push(r);
      }
    } else if (!emitted.has(k) && (node.opType === "intersect" ? n > 0 : n === 0)) {
      emitted.add(k);
      out.push(r);
    }
  }
  return [rowsToBatches(node.output.map((a) => a.dataType), out, ctx.batchSize)];
}
