// An encoder for Thrift's compact protocol, field by field: callers write the fields of a struct
// in increasing id order, nesting with beginStruct/endStruct. Used for page headers and footers.

const T_TRUE = 1;
const T_FALSE = 2;
const T_BYTE = 3;
const T_I16 = 4;
const T_I32 = 5;
const T_I64 = 6;
const T_BINARY = 8;
const T_LIST = 9;
const T_STRUCT = 12;

const textEncoder = new TextEncoder();

export class CompactWriter {
  private buf = new Uint8Array(256);
  pos = 0;
  private lastId = 0;
  private readonly stack: number[] = [];

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  private byte(b: number): void {
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

  private zigzag(n: number): void {
    this.varint(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  private fieldHeader(id: number, type: number): void {
    const delta = id - this.lastId;
    if (delta > 0 && delta <= 15) this.byte((delta << 4) | type);
    else {
      this.byte(type);
      this.zigzag(id);
    }
    this.lastId = id;
  }

  i32(id: number, v: number): this {
    this.fieldHeader(id, T_I32);
    this.zigzag(v);
    return this;
  }

  i16(id: number, v: number): this {
    this.fieldHeader(id, T_I16);
    this.zigzag(v);
    return this;
  }

  i64(id: number, v: number): this {
    this.fieldHeader(id, T_I64);
    this.zigzag(v);
    return this;
  }

  i8(id: number, v: number): this {
    this.fieldHeader(id, T_BYTE);
    this.byte(v & 0xff);
    return this;
  }

  bool(id: number, v: boolean): this {
    this.fieldHeader(id, v ? T_TRUE : T_FALSE);
    return this;
  }

  binary(id: number, v: Uint8Array): this {
    this.fieldHeader(id, T_BINARY);
    this.varint(v.length);
    this.ensure(v.length);
    this.buf.set(v, this.pos);
    this.pos += v.length;
    return this;
  }

  string(id: number, v: string): this {
    return this.binary(id, textEncoder.encode(v));
  }

  beginStruct(id: number): this {
    this.fieldHeader(id, T_STRUCT);
    this.stack.push(this.lastId);
    this.lastId = 0;
    return this;
  }

  endStruct(): this {
    this.byte(0);
    this.lastId = this.stack.pop() ?? 0;
    return this;
  }

  /** A list of structs: `each` writes the fields of element i (without STOP). */
  structList(id: number, count: number, each: (w: this, i: number) => void): this {
    this.fieldHeader(id, T_LIST);
    this.listHeader(count, T_STRUCT);
    for (let i = 0; i < count; i++) {
      this.stack.push(this.lastId);
      this.lastId = 0;
      each(this, i);
      this.endStruct();
    }
    return this;
  }

  i32List(id: number, values: readonly number[]): this {
    this.fieldHeader(id, T_LIST);
    this.listHeader(values.length, T_I32);
    for (const v of values) this.zigzag(v);
    return this;
  }

  stringList(id: number, values: readonly string[]): this {
    this.fieldHeader(id, T_LIST);
    this.listHeader(values.length, T_BINARY);
    for (const v of values) {
      const b = textEncoder.encode(v);
      this.varint(b.length);
      this.ensure(b.length);
      this.buf.set(b, this.pos);
      this.pos += b.length;
    }
    return this;
  }

  private listHeader(size: number, elemType: number): void {
    if (size < 15) this.byte((size << 4) | elemType);
    else {
      this.byte(0xf0 | elemType);
      this.varint(size);
    }
  }

  /** Ends the top-level struct and returns its bytes. */
  finish(): Uint8Array {
    this.byte(0);
    return this.buf.slice(0, this.pos);
  }
}
