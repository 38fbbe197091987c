// Column keyers: map the values of one grouping column to dense ids (0, 1, 2, ...), one id per
// distinct value (null included), across batches and encodings. Equality is Spark's grouping
// equality: -0.0 = 0.0, all NaNs equal, strings and binary by bytes, other values by keyOf.
// Numeric keys live in typed open-addressing tables (no allocation per row); string keys hash
// UTF-8 bytes, dictionary vectors key each dictionary entry once and remap their codes.

import type { DataType } from "../../../types/data-type.js";
import type { ColumnVector, DictVector, FlatArray, StringsVector, Utf8Vector } from "../../batch/column-vector.js";
import { flatArrayConstructor, isUtf8Type } from "../../batch/physical-type.js";
import { exactLength } from "../../batch/growable.js";
import { PairTable } from "./pair-table.js";
import { Utf8Interner } from "../../batch/utf8-interner.js";
import { getValue } from "../../batch/access.js";
import { vectorFromValues } from "../../batch/builder.js";
import { keyOf } from "../row-utils.js";

export interface ColumnKeyer {
  /** Distinct values seen so far (null counts as one). */
  readonly size: number;
  /** Writes the id of each of rows [0, n) of `v` into `out`. */
  assign(v: ColumnVector, n: number, out: Int32Array): void;
  /** The distinct values in id order (the grouping column of the result). */
  build(): ColumnVector;
}

/** Direct-mapped 32-bit keys span at most this many values (4 MB of ids). */
const DIRECT_SPAN = 1 << 20;

/**
 * Ids for fixed-width columns; the null id is handed out on the first null. 32-bit keys whose
 * values stay within DIRECT_SPAN of each other are direct-mapped (id = direct[x - base]: one
 * array read per row, no hashing); a wider range moves them into the hash table once.
 */
class FlatKeyer implements ColumnKeyer {
  private readonly table = new PairTable();
  private nullId = -1;
  private direct: Int32Array | null; // id + 1 per (value - base); null: hashing
  private base = 0;
  private readonly scratch = new Float64Array(1);
  private readonly scratchBits = new Int32Array(this.scratch.buffer);

  constructor(private readonly type: DataType) {
    const Ctor = flatArrayConstructor(type);
    const narrow = Ctor === Int32Array || Ctor === Int16Array || Ctor === Int8Array || Ctor === Uint8Array;
    this.direct = narrow ? new Int32Array(0) : null;
  }

  get size(): number {
    return this.table.size;
  }

  /** Leaves direct mapping: every key so far goes into the hash table. */
  private hashing(): void {
    if (this.direct === null) return;
    this.direct = null;
    this.table.index();
  }

  assign(v: ColumnVector, n: number, out: Int32Array): void {
    if (v.encoding !== "flat") return assignGeneric(this, v, n, out, (x) => this.idOfValue(x));
    const values = v.values;
    const valid = v.validity;
    const t = this.table;
    if (values instanceof BigInt64Array) {
      const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
      for (let i = 0; i < n; i++) out[i] = valid !== null && valid[i] === 0 ? this.nullKey() : t.id(words[i << 1]!, words[(i << 1) + 1]!);
    } else if (values instanceof Float64Array || values instanceof Float32Array) {
      const f = this.scratch;
      const w = this.scratchBits;
      for (let i = 0; i < n; i++) {
        if (valid !== null && valid[i] === 0) {
          out[i] = this.nullKey();
          continue;
        }
        const x = values[i]!;
        // Spark normalizes grouping keys: -0.0 → 0.0 and one NaN.
        f[0] = x === 0 ? 0 : x !== x ? NaN : x;
        out[i] = t.id(w[0]!, w[1]!);
      }
    } else if (this.direct !== null && this.directRange(values, valid, n)) {
      const d = this.direct;
      const base = this.base;
      for (let i = 0; i < n; i++) {
        if (valid !== null && valid[i] === 0) {
          out[i] = this.nullKey();
          continue;
        }
        const x = values[i]!;
        let e = d[x - base]!;
        if (e === 0) d[x - base] = e = t.append(x, 0) + 1;
        out[i] = e - 1;
      }
    } else {
      for (let i = 0; i < n; i++) out[i] = valid !== null && valid[i] === 0 ? this.nullKey() : t.id(values[i]! | 0, 0);
    }
  }

