// Dense leaf values (column-chunk.ts) → column vectors of the requested Spark type, and the
// scatter of dense values into row positions by definition levels (top-level columns).
// Conversions are whole-array loops; fixed-width pass-throughs are zero-copy views.

import type { DataType } from "../../../types/data-type.js";
import type { ColumnVector, FlatArray, Utf8Vector } from "../../../exec/batch/column-vector.js";
import { StringType } from "../../../types/data-type.js";
import { isTextType } from "../../../exec/batch/physical-type.js";
import { pow10 } from "../../../values/decimal.js";
import { ConvertedType, PhysicalType } from "./metadata.js";
import type { LeafChunk } from "./column-chunk.js";
import type { PrimitiveNode } from "./schema-tree.js";
import type { ByteArrays } from "./encoding/byte-arrays.js";

/** The requested Spark type cannot be read from this Parquet column. */
export class ColumnTypeMismatch extends Error {
  constructor(
    readonly column: string,
    readonly expectedType: DataType,
    readonly actualType: string,
  ) {
    super(`cannot read Parquet column ${column} of type ${actualType} as ${expectedType.kind}`);
  }
}

const flat = (type: DataType, values: FlatArray): ColumnVector => ({ encoding: "flat", type, length: values.length, validity: null, values });

function timestampUnitFactor(leaf: PrimitiveNode): { mul: bigint; div: bigint } {
  const lt = leaf.element.logicalType;
  const unit = lt?.type === "TIMESTAMP" ? lt.unit : leaf.element.convertedType === ConvertedType.TIMESTAMP_MILLIS ? "MILLIS" : "MICROS";
  return unit === "MILLIS" ? { mul: 1000n, div: 1n } : unit === "NANOS" ? { mul: 1n, div: 1000n } : { mul: 1n, div: 1n };
}

const isUnsigned = (leaf: PrimitiveNode): boolean => {
  const lt = leaf.element.logicalType;
  if (lt?.type === "INTEGER") return !lt.isSigned;
  const ct = leaf.element.convertedType;
  return ct === ConvertedType.UINT_8 || ct === ConvertedType.UINT_16 || ct === ConvertedType.UINT_32 || ct === ConvertedType.UINT_64;
};

function fileDecimalScale(leaf: PrimitiveNode): number | null {
  const lt = leaf.element.logicalType;
  if (lt?.type === "DECIMAL") return lt.scale;
  if (leaf.element.convertedType === ConvertedType.DECIMAL) return leaf.element.scale ?? 0;
  return null;
}

/** Big-endian two's-complement bytes → bigint. */
export function bigEndianToBigInt(b: Uint8Array, start: number, end: number): bigint {
  const n = end - start;
  if (n === 0) return 0n;
  if (n <= 6) {
    let v = 0;
    for (let i = start; i < end; i++) v = v * 256 + b[i]!;
    if (b[start]! & 0x80) v -= 2 ** (8 * n);
    return BigInt(v);
  }
  let v = 0n;
  for (let i = start; i < end; i++) v = (v << 8n) | BigInt(b[i]!);
  return BigInt.asIntN(8 * n, v);
}

function decimalValues(chunk: LeafChunk, leaf: PrimitiveNode, type: DataType & { kind: "decimal" }): ColumnVector {
  const n = chunk.numValues;
  const fileScale = fileDecimalScale(leaf) ?? 0;
  const rescale = type.scale - fileScale;
  const factor = rescale > 0 ? pow10(rescale) : 1n;
  const raw: bigint[] | BigInt64Array = type.precision <= 18 ? new BigInt64Array(n) : new Array<bigint>(n);
  const f = chunk.fixed;
  const unsigned = isUnsigned(leaf);
  if (f instanceof Int32Array) {
    for (let i = 0; i < n; i++) raw[i] = BigInt(f[i]!) * factor;
  } else if (f instanceof BigInt64Array) {
    if (unsigned) for (let i = 0; i < n; i++) raw[i] = BigInt.asUintN(64, f[i]!) * factor;
    else if (rescale === 0 && raw instanceof BigInt64Array) raw.set(f.subarray(0, n));
    else for (let i = 0; i < n; i++) raw[i] = f[i]! * factor;
  } else {
    const b = materialize(chunk);
    for (let i = 0; i < n; i++) raw[i] = bigEndianToBigInt(b.bytes, b.offsets[i]!, b.offsets[i + 1]!) * factor;
  }
  return raw instanceof BigInt64Array ? flat(type, raw) : { encoding: "boxed", type, length: n, validity: null, values: raw };
}

