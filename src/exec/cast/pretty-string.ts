// toPrettyString: the text df.show() prints for a value (Spark 4's ToPrettyString):
// NULL for nulls (also nested), binary as [48 65 6C] hex bytes, everything else as cast to
// string does; line breaks and other meta characters are escaped as show() escapes them.

import type { DataType } from "../../types/data-type.js";
import { castToStringKernel, type StringStyle } from "./cast-to-string.js";

const hex = (b: Uint8Array): string => {
  let s = "[";
  for (let i = 0; i < b.length; i++) {
    if (i > 0) s += " ";
    s += b[i]!.toString(16).toUpperCase().padStart(2, "0");
  }
  return s + "]";
};

export const PRETTY_STYLE: StringStyle = { nullText: "NULL", binary: hex };

const META: Record<string, string> = {
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\f": "\\f",
  "\b": "\\b",
  "\u000B": "\\v",
  "\u0007": "\\a",
};

/** show()'s escaping of line breaks and control characters in a cell. */
export function escapeMetaCharacters(s: string): string {
  return /[\n\r\t\f\b\u000B\u0007]/.test(s) ? s.replace(/[\n\r\t\f\b\u000B\u0007]/g, (c) => META[c]!) : s;
}

/** A reusable formatter for one column type (prefer this in loops). */
export function prettyStringKernel(type: DataType, timeZone: string): (v: unknown) => string {
  const k = castToStringKernel(type, timeZone, PRETTY_STYLE);
  return (v) => (v === null || v === undefined ? "NULL" : escapeMetaCharacters(k(v)));
}

/** What df.show() prints for one internal value of `type`. */
export function toPrettyString(value: unknown, type: DataType, timeZone: string): string {
  return prettyStringKernel(type, timeZone)(value);
}
