// Spark's hash() (Murmur3, seed 42) and xxhash64() (seed 42) over internal values, type by type
// as Spark's HashExpression does: each column's hash becomes the seed of the next, a null leaves
// the seed unchanged, and arrays, maps and structs hash their elements in order.

import type { DataType } from "../../types/data-type.js";
import { isTextType } from "../batch/physical-type.js";
import { doubleBits, doubleBitsHigh, doubleBitsLow, floatBits } from "./float-bits.js";
import { bigIntToJavaBytes } from "./java-bytes.js";
import { murmur3Bytes, murmur3Int, murmur3LongHalves, murmur3Long, murmur3String } from "./murmur3.js";
import { xxhashBytes, xxhashInt, xxhashLong } from "./xxhash64.js";

/** The primitive operations of a hash family (Murmur3 with int seeds, XXH64 with long seeds). */
interface HashFamily<H> {
  int(v: number, seed: H): H;
  long(v: bigint, seed: H): H;
  double(d: number, seed: H): H;
  bytes(b: Uint8Array, seed: H): H;
  string(s: string, seed: H): H;
}

const utf8 = new TextEncoder();

const MURMUR3: HashFamily<number> = {
  int: murmur3Int,
  long: murmur3Long,
  double: (d, seed) => {
    const lo = doubleBitsLow(d);
    return murmur3LongHalves(lo, doubleBitsHigh(), seed);
  },
  bytes: (b, seed) => murmur3Bytes(b, 0, b.length, seed),
  string: murmur3String,
};

const XXHASH64: HashFamily<bigint> = {
  int: xxhashInt,
  long: xxhashLong,
  double: (d, seed) => xxhashLong(doubleBits(d), seed),
  bytes: (b, seed) => xxhashBytes(b, 0, b.length, seed),
  string: (s, seed) => {
    const b = utf8.encode(s);
    return xxhashBytes(b, 0, b.length, seed);
  },
};

interface MapLike {
  keys: readonly unknown[];
  values: readonly unknown[];
}
interface CalendarIntervalLike {
  months: number;
  days: number;
  micros: bigint;
}

function hashValue<H>(f: HashFamily<H>, v: unknown, t: DataType, seed: H): H {
  if (v === null || v === undefined) return seed;
  switch (t.kind) {
    case "null":
      return seed;
    case "boolean":
      return f.int(v ? 1 : 0, seed);
    case "byte":
    case "short":
    case "integer":
    case "date":
    case "year_month_interval":
      return f.int(v as number, seed);
    case "long":
    case "timestamp":
    case "timestamp_ntz":
    case "day_time_interval":
      return f.long(v as bigint, seed);
    case "float":
      return f.int(floatBits(v as number), seed);
    case "double":
      return f.double(v as number, seed);
    case "decimal":
      return t.precision <= 18 ? f.long(v as bigint, seed) : f.bytes(bigIntToJavaBytes(v as bigint), seed);
    case "string":
    case "char":
    case "varchar":
      return f.string(v as string, seed);
    case "binary":
      return f.bytes(v as Uint8Array, seed);
    case "calendar_interval": {
      const c = v as CalendarIntervalLike;
      return f.int(c.months, f.int(c.days, f.long(c.micros, seed)));
    }
    case "array": {
      let h = seed;
      for (const e of v as readonly unknown[]) h = hashValue(f, e, t.elementType, h);
      return h;
    }
    case "map": {
      const m = v as MapLike;
      let h = seed;
      for (let i = 0; i < m.keys.length; i++) {
        h = hashValue(f, m.keys[i], t.keyType, h);
        h = hashValue(f, m.values[i], t.valueType, h);
      }
      return h;
    }
    case "struct": {
      const fields = v as readonly unknown[];
      let h = seed;
      for (let i = 0; i < t.fields.length; i++) h = hashValue(f, fields[i], t.fields[i]!.dataType, h);
      return h;
    }
  }
}

/** Spark's `hash(e1, e2, ...)`: Murmur3 x86_32, chained across the values. Signed int32. */
export function murmur3Hash(values: readonly unknown[], types: readonly DataType[], seed = 42): number {
  let h = seed | 0;
  for (let i = 0; i < values.length; i++) h = hashValue(MURMUR3, values[i], types[i]!, h);
  return h;
}

/** Spark's `xxhash64(e1, e2, ...)`. Signed int64 as a bigint. */
export function xxhash64(values: readonly unknown[], types: readonly DataType[], seed: bigint | number = 42n): bigint {
  let h = BigInt.asIntN(64, BigInt(seed));
  for (let i = 0; i < values.length; i++) h = hashValue(XXHASH64, values[i], types[i]!, h);
  return h;
}

/** Murmur3 of one value with a given seed (the per-column step of `murmur3Hash`). */
export const murmur3Value = (v: unknown, t: DataType, seed: number): number => hashValue(MURMUR3, v, t, seed);

/** True for types whose values hash as JS strings. */
export const hashesAsString = isTextType;
