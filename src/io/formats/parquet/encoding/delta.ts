// DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY and DELTA_BYTE_ARRAY decoding. These encodings
// are rare in files Spark reads (parquet-mr writes them only for v2 pages), so clarity beats speed:
// INT64 deltas go through BigInt.

import { ByteArrays } from "./byte-arrays.js";
import { EncodingError, unpackBits } from "./rle.js";

class Cursor {
  constructor(
    readonly buf: Uint8Array,
    public pos: number,
    readonly end: number,
  ) {}

  varint(): number {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new EncodingError("DELTA data ends inside a varint");
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) return result;
      mul *= 128;
    }
    throw new EncodingError("DELTA varint longer than 10 bytes");
  }

  varintBig(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new EncodingError("DELTA data ends inside a varint");
      const b = this.buf[this.pos++]!;
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
      shift += 7n;
    }
    throw new EncodingError("DELTA varint longer than 10 bytes");
  }

  zigzagBig(): bigint {
    const n = this.varintBig();
    return (n >> 1n) ^ -(n & 1n);
  }
}

interface DeltaHeader {
  blockSize: number;
  miniblocks: number;
  total: number;
  first: bigint;
}

function header(c: Cursor): DeltaHeader {
  const blockSize = c.varint();
  const miniblocks = c.varint();
  const total = c.varint();
  const first = c.zigzagBig();
  if (blockSize === 0 || blockSize % 128 !== 0 || miniblocks === 0 || (blockSize / miniblocks) % 32 !== 0) {
    throw new EncodingError(`bad DELTA_BINARY_PACKED header (block size ${blockSize}, ${miniblocks} miniblocks)`);
  }
  return { blockSize, miniblocks, total, first };
}

function unpackBig(buf: Uint8Array, pos: number, bitWidth: number, count: number, out: BigInt64Array, o: number): void {
  let bitPos = pos * 8;
  for (let i = 0; i < count; i++) {
    let v = 0n;
    for (let b = 0; b < bitWidth; b++, bitPos++) {
      if ((buf[bitPos >>> 3]! >>> (bitPos & 7)) & 1) v |= 1n << BigInt(b);
    }
    out[o + i] = BigInt.asIntN(64, v);
  }
}

/**
 * Decodes a DELTA_BINARY_PACKED run. `out` receives min(count, values in the run) values; returns
 * the position after the run and the number of values it held.
 */
export function decodeDeltaBinaryPacked(
  buf: Uint8Array,
  pos: number,
  end: number,
  out: Int32Array | BigInt64Array,
  o: number,
  count: number,
): { pos: number; total: number } {
  const c = new Cursor(buf, pos, end);
  const h = header(c);
  const perMini = h.blockSize / h.miniblocks;
  const wide = out instanceof BigInt64Array;
  const take = Math.min(count, h.total);
  if (take > 0) {
    if (wide) (out as BigInt64Array)[o] = BigInt.asIntN(64, h.first);
    else (out as Int32Array)[o] = Number(BigInt.asIntN(32, h.first));
  }
  let done = 1;
  const widths = new Uint8Array(h.miniblocks);
  const scratch32 = wide ? null : new Int32Array(perMini);
  const scratch64 = wide ? new BigInt64Array(perMini) : null;
  let prev32 = take > 0 ? (out as Int32Array)[o]! : 0;
  let prev64 = h.first;
  while (done < h.total) {
    const minDelta = c.zigzagBig();
    if (c.pos + h.miniblocks > end) throw new EncodingError("DELTA block header runs past the end");
    widths.set(buf.subarray(c.pos, c.pos + h.miniblocks));
    c.pos += h.miniblocks;
    const min32 = Number(BigInt.asIntN(32, minDelta));
    for (let m = 0; m < h.miniblocks && done < h.total; m++) {
      const w = widths[m]!;
      if (w > (wide ? 64 : 32)) throw new EncodingError(`DELTA miniblock bit width ${w} is too large`);
      const bytes = (perMini * w) / 8;
      const n = Math.min(perMini, h.total - done);
      if (c.pos + Math.ceil((n * w) / 8) > end) throw new EncodingError("DELTA miniblock runs past the end");
      if (wide) {
        unpackBig(buf, c.pos, w, n, scratch64!, 0);
        for (let i = 0; i < n; i++) {
          prev64 = BigInt.asIntN(64, prev64 + minDelta + BigInt.asUintN(w, scratch64![i]!));
          if (done + i < take) (out as BigInt64Array)[o + done + i] = prev64;
        }
      } else {
        unpackBits(buf, c.pos, w, n, scratch32!, 0);
        for (let i = 0; i < n; i++) {
          const packed = w === 32 ? scratch32![i]! >>> 0 : scratch32![i]!;
          prev32 = (prev32 + min32 + packed) | 0;
          if (done + i < take) (out as Int32Array)[o + done + i] = prev32;
        }
      }
      done += n;
      c.pos = Math.min(end, c.pos + bytes);
    }
  }
  return { pos: c.pos, total: h.total };
}

/** DELTA_LENGTH_BYTE_ARRAY: delta-packed lengths, then the concatenated bytes. */
export function decodeDeltaLengthByteArray(buf: Uint8Array, pos: number, end: number, count: number, out: ByteArrays): number {
  const lengths = new Int32Array(count);
  const r = decodeDeltaBinaryPacked(buf, pos, end, lengths, 0, count);
  if (r.total < count) throw new EncodingError(`DELTA_LENGTH_BYTE_ARRAY holds ${r.total} values, expected ${count}`);
  pos = r.pos;
  for (let i = 0; i < count; i++) {
    const len = lengths[i]!;
    if (len < 0 || pos + len > end) throw new EncodingError("DELTA_LENGTH_BYTE_ARRAY value runs past the end");
    out.push(buf, pos, pos + len);
    pos += len;
  }
  return pos;
}

/** DELTA_BYTE_ARRAY: prefix lengths, then suffixes (DELTA_LENGTH_BYTE_ARRAY). */
export function decodeDeltaByteArray(buf: Uint8Array, pos: number, end: number, count: number, out: ByteArrays): number {
  const prefixes = new Int32Array(count);
  const r = decodeDeltaBinaryPacked(buf, pos, end, prefixes, 0, count);
  if (r.total < count) throw new EncodingError(`DELTA_BYTE_ARRAY holds ${r.total} values, expected ${count}`);
  const suffixes = new ByteArrays(count, end - r.pos);
  const after = decodeDeltaLengthByteArray(buf, r.pos, end, count, suffixes);
  let prev: Uint8Array = new Uint8Array(0);
  let scratch = new Uint8Array(64);
  for (let i = 0; i < count; i++) {
    const p = prefixes[i]!;
    const s0 = suffixes.offsets[i]!;
    const s1 = suffixes.offsets[i + 1]!;
    if (p < 0 || p > prev.length) throw new EncodingError("DELTA_BYTE_ARRAY prefix longer than the previous value");
    const len = p + s1 - s0;
    if (scratch.length < len) scratch = new Uint8Array(len * 2);
    scratch.set(prev.subarray(0, p), 0);
    scratch.set(suffixes.bytes.subarray(s0, s1), p);
    out.push(scratch, 0, len);
    prev = out.bytes.subarray(out.offsets[out.count - 1]!, out.offsets[out.count]!);
  }
  return after;
}
