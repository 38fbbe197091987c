// UTF-8 helpers for the utf8 encoding: encode JS strings into bytes + offsets, decode slices back,
// and compare in UTF-8 byte order (= Unicode code point order), which is how Spark's UTF8String
// sorts and compares.

import type { Utf8Vector } from "./column-vector.js";
import type { DataType } from "../../types/data-type.js";
import { StringType } from "../../types/data-type.js";
import { ensureCapacity, exactLength } from "./growable.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** Up to this many bytes an ASCII slice is decoded with String.fromCharCode (no native call);
 *  above it Node's native utf8Slice wins (docs/adr/0001-batch-layout.md). */
const SHORT_DECODE = 8;
/** From this many UTF-16 units on, encodeInto beats the JS ASCII loop. */
const LONG_ENCODE = 32;

/**
 * Appends the UTF-8 bytes of `s` to `bytes` at `pos`, growing it when needed. Returns the new
 * byte array (possibly reallocated) and writes the end position into `end[0]`.
 * ASCII is copied in a JS loop; the first non-ASCII code unit hands the rest to encodeInto.
 */
export function appendUtf8(bytes: Uint8Array, pos: number, s: string, end: Int32Array): Uint8Array {
  const n = s.length;
  if (n >= LONG_ENCODE) {
    if (pos + n * 3 > bytes.length) bytes = ensureCapacity(bytes, pos + n * 3);
    end[0] = pos + encoder.encodeInto(s, bytes.subarray(pos)).written;
    return bytes;
  }
  if (pos + n > bytes.length) bytes = ensureCapacity(bytes, pos + n);
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) break;
    bytes[pos++] = c;
  }
  if (i < n) {
    const rest = n - i;
    // Each remaining UTF-16 code unit takes at most 3 bytes.
    if (pos + rest * 3 > bytes.length) bytes = ensureCapacity(bytes, pos + rest * 3);
    const r = encoder.encodeInto(i === 0 ? s : s.slice(i), bytes.subarray(pos));
    pos += r.written;
  }
  end[0] = pos;
  return bytes;
}

/** Encodes JS strings (null where `validity[i] === 0`) into the utf8 encoding. */
export function encodeUtf8Vector(
  strings: readonly (string | null)[],
  validity: Uint8Array | null,
  type: DataType = StringType(),
): Utf8Vector {
  const n = strings.length;
  const offsets = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const s = strings[i];
    if (typeof s === "string") total += s.length;
  }
  let bytes: Uint8Array = new Uint8Array(total + 16);
  const end = new Int32Array(1);
  let pos = 0;
  let outValidity: Uint8Array | null = validity;
  for (let i = 0; i < n; i++) {
    const s = strings[i];
    if ((validity === null || validity[i] !== 0) && typeof s === "string") {
      bytes = appendUtf8(bytes, pos, s, end);
      pos = end[0]!;
    } else if (validity === null || validity[i] !== 0) {
      // a null value in a vector declared without nulls: record it
      if (outValidity === null || outValidity === validity) {
        outValidity = validity === null ? new Uint8Array(n).fill(1) : validity.slice();
      }
      outValidity[i] = 0;
    }
    offsets[i + 1] = pos;
  }
  return { encoding: "utf8", type, length: n, validity: outValidity, offsets, bytes: exactLength(bytes, pos) };
}

// Node's native slice decoders work on any Uint8Array (not only Buffers) and beat TextDecoder on
// per-value calls (docs/adr/0001-batch-layout.md has the numbers); TextDecoder elsewhere.
const nativeUtf8Slice = (globalThis as { Buffer?: { prototype: { utf8Slice?: unknown } } }).Buffer?.prototype.utf8Slice as
  | ((this: Uint8Array, start: number, end: number) => string)
  | undefined;

/** Decodes bytes[start, end) as UTF-8 (invalid sequences become U+FFFD, as TextDecoder does).
 *  ASCII values up to 8 bytes skip the native call entirely. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  const len = end - start;
  if (len <= SHORT_DECODE) {
    if (len <= 0) return "";
    let or = 0;
    for (let i = start; i < end; i++) or |= bytes[i]!;
    if (or < 0x80) return shortAscii(bytes, start, len);
  }
  return nativeUtf8Slice !== undefined ? nativeUtf8Slice.call(bytes, start, end) : decoder.decode(bytes.subarray(start, end));
}

function shortAscii(b: Uint8Array, s: number, len: number): string {
  switch (len) {
    case 1: return String.fromCharCode(b[s]!);
    case 2: return String.fromCharCode(b[s]!, b[s + 1]!);
    case 3: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!);
    case 4: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!);
    case 5: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!);
    case 6: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!);
    case 7: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!);
    default: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!);
  }
}

/** Unsigned byte-wise comparison of two UTF-8 slices: negative, zero or positive. */
export function compareUtf8(
  a: Uint8Array,
  aStart: number,
  aEnd: number,
  b: Uint8Array,
  bStart: number,
  bEnd: number,
): number {
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  const n = la < lb ? la : lb;
  for (let i = 0; i < n; i++) {
    const d = a[aStart + i]! - b[bStart + i]!;
    if (d !== 0) return d;
  }
  return la - lb;
}

/** Equality of two UTF-8 slices. */
export function equalsUtf8(a: Uint8Array, aStart: number, aEnd: number, b: Uint8Array, bStart: number, bEnd: number): boolean {
  const n = aEnd - aStart;
  if (n !== bEnd - bStart) return false;
  for (let i = 0; i < n; i++) if (a[aStart + i] !== b[bStart + i]) return false;
  return true;
}

/**
 * Compares JS strings in UTF-8 byte order (= code point order), as Spark orders strings.
 * Differs from JS `<` (UTF-16 code unit order) only when a surrogate pair (U+10000 and up) meets
 * a code unit in U+E000–U+FFFF: code points put the pair after it, code units before it.
 */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let ca = a.charCodeAt(i);
    let cb = b.charCodeAt(i);
    if (ca !== cb) {
      if (ca >= 0xd800 && cb >= 0xd800) {
        // Surrogates (D800–DFFF) encode code points above FFFF: move them above E000–FFFF.
        ca = ca >= 0xe000 ? ca - 0x800 : ca + 0x2000;
        cb = cb >= 0xe000 ? cb - 0x800 : cb + 0x2000;
      }
      return ca - cb;
    }
  }
  return a.length - b.length;
}

/** Number of Unicode code points in a JS string (Spark's length() for strings). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Number of code points in a UTF-8 slice (bytes that are not continuation bytes). */
export function utf8CodePointLength(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++;
  return n;
}

/** UTF-8 bytes of one string (allocates; for edges and tests, not hot loops). */
export const utf8Bytes = (s: string): Uint8Array => encoder.encode(s);
