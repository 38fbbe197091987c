// Arrow → our batches. Fixed-width buffers are viewed, not copied, when Arrow's layout equals
// ours; bitmaps are expanded to one byte per row; Arrow dictionaries of strings stay dict
// vectors; nested types are rebuilt as boxed internal values.

import * as A from "apache-arrow";
import type { DataType } from "../../types/data-type.js";
import type { Batch, ColumnVector, Utf8Vector } from "./column-vector.js";
import { CalendarInterval } from "../../values/interval.js";
import { MapData } from "../../values/map-data.js";
import { vectorToArray } from "./access.js";
import { fromArrowSchema, fromArrowType } from "./arrow-types.js";
import { flatArrayConstructor } from "./physical-type.js";
import { nullVector, vectorFromValues } from "./builder.js";
import type { StructType } from "../../types/data-type.js";

/** Expands Arrow's validity bitmap (bit `offset` onward) to one byte per row; null when all valid. */
export function unpackValidity(d: A.Data): Uint8Array | null {
  if (d.nullCount === 0 || !d.nullBitmap || d.nullBitmap.length === 0) {
    return d.typeId === A.Type.Null ? new Uint8Array(d.length) : null;
  }
  return unpackBits(d.nullBitmap, d.offset, d.length);
}

function unpackBits(bits: Uint8Array, offset: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const b = offset + i;
    out[i] = (bits[b >> 3]! >> (b & 7)) & 1;
  }
  return out;
}

const MICROS_PER: Record<number, bigint> = { [A.TimeUnit.SECOND]: 1000000n, [A.TimeUnit.MILLISECOND]: 1000n, [A.TimeUnit.MICROSECOND]: 1n };

export function arrowDataToVector(d: A.Data, type: DataType = fromArrowType(d.type)): ColumnVector {
  const length = d.length;
  if (length === 0) return nullVector(type, 0); // empty Data may come without child data
  const validity = unpackValidity(d);
  const t = d.type;
  if (A.DataType.isDictionary(t)) return dictionaryToVector(d, type, validity);
  switch (t.typeId) {
    case A.Type.Null:
      return vectorFromValues(type, new Array(length).fill(null));
    case A.Type.Bool:
      return { encoding: "flat", type, length, validity, values: unpackBits(d.values as Uint8Array, d.offset, length) };
    case A.Type.Decimal:
      return decimalToVector(d, type, validity);
    case A.Type.Utf8:
    case A.Type.Binary:
      return utf8ToVector(d.valueOffsets as Int32Array, d.values as Uint8Array, type, length, validity);
    case A.Type.LargeUtf8:
    case A.Type.LargeBinary: {
      const o64 = d.valueOffsets as unknown as BigInt64Array;
      const o = new Int32Array(length + 1);
      for (let i = 0; i <= length; i++) o[i] = Number(o64[i]!);
      return utf8ToVector(o, d.values as Uint8Array, type, length, validity);
    }
    case A.Type.Timestamp:
    case A.Type.Duration: {
      const unit = (t as A.Timestamp | A.Duration).unit;
      const src = d.values as BigInt64Array;
      if (unit === A.TimeUnit.MICROSECOND) return { encoding: "flat", type, length, validity, values: src };
      const out = new BigInt64Array(length);
      if (unit === A.TimeUnit.NANOSECOND) {
        for (let i = 0; i < length; i++) out[i] = floorDiv(src[i]!, 1000n);
      } else {
        const m = MICROS_PER[unit]!;
        for (let i = 0; i < length; i++) out[i] = src[i]! * m;
      }
      return { encoding: "flat", type, length, validity, values: out };
    }
    case A.Type.Date: {
      if ((t as A.Date_).unit === A.DateUnit.DAY) return { encoding: "flat", type, length, validity, values: d.values as Int32Array };
      const ms = d.values as unknown as BigInt64Array;
      const out = new Int32Array(length);
      for (let i = 0; i < length; i++) out[i] = Number(floorDiv(ms[i]!, 86400000n));
      return { encoding: "flat", type, length, validity, values: out };
    }
    case A.Type.Interval:
      return intervalToVector(d, type, validity);
    case A.Type.List:
    case A.Type.Map: {
      const offsets = d.valueOffsets as Int32Array;
      const child = d.children[0]!;
      const out = new Array<unknown>(length).fill(null);
      if (t.typeId === A.Type.List) {
        const elems = vectorToArray(arrowDataToVector(child, (type as { elementType: DataType }).elementType));
        for (let i = 0; i < length; i++) if (validity === null || validity[i]) out[i] = elems.slice(offsets[i]!, offsets[i + 1]!);
      } else {
        const mt = type as { keyType: DataType; valueType: DataType };
        const keys = vectorToArray(arrowDataToVector(child.children[0]!, mt.keyType));
        const vals = vectorToArray(arrowDataToVector(child.children[1]!, mt.valueType));
        for (let i = 0; i < length; i++) {
          if (validity !== null && !validity[i]) continue;
          out[i] = new MapData(keys.slice(offsets[i]!, offsets[i + 1]!), vals.slice(offsets[i]!, offsets[i + 1]!));
        }
      }
      return { encoding: "boxed", type, length, validity, values: out };
    }
    case A.Type.Struct: {
      const st = type as StructType;
      const cols = d.children.map((c, k) => vectorToArray(arrowDataToVector(c, st.fields[k]!.dataType)));
      const out = new Array<unknown>(length).fill(null);
      for (let i = 0; i < length; i++) if (validity === null || validity[i]) out[i] = cols.map((c) => c[i]);
      return { encoding: "boxed", type, length, validity, values: out };
    }
    default: {
      // Int, Float, FixedSizeBinary, ...: view when the typed array matches ours, else convert
      const Ctor = flatArrayConstructor(type);
      const src = d.values as unknown as ArrayLike<number | bigint>;
      if (Ctor !== null && src instanceof Ctor) return { encoding: "flat", type, length, validity, values: src };
      const vals = new Array<unknown>(length);
      for (let i = 0; i < length; i++) vals[i] = validity !== null && !validity[i] ? null : d.type.typeId === A.Type.FixedSizeBinary ? null : convertScalar(src[i]!, type);
      if (d.type.typeId === A.Type.FixedSizeBinary) {
        const w = (t as A.FixedSizeBinary).byteWidth;
        const bytes = d.values as Uint8Array;
        for (let i = 0; i < length; i++) if (validity === null || validity[i]) vals[i] = bytes.slice(i * w, (i + 1) * w);
      }
      return vectorFromValues(type, vals);
    }
  }
}

