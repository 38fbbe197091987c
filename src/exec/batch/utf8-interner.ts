// A hash set of UTF-8 byte strings handing out dense ids (0, 1, 2, ...), with the distinct values
// kept as one utf8 vector. Backs dictionary encoding and dictionary unification.
// Open addressing on Int32Array; no allocation per lookup.

import type { DataType } from "../../types/data-type.js";
import { StringType } from "../../types/data-type.js";
import type { Utf8Vector } from "./column-vector.js";
import { ensureCapacity, exactLength } from "./growable.js";
import { appendUtf8 } from "./utf8.js";

export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  // FNV-1a over bytes with a murmur-style finalizer; quality is plenty for a hash table.
  let h = 0x811c9dc5 ^ (end - start);
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}

export class Utf8Interner {
  // Per slot: id + 1 (0 = empty) and the hash, so probing compares hashes without touching
  // the per-id arrays (one cache miss fewer per lookup in big tables).
  private slots: Int32Array;
  private mask: number;
  private offsets: Int32Array = new Int32Array(64);
  private bytes: Uint8Array = new Uint8Array(1024);
  private pos = 0;
  private readonly end = new Int32Array(1);
  size = 0;

  constructor(expected = 64) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
  }

  /** The id of bytes[start, end), adding it when new. */
  intern(src: Uint8Array, start: number, end: number): number {
    const h = hashBytes(src, start, end);
    const found = this.find(src, start, end, h);
    if (found >= 0) return found;
    const id = this.size;
    const n = end - start;
    if (this.pos + n > this.bytes.length) this.bytes = ensureCapacity(this.bytes, this.pos + n);
    this.bytes.set(src.subarray(start, end), this.pos);
    this.pos += n;
    return this.add(h, id);
  }

  /** The id of a JS string, adding it when new. */
  internString(s: string): number {
    // Encode at the end of our own buffer, then look it up there; keep it only if new.
    this.bytes = appendUtf8(this.bytes, this.pos, s, this.end);
    const start = this.pos;
    const end = this.end[0]!;
    const h = hashBytes(this.bytes, start, end);
    const found = this.find(this.bytes, start, end, h);
    if (found >= 0) return found;
    this.pos = end;
    return this.add(h, this.size);
  }

  private find(src: Uint8Array, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const len = end - start;
    let s = h & mask;
    for (;;) {
      const e = slots[s << 1]!;
      if (e === 0) return -1;
      if (slots[(s << 1) + 1] === h) {
        const id = e - 1;
        const a = this.offsets[id]!;
        const b = this.offsets[id + 1]!;
        if (b - a === len) {
          let k = 0;
          while (k < len && this.bytes[a + k] === src[start + k]) k++;
          if (k === len) return id;
        }
      }
      s = (s + 1) & mask;
    }
  }

  private add(h: number, id: number): number {
    this.size = id + 1;
    if (id + 2 > this.offsets.length) this.offsets = ensureCapacity(this.offsets, id + 2);
    this.offsets[id + 1] = this.pos;
    place(this.slots, this.mask, id, h);
    if (this.size * 2 > this.mask + 1) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    const slots = new Int32Array(cap * 2);
    const mask = cap - 1;
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) place(slots, mask, old[s]! - 1, old[s + 1]!);
    this.slots = slots;
    this.mask = mask;
  }

  /** The distinct values in id order, as a utf8 vector without nulls. */
  toVector(type: DataType = StringType()): Utf8Vector {
    return {
      encoding: "utf8",
      type,
      length: this.size,
      validity: null,
      offsets: exactLength(this.offsets, this.size + 1),
      bytes: exactLength(this.bytes, this.pos),
    };
  }
}

function place(slots: Int32Array, mask: number, id: number, h: number): void {
  let s = h & mask;
  while (slots[s << 1] !== 0) s = (s + 1) & mask;
  slots[s << 1] = id + 1;
  slots[(s << 1) + 1] = h;
}
