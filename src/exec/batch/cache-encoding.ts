// The columnar form of cached partitions (df.cache()): JS string vectors, which expression
// evaluation produces, are stored as Spark's in-memory columnar cache stores strings —
// dictionary-encoded when values repeat, else as UTF-8 bytes. Either halves the memory of a
// string array or better, and lets group-by, join and filter work on codes or bytes instead of
// hashing one heap string per row.

import type { Batch, ColumnVector } from "./column-vector.js";
import { dictionaryEncode } from "./dictionary.js";
import { encodeUtf8Vector } from "./utf8.js";

/** One column in its cached encoding (only `strings` vectors change). */
export function encodeForCache(v: ColumnVector): ColumnVector {
  if (v.encoding !== "strings" || v.type.kind === "binary") return v;
  const dict = dictionaryEncode(v);
  // Dictionary codes pay off when values repeat; mostly distinct values stay plain bytes.
  if (dict.dictionary.length * 2 <= v.length) return dict;
  return encodeUtf8Vector(v.values, v.validity, v.type);
}

export function encodeBatchForCache(b: Batch): Batch {
  if (!b.columns.some((c) => c.encoding === "strings")) return b;
  return { numRows: b.numRows, columns: b.columns.map(encodeForCache), selection: b.selection };
}
