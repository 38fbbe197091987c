// Column builders: append internal values (src/functions/function-definition.ts) one at a time
// and build a ColumnVector in the encoding the type calls for — flat for fixed-width types
// (decimal ≤ 18 digits included), utf8 for string/char/varchar/binary, boxed for the rest.
// Flat and utf8 builders write into growable typed arrays: no allocation per value.

import type { DataType } from "../../types/data-type.js";
import type { BoxedVector, ColumnVector, FlatArray, FlatVector, Utf8Vector } from "./column-vector.js";
import { flatArrayConstructor, isTextType, isUtf8Type } from "./physical-type.js";
import { ensureCapacity, exactLength } from "./growable.js";
import { appendUtf8 } from "./utf8.js";

export interface VectorBuilder {
  readonly type: DataType;
  readonly length: number;
  /** Appends an internal value, or null. */
  append(v: unknown): void;
  appendNull(): void;
  /** Finishes the vector; the builder must not be used afterwards. */
  build(): ColumnVector;
}

const DEFAULT_CAPACITY = 1024;

/** Tracks validity lazily: no array until the first null. */
class Validity {
  bits: Uint8Array | null = null;

  markNull(i: number, capacity: number): void {
    if (this.bits === null) {
      this.bits = new Uint8Array(Math.max(capacity, i + 1));
      this.bits.fill(1, 0, i);
    } else if (i >= this.bits.length) {
      this.bits = ensureCapacity(this.bits, i + 1);
    }
    this.bits[i] = 0;
  }

  markValid(i: number): void {
    if (this.bits !== null) {
      if (i >= this.bits.length) this.bits = ensureCapacity(this.bits, i + 1);
      this.bits[i] = 1;
    }
  }

  finish(length: number): Uint8Array | null {
    return this.bits === null ? null : exactLength(this.bits, length);
  }
}

export class FlatBuilder implements VectorBuilder {
  length = 0;
  private values: FlatArray;
  private readonly validity = new Validity();
  private readonly isBool: boolean;

  constructor(
    readonly type: DataType,
    capacity: number,
  ) {
    const Ctor = flatArrayConstructor(type);
    if (Ctor === null) throw new TypeError(`${type.kind} is not a fixed-width type`);
    this.values = new Ctor(Math.max(capacity, 1));
    this.isBool = type.kind === "boolean";
  }

  append(v: unknown): void {
    if (v === null || v === undefined) return this.appendNull();
    const i = this.length;
    if (i >= this.values.length) this.values = ensureCapacity(this.values, i + 1);
    this.validity.markValid(i);
    if (this.isBool) (this.values as Uint8Array)[i] = v ? 1 : 0;
    else (this.values as unknown as Record<number, unknown>)[i] = v;
    this.length = i + 1;
  }

  appendNull(): void {
    const i = this.length;
    if (i >= this.values.length) this.values = ensureCapacity(this.values, i + 1);
    this.validity.markNull(i, this.values.length);
    this.length = i + 1;
  }

  build(): FlatVector {
    return {
      encoding: "flat",
      type: this.type,
      length: this.length,
      validity: this.validity.finish(this.length),
      values: exactLength(this.values, this.length),
    };
  }
}

/** string/char/varchar (JS strings in) and binary (Uint8Array in) as bytes + offsets. */
export class Utf8Builder implements VectorBuilder {
  length = 0;
  private offsets: Int32Array;
  private bytes: Uint8Array;
  private pos = 0;
  private readonly end = new Int32Array(1);
  private readonly validity = new Validity();
  private readonly text: boolean;

  constructor(
    readonly type: DataType,
    capacity: number,
  ) {
    this.offsets = new Int32Array(Math.max(capacity, 1) + 1);
    this.bytes = new Uint8Array(Math.max(capacity, 1) * 8);
    this.text = isTextType(type);
  }

  append(v: unknown): void {
    if (v === null || v === undefined) return this.appendNull();
    const i = this.length;
    if (this.text) {
      this.bytes = appendUtf8(this.bytes, this.pos, v as string, this.end);
      this.pos = this.end[0]!;
    } else {
      const b = v as Uint8Array;
      if (this.pos + b.length > this.bytes.length) this.bytes = ensureCapacity(this.bytes, this.pos + b.length);
      this.bytes.set(b, this.pos);
      this.pos += b.length;
    }
    if (this.pos > 0x7fffffff) throw new RangeError("utf8 column exceeds 2 GiB of bytes");
    this.validity.markValid(i);
    this.push(i);
  }

