// Join keys as typed columns: each key vector is normalized to one of a few physical kinds chosen
// from the key's data type (the same on both sides of the join), so hashing and comparing a
// probe row with a build row reads typed arrays directly — no per-row values or key strings.
//   i32   int, date, short, byte, boolean, year-month interval: the flat typed array
//   i64   long, timestamp, decimal ≤ 18 digits, day-time interval: an Int32 view (two halves)
//   f     float, double: compared as numbers with -0.0 = 0.0 and NaN = NaN (Spark normalizes
//         floating join keys the same way)
//   s     strings and binary: utf8 bytes (dictionaries and JS strings converted once)
//   c     everything else (wide decimals, arrays, structs, maps, intervals): a canonical value
// A key row holding null never matches unless the key is null-safe (<=>), where null = null.

import type { ColumnVector, Utf8Vector } from "../batch/column-vector.js";
import type { DataType } from "../../types/data-type.js";
import { getValue } from "../batch/access.js";
import { dictToUtf8 } from "../batch/dictionary.js";
import { encodeUtf8Vector } from "../batch/utf8.js";
import { flatArrayConstructor, isUtf8Type } from "../batch/physical-type.js";
import { fmix, mixH1, mixK1, murmur3Bytes, murmur3String } from "../hash/murmur3.js";
import { keyOf } from "./row-utils.js";

export type KeyKind = "i32" | "i64" | "f" | "s" | "c";

type SmallInts = Int32Array | Int16Array | Int8Array | Uint8Array;

export interface KeyColumn {
  readonly kind: KeyKind;
  readonly validity: Uint8Array | null;
  readonly ints: SmallInts | null;
  /** i64: two Int32 halves per row. */
  readonly halves: Int32Array | null;
  readonly floats: Float64Array | Float32Array | null;
  readonly str: Utf8Vector | null;
  readonly canon: unknown[] | null;
}

/** The physical kind for a join key of these types (left and right), "c" when they differ. */
export function keyKind(left: DataType, right: DataType): KeyKind {
  const kl = kindOf(left);
  return kl === kindOf(right) && (kl !== "i32" || flatArrayConstructor(left) === flatArrayConstructor(right)) ? kl : "c";
}

function kindOf(t: DataType): KeyKind {
  if (isUtf8Type(t)) return "s";
  const C = flatArrayConstructor(t);
  if (C === null) return "c";
  if (C === BigInt64Array) return "i64";
  if (C === Float64Array || C === Float32Array) return "f";
  return "i32";
}

const NONE = { ints: null, halves: null, floats: null, str: null, canon: null };

/** Normalizes one evaluated key vector (aligned with its batch) to `kind`. */
export function keyColumn(v: ColumnVector, kind: KeyKind): KeyColumn {
  const validity = v.validity;
  if (kind === "s") {
    const str = v.encoding === "utf8" ? v : v.encoding === "dict" ? dictToUtf8(v) : v.encoding === "strings" ? encodeUtf8Vector(v.values, v.validity, v.type) : null;
    if (str) return { ...NONE, kind, validity, str };
  } else if (kind !== "c" && v.encoding === "flat") {
    const vals = v.values;
    if (kind === "i64" && vals instanceof BigInt64Array) return { ...NONE, kind, validity, halves: new Int32Array(vals.buffer, vals.byteOffset, vals.length * 2) };
    if (kind === "f" && (vals instanceof Float64Array || vals instanceof Float32Array)) return { ...NONE, kind, validity, floats: vals };
    if (kind === "i32" && !(vals instanceof BigInt64Array) && !(vals instanceof Float64Array) && !(vals instanceof Float32Array)) return { ...NONE, kind, validity, ints: vals };
  }
  // Unusual encodings for the type, and the canonical kind: per-row canonical values.
  const canon = new Array<unknown>(v.length);
  for (let i = 0; i < v.length; i++) canon[i] = keyOf([getValue(v, i)]);
  return { ...NONE, kind: "c", validity, canon };
}

const NULL_HASH = 0x5bd1e995 | 0;
const f64 = new Float64Array(1);
const f64Halves = new Int32Array(f64.buffer);

/** Mixes key column `k` into the running hashes of `n` rows (rows[r], or r without `rows`). */
export function mixKeyHashes(k: KeyColumn, rows: Int32Array | null, n: number, out: Int32Array): void {
  const valid = k.validity;
  for (let r = 0; r < n; r++) {
    const i = rows === null ? r : rows[r]!;
    let h = out[r]!;
    if (valid !== null && valid[i] === 0) h = mixH1(h, NULL_HASH);
    else if (k.kind === "i64") {
      const hv = k.halves!;
      h = mixH1(mixH1(h, mixK1(hv[2 * i]!)), mixK1(hv[2 * i + 1]!));
    } else if (k.kind === "i32") h = mixH1(h, mixK1(k.ints![i]!));
    else if (k.kind === "f") {
      const x = k.floats![i]!;
      f64[0] = x === 0 ? 0 : x !== x ? NaN : x;
      h = mixH1(mixH1(h, mixK1(f64Halves[0]!)), mixK1(f64Halves[1]!));
    } else if (k.kind === "s") {
      const s = k.str!;
      h = mixH1(h, murmur3Bytes(s.bytes, s.offsets[i]!, s.offsets[i + 1]!, 42));
    } else {
      const c = k.canon![i];
      h = mixH1(h, murmur3String(typeof c === "string" ? c : String(c), 42));
    }
    out[r] = h;
  }
}

/** Final avalanche of the mixed hashes. */
export function finishHashes(out: Int32Array, n: number): void {
  for (let r = 0; r < n; r++) out[r] = fmix(out[r]!, 0);
}

/** Does row i of `a` equal row j of `b` (same kind)? `nullSafe`: null = null. */
export function keyEquals(a: KeyColumn, i: number, b: KeyColumn, j: number, nullSafe: boolean): boolean {
  const an = a.validity !== null && a.validity[i] === 0;
  const bn = b.validity !== null && b.validity[j] === 0;
  if (an || bn) return nullSafe && an && bn;
  switch (a.kind) {
    case "i64":
      return a.halves![2 * i] === b.halves![2 * j] && a.halves![2 * i + 1] === b.halves![2 * j + 1];
    case "i32":
      return a.ints![i] === b.ints![j];
    case "f": {
      const x = a.floats![i]!;
      const y = b.floats![j]!;
      return x === y || (x !== x && y !== y);
    }
    case "s": {
      const sa = a.str!;
      const sb = b.str!;
      const s0 = sa.offsets[i]!;
      const len = sa.offsets[i + 1]! - s0;
      const t0 = sb.offsets[j]!;
      if (sb.offsets[j + 1]! - t0 !== len) return false;
      const ab = sa.bytes;
      const bb = sb.bytes;
      for (let k = 0; k < len; k++) if (ab[s0 + k] !== bb[t0 + k]) return false;
      return true;
    }
    default: {
      const x = a.canon![i];
      const y = b.canon![j];
      return x === y || (typeof x === "number" && typeof y === "number" && x !== x && y !== y);
    }
  }
}

/** True when the row has a null in some key that is not null-safe (it can never match). */
export function hasNullKey(keys: readonly KeyColumn[], nullSafe: readonly boolean[], i: number): boolean {
  for (let k = 0; k < keys.length; k++) {
    const v = keys[k]!.validity;
    if (v !== null && v[i] === 0 && !nullSafe[k]) return true;
  }
  return false;
}