/** Byte values of a chunk, expanding dictionary codes when needed. */
function materialize(chunk: LeafChunk): ByteArrays {
  if (chunk.bytes) return chunk.bytes;
  const d = chunk.dictionary!;
  const codes = chunk.codes!;
  const n = chunk.numValues;
  let total = 0;
  for (let i = 0; i < n; i++) total += d.offsets[codes[i]! + 1]! - d.offsets[codes[i]!]!;
  const offsets = new Int32Array(n + 1);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const s = d.offsets[codes[i]!]!;
    const e = d.offsets[codes[i]! + 1]!;
    bytes.set(d.bytes.subarray(s, e), at);
    at += e - s;
    offsets[i + 1] = at;
  }
  return { bytes, offsets, count: n } as ByteArrays;
}

const utf8Of = (type: DataType, b: ByteArrays, n: number): Utf8Vector => ({
  encoding: "utf8",
  type,
  length: n,
  validity: null,
  offsets: b.offsets.subarray(0, n + 1),
  bytes: b.bytes.subarray(0, b.offsets[n]!),
});

/**
 * The dense values of a chunk (length = chunk.numValues, no nulls) as a vector of `type`.
 * Throws ColumnTypeMismatch when the Parquet column cannot be read as `type`.
 */
export function denseVector(chunk: LeafChunk, leaf: PrimitiveNode, type: DataType): ColumnVector {
  const n = chunk.numValues;
  const f = chunk.fixed;
  const p = leaf.physical;
  const mismatch = (): never => {
    throw new ColumnTypeMismatch(leaf.path.join("."), type, ["BOOLEAN", "INT32", "INT64", "INT96", "FLOAT", "DOUBLE", "BINARY", "FIXED_LEN_BYTE_ARRAY"][p] ?? "?");
  };
  switch (type.kind) {
    case "boolean":
      return p === PhysicalType.BOOLEAN ? flat(type, (f as Uint8Array).subarray(0, n)) : mismatch();
    case "byte":
    case "short":
      if (!(f instanceof Int32Array)) return mismatch();
      return flat(type, type.kind === "byte" ? Int8Array.from(f.subarray(0, n)) : Int16Array.from(f.subarray(0, n)));
    case "integer":
    case "date":
    case "year_month_interval":
      if (p !== PhysicalType.INT32 || fileDecimalScale(leaf) !== null) return mismatch();
      return flat(type, (f as Int32Array).subarray(0, n));
    case "long":
    case "day_time_interval": {
      if (p === PhysicalType.INT64 && fileDecimalScale(leaf) === null) return flat(type, (f as BigInt64Array).subarray(0, n));
      if (p !== PhysicalType.INT32 || type.kind !== "long") return mismatch();
      const src = f as Int32Array;
      const out = new BigInt64Array(n);
      if (isUnsigned(leaf)) for (let i = 0; i < n; i++) out[i] = BigInt(src[i]! >>> 0);
      else for (let i = 0; i < n; i++) out[i] = BigInt(src[i]!);
      return flat(type, out);
    }
    case "timestamp":
    case "timestamp_ntz": {
      if (p === PhysicalType.INT96) return flat(type, (f as BigInt64Array).subarray(0, n));
      if (p === PhysicalType.INT32 && type.kind === "timestamp_ntz" && leaf.element.logicalType?.type === "DATE") {
        const src = f as Int32Array;
        const out = new BigInt64Array(n);
        for (let i = 0; i < n; i++) out[i] = BigInt(src[i]!) * 86400000000n;
        return flat(type, out);
      }
      if (p !== PhysicalType.INT64) return mismatch();
      const src = (f as BigInt64Array).subarray(0, n);
      const { mul, div } = timestampUnitFactor(leaf);
      if (mul === 1n && div === 1n) return flat(type, src);
      const out = new BigInt64Array(n);
      for (let i = 0; i < n; i++) {
        const v = src[i]!;
        let q = v / div;
        if (v < 0n && q * div !== v) q -= 1n; // floor division for pre-epoch nanos
        out[i] = q * mul;
      }
      return flat(type, out);
    }
    case "float":
      return p === PhysicalType.FLOAT ? flat(type, (f as Float32Array).subarray(0, n)) : mismatch();
    case "double":
      if (p === PhysicalType.DOUBLE) return flat(type, (f as Float64Array).subarray(0, n));
      if (p === PhysicalType.FLOAT || (p === PhysicalType.INT32 && fileDecimalScale(leaf) === null)) {
        return flat(type, Float64Array.from((f as Float32Array).subarray(0, n)));
      }
      return mismatch();
    case "decimal": {
      const scale = fileDecimalScale(leaf);
      const intLike = (p === PhysicalType.INT32 || p === PhysicalType.INT64) && leaf.element.logicalType?.type !== "TIMESTAMP" && leaf.element.logicalType?.type !== "DATE";
      if (scale === null && !intLike) return mismatch();
      if (scale !== null && scale > type.scale) return mismatch();
      return decimalValues(chunk, leaf, type);
    }
    case "string":
    case "char":
    case "varchar":
    case "binary": {
      if (p !== PhysicalType.BYTE_ARRAY && p !== PhysicalType.FIXED_LEN_BYTE_ARRAY) return mismatch();
      if (fileDecimalScale(leaf) !== null) return mismatch();
      if (chunk.codes !== null && isTextType(type)) {
        const d = chunk.dictionary!;
        return {
          encoding: "dict",
          type,
          length: n,
          validity: null,
          codes: chunk.codes.subarray(0, n),
          dictionary: utf8Of(StringType(), d, d.count),
        };
      }
      return utf8Of(type, materialize(chunk), n);
    }
    default:
      return mismatch();
  }
}