  /** Whether rows [0, n) fit the direct map (widening it when needed); else switches to hashing. */
  private directRange(values: Exclude<FlatArray, BigInt64Array | Float32Array | Float64Array>, valid: Uint8Array | null, n: number): boolean {
    let lo = 2147483647;
    let hi = -2147483648;
    for (let i = 0; i < n; i++) {
      if (valid !== null && valid[i] === 0) continue;
      const x = values[i]!;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (lo > hi) return true; // all null
    const old = this.direct!;
    const newLo = old.length === 0 ? lo : Math.min(lo, this.base);
    const newHi = old.length === 0 ? hi : Math.max(hi, this.base + old.length - 1);
    const span = newHi - newLo + 1;
    if (span > DIRECT_SPAN) {
      this.hashing();
      return false;
    }
    if (newLo < this.base || span > old.length) {
      // Room to grow upward (keys often increase), bounded by DIRECT_SPAN.
      const d = new Int32Array(Math.min(DIRECT_SPAN, Math.max(span, old.length * 2)));
      if (old.length > 0) d.set(old, this.base - newLo);
      this.direct = d;
      this.base = newLo;
    }
    return true;
  }

  private nullKey(): number {
    if (this.nullId < 0) this.nullId = this.table.reserve();
    return this.nullId;
  }

  private idOfValue(x: unknown): number {
    if (x === null) return this.nullKey();
    this.hashing();
    if (typeof x === "bigint") {
      const b = new BigInt64Array([x]);
      const w = new Int32Array(b.buffer);
      return this.table.id(w[0]!, w[1]!);
    }
    if (typeof x === "boolean") return this.table.id(x ? 1 : 0, 0);
    const Ctor = flatArrayConstructor(this.type);
    if (Ctor === Float64Array || Ctor === Float32Array) {
      this.scratch[0] = x === 0 ? 0 : Number.isNaN(x) ? NaN : (x as number);
      return this.table.id(this.scratchBits[0]!, this.scratchBits[1]!);
    }
    return this.table.id((x as number) | 0, 0);
  }

  build(): ColumnVector {
    const n = this.table.size;
    const Ctor = flatArrayConstructor(this.type)!;
    const words = this.table.keys;
    let values: FlatArray;
    if (Ctor === BigInt64Array) values = new BigInt64Array(exactLength(words, n * 2).buffer);
    else if (Ctor === Float64Array || Ctor === Float32Array) {
      const pairs = new Float64Array(exactLength(words, n * 2).buffer);
      values = Ctor === Float64Array ? pairs : Float32Array.from(pairs);
    } else {
      values = new Ctor(n);
      for (let i = 0; i < n; i++) (values as Int32Array)[i] = words[i << 1]!;
    }
    let validity: Uint8Array | null = null;
    if (this.nullId >= 0) {
      validity = new Uint8Array(n).fill(1);
      validity[this.nullId] = 0;
      if (values instanceof BigInt64Array) values[this.nullId] = 0n;
      else values[this.nullId] = 0;
    }
    return { encoding: "flat", type: this.type, length: n, validity, values };
  }
}

/** Ids for string/binary columns: UTF-8 bytes in an interner; JS strings cached in a Map. */
class Utf8Keyer implements ColumnKeyer {
  private readonly interner = new Utf8Interner(1024);
  private readonly byString = new Map<string, number>();
  private readonly dictRemaps = new Map<Utf8Vector | StringsVector, Int32Array>();
  private nullId = -1;
  private count = 0;

  constructor(private readonly type: DataType) {}

  get size(): number {
    return this.count;
  }

