// Which encoding and which typed array a Spark type uses in a batch (docs/adr/0001-batch-layout.md).

import type { DataType } from "../../types/data-type.js";
import type { FlatArray } from "./column-vector.js";

export type FlatArrayConstructor =
  | Uint8ArrayConstructor
  | Int8ArrayConstructor
  | Int16ArrayConstructor
  | Int32ArrayConstructor
  | BigInt64ArrayConstructor
  | Float32ArrayConstructor
  | Float64ArrayConstructor;

/** The typed-array constructor of a fixed-width type, or null when the type is not flat. */
export function flatArrayConstructor(t: DataType): FlatArrayConstructor | null {
  switch (t.kind) {
    case "boolean":
      return Uint8Array;
    case "byte":
      return Int8Array;
    case "short":
      return Int16Array;
    case "integer":
    case "date":
    case "year_month_interval":
      return Int32Array;
    case "long":
    case "timestamp":
    case "timestamp_ntz":
    case "day_time_interval":
      return BigInt64Array;
    case "float":
      return Float32Array;
    case "double":
      return Float64Array;
    case "decimal":
      return t.precision <= 18 ? BigInt64Array : null;
    default:
      return null;
  }
}

export type PreferredEncoding = "flat" | "utf8" | "boxed";

/** The encoding a builder produces for a type. */
export function preferredEncoding(t: DataType): PreferredEncoding {
  if (flatArrayConstructor(t) !== null) return "flat";
  if (isUtf8Type(t)) return "utf8";
  return "boxed";
}

/** string, char, varchar and binary: variable-width byte columns. */
export const isUtf8Type = (t: DataType): boolean =>
  t.kind === "string" || t.kind === "char" || t.kind === "varchar" || t.kind === "binary";

/** Types whose internal value is a JS string (binary's is a Uint8Array). */
export const isTextType = (t: DataType): boolean =>
  t.kind === "string" || t.kind === "char" || t.kind === "varchar";

/** True when the flat array holds bigints (long-like types and decimals ≤ 18 digits). */
export const isBigIntFlat = (values: FlatArray): values is BigInt64Array => values instanceof BigInt64Array;
