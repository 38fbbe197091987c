// A growable run of variable-length values (Arrow layout: bytes + Int32 offsets) that the
// BYTE_ARRAY / FIXED_LEN_BYTE_ARRAY decoders append to.

import { EncodingError } from "./rle.js";

export class ByteArrays {
  bytes: Uint8Array;
  offsets: Int32Array;
  count = 0;

  constructor(capacity: number, byteCapacity: number) {
    this.offsets = new Int32Array(Math.max(1, capacity) + 1);
    this.bytes = new Uint8Array(Math.max(16, byteCapacity));
  }

  get byteLength(): number {
    return this.offsets[this.count]!;
  }

  reserveBytes(n: number): void {
    const need = this.offsets[this.count]! + n;
    if (need <= this.bytes.length) return;
    if (need > 0x7fffffff) throw new EncodingError("byte array column exceeds 2 GiB");
    let cap = this.bytes.length * 2;
    while (cap < need) cap *= 2;
    const next = new Uint8Array(Math.min(cap, 0x7fffffff));
    next.set(this.bytes.subarray(0, this.offsets[this.count]!));
    this.bytes = next;
  }

  reserveValues(n: number): void {
    if (this.count + n + 1 <= this.offsets.length) return;
    let cap = this.offsets.length * 2;
    while (cap < this.count + n + 1) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.offsets.subarray(0, this.count + 1));
    this.offsets = next;
  }

  /** Appends src[start, end) as one value (space reserved by the caller or grown here). */
  push(src: Uint8Array, start: number, end: number): void {
    const len = end - start;
    this.reserveBytes(len);
    this.reserveValues(1);
    const at = this.offsets[this.count]!;
    if (len < 24) {
      const b = this.bytes;
      for (let i = 0; i < len; i++) b[at + i] = src[start + i]!;
    } else {
      this.bytes.set(src.subarray(start, end), at);
    }
    this.offsets[++this.count] = at + len;
  }
}
