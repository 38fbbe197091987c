// Row-wise helpers for operators that work on rows of internal values (aggregate, join, sort,
// window). Batches are converted at their edges; the hot paths of these operators move to
// columnar kernels as benchmarks demand.

import type { Batch } from "../batch/column-vector.js";
import { batchFromRows, batchToRows } from "../batch/batch-ops.js";
import type { DataType } from "../../types/data-type.js";
import type { Partitions } from "../physical/exec-context.js";

export const BATCH_ROWS = 4096;

export function partitionRows(part: readonly Batch[]): unknown[][] {
  const out: unknown[][] = [];
  for (const b of part) for (const r of batchToRows(b)) out.push(r);
  return out;
}

export function allRows(parts: Partitions): unknown[][] {
  const out: unknown[][] = [];
  for (const p of parts) for (const b of p) for (const r of batchToRows(b)) out.push(r);
  return out;
}

export function rowsToBatches(types: readonly DataType[], rows: readonly (readonly unknown[])[], size = BATCH_ROWS): Batch[] {
  if (rows.length === 0) return [];
  const out: Batch[] = [];
  for (let i = 0; i < rows.length; i += size) out.push(batchFromRows(types, rows.slice(i, i + size)));
  return out;
}

/** A canonical, value-based key for grouping / joining / distinct: -0.0 = 0.0, one NaN,
 *  bigint/decimal by value, strings exact, nested values recursively. */
export function keyOf(values: readonly unknown[]): unknown {
  if (values.length === 1) {
    const v = values[0];
    // Map keys compare with SameValueZero: numbers (NaN = NaN, -0 = 0), bigints, strings by value.
    if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "bigint" || typeof v === "boolean") return v;
  }
  let s = "";
  for (const v of values) s += encodeKeyPart(v) + "\u0001";
  return s;
}

function encodeKeyPart(v: unknown): string {
  if (v === null || v === undefined) return "\u0000N";
  switch (typeof v) {
    case "number":
      return Number.isNaN(v) ? "dNaN" : "d" + (Object.is(v, -0) ? 0 : v);
    case "bigint":
      return "l" + v.toString();
    case "string":
      return "s" + v.length + ":" + v;
    case "boolean":
      return v ? "T" : "F";
    default:
      break;
  }
  if (v instanceof Uint8Array) return "b" + Buffer.from(v).toString("hex");
  if (Array.isArray(v)) return "[" + v.map(encodeKeyPart).join(",") + "]";
  const o = v as { keys?: unknown[]; values?: unknown[]; months?: number; days?: number; micros?: bigint };
  if (o.keys && o.values) return "{" + o.keys.map((k, i) => encodeKeyPart(k) + "=" + encodeKeyPart(o.values![i])).join(",") + "}";
  if (o.months !== undefined) return `i${o.months}:${o.days}:${o.micros}`;
  return "o" + JSON.stringify(v, (_, x) => (typeof x === "bigint" ? x.toString() : x));
}
