// Which reducer each row of a map-side batch goes to, for an exchange: Spark's HashPartitioning
// (murmur3 of the key columns, pmod n), a single partition, or round robin. Keys whose types
// need normalization (float/double: -0.0 = 0.0 and one NaN, as the operators' grouping and join
// keys; nested types) are hashed by their canonical key instead, so equal keys always meet.

import type { DataType } from "../../types/data-type.js";
import type { RExpr } from "../../plan/expr/resolved.js";
import type { Batch } from "../batch/column-vector.js";
import type { EvalContext } from "../eval/context.js";
import { evaluate } from "../eval/interpreter.js";
import { getValue } from "../batch/access.js";
import { hashPartitionIds } from "../hash/hash-row-keys.js";
import { keyOf } from "../operators/row-utils.js";

const MURMUR_SAFE = new Set(["boolean", "byte", "short", "integer", "long", "date", "timestamp", "timestamp_ntz", "string", "char", "varchar", "decimal", "binary"]);

/** True when murmur3 over the column gives equal hashes for every pair of equal keys. */
export const hashesByColumns = (types: readonly DataType[]): boolean => types.every((t) => MURMUR_SAFE.has(t.kind));

export type Partitioner = (batch: Batch, numPartitions: number, out: Int32Array) => void;

/** Fills out[i] with the reducer of row i of a dense batch. */
export function hashPartitioner(keys: readonly RExpr[], byValue: boolean, eval_: EvalContext): Partitioner {
  const ordinals = keys.map((_, i) => i);
  return (batch, n, out) => {
    const cols = keys.map((k) => evaluate(k, batch, eval_));
    const keyBatch: Batch = { numRows: batch.numRows, selection: null, columns: cols };
    if (!byValue) {
      hashPartitionIds(keyBatch, ordinals, n, out);
      return;
    }
    const buf: unknown[] = new Array(cols.length);
    for (let r = 0; r < batch.numRows; r++) {
      for (let j = 0; j < cols.length; j++) buf[j] = getValue(cols[j]!, r);
      const h = stringHash(keyText(keyOf(buf)));
      const m = h % n;
      out[r] = m < 0 ? m + n : m;
    }
  };
}

export function roundRobinPartitioner(startAt: number): Partitioner {
  let next = startAt;
  return (batch, n, out) => {
    for (let r = 0; r < batch.numRows; r++) out[r] = next++ % n;
  };
}

const keyText = (k: unknown): string => (typeof k === "string" ? "s" + k : typeof k === "number" ? "d" + (Object.is(k, -0) ? 0 : k) : String(k));

function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}
