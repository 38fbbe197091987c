// Snappy raw-format decompression straight into a preallocated buffer (hot path: every page of
// a snappy file goes through here). Bounds-checked: corrupt input throws, never reads or writes
// outside the buffers.

export class SnappyError extends Error {}

/** Uncompressed length from the varint preamble, and where the elements start. */
function preamble(src: Uint8Array): { length: number; pos: number } {
  let length = 0;
  let shift = 0;
  let pos = 0;
  for (;;) {
    if (pos >= src.length || shift > 28) throw new SnappyError("bad snappy length preamble");
    const b = src[pos++]!;
    length += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) break;
    shift += 7;
  }
  return { length, pos };
}

export function snappyUncompressedLength(src: Uint8Array): number {
  return preamble(src).length;
}

/** Decompresses `src` into `out` (which must have the exact uncompressed length). */
export function snappyDecompressInto(src: Uint8Array, out: Uint8Array): void {
  const { length, pos: start } = preamble(src);
  if (length !== out.length) throw new SnappyError(`snappy length ${length} does not match the expected ${out.length}`);
  const n = src.length;
  const words = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let ip = start;
  let op = 0;
  while (ip < n) {
    const tag = src[ip++]!;
    const kind = tag & 3;
    if (kind === 0) {
      let len = tag >>> 2;
      if (len >= 60) {
        const extra = len - 59;
        if (ip + extra > n) throw new SnappyError("truncated snappy literal");
        len = src[ip]!;
        if (extra > 1) len |= src[ip + 1]! << 8;
        if (extra > 2) len |= src[ip + 2]! << 16;
        if (extra > 3) len = (len | (src[ip + 3]! << 24)) >>> 0;
        ip += extra;
      }
      len += 1;
      if (ip + len > n || op + len > length) throw new SnappyError("snappy literal runs past the end");
      if (len < 16) {
        for (let i = 0; i < len; i++) out[op + i] = src[ip + i]!;
      } else {
        out.set(src.subarray(ip, ip + len), op);
      }
      ip += len;
      op += len;
      continue;
    }
    let len: number;
    let offset: number;
    if (kind === 1) {
      if (ip >= n) throw new SnappyError("truncated snappy copy");
      len = ((tag >>> 2) & 7) + 4;
      offset = ((tag >>> 5) << 8) | src[ip++]!;
    } else if (kind === 2) {
      if (ip + 2 > n) throw new SnappyError("truncated snappy copy");
      len = (tag >>> 2) + 1;
      offset = src[ip]! | (src[ip + 1]! << 8);
      ip += 2;
    } else {
      if (ip + 4 > n) throw new SnappyError("truncated snappy copy");
      len = (tag >>> 2) + 1;
      offset = (src[ip]! | (src[ip + 1]! << 8) | (src[ip + 2]! << 16) | (src[ip + 3]! << 24)) >>> 0;
      ip += 4;
    }
    if (offset === 0 || offset > op || op + len > length) throw new SnappyError("bad snappy copy offset");
    let from = op - offset;
    const end = op + len;
    if (offset >= 8 && end + 8 <= length) {
      // Non-overlapping 8-byte steps as two 32-bit words (floats could canonicalize NaN bits) (the source is ≥ 8 bytes back); may write up to 7 bytes
      // past `end`, inside the buffer, which later elements overwrite.
      while (op < end) {
        words.setUint32(op, words.getUint32(from, true), true);
        words.setUint32(op + 4, words.getUint32(from + 4, true), true);
        op += 8;
        from += 8;
      }
      op = end;
    } else if (offset >= len && len > 32) {
      out.copyWithin(op, from, from + len);
      op = end;
    } else {
      // Overlapping copies repeat the pattern: byte by byte.
      while (op < end) out[op++] = out[from++]!;
    }
  }
  if (op !== length) throw new SnappyError(`snappy data ended after ${op} of ${length} bytes`);
}