  assign(v: ColumnVector, n: number, out: Int32Array): void {
    const valid = v.validity;
    if (v.encoding === "utf8") {
      const { bytes, offsets } = v;
      for (let i = 0; i < n; i++) out[i] = valid !== null && valid[i] === 0 ? this.nullKey() : this.seen(this.interner.intern(bytes, offsets[i]!, offsets[i + 1]!));
    } else if (v.encoding === "strings") {
      const values = v.values;
      for (let i = 0; i < n; i++) out[i] = valid !== null && valid[i] === 0 ? this.nullKey() : this.stringId(values[i]!);
    } else if (v.encoding === "dict") {
      // Entries are keyed on first use: a filtered batch still carries its whole dictionary,
      // and an entry no row uses must not become a group.
      const remap = this.remapOf(v);
      const codes = v.codes;
      const d = v.dictionary;
      for (let i = 0; i < n; i++) {
        if (valid !== null && valid[i] === 0) {
          out[i] = this.nullKey();
          continue;
        }
        const code = codes[i]!;
        let id = remap[code]!;
        if (id < 0) {
          id = d.encoding === "utf8" ? this.seen(this.interner.intern(d.bytes, d.offsets[code]!, d.offsets[code + 1]!)) : this.stringId(d.values[code]!);
          remap[code] = id;
        }
        out[i] = id;
      }
    } else {
      assignGeneric(this, v, n, out, (x) => (x === null ? this.nullKey() : typeof x === "string" ? this.stringId(x) : this.bytesId(x as Uint8Array)));
    }
  }

  private stringId(s: string): number {
    let id = this.byString.get(s);
    if (id === undefined) {
      id = this.seen(this.interner.internString(s));
      this.byString.set(s, id);
    }
    return id;
  }

  private bytesId(b: Uint8Array): number {
    return this.seen(this.interner.intern(b, 0, b.length));
  }

  private remapOf(v: DictVector): Int32Array {
    const d = v.dictionary;
    let remap = this.dictRemaps.get(d);
    if (remap === undefined) {
      remap = new Int32Array(d.length).fill(-1);
      this.dictRemaps.set(d, remap);
    }
    return remap;
  }

  /** Our id of an interner id: the null id sits between the interner's ids (it is handed out
   *  when the first null arrives), so interner ids from there on shift by one. */
  private seen(internId: number): number {
    const id = this.nullId >= 0 && internId >= this.nullId ? internId + 1 : internId;
    if (id >= this.count) this.count = id + 1;
    return id;
  }

  private nullKey(): number {
    if (this.nullId < 0) {
      this.nullId = this.count++;
    }
    return this.nullId;
  }

  build(): ColumnVector {
    const dict = this.interner.toVector(this.type);
    if (this.nullId < 0) return dict;
    // Insert the null row at nullId.
    const n = this.count;
    const offsets = new Int32Array(n + 1);
    const validity = new Uint8Array(n).fill(1);
    validity[this.nullId] = 0;
    for (let id = 0; id < n; id++) {
      const src = id < this.nullId ? id : id === this.nullId ? -1 : id - 1;
      offsets[id + 1] = src < 0 ? offsets[id]! : dict.offsets[src + 1]!;
    }
    return { encoding: "utf8", type: this.type, length: n, validity, offsets, bytes: dict.bytes };
  }
}

/** Ids for everything else (decimals > 18 digits, intervals, arrays, maps, structs): keyOf. */
class BoxedKeyer implements ColumnKeyer {
  private readonly ids = new Map<unknown, number>();
  private readonly values: unknown[] = [];

  constructor(private readonly type: DataType) {}

  get size(): number {
    return this.values.length;
  }

  assign(v: ColumnVector, n: number, out: Int32Array): void {
    assignGeneric(this, v, n, out, (x) => {
      const k = typeof x === "object" && x !== null ? keyOf([x]) : x;
      let id = this.ids.get(k);
      if (id === undefined) {
        id = this.values.length;
        this.ids.set(k, id);
        this.values.push(x === 0 ? 0 : x);
      }
      return id;
    });
  }

  build(): ColumnVector {
    return vectorFromValues(this.type, this.values);
  }
}

function assignGeneric(_k: ColumnKeyer, v: ColumnVector, n: number, out: Int32Array, idOf: (x: unknown) => number): void {
  for (let i = 0; i < n; i++) out[i] = idOf(getValue(v, i));
}

export function createKeyer(type: DataType): ColumnKeyer {
  if (flatArrayConstructor(type) !== null) return new FlatKeyer(type);
  if (isUtf8Type(type)) return new Utf8Keyer(type);
  return new BoxedKeyer(type);
}
