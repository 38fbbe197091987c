// Sort: global (one output partition, as after Spark's range exchange) or within partitions.
// Keys compare with Spark's ordering: NaN above all numbers, strings by UTF-8 bytes, nulls
// first/last per key; the sort is stable.

import type { SortNode } from "../../plan/logical/resolved.js";
import type { RSortOrder } from "../../plan/expr/resolved.js";
import { compareInternal } from "../../values/internal.js";
import { evaluate } from "../eval/interpreter.js";
import { getValue } from "../batch/access.js";
import { batchToRows } from "../batch/batch-ops.js";
import type { Batch } from "../batch/column-vector.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { bindReferences } from "../physical/bind.js";
import type { AttributeRef } from "../../plan/expr/resolved.js";
import { rowsToBatches } from "./row-utils.js";

export interface KeyedRow {
  keys: unknown[];
  row: unknown[];
}

export function keyedRows(batches: readonly Batch[], order: readonly RSortOrder[], input: readonly AttributeRef[], ctx: ExecContext): KeyedRow[] {
  const bound = order.map((o) => bindReferences(o.child, input));
  const out: KeyedRow[] = [];
  for (const b of batches) {
    const cols = bound.map((e) => evaluate(e, b, ctx.eval));
    const rows = batchToRows(b);
    const sel = b.selection;
    for (let k = 0; k < rows.length; k++) {
      const r = sel ? sel[k]! : k;
      out.push({ keys: cols.map((c) => getValue(c, r)), row: rows[k]! });
    }
  }
  return out;
}

export function rowComparator(order: readonly RSortOrder[]): (a: KeyedRow, b: KeyedRow) => number {
  const types = order.map((o) => o.child.dataType);
  return (a, b) => {
    for (let i = 0; i < order.length; i++) {
      const x = a.keys[i];
      const y = b.keys[i];
      const o = order[i]!;
      if (x === null || y === null) {
        if (x === y) continue;
        return (x === null) === o.nullsFirst ? -1 : 1;
      }
      const c = compareInternal(x, y, types[i]!);
      if (c !== 0) return o.ascending ? c : -c;
    }
    return 0;
  };
}

export function execSort(node: SortNode, ctx: ExecContext, input: Partitions): Partitions {
  const types = node.output.map((a) => a.dataType);
  const cmp = rowComparator(node.order);
  const sortPart = (batches: Batch[]) => {
    const rows = keyedRows(batches, node.order, node.input.output, ctx);
    rows.sort(cmp);
    return rowsToBatches(types, rows.map((r) => r.row), ctx.batchSize);
  };
  return node.global ? [sortPart(input.flat())] : input.map(sortPart);
}
