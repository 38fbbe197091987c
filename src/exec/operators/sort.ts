// Sort: global (one output partition, as after Spark's range exchange) or within partitions.
// Columnar: the input batches are concatenated, the sort keys evaluated once into arrays, and
// an index permutation is sorted (stable) with a comparator specialized per key type; the
// output gathers rows by index without materializing rows. Keys compare with Spark's ordering:
// NaN above all numbers, -0.0 = 0.0, strings by UTF-8 bytes (code points), nulls first/last.

import type { SortNode } from "../../plan/logical/resolved.js";
import type { AttributeRef, RSortOrder } from "../../plan/expr/resolved.js";
import type { DataType } from "../../types/data-type.js";
import { compareInternal, compareStrings, compareDoubles } from "../../values/internal.js";
import { evaluate } from "../eval/interpreter.js";
import { vectorToArray } from "../batch/access.js";
import { concatBatches, compactBatch, gatherRows } from "../batch/batch-ops.js";
import type { Batch } from "../batch/column-vector.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { bindReferences } from "../physical/bind.js";

export interface KeyedRow {
  keys: unknown[];
  row: unknown[];
}

/** Compares two values of one key column (never null). */
export function valueComparator(t: DataType): (a: unknown, b: unknown) => number {
  switch (t.kind) {
    case "byte":
    case "short":
    case "integer":
    case "date":
    case "year_month_interval":
      return (a, b) => (a as number) - (b as number);
    case "float":
    case "double":
      return (a, b) => compareDoubles(a as number, b as number);
    case "long":
    case "timestamp":
    case "timestamp_ntz":
    case "day_time_interval":
    case "decimal":
      return (a, b) => ((a as bigint) < (b as bigint) ? -1 : (a as bigint) > (b as bigint) ? 1 : 0);
    case "string":
    case "char":
    case "varchar":
      return (a, b) => compareStrings(a as string, b as string);
    case "boolean":
      return (a, b) => (a === b ? 0 : a ? 1 : -1);
    default:
      return (a, b) => compareInternal(a, b, t);
  }
}

/** Row comparator over key arrays (used by sort, window and range partitioning). */
export function rowComparator(order: readonly RSortOrder[]): (a: KeyedRow, b: KeyedRow) => number {
  const cmps = order.map((o) => valueComparator(o.child.dataType));
  return (a, b) => {
    for (let i = 0; i < order.length; i++) {
      const x = a.keys[i];
      const y = b.keys[i];
      const o = order[i]!;
      if (x === null || y === null) {
        if (x === y) continue;
        return (x === null) === o.nullsFirst ? -1 : 1;
      }
      const c = cmps[i]!(x, y);
      if (c !== 0) return o.ascending ? c : -c;
    }
    return 0;
  };
}

/** The rows of `batches` sorted by `order`, as dense batches of at most `batchSize` rows. */
export function sortBatches(batches: readonly Batch[], order: readonly RSortOrder[], input: readonly AttributeRef[], ctx: ExecContext, limit = Infinity): Batch[] {
  const live = batches.filter((b) => (b.selection ? b.selection.length : b.numRows) > 0).map((b) => (b.selection ? compactBatch(b) : b));
  if (live.length === 0) return [];
  const all = live.length === 1 ? live[0]! : concatBatches(input.map((a) => a.dataType), live);
  const n = all.numRows;
  const keys = order.map((o) => vectorToArray(evaluate(bindReferences(o.child, input), all, ctx.eval)));
  const cmps = order.map((o) => valueComparator(o.child.dataType));
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const k0 = keys[0]!;
  idx.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const col = i === 0 ? k0 : keys[i]!;
      const x = col[a];
      const y = col[b];
      const o = order[i]!;
      if (x === null || y === null) {
        if (x === y) continue;
        return (x === null) === o.nullsFirst ? -1 : 1;
      }
      const c = cmps[i]!(x, y);
      if (c !== 0) return o.ascending ? c : -c;
    }
    return a - b; // stable
  });
  const take = Math.min(n, limit);
  const out: Batch[] = [];
  for (let s = 0; s < take; s += ctx.batchSize) {
    const e = Math.min(take, s + ctx.batchSize);
    out.push(gatherRows(all, Int32Array.from(idx.slice(s, e))));
  }
  return out;
}

export function execSort(node: SortNode, ctx: ExecContext, input: Partitions): Partitions {
  return node.global
    ? [sortBatches(input.flat(), node.order, node.input.output, ctx)]
    : input.map((p) => sortBatches(p, node.order, node.input.output, ctx));
}
