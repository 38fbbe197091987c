// Column vectors: the in-memory layout of one column of a batch (docs/adr/0001-batch-layout.md).
//
// Encodings (discriminated on `encoding`):
//   flat    fixed-width values in a typed array (booleans one byte each, 0/1):
//             boolean → Uint8Array, byte → Int8Array, short → Int16Array,
//             integer, date, year_month_interval → Int32Array,
//             long, timestamp, timestamp_ntz, day_time_interval → BigInt64Array,
//             float → Float32Array, double → Float64Array,
//             decimal with precision ≤ 18 → BigInt64Array of unscaled values
//   utf8    Arrow's variable-width layout: `offsets` (Int32Array, length + 1) into `bytes`;
//             string, char, varchar and binary. Row i is bytes[offsets[i], offsets[i+1]);
//             vectors built here start at offsets[0] === 0, but read through offsets anyway
//   dict    `codes` (Int32Array) into `dictionary` (a utf8 or strings vector without nulls);
//             strings read from files and strings that group/join on codes
//   strings JS string array; produced inside a task by expression evaluation. Never crosses a
//             thread boundary: `toTransferable` (transfer.ts) turns it into utf8 first
//   boxed   JS values array for everything else (decimal > 18 digits, calendar intervals,
//             arrays, maps, structs, null type); values are INTERNAL values as listed in
//             src/functions/function-definition.ts (bigint unscaled decimals, unknown[] for
//             arrays and structs, {keys, values} for maps, CalendarInterval). Sent across
//             threads as typed-array trees (nested-codec.ts), never as object graphs.
//
// `validity` is null when the column has no nulls (codegen specializes on that); otherwise one
// byte per row, 1 = valid, 0 = null. A null slot's value is unspecified but must be readable.

import type { DataType } from "../../types/data-type.js";

export type FlatArray =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Int32Array
  | BigInt64Array
  | Float32Array
  | Float64Array;

interface VectorBase {
  readonly type: DataType;
  readonly length: number;
  readonly validity: Uint8Array | null;
}

export interface FlatVector extends VectorBase {
  readonly encoding: "flat";
  readonly values: FlatArray;
}

export interface Utf8Vector extends VectorBase {
  readonly encoding: "utf8";
  readonly offsets: Int32Array;
  readonly bytes: Uint8Array;
}

export interface DictVector extends VectorBase {
  readonly encoding: "dict";
  readonly codes: Int32Array;
  readonly dictionary: Utf8Vector | StringsVector;
}

export interface StringsVector extends VectorBase {
  readonly encoding: "strings";
  readonly values: readonly string[];
}

export interface BoxedVector extends VectorBase {
  readonly encoding: "boxed";
  readonly values: readonly unknown[];
}

export type ColumnVector = FlatVector | Utf8Vector | DictVector | StringsVector | BoxedVector;

/** A batch of rows: equal-length columns plus an optional selection of live row indices. */
export interface Batch {
  readonly numRows: number;
  readonly columns: readonly ColumnVector[];
  /** When present, only these row indices (ascending) are live; numRows counts all rows. */
  readonly selection: Int32Array | null;
}

/** Rows a consumer sees: the selection's length, or numRows. */
export const liveRowCount = (b: Batch): number => (b.selection ? b.selection.length : b.numRows);

export const isNullAt = (v: ColumnVector, i: number): boolean => v.validity !== null && v.validity[i] === 0;