/**
 * Spreads a dense vector over `numRows` row positions: row i holds the next dense value when
 * def[i] === maxDef, else null. Without nulls the dense vector is returned as is.
 */
export function scatterByLevels(dense: ColumnVector, def: Uint8Array | null, maxDef: number, numRows: number): ColumnVector {
  if (def === null || dense.length === numRows) return dense;
  const validity = new Uint8Array(numRows);
  for (let i = 0; i < numRows; i++) validity[i] = def[i] === maxDef ? 1 : 0;
  switch (dense.encoding) {
    case "flat": {
      const src = dense.values;
      const out = new (src.constructor as { new (n: number): FlatArray })(numRows);
      if (out instanceof BigInt64Array) {
        const s = src as BigInt64Array;
        for (let i = 0, v = 0; i < numRows; i++) if (validity[i]) out[i] = s[v++]!;
      } else {
        const s = src as Float64Array;
        const o = out as Float64Array;
        for (let i = 0, v = 0; i < numRows; i++) if (validity[i]) o[i] = s[v++]!;
      }
      return { encoding: "flat", type: dense.type, length: numRows, validity, values: out };
    }
    case "dict": {
      const codes = new Int32Array(numRows);
      const s = dense.codes;
      for (let i = 0, v = 0; i < numRows; i++) if (validity[i]) codes[i] = s[v++]!;
      return { encoding: "dict", type: dense.type, length: numRows, validity, codes, dictionary: dense.dictionary };
    }
    case "utf8": {
      const offsets = new Int32Array(numRows + 1);
      const s = dense.offsets;
      offsets[0] = s[0]!;
      for (let i = 0, v = 0; i < numRows; i++) {
        if (validity[i]) v++;
        offsets[i + 1] = s[v]!;
      }
      return { encoding: "utf8", type: dense.type, length: numRows, validity, offsets, bytes: dense.bytes };
    }
    case "boxed":
    case "strings": {
      const out = new Array<unknown>(numRows);
      const s = dense.values;
      for (let i = 0, v = 0; i < numRows; i++) out[i] = validity[i] ? s[v++] : null;
      return { encoding: "boxed", type: dense.type, length: numRows, validity, values: out };
    }
  }
}
