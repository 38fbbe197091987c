// Code-point helpers over JS strings: Spark's UTF8String counts and indexes in code points,
// JS strings in UTF-16 units. Fast paths skip the walk when a string has no surrogates.

export { codePointLength } from "../../exec/batch/utf8.js";

const SURROGATE = /[\uD800-\uDFFF]/;

export const hasSurrogates = (s: string): boolean => SURROGATE.test(s);

/** UTF-16 index of code point `cp` (clamped to s.length). */
export function unitIndex(s: string, cp: number): number {
  if (cp <= 0) return 0;
  let i = 0;
  let n = 0;
  const len = s.length;
  while (i < len && n < cp) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1;
    n++;
  }
  return i;
}

/** Code point index of UTF-16 index `unit`. */
export function cpIndex(s: string, unit: number): number {
  let n = 0;
  for (let i = 0; i < unit && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
    n++;
  }
  return n;
}

/** Substring by code points [start, end). */
export function cpSlice(s: string, start: number, end?: number): string {
  if (!hasSurrogates(s)) return end === undefined ? s.slice(start) : s.slice(start, end);
  const a = unitIndex(s, start);
  return end === undefined ? s.slice(a) : s.slice(a, unitIndex(s, end));
}

/** Array of code points as strings (one or two UTF-16 units each). */
export const codePoints = (s: string): string[] => (hasSurrogates(s) ? Array.from(s) : s.split(""));

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");
export const utf8Encode = (s: string): Uint8Array => encoder.encode(s);
/** Decodes UTF-8, replacing malformed sequences with U+FFFD as Java's String(bytes, UTF_8) does. */
export const utf8Decode = (b: Uint8Array): string => decoder.decode(b);

/** Spark's UTF8String.numBytesForFirstByte-based byte length of a JS string. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Spark's substringSQL start/end arithmetic (1-based pos; negative counts from the end;
 *  0 behaves like 1) over a sequence of `len` units. Returns [start, end) clamped, end ≥ start. */
export function sqlSubstringRange(len: number, pos: number, length: number): [number, number] {
  const start = pos > 0 ? pos - 1 : pos < 0 ? len + pos : 0;
  const end = length === Number.MAX_SAFE_INTEGER ? len : start + length;
  const s = Math.max(start, 0);
  const e = Math.min(end, len);
  return s >= e ? [0, 0] : [s, e];
}
