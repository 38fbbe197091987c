// Reading values out of column vectors, whatever their encoding. These are the generic (slow-ish)
// accessors for edges, the interpreter and tests; kernels should switch on the encoding once per
// batch and loop over the typed arrays directly.

import type { ColumnVector, DictVector, FlatVector, StringsVector, Utf8Vector } from "./column-vector.js";
import { isTextType } from "./physical-type.js";
import { decodeUtf8 } from "./utf8.js";

/** The internal value at row `i`, or null. */
export function getValue(v: ColumnVector, i: number): unknown {
  if (v.validity !== null && v.validity[i] === 0) return null;
  switch (v.encoding) {
    case "flat":
      return v.type.kind === "boolean" ? v.values[i] !== 0 : v.values[i]!;
    case "utf8":
      return isTextType(v.type)
        ? decodeUtf8(v.bytes, v.offsets[i]!, v.offsets[i + 1]!)
        : v.bytes.slice(v.offsets[i]!, v.offsets[i + 1]!);
    case "dict":
      return getValue(v.dictionary, v.codes[i]!);
    case "strings":
    case "boxed":
      return v.values[i] ?? null;
  }
}

/** The string at row `i` of a string-typed vector (utf8, dict or strings), or null. */
export function getString(v: ColumnVector, i: number): string | null {
  if (v.validity !== null && v.validity[i] === 0) return null;
  switch (v.encoding) {
    case "utf8":
      return decodeUtf8(v.bytes, v.offsets[i]!, v.offsets[i + 1]!);
    case "dict":
      return getString(v.dictionary, v.codes[i]!);
    case "strings":
      return v.values[i]!;
    default: {
      const x = getValue(v, i);
      return x === null ? null : String(x);
    }
  }
}

/** Binary value at row `i` (a copy), or null. */
export function getBinary(v: ColumnVector, i: number): Uint8Array | null {
  return getValue(v, i) as Uint8Array | null;
}

/** Numeric value of a flat vector holding numbers (byte/short/int/date/float/double). */
export const getNumber = (v: FlatVector, i: number): number | null =>
  v.validity !== null && v.validity[i] === 0 ? null : (v.values[i] as number);

/** bigint of a flat vector holding longs, timestamps, day-time intervals, decimals ≤ 18. */
export const getBigInt = (v: FlatVector, i: number): bigint | null =>
  v.validity !== null && v.validity[i] === 0 ? null : (v.values[i] as bigint);

export const getBoolean = (v: FlatVector, i: number): boolean | null =>
  v.validity !== null && v.validity[i] === 0 ? null : v.values[i] !== 0;

/** All values of a vector as internal values (null for nulls). */
export function vectorToArray(v: ColumnVector): unknown[] {
  if (v.encoding === "dict") {
    const dict = vectorToArray(v.dictionary);
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = v.validity !== null && v.validity[i] === 0 ? null : dict[v.codes[i]!];
    return out;
  }
  const out = new Array<unknown>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = getValue(v, i);
  return out;
}

/**
 * A `strings` vector with the same values, for kernels that need JS strings. utf8 vectors decode
 * each row; dict vectors decode each distinct dictionary entry once and share the strings.
 */
export function materializeStrings(v: ColumnVector): StringsVector {
  switch (v.encoding) {
    case "strings":
      return v;
    case "utf8":
      return { encoding: "strings", type: v.type, length: v.length, validity: v.validity, values: decodeAll(v) };
    case "dict": {
      const dict = materializeStrings(v.dictionary).values;
      const out = new Array<string>(v.length);
      const codes = v.codes;
      const validity = v.validity;
      for (let i = 0; i < v.length; i++) out[i] = validity !== null && validity[i] === 0 ? "" : dict[codes[i]!]!;
      return { encoding: "strings", type: v.type, length: v.length, validity, values: out };
    }
    default:
      throw new TypeError(`materializeStrings: ${v.encoding} vector of ${v.type.kind} is not a string vector`);
  }
}

/** Decodes every row of a utf8 vector (null rows become ""). */
function decodeAll(v: Utf8Vector): string[] {
  const out = new Array<string>(v.length);
  const { bytes, offsets, validity } = v;
  for (let i = 0; i < v.length; i++) {
    out[i] = validity !== null && validity[i] === 0 ? "" : decodeUtf8(bytes, offsets[i]!, offsets[i + 1]!);
  }
  return out;
}

/** Dictionary value count for dict vectors (distinct entries), else the length. */
export const dictionarySize = (v: DictVector): number => v.dictionary.length;
