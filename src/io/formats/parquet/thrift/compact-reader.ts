// A generic decoder for Thrift's compact protocol (what Parquet footers and page headers use).
// Structs decode to plain objects keyed by field id (`{ 1: 2, 4: Uint8Array, ... }`); typed views
// live in ../metadata.ts. Integers decode to JS numbers (Parquet's i64 fields are offsets, sizes
// and counts, far below 2^53). Every read is bounds-checked: a corrupt header throws
// ThriftDecodeError instead of reading past the buffer or looping.

export type ThriftValue = boolean | number | Uint8Array | ThriftStruct | ThriftValue[] | ThriftMap;
export interface ThriftStruct {
  [fieldId: number]: ThriftValue;
}
export type ThriftMap = Map<ThriftValue, ThriftValue>;

export class ThriftDecodeError extends Error {}

// Compact protocol type ids.
const T_STOP = 0;
const T_TRUE = 1;
const T_FALSE = 2;
const T_BYTE = 3;
const T_I16 = 4;
const T_I32 = 5;
const T_I64 = 6;
const T_DOUBLE = 7;
const T_BINARY = 8;
const T_LIST = 9;
const T_SET = 10;
const T_MAP = 11;
const T_STRUCT = 12;

const MAX_DEPTH = 64;

export class CompactReader {
  pos: number;

  constructor(
    readonly buf: Uint8Array,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
  }

  private byte(): number {
    if (this.pos >= this.end) throw new ThriftDecodeError(`unexpected end of Thrift data at byte ${this.pos}`);
    return this.buf[this.pos++]!;
  }

  /** Unsigned varint as a JS number (exact up to 2^53). */
  varint(): number {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      const b = this.byte();
      result += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) return result;
      mul *= 128;
    }
    throw new ThriftDecodeError("varint longer than 10 bytes");
  }

  zigzag(): number {
    const n = this.varint();
    // n odd → negative; avoid 32-bit ops so 64-bit values stay exact up to 2^53.
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }

  private binary(): Uint8Array {
    const len = this.varint();
    if (this.pos + len > this.end) throw new ThriftDecodeError(`binary field of ${len} bytes runs past the end`);
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  private double(): number {
    if (this.pos + 8 > this.end) throw new ThriftDecodeError("double runs past the end");
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8).getFloat64(0, true);
    this.pos += 8;
    return v;
  }

  private value(type: number, depth: number): ThriftValue {
    switch (type) {
      case T_TRUE:
        return true;
      case T_FALSE:
        return false;
      case T_BYTE: {
        const b = this.byte();
        return b > 127 ? b - 256 : b;
      }
      case T_I16:
      case T_I32:
      case T_I64:
        return this.zigzag();
      case T_DOUBLE:
        return this.double();
      case T_BINARY:
        return this.binary();
      case T_LIST:
      case T_SET:
        return this.list(depth);
      case T_MAP:
        return this.map(depth);
      case T_STRUCT:
        return this.struct(depth + 1);
      default:
        throw new ThriftDecodeError(`unknown Thrift type ${type} at byte ${this.pos}`);
    }
  }

  private list(depth: number): ThriftValue[] {
    const header = this.byte();
    let size = header >> 4;
    const elemType = header & 0x0f;
    if (size === 15) size = this.varint();
    // Each element takes at least one byte (bools in lists are one byte each).
    if (size > this.end - this.pos) throw new ThriftDecodeError(`list of ${size} elements runs past the end`);
    const out: ThriftValue[] = new Array(size);
    for (let i = 0; i < size; i++) {
      if (elemType === T_TRUE || elemType === T_FALSE) out[i] = this.byte() === T_TRUE;
      else out[i] = this.value(elemType, depth + 1);
    }
    return out;
  }

  private map(depth: number): ThriftMap {
    const size = this.varint();
    const out: ThriftMap = new Map();
    if (size === 0) return out;
    if (size > this.end - this.pos) throw new ThriftDecodeError(`map of ${size} entries runs past the end`);
    const types = this.byte();
    for (let i = 0; i < size; i++) {
      const k = this.value(types >> 4, depth + 1);
      out.set(k, this.value(types & 0x0f, depth + 1));
    }
    return out;
  }

  /** Reads one struct (up to and including its STOP byte). */
  struct(depth = 0): ThriftStruct {
    if (depth > MAX_DEPTH) throw new ThriftDecodeError("Thrift structs nested too deeply");
    const out: ThriftStruct = {};
    let lastId = 0;
    for (;;) {
      const header = this.byte();
      if (header === T_STOP) return out;
      const type = header & 0x0f;
      const delta = header >> 4;
      const id = delta === 0 ? this.zigzag() : lastId + delta;
      lastId = id;
      out[id] = this.value(type, depth);
    }
  }
}

/** Decodes one struct starting at `start`; returns it and the offset just past it. */
export function readThriftStruct(buf: Uint8Array, start = 0, end = buf.length): { value: ThriftStruct; end: number } {
  const r = new CompactReader(buf, start, end);
  const value = r.struct();
  return { value, end: r.pos };
}
