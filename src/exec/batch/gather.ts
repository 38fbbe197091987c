// Gathering rows by index: the one primitive behind compaction, sort output, join output and
// shuffle partition splits.

import type { Batch, ColumnVector, FlatArray, Utf8Vector } from "./column-vector.js";

/** A new vector with rows `indices` of `v` (in that order). Dict vectors keep their dictionary. */
export function gatherVector(v: ColumnVector, indices: Int32Array): ColumnVector {
  const n = indices.length;
  const validity = gatherValidity(v.validity, indices);
  switch (v.encoding) {
    case "flat": {
      const src = v.values;
      const Ctor = src.constructor as new (n: number) => FlatArray;
      const out = new Ctor(n);
      gatherTyped(src, out, indices);
      return { encoding: "flat", type: v.type, length: n, validity, values: out };
    }
    case "utf8":
      return gatherUtf8(v, indices, validity);
    case "dict": {
      const codes = new Int32Array(n);
      const src = v.codes;
      for (let i = 0; i < n; i++) codes[i] = src[indices[i]!]!;
      return { encoding: "dict", type: v.type, length: n, validity, codes, dictionary: v.dictionary };
    }
    case "strings": {
      const out = new Array<string>(n);
      for (let i = 0; i < n; i++) out[i] = v.values[indices[i]!]!;
      return { encoding: "strings", type: v.type, length: n, validity, values: out };
    }
    case "boxed": {
      const out = new Array<unknown>(n);
      for (let i = 0; i < n; i++) out[i] = v.values[indices[i]!];
      return { encoding: "boxed", type: v.type, length: n, validity, values: out };
    }
  }
}

function gatherTyped(src: FlatArray, out: FlatArray, indices: Int32Array): void {
  // One loop per array kind keeps each loop monomorphic.
  const n = indices.length;
  if (src instanceof BigInt64Array) {
    const o = out as BigInt64Array;
    for (let i = 0; i < n; i++) o[i] = src[indices[i]!]!;
  } else if (src instanceof Float64Array) {
    const o = out as Float64Array;
    for (let i = 0; i < n; i++) o[i] = src[indices[i]!]!;
  } else if (src instanceof Int32Array) {
    const o = out as Int32Array;
    for (let i = 0; i < n; i++) o[i] = src[indices[i]!]!;
  } else {
    const o = out as Uint8Array;
    const s = src as Uint8Array;
    for (let i = 0; i < n; i++) o[i] = s[indices[i]!]!;
  }
}

function gatherValidity(validity: Uint8Array | null, indices: Int32Array): Uint8Array | null {
  if (validity === null) return null;
  const n = indices.length;
  const out = new Uint8Array(n);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    const b = validity[indices[i]!]!;
    out[i] = b;
    nulls += b ^ 1;
  }
  return nulls === 0 ? null : out;
}

function gatherUtf8(v: Utf8Vector, indices: Int32Array, validity: Uint8Array | null): Utf8Vector {
  const n = indices.length;
  const { offsets, bytes } = v;
  const outOffsets = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const r = indices[i]!;
    total += offsets[r + 1]! - offsets[r]!;
    outOffsets[i + 1] = total;
  }
  const out = new Uint8Array(total);
  for (let i = 0; i < n; i++) {
    const r = indices[i]!;
    const s = offsets[r]!;
    const e = offsets[r + 1]!;
    const at = outOffsets[i]!;
    if (e - s < 16) {
      for (let k = s; k < e; k++) out[at + k - s] = bytes[k]!;
    } else {
      out.set(bytes.subarray(s, e), at);
    }
  }
  return { encoding: "utf8", type: v.type, length: n, validity, offsets: outOffsets, bytes: out };
}

/** A dense batch holding rows `indices` of `batch` (the batch's selection is ignored). */
export function gatherRows(batch: Batch, indices: Int32Array): Batch {
  return { numRows: indices.length, columns: batch.columns.map((c) => gatherVector(c, indices)), selection: null };
}

/** Applies the selection: a dense batch of the live rows (the same batch if none). */
export function compactBatch(batch: Batch): Batch {
  return batch.selection === null ? batch : gatherRows(batch, batch.selection);
}