  /** Appends a slice of UTF-8 bytes already encoded (no decode/encode round trip). */
  appendBytes(src: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (this.pos + n > this.bytes.length) this.bytes = ensureCapacity(this.bytes, this.pos + n);
    this.bytes.set(src.subarray(start, end), this.pos);
    this.pos += n;
    this.validity.markValid(this.length);
    this.push(this.length);
  }

  appendNull(): void {
    const i = this.length;
    this.validity.markNull(i, this.offsets.length - 1);
    this.push(i);
  }

  private push(i: number): void {
    if (i + 2 > this.offsets.length) this.offsets = ensureCapacity(this.offsets, i + 2);
    this.offsets[i + 1] = this.pos;
    this.length = i + 1;
  }

  build(): Utf8Vector {
    return {
      encoding: "utf8",
      type: this.type,
      length: this.length,
      validity: this.validity.finish(this.length),
      offsets: exactLength(this.offsets, this.length + 1),
      bytes: exactLength(this.bytes, this.pos),
    };
  }
}

export class BoxedBuilder implements VectorBuilder {
  private readonly values: unknown[] = [];
  private validity: Uint8Array | null = null;

  constructor(readonly type: DataType) {}

  get length(): number {
    return this.values.length;
  }

  append(v: unknown): void {
    if (v === null || v === undefined) return this.appendNull();
    if (this.validity !== null) {
      this.validity = ensureCapacity(this.validity, this.values.length + 1);
      this.validity[this.values.length] = 1;
    }
    this.values.push(v);
  }

  appendNull(): void {
    const i = this.values.length;
    if (this.validity === null) {
      this.validity = new Uint8Array(Math.max(16, i * 2));
      this.validity.fill(1, 0, i);
    } else {
      this.validity = ensureCapacity(this.validity, i + 1);
    }
    this.validity[i] = 0;
    this.values.push(null);
  }

  build(): BoxedVector {
    const n = this.values.length;
    return {
      encoding: "boxed",
      type: this.type,
      length: n,
      validity: this.validity === null ? null : exactLength(this.validity, n),
      values: this.values,
    };
  }
}

/** A builder for `type` in its preferred encoding. */
export function createBuilder(type: DataType, capacityHint = DEFAULT_CAPACITY): VectorBuilder {
  if (flatArrayConstructor(type) !== null) return new FlatBuilder(type, capacityHint);
  if (isUtf8Type(type)) return new Utf8Builder(type, capacityHint);
  return new BoxedBuilder(type);
}

/** A vector holding `values` (internal values; null or undefined = null). */
export function vectorFromValues(type: DataType, values: readonly unknown[]): ColumnVector {
  const b = createBuilder(type, values.length);
  for (let i = 0; i < values.length; i++) b.append(values[i]);
  return b.build();
}

/** A vector repeating one value. Strings become a one-entry dictionary (no repeated bytes). */
export function constantVector(type: DataType, value: unknown, length: number): ColumnVector {
  if (value === null || value === undefined) return nullVector(type, length);
  const Ctor = flatArrayConstructor(type);
  if (Ctor !== null) {
    const values = new Ctor(length);
    if (type.kind === "boolean") (values as Uint8Array).fill(value ? 1 : 0);
    else (values as unknown as { fill(v: unknown): void }).fill(value);
    return { encoding: "flat", type, length, validity: null, values };
  }
  if (isUtf8Type(type)) {
    const dictionary = vectorFromValues(type, [value]) as Utf8Vector;
    return { encoding: "dict", type, length, validity: null, codes: new Int32Array(length), dictionary };
  }
  return { encoding: "boxed", type, length, validity: null, values: new Array(length).fill(value) };
}

/** A vector of `length` nulls. */
export function nullVector(type: DataType, length: number): ColumnVector {
  const validity = new Uint8Array(length);
  const Ctor = flatArrayConstructor(type);
  if (Ctor !== null) return { encoding: "flat", type, length, validity, values: new Ctor(length) };
  if (isUtf8Type(type)) {
    return { encoding: "utf8", type, length, validity, offsets: new Int32Array(length + 1), bytes: new Uint8Array(0) };
  }
  return { encoding: "boxed", type, length, validity, values: new Array(length).fill(null) };
}
