// Row-range slices. Fixed-width columns are zero-copy views; utf8 columns are copied and rebased
// so every utf8 vector we produce has offsets[0] === 0.

import type { Batch, ColumnVector } from "./column-vector.js";

export function sliceVector(v: ColumnVector, start: number, end: number): ColumnVector {
  start = Math.max(0, Math.min(start, v.length));
  end = Math.max(start, Math.min(end, v.length));
  const n = end - start;
  const validity = v.validity === null ? null : v.validity.subarray(start, end);
  switch (v.encoding) {
    case "flat":
      return { encoding: "flat", type: v.type, length: n, validity, values: v.values.subarray(start, end) };
    case "utf8": {
      const base = v.offsets[start]!;
      const offsets = new Int32Array(n + 1);
      for (let i = 0; i <= n; i++) offsets[i] = v.offsets[start + i]! - base;
      const bytes = v.bytes.slice(base, v.offsets[end]!);
      return { encoding: "utf8", type: v.type, length: n, validity, offsets, bytes };
    }
    case "dict":
      return { encoding: "dict", type: v.type, length: n, validity, codes: v.codes.subarray(start, end), dictionary: v.dictionary };
    case "strings":
      return { encoding: "strings", type: v.type, length: n, validity, values: v.values.slice(start, end) };
    case "boxed":
      return { encoding: "boxed", type: v.type, length: n, validity, values: v.values.slice(start, end) };
  }
}

/** Live rows [start, end) of a batch (positions among live rows when there is a selection). */
export function sliceBatch(batch: Batch, start: number, end: number): Batch {
  if (batch.selection !== null) {
    const sel = batch.selection.subarray(Math.max(0, start), Math.max(0, Math.min(end, batch.selection.length)));
    return { numRows: batch.numRows, columns: batch.columns, selection: sel };
  }
  const s = Math.max(0, Math.min(start, batch.numRows));
  const e = Math.max(s, Math.min(end, batch.numRows));
  return { numRows: e - s, columns: batch.columns.map((c) => sliceVector(c, s, e)), selection: null };
}
