// BYTE_STREAM_SPLIT: byte k of value i lives at k * count + i. Used for floats and doubles (and,
// since format 2.11, ints and fixed-length byte arrays).

import { EncodingError } from "./rle.js";

/** Decodes `count` values of `width` bytes into `out` (raw little-endian bytes) at byte `o`. */
export function decodeByteStreamSplit(buf: Uint8Array, pos: number, end: number, count: number, width: number, out: Uint8Array, o: number): void {
  if (pos + count * width > end) throw new EncodingError("BYTE_STREAM_SPLIT data runs past the end of the page");
  for (let k = 0; k < width; k++) {
    const base = pos + k * count;
    for (let i = 0; i < count; i++) out[o + i * width + k] = buf[base + i]!;
  }
}
