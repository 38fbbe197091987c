// PLAIN decoding of each physical type into dense outputs (hot path: fixed-width pages are one
// memcpy into the output typed array).

import { ByteArrays } from "./byte-arrays.js";
import { EncodingError } from "./rle.js";

function need(pos: number, n: number, end: number, what: string): void {
  if (pos + n > end) throw new EncodingError(`PLAIN ${what} values run past the end of the page`);
}

/** Copies `count` fixed-width values of `width` bytes into `out` at element `o`. */
export function decodePlainFixed(
  buf: Uint8Array,
  pos: number,
  end: number,
  count: number,
  out: Int32Array | BigInt64Array | Float32Array | Float64Array,
  o: number,
): number {
  const width = out.BYTES_PER_ELEMENT;
  const n = count * width;
  need(pos, n, end, "fixed-width");
  new Uint8Array(out.buffer, out.byteOffset + o * width, n).set(buf.subarray(pos, pos + n));
  return pos + n;
}

/** Bit-packed booleans (LSB first). */
export function decodePlainBoolean(buf: Uint8Array, pos: number, end: number, count: number, out: Uint8Array, o: number): number {
  need(pos, (count + 7) >>> 3, end, "BOOLEAN");
  for (let i = 0; i < count; i++) out[o + i] = (buf[pos + (i >>> 3)]! >>> (i & 7)) & 1;
  return pos + ((count + 7) >>> 3);
}

const JULIAN_EPOCH_DAY = 2440588;
const MICROS_PER_DAY = 86400000000n;

/** INT96 (nanos of day LE int64, Julian day LE int32) to microseconds since the epoch. */
export function decodePlainInt96(buf: Uint8Array, pos: number, end: number, count: number, out: BigInt64Array, o: number): number {
  need(pos, count * 12, end, "INT96");
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (let i = 0; i < count; i++, pos += 12) {
    const nanos = view.getBigInt64(pos, true);
    const day = view.getInt32(pos + 8, true);
    // Spark truncates nanoseconds toward negative infinity into microseconds.
    let micros = nanos / 1000n;
    if (nanos < 0n && micros * 1000n !== nanos) micros -= 1n;
    out[o + i] = BigInt(day - JULIAN_EPOCH_DAY) * MICROS_PER_DAY + micros;
  }
  return pos;
}

/** BYTE_ARRAY values: 4-byte little-endian length, then the bytes. */
export function decodePlainByteArray(buf: Uint8Array, pos: number, end: number, count: number, out: ByteArrays): number {
  out.reserveValues(count);
  // Upper bound of the bytes this page adds: the page minus the length prefixes.
  out.reserveBytes(Math.max(0, end - pos - 4 * count));
  const offsets = out.offsets;
  let bytes = out.bytes;
  let at = offsets[out.count]!;
  let c = out.count;
  for (let i = 0; i < count; i++) {
    if (pos + 4 > end) throw new EncodingError("PLAIN BYTE_ARRAY length runs past the end of the page");
    const len = (buf[pos]! | (buf[pos + 1]! << 8) | (buf[pos + 2]! << 16) | (buf[pos + 3]! << 24)) >>> 0;
    pos += 4;
    if (pos + len > end) throw new EncodingError("PLAIN BYTE_ARRAY value runs past the end of the page");
    if (len < 24) {
      for (let k = 0; k < len; k++) bytes[at + k] = buf[pos + k]!;
    } else {
      bytes.set(buf.subarray(pos, pos + len), at);
    }
    at += len;
    pos += len;
    offsets[++c] = at;
  }
  out.count = c;
  void bytes;
  return pos;
}

/** FIXED_LEN_BYTE_ARRAY values of `width` bytes. */
export function decodePlainFixedLenByteArray(
  buf: Uint8Array,
  pos: number,
  end: number,
  count: number,
  width: number,
  out: ByteArrays,
): number {
  need(pos, count * width, end, "FIXED_LEN_BYTE_ARRAY");
  out.reserveValues(count);
  out.reserveBytes(count * width);
  const at = out.offsets[out.count]!;
  out.bytes.set(buf.subarray(pos, pos + count * width), at);
  for (let i = 1; i <= count; i++) out.offsets[out.count + i] = at + i * width;
  out.count += count;
  return pos + count * width;
}
