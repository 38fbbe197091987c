// One leaf column's data of the row group being written: levels and non-null values in the
// physical representation. Byte arrays are dictionary-encoded as they arrive (an interner of
// UTF-8 bytes) and fall back to plain bytes when the dictionary outgrows its page limit.

import { Utf8Interner } from "../../../../exec/batch/utf8-interner.js";
import { appendUtf8 } from "../../../../exec/batch/utf8.js";
import { PhysicalType } from "../metadata.js";
import type { LeafSpec } from "./write-schema.js";

export type FixedBuffer = Uint8Array | Int32Array | BigInt64Array | Float32Array | Float64Array;

/** Dictionary pages are capped at 1 MiB, as parquet-mr's default. */
export const DICTIONARY_PAGE_LIMIT = 1 << 20;

function grow<T extends FixedBuffer | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let cap = Math.max(16, a.length * 2);
  while (cap < need) cap *= 2;
  const next = new (a.constructor as { new (n: number): T })(cap);
  (next as unknown as Uint8Array).set(a as unknown as Uint8Array);
  return next;
}

function newFixed(p: PhysicalType, n: number): FixedBuffer | null {
  switch (p) {
    case PhysicalType.BOOLEAN:
      return new Uint8Array(n);
    case PhysicalType.INT32:
      return new Int32Array(n);
    case PhysicalType.INT64:
      return new BigInt64Array(n);
    case PhysicalType.FLOAT:
      return new Float32Array(n);
    case PhysicalType.DOUBLE:
      return new Float64Array(n);
    default:
      return null;
  }
}

export class LeafBuffer {
  levels = 0;
  def: Uint8Array | null;
  rep: Uint8Array | null;
  nullCount = 0;
  /** Non-null values so far. */
  count = 0;
  fixed: FixedBuffer | null;
  // Byte arrays, dictionary mode
  interner: Utf8Interner | null = null;
  codes: Int32Array | null = null;
  private dictBytes = 0;
  // Byte arrays, plain mode
  bytes: Uint8Array | null = null;
  offsets: Int32Array | null = null;
  private readonly scratchEnd = new Int32Array(1);
  private scratch: Uint8Array = new Uint8Array(64);

  constructor(
    readonly spec: LeafSpec,
    readonly useDictionary: boolean,
  ) {
    this.def = spec.maxDef > 0 ? new Uint8Array(1024) : null;
    this.rep = spec.maxRep > 0 ? new Uint8Array(1024) : null;
    this.fixed = newFixed(spec.physical, 1024);
    if (this.fixed === null) {
      if (useDictionary && spec.physical === PhysicalType.BYTE_ARRAY) {
        this.interner = new Utf8Interner(1024);
        this.codes = new Int32Array(1024);
      } else {
        this.bytes = new Uint8Array(4096);
        this.offsets = new Int32Array(1025);
      }
    }
  }

  /** Approximate bytes buffered (for row-group sizing). */
  get byteSize(): number {
    const levelBytes = this.levels * ((this.def ? 1 : 0) + (this.rep ? 1 : 0));
    if (this.fixed) return levelBytes + this.count * this.fixed.BYTES_PER_ELEMENT;
    if (this.codes) return levelBytes + this.count * 4 + this.dictBytes;
    return levelBytes + this.offsets![this.count]! + this.count * 4;
  }

  reserve(levels: number, values: number): void {
    const nl = this.levels + levels;
    if (this.def && nl > this.def.length) this.def = grow(this.def, nl);
    if (this.rep && nl > this.rep.length) this.rep = grow(this.rep, nl);
    const nv = this.count + values;
    if (this.fixed && nv > this.fixed.length) this.fixed = grow(this.fixed, nv);
    if (this.codes && nv > this.codes.length) this.codes = grow(this.codes, nv);
    if (this.offsets && nv + 1 > this.offsets.length) this.offsets = grow(this.offsets, nv + 1);
  }

  /** A level entry without a value (null or empty at some level). */
  level(def: number, rep: number): void {
    this.reserve(1, 0);
    if (this.def) this.def[this.levels] = def;
    if (this.rep) this.rep[this.levels] = rep;
    this.levels++;
    if (def < this.spec.maxDef) this.nullCount++;
  }

  // ---- values (the caller writes the level first) ----

  int32(v: number): void {
    if (this.count >= this.fixed!.length) this.fixed = grow(this.fixed!, this.count + 1);
    (this.fixed as Int32Array)[this.count++] = v;
  }

  int64(v: bigint): void {
    if (this.count >= this.fixed!.length) this.fixed = grow(this.fixed!, this.count + 1);
    (this.fixed as BigInt64Array)[this.count++] = v;
  }

  number(v: number): void {
    if (this.count >= this.fixed!.length) this.fixed = grow(this.fixed!, this.count + 1);
    (this.fixed as Float64Array)[this.count++] = v;
  }

  byteArray(src: Uint8Array, start: number, end: number): void {
    if (this.codes) {
      const before = this.interner!.size;
      const id = this.interner!.intern(src, start, end);
      if (this.interner!.size !== before) {
        this.dictBytes += end - start + 4;
        if (this.dictBytes > DICTIONARY_PAGE_LIMIT) {
          this.fallBackToPlain();
          this.byteArray(src, start, end);
          return;
        }
      }
      if (this.count >= this.codes.length) this.codes = grow(this.codes, this.count + 1);
      this.codes[this.count++] = id;
      return;
    }
    const at = this.offsets![this.count]!;
    const len = end - start;
    if (at + len > this.bytes!.length) this.bytes = grow(this.bytes!, at + len);
    if (len < 24) {
      const b = this.bytes!;
      for (let i = 0; i < len; i++) b[at + i] = src[start + i]!;
    } else {
      this.bytes!.set(src.subarray(start, end), at);
    }
    if (this.count + 2 > this.offsets!.length) this.offsets = grow(this.offsets!, this.count + 2);
    this.offsets![++this.count] = at + len;
  }

  string(s: string): void {
    this.scratch = appendUtf8(this.scratch, 0, s, this.scratchEnd);
    this.byteArray(this.scratch, 0, this.scratchEnd[0]!);
  }

  /** Dictionary codes when still dictionary-encoded: the dictionary as one utf8 run. */
  dictionary(): { bytes: Uint8Array; offsets: Int32Array; size: number } | null {
    if (!this.codes) return null;
    const v = this.interner!.toVector();
    return { bytes: v.bytes, offsets: v.offsets, size: v.length };
  }

  private fallBackToPlain(): void {
    const dict = this.dictionary()!;
    const codes = this.codes!;
    const n = this.count;
    this.codes = null;
    this.interner = null;
    this.bytes = new Uint8Array(Math.max(4096, this.dictBytes * 2));
    this.offsets = new Int32Array(Math.max(1025, n * 2 + 1));
    this.count = 0;
    for (let i = 0; i < n; i++) {
      const c = codes[i]!;
      this.byteArray(dict.bytes, dict.offsets[c]!, dict.offsets[c + 1]!);
    }
  }
}
