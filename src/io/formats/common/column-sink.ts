// Column accumulators for the file readers: values go straight into typed arrays (utf8 bytes are
// copied from the input buffer without decoding), and `truncate` drops the last rows so a reader
// can discard a malformed record (DROPMALFORMED) after partially filling its columns.

import type { DataType } from "../../../types/data-type.js";
import type { ColumnVector, FlatArray } from "../../../exec/batch/column-vector.js";
import { flatArrayConstructor, isUtf8Type } from "../../../exec/batch/physical-type.js";
import { ensureCapacity, exactLength } from "../../../exec/batch/growable.js";

const encoder = new TextEncoder();

export class ColumnSink {
  length = 0;
  readonly type: DataType;
  readonly kind: "flat" | "utf8" | "boxed";
  /** Flat values (flat kind). */
  values: FlatArray;
  /** 1 = valid, 0 = null; allocated at the first null. */
  validity: Uint8Array | null = null;
  offsets: Int32Array;
  bytes: Uint8Array;
  boxed: unknown[];
  private bytePos = 0;
  /** 32-bit view of a BigInt64Array `values`, to store int64s from numbers without a bigint. */
  private words: Int32Array | null = null;

  constructor(type: DataType, capacity: number) {
    this.type = type;
    const Ctor = flatArrayConstructor(type);
    this.kind = Ctor !== null ? "flat" : isUtf8Type(type) ? "utf8" : "boxed";
    this.values = Ctor !== null ? new Ctor(capacity) : new Uint8Array(0);
    this.offsets = this.kind === "utf8" ? new Int32Array(capacity + 1) : new Int32Array(0);
    this.bytes = this.kind === "utf8" ? new Uint8Array(capacity * 16) : new Uint8Array(0);
    this.boxed = [];
  }

  private grow(): void {
    const i = this.length;
    if (this.kind === "flat" && i >= this.values.length) this.values = ensureCapacity(this.values, i + 1);
    if (this.kind === "utf8" && i + 2 > this.offsets.length) this.offsets = ensureCapacity(this.offsets, i + 2);
    if (this.validity !== null && i >= this.validity.length) this.validity = ensureCapacity(this.validity, i + 1);
  }

  private valid(): void {
    if (this.validity !== null) this.validity[this.length] = 1;
  }

  appendNull(): void {
    this.grow();
    const i = this.length;
    if (this.validity === null) {
      this.validity = new Uint8Array(Math.max(i + 1, this.kind === "flat" ? this.values.length : this.offsets.length));
      this.validity.fill(1, 0, i);
    }
    this.validity[i] = 0;
    if (this.kind === "utf8") this.offsets[i + 1] = this.bytePos;
    else if (this.kind === "boxed") this.boxed[i] = null;
    this.length = i + 1;
  }

  appendNumber(v: number): void {
    this.grow();
    this.valid();
    (this.values as Float64Array)[this.length++] = v;
  }

  appendBigInt(v: bigint): void {
    this.grow();
    this.valid();
    (this.values as BigInt64Array)[this.length++] = v;
  }

  /** Appends a safe-integer number into an int64 column (no bigint allocated). */
  appendInt64Number(v: number): void {
    this.grow();
    this.valid();
    let w = this.words;
    if (w === null || w.length !== this.values.length << 1) w = this.words = new Int32Array(this.values.buffer, this.values.byteOffset, this.values.length * 2);
    const hi = Math.floor(v / 4294967296);
    const i = this.length++ << 1;
    // Little-endian word order (every platform Node runs on).
    w[i] = (v - hi * 4294967296) | 0;
    w[i + 1] = hi;
  }

  appendBoolean(v: boolean): void {
    this.grow();
    this.valid();
    (this.values as Uint8Array)[this.length++] = v ? 1 : 0;
  }

  appendBytes(src: Uint8Array, start: number, end: number): void {
    this.grow();
    this.valid();
    const n = end - start;
    if (this.bytePos + n > this.bytes.length) this.bytes = ensureCapacity(this.bytes, this.bytePos + n);
    const dst = this.bytes;
    let o = this.bytePos;
    // Short values: a JS loop beats creating a subarray view for set().
    if (n < 48) for (let i = start; i < end; i++) dst[o++] = src[i]!;
    else {
      dst.set(src.subarray(start, end), o);
      o += n;
    }
    this.bytePos = o;
    this.offsets[++this.length] = this.bytePos;
  }

  appendString(s: string): void {
    const b = encoder.encode(s);
    this.appendBytes(b, 0, b.length);
  }

  appendBoxed(v: unknown): void {
    this.grow();
    this.valid();
    this.boxed[this.length++] = v;
  }

  /** Appends an internal value of the sink's type (slow path). */
  appendValue(v: unknown): void {
    if (v === null || v === undefined) return this.appendNull();
    if (this.kind === "utf8") {
      if (typeof v === "string") this.appendString(v);
      else this.appendBytes(v as Uint8Array, 0, (v as Uint8Array).length);
    } else if (this.kind === "boxed") this.appendBoxed(v);
    else if (typeof v === "bigint") this.appendBigInt(v);
    else if (typeof v === "boolean") this.appendBoolean(v);
    else this.appendNumber(v as number);
  }

  /** Drops rows from `n` on. */
  truncate(n: number): void {
    if (n >= this.length) return;
    if (this.kind === "utf8") this.bytePos = this.offsets[n]!;
    if (this.kind === "boxed") this.boxed.length = n;
    this.length = n;
  }

  /** Finishes the vector and resets the sink for the next batch. */
  build(): ColumnVector {
    const n = this.length;
    const validity = this.validity === null ? null : exactLength(this.validity, n);
    let v: ColumnVector;
    if (this.kind === "flat") {
      v = { encoding: "flat", type: this.type, length: n, validity, values: exactLength(this.values, n) };
      this.values = new (this.values.constructor as new (k: number) => FlatArray)(Math.max(16, n));
      this.words = null;
    } else if (this.kind === "utf8") {
      v = { encoding: "utf8", type: this.type, length: n, validity, offsets: exactLength(this.offsets, n + 1), bytes: this.bytes.slice(0, this.bytePos) };
      this.offsets = new Int32Array(Math.max(16, n) + 1);
      this.bytePos = 0;
    } else {
      v = { encoding: "boxed", type: this.type, length: n, validity, values: this.boxed };
      this.boxed = [];
    }
    this.validity = null;
    this.length = 0;
    return v;
  }
}
