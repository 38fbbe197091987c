// The RLE / bit-packing hybrid (levels, dictionary indices, RLE booleans). Hot path for
// dictionary-encoded columns: decodes straight into an Int32Array, widths ≤ 24 bits through a
// 32-bit accumulator, wider ones through Number arithmetic.

export class EncodingError extends Error {}

/** Bytes needed for `bitWidth` bits. */
export const bytesForBits = (bitWidth: number): number => (bitWidth + 7) >>> 3;

/** Bit width of values 0..max. */
export function bitWidthOf(max: number): number {
  let w = 0;
  while (max > 0) {
    w++;
    max = Math.floor(max / 2);
  }
  return w;
}

/**
 * Decodes `count` values into out[outStart...] from buf[pos, end). Returns the position after
 * the last run read.
 */
export function decodeRleHybrid(
  buf: Uint8Array,
  pos: number,
  end: number,
  bitWidth: number,
  count: number,
  out: Int32Array | Uint8Array,
  outStart: number,
): number {
  if (bitWidth > 32) throw new EncodingError(`RLE bit width ${bitWidth} exceeds 32`);
  let o = outStart;
  const outEnd = outStart + count;
  if (bitWidth === 0) {
    out.fill(0, o, outEnd);
    return pos;
  }
  const valueBytes = bytesForBits(bitWidth);
  while (o < outEnd) {
    // varint header
    let header = 0;
    let shift = 0;
    for (;;) {
      if (pos >= end) throw new EncodingError("RLE data ends before all values were read");
      const b = buf[pos++]!;
      header += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) break;
      shift += 7;
      if (shift > 35) throw new EncodingError("bad RLE run header");
    }
    if ((header & 1) === 0) {
      const run = Math.floor(header / 2);
      if (pos + valueBytes > end) throw new EncodingError("RLE run value runs past the end");
      let v = 0;
      for (let i = 0; i < valueBytes; i++) v += buf[pos + i]! * 2 ** (8 * i);
      pos += valueBytes;
      const stop = Math.min(outEnd, o + run);
      out.fill(v | 0, o, stop);
      o = stop;
    } else {
      const values = Math.floor(header / 2) * 8;
      const byteLen = Math.floor(header / 2) * bitWidth;
      const take = Math.min(values, outEnd - o);
      // Writers may truncate the last group: read only the bytes the values we keep need.
      const need = Math.ceil((take * bitWidth) / 8);
      if (pos + need > end) throw new EncodingError("bit-packed run runs past the end");
      unpackBits(buf, pos, bitWidth, take, out, o);
      o += take;
      pos = Math.min(end, pos + byteLen);
    }
  }
  return pos;
}

/** Unpacks `count` little-endian bit-packed values of `bitWidth` bits starting at byte `pos`. */
export function unpackBits(buf: Uint8Array, pos: number, bitWidth: number, count: number, out: Int32Array | Uint8Array, o: number): void {
  if (bitWidth <= 24) {
    const mask = (1 << bitWidth) - 1;
    let acc = 0;
    let bits = 0;
    const n = buf.length;
    for (let i = 0; i < count; i++) {
      while (bits < bitWidth) {
        acc |= (pos < n ? buf[pos]! : 0) << bits;
        pos++;
        bits += 8;
      }
      out[o + i] = acc & mask;
      acc >>>= bitWidth;
      bits -= bitWidth;
    }
    return;
  }
  let bitPos = pos * 8;
  for (let i = 0; i < count; i++) {
    let v = 0;
    for (let b = 0; b < bitWidth; b++, bitPos++) {
      if ((buf[bitPos >>> 3]! >>> (bitPos & 7)) & 1) v += 2 ** b;
    }
    out[o + i] = v | 0;
  }
}

/** A growable byte sink for the encoders. */
export class ByteSink {
  buf: Uint8Array;
  pos = 0;

  constructor(capacity = 1024) {
    this.buf = new Uint8Array(capacity);
  }

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.pos++] = b;
  }

  varint(n: number): void {
    this.ensure(10);
    while (n >= 128) {
      this.buf[this.pos++] = (n % 128) | 0x80;
      n = Math.floor(n / 128);
    }
    this.buf[this.pos++] = n;
  }

  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  result(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

function runAt(values: ArrayLike<number>, i: number, n: number): number {
  const v = values[i];
  let j = i + 1;
  while (j < n && values[j] === v) j++;
  return j - i;
}

/** Encodes values[0..n) with the hybrid encoding (no length prefix). */
export function encodeRleHybrid(values: ArrayLike<number>, n: number, bitWidth: number, sink: ByteSink): void {
  if (bitWidth === 0 || n === 0) return;
  const valueBytes = bytesForBits(bitWidth);
  let i = 0;
  while (i < n) {
    const run = runAt(values, i, n);
    if (run >= 8) {
      sink.varint(run * 2);
      let v = values[i]!;
      sink.ensure(valueBytes);
      for (let b = 0; b < valueBytes; b++) {
        sink.buf[sink.pos++] = v & 0xff;
        v = Math.floor(v / 256);
      }
      i += run;
      continue;
    }
    // Bit-pack groups of 8 until a long run starts at a group boundary (or the data ends; only
    // the final group may be padded).
    const start = i;
    do i += 8;
    while (i < n && runAt(values, i, Math.min(n, i + 8)) < 8);
    const groups = (i - start) / 8;
    const stop = Math.min(i, n);
    sink.varint(groups * 2 + 1);
    sink.ensure(groups * bitWidth);
    let acc = 0;
    let bits = 0;
    for (let k = start; k < start + groups * 8; k++) {
      const v = k < stop ? values[k]! : 0;
      if (bitWidth <= 24) {
        acc |= v << bits;
        bits += bitWidth;
        while (bits >= 8) {
          sink.buf[sink.pos++] = acc & 0xff;
          acc >>>= 8;
          bits -= 8;
        }
      } else {
        // wide values: emit bit by bit through the accumulator
        for (let b = 0; b < bitWidth; b++) {
          acc |= (Math.floor(v / 2 ** b) & 1) << bits;
          bits++;
          if (bits === 8) {
            sink.buf[sink.pos++] = acc;
            acc = 0;
            bits = 0;
          }
        }
      }
    }
    if (stop === n) i = n;
  }
}
