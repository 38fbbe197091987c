// Partitioners as data (they travel inside shuffle specs): hash partitioning on the canonical
// key hash, and range partitioning on sampled bounds with the natural key order.

import { compareKeys } from "./keys/compare.js";
import { keyHash, nonNegativeMod } from "./keys/canonical-key.js";
import { fromWire } from "./serde/wire.js";

export type PartitionerSpec =
  | { readonly kind: "hash"; readonly numPartitions: number }
  | { readonly kind: "range"; readonly numPartitions: number; readonly bounds: readonly unknown[]; readonly ascending: boolean };

export function partitionFunction(spec: PartitionerSpec): (key: unknown) => number {
  const n = spec.numPartitions;
  if (spec.kind === "hash") return n === 1 ? () => 0 : (key) => nonNegativeMod(keyHash(key), n);
  const bounds = fromWire(structuredClone(spec.bounds)) as unknown[];
  const asc = spec.ascending;
  return (key) => {
    // first bound ≥ key, by binary search
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(bounds[mid], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return asc ? lo : n - 1 - lo;
  };
}

export function partitionerEquals(a: PartitionerSpec | null, b: PartitionerSpec | null): boolean {
  if (a === null || b === null) return false;
  if (a.kind !== b.kind || a.numPartitions !== b.numPartitions) return false;
  if (a.kind === "hash") return true;
  const rb = b as Extract<PartitionerSpec, { kind: "range" }>;
  return a.ascending === rb.ascending && a.bounds.length === rb.bounds.length && a.bounds.every((x, i) => compareKeys(x, rb.bounds[i]) === 0);
}

/** Bounds for `partitions` ranges from a sample of keys (Spark's RangePartitioner.determineBounds,
 *  unweighted). */
export function rangeBounds(sample: unknown[], partitions: number): unknown[] {
  const sorted = sample.slice().sort(compareKeys);
  const bounds: unknown[] = [];
  if (sorted.length === 0 || partitions <= 1) return bounds;
  const step = sorted.length / partitions;
  let prev: unknown = undefined;
  for (let i = 1; i < partitions; i++) {
    const idx = Math.min(sorted.length - 1, Math.round(i * step));
    const b = sorted[idx];
    if (bounds.length === 0 || compareKeys(b, prev) > 0) {
      bounds.push(b);
      prev = b;
    }
  }
  return bounds;
}
