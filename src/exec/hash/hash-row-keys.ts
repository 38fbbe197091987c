// Vectorized Spark murmur3 over key columns of a batch — the hash of Spark's HashPartitioning
// (pmod(hash(keys), n)), so rows land in the same partition numbers Spark would choose.
// Hot path: one loop per column encoding, reading typed arrays directly; longs hashed through
// an Int32 view of their buffer (no BigInt), utf8 bytes hashed in place, dictionaries hashed
// once per entry when the column is the first key.

import type { Batch, ColumnVector, DictVector, FlatVector, Utf8Vector } from "../batch/column-vector.js";
import { doubleBitsHigh, doubleBitsLow, floatBits } from "./float-bits.js";
import { murmur3Bytes, murmur3Int, murmur3LongHalves, murmur3String } from "./murmur3.js";
import { murmur3Value } from "./spark-hash.js";

const SEED = 42;

/**
 * out[r] = Spark's hash(key columns) for each live row r (r indexes the selection when the batch
 * has one, else the rows). `out` must hold at least that many entries.
 */
export function hashRowKeys(batch: Batch, keyOrdinals: readonly number[], out: Int32Array): Int32Array {
  const sel = batch.selection;
  const n = sel ? sel.length : batch.numRows;
  out.fill(SEED, 0, n);
  for (let k = 0; k < keyOrdinals.length; k++) {
    hashColumnInto(batch.columns[keyOrdinals[k]!]!, sel, n, out, k === 0);
  }
  return out;
}

/** Partition ids pmod(hash, numPartitions) for the live rows, as Spark's HashPartitioning. */
export function hashPartitionIds(batch: Batch, keyOrdinals: readonly number[], numPartitions: number, out: Int32Array): Int32Array {
  hashRowKeys(batch, keyOrdinals, out);
  const n = batch.selection ? batch.selection.length : batch.numRows;
  for (let r = 0; r < n; r++) {
    const m = out[r]! % numPartitions;
    out[r] = m < 0 ? m + numPartitions : m;
  }
  return out;
}

/** Mixes one column into the running per-row hashes (`first`: every seed is still 42). */
export function hashColumnInto(v: ColumnVector, sel: Int32Array | null, n: number, out: Int32Array, first: boolean): void {
  switch (v.encoding) {
    case "flat":
      return hashFlat(v, sel, n, out);
    case "utf8":
      return hashUtf8(v, sel, n, out);
    case "dict":
      return hashDict(v, sel, n, out, first);
    case "strings": {
      const { values, validity } = v;
      for (let r = 0; r < n; r++) {
        const i = sel ? sel[r]! : r;
        if (validity !== null && validity[i] === 0) continue;
        out[r] = murmur3String(values[i]!, out[r]!);
      }
      return;
    }
    case "boxed": {
      const { values, validity, type } = v;
      for (let r = 0; r < n; r++) {
        const i = sel ? sel[r]! : r;
        if (validity !== null && validity[i] === 0) continue;
        out[r] = murmur3Value(values[i], type, out[r]!);
      }
    }
  }
}

function hashFlat(v: FlatVector, sel: Int32Array | null, n: number, out: Int32Array): void {
  const { values, validity } = v;
  if (values instanceof BigInt64Array) {
    const halves = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    for (let r = 0; r < n; r++) {
      const i = sel ? sel[r]! : r;
      if (validity !== null && validity[i] === 0) continue;
      out[r] = murmur3LongHalves(halves[2 * i]!, halves[2 * i + 1]!, out[r]!);
    }
  } else if (values instanceof Float64Array) {
    for (let r = 0; r < n; r++) {
      const i = sel ? sel[r]! : r;
      if (validity !== null && validity[i] === 0) continue;
      const lo = doubleBitsLow(values[i]!);
      out[r] = murmur3LongHalves(lo, doubleBitsHigh(), out[r]!);
    }
  } else if (values instanceof Float32Array) {
    for (let r = 0; r < n; r++) {
      const i = sel ? sel[r]! : r;
      if (validity !== null && validity[i] === 0) continue;
      out[r] = murmur3Int(floatBits(values[i]!), out[r]!);
    }
  } else if (values instanceof Int32Array) {
    for (let r = 0; r < n; r++) {
      const i = sel ? sel[r]! : r;
      if (validity !== null && validity[i] === 0) continue;
      out[r] = murmur3Int(values[i]!, out[r]!);
    }
  } else {
    // boolean (0/1), byte, short: hashed as int
    const vals = values as Int16Array;
    for (let r = 0; r < n; r++) {
      const i = sel ? sel[r]! : r;
      if (validity !== null && validity[i] === 0) continue;
      out[r] = murmur3Int(vals[i]!, out[r]!);
    }
  }
}

function hashUtf8(v: Utf8Vector, sel: Int32Array | null, n: number, out: Int32Array): void {
  const { bytes, offsets, validity } = v;
  for (let r = 0; r < n; r++) {
    const i = sel ? sel[r]! : r;
    if (validity !== null && validity[i] === 0) continue;
    out[r] = murmur3Bytes(bytes, offsets[i]!, offsets[i + 1]!, out[r]!);
  }
}

function hashDict(v: DictVector, sel: Int32Array | null, n: number, out: Int32Array, first: boolean): void {
  const { codes, validity, dictionary } = v;
  if (first && dictionary.length < n) {
    // Every seed is 42: hash each dictionary entry once and look the hashes up by code.
    const dictHashes = new Int32Array(dictionary.length).fill(SEED);
    hashColumnInto(dictionary, null, dictionary.length, dictHashes, true);
    for (let r = 0; r < n; r++) {
      const i = sel ? sel[r]! : r;
      if (validity !== null && validity[i] === 0) continue;
      out[r] = dictHashes[codes[i]!]!;
    }
    return;
  }
  if (dictionary.encoding === "utf8") {
    const { bytes, offsets } = dictionary;
    for (let r = 0; r < n; r++) {
      const i = sel ? sel[r]! : r;
      if (validity !== null && validity[i] === 0) continue;
      const c = codes[i]!;
      out[r] = murmur3Bytes(bytes, offsets[c]!, offsets[c + 1]!, out[r]!);
    }
  } else {
    const values = dictionary.values;
    for (let r = 0; r < n; r++) {
      const i = sel ? sel[r]! : r;
      if (validity !== null && validity[i] === 0) continue;
      out[r] = murmur3String(values[codes[i]!]!, out[r]!);
    }
  }
}