function convertScalar(x: number | bigint, type: DataType): unknown {
  if (type.kind === "long") return BigInt(x);
  if (type.kind === "decimal") return BigInt.asUintN(64, BigInt(x)); // uint64
  return Number(x);
}

const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
};

function utf8ToVector(offsets: Int32Array, bytes: Uint8Array, type: DataType, length: number, validity: Uint8Array | null): Utf8Vector {
  const base = offsets[0]!;
  if (base === 0 && offsets.length === length + 1) return { encoding: "utf8", type, length, validity, offsets, bytes };
  // keep our invariant offsets[0] === 0 (Arrow slices start mid-buffer)
  const o = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) o[i] = offsets[i]! - base;
  return { encoding: "utf8", type, length, validity, offsets: o, bytes: bytes.subarray(base, offsets[length]!) };
}

function decimalToVector(d: A.Data, type: DataType, validity: Uint8Array | null): ColumnVector {
  const words = d.values as Uint32Array;
  const w64 = new BigInt64Array(words.buffer, words.byteOffset, words.length >> 1);
  const length = d.length;
  const bitWidth = (d.type as A.Decimal).bitWidth ?? 128;
  const stride = bitWidth / 64;
  const narrow = type.kind === "decimal" && type.precision <= 18;
  if (narrow) {
    const out = new BigInt64Array(length);
    for (let i = 0; i < length; i++) out[i] = w64[stride * i]!; // fits in the low word
    return { encoding: "flat", type, length, validity, values: out };
  }
  const out = new Array<unknown>(length).fill(null);
  for (let i = 0; i < length; i++) {
    if (validity !== null && !validity[i]) continue;
    let x = BigInt.asIntN(64, w64[stride * i + stride - 1]!);
    for (let k = stride - 2; k >= 0; k--) x = (x << 64n) | BigInt.asUintN(64, w64[stride * i + k]!);
    out[i] = x;
  }
  return { encoding: "boxed", type, length, validity, values: out };
}

function intervalToVector(d: A.Data, type: DataType, validity: Uint8Array | null): ColumnVector {
  const unit = (d.type as A.Interval).unit;
  const length = d.length;
  const i32 = d.values as Int32Array;
  if (unit === A.IntervalUnit.YEAR_MONTH) return { encoding: "flat", type, length, validity, values: i32 };
  const out = new Array<unknown>(length).fill(null);
  if (unit === A.IntervalUnit.DAY_TIME) {
    for (let i = 0; i < length; i++) if (validity === null || validity[i]) out[i] = new CalendarInterval(0, i32[2 * i]!, BigInt(i32[2 * i + 1]!) * 1000n);
  } else {
    const i64 = new BigInt64Array(i32.buffer, i32.byteOffset, i32.length >> 1);
    for (let i = 0; i < length; i++) {
      if (validity === null || validity[i]) out[i] = new CalendarInterval(i32[4 * i]!, i32[4 * i + 1]!, floorDiv(i64[2 * i + 1]!, 1000n));
    }
  }
  return { encoding: "boxed", type, length, validity, values: out };
}

function dictionaryToVector(d: A.Data, type: DataType, validity: Uint8Array | null): ColumnVector {
  const dictVec = d.dictionary!;
  const dictData = dictVec.data.length === 1 ? dictVec.data[0]! : null;
  const keys = d.values as ArrayLike<number>;
  const codes = keys instanceof Int32Array ? keys : Int32Array.from(keys);
  if (dictData !== null && (dictData.typeId === A.Type.Utf8 || dictData.typeId === A.Type.Binary)) {
    const dictionary = arrowDataToVector(dictData, type) as Utf8Vector;
    if (dictionary.validity === null) {
      return { encoding: "dict", type, length: d.length, validity, codes, dictionary };
    }
  }
  // other value types (or a dictionary with nulls): decode
  const values = vectorToArray(arrowVectorToColumn(dictVec, type));
  const out = new Array<unknown>(d.length);
  for (let i = 0; i < d.length; i++) out[i] = validity !== null && !validity[i] ? null : values[codes[i]!];
  return vectorFromValues(type, out);
}

function arrowVectorToColumn(v: A.Vector, type: DataType): ColumnVector {
  const parts = v.data.map((d) => arrowDataToVector(d, type));
  if (parts.length === 1) return parts[0]!;
  return vectorFromValues(type, parts.flatMap(vectorToArray));
}

/** Our batch and Spark schema for an Arrow RecordBatch. */
export function arrowToBatch(rb: A.RecordBatch): { batch: Batch; schema: StructType } {
  const schema = fromArrowSchema(rb.schema);
  const columns = rb.data.children.map((c, i) => arrowDataToVector(c, schema.fields[i]!.dataType));
  return { batch: { numRows: rb.numRows, columns, selection: null }, schema };
}
