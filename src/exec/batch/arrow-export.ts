// Our batches → Arrow RecordBatches. Fixed-width and utf8 buffers are shared with Arrow, not
// copied; validity bytes and booleans are packed into Arrow's bitmaps; dict and strings columns
// become plain Utf8 (what Spark and PySpark expect); boxed columns go through the nested codec.

import * as A from "apache-arrow";
import type { DataType, StructType } from "../../types/data-type.js";
import type { Batch, ColumnVector } from "./column-vector.js";
import { compactBatch } from "./gather.js";
import { dictToUtf8 } from "./dictionary.js";
import { encodeUtf8Vector } from "./utf8.js";
import { encodeNested } from "./nested-codec.js";
import { toArrowSchema, toArrowType } from "./arrow-types.js";
import { vectorFromValues } from "./builder.js";
import { flatArrayConstructor, isUtf8Type } from "./physical-type.js";

/** Packs one-byte-per-row validity into an Arrow bitmap (LSB first). */
export function packBits(bytes: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array((n + 7) >> 3);
  for (let i = 0; i < n; i++) if (bytes[i] !== 0) out[i >> 3]! |= 1 << (i & 7);
  return out;
}

function nullInfo(v: ColumnVector): { nullCount: number; nullBitmap: Uint8Array | undefined } {
  if (v.validity === null) return { nullCount: 0, nullBitmap: undefined };
  let nulls = 0;
  for (let i = 0; i < v.length; i++) nulls += v.validity[i] === 0 ? 1 : 0;
  return nulls === 0 ? { nullCount: 0, nullBitmap: undefined } : { nullCount: nulls, nullBitmap: packBits(v.validity, v.length) };
}

export function vectorToArrowData(v: ColumnVector, type: DataType, timeZone: string): A.Data {
  const at = toArrowType(type, timeZone);
  const length = v.length;
  if (type.kind === "null") return A.makeData({ type: at as A.Null, length });
  if (v.encoding === "dict") return vectorToArrowData(dictToUtf8(v), type, timeZone);
  if (v.encoding === "strings") return vectorToArrowData(encodeUtf8Vector(v.values, v.validity, type), type, timeZone);
  if (v.encoding === "boxed" && (flatArrayConstructor(type) !== null || isUtf8Type(type))) {
    const vals = v.values.map((x, i) => (v.validity !== null && v.validity[i] === 0 ? null : x));
    return vectorToArrowData(vectorFromValues(type, vals), type, timeZone);
  }
  const { nullCount, nullBitmap } = nullInfo(v);
  const base = { type: at as any, length, nullCount, nullBitmap };
  if (v.encoding === "flat") {
    if (type.kind === "boolean") return A.makeData({ ...base, data: packBits(v.values as Uint8Array, length) });
    if (type.kind === "decimal") {
      // int64 unscaled → little-endian 128-bit: low word, then the sign-extended high word
      const src = v.values as BigInt64Array;
      const words = new BigInt64Array(2 * length);
      for (let i = 0; i < length; i++) {
        const x = src[i]!;
        words[2 * i] = x;
        words[2 * i + 1] = x < 0n ? -1n : 0n;
      }
      return A.makeData({ ...base, data: new Uint32Array(words.buffer) });
    }
    return A.makeData({ ...base, data: v.values as any });
  }
  if (v.encoding === "utf8") return A.makeData({ ...base, valueOffsets: v.offsets, data: v.bytes });
  const p = encodeNested(v);
  switch (p.kind) {
    case "list": {
      const et = (type as { elementType: DataType }).elementType;
      return A.makeData({ ...base, valueOffsets: p.offsets, child: vectorToArrowData(p.child, et, timeZone) });
    }
    case "map": {
      const mt = type as { keyType: DataType; valueType: DataType };
      const entriesType = (at as A.Map_).childType;
      const n = p.keys.length;
      const entries = A.makeData({
        type: entriesType,
        length: n,
        nullCount: 0,
        children: [vectorToArrowData(p.keys, mt.keyType, timeZone), vectorToArrowData(p.values, mt.valueType, timeZone)],
      });
      return A.makeData({ ...base, valueOffsets: p.offsets, child: entries });
    }
    case "struct": {
      const st = type as StructType;
      return A.makeData({ ...base, children: p.children.map((c, k) => vectorToArrowData(c, st.fields[k]!.dataType, timeZone)) });
    }
    case "decimal128":
      return A.makeData({ ...base, data: new Uint32Array(p.words.buffer) });
    case "calendar": {
      // MONTH_DAY_NANO: int32 months, int32 days, int64 nanoseconds per value
      const buf = new ArrayBuffer(16 * length);
      const i32 = new Int32Array(buf);
      const i64 = new BigInt64Array(buf);
      for (let i = 0; i < length; i++) {
        i32[4 * i] = p.months[i]!;
        i32[4 * i + 1] = p.days[i]!;
        i64[2 * i + 1] = BigInt.asIntN(64, p.micros[i]! * 1000n);
      }
      return A.makeData({ ...base, data: i32 });
    }
    case "null":
      return A.makeData({ type: new A.Null(), length });
  }
}

export interface ArrowExportOptions {
  /** Zone id stamped on TimestampType columns (Spark uses the session time zone). */
  readonly timeZone?: string;
}

/** An Arrow RecordBatch of the batch's live rows. */
export function batchToArrow(batch: Batch, schema: StructType, options: ArrowExportOptions = {}): A.RecordBatch {
  const tz = options.timeZone ?? "UTC";
  const dense = compactBatch(batch);
  const arrowSchema = toArrowSchema(schema, tz);
  const children = schema.fields.map((f, i) => vectorToArrowData(dense.columns[i]!, f.dataType, tz));
  const data = A.makeData({ type: new A.Struct(arrowSchema.fields), length: dense.numRows, nullCount: 0, children });
  return new A.RecordBatch(arrowSchema, data);
}
