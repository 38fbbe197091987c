// One canonical encoding of pair-RDD keys, shared by partitioner, combiner and reducer, so keys
// compare by value and never by reference ([1, "a"] tuples, bigints, dates, decimals, rows).
//
// Primitives are their own canonical form (a JS Map compares them by SameValueZero: 0 and -0
// are one key, NaN is one key). Objects become a string starting with "\u0000"; a user string
// that itself starts with "\u0000" is escaped so the two spaces never collide.

export type CanonicalKey = string | number | boolean | bigint | null | undefined;

export function canonicalKey(v: unknown): CanonicalKey {
  switch (typeof v) {
    case "number":
      return v === 0 ? 0 : v; // -0 → 0
    case "string":
      return v.length > 0 && v.charCodeAt(0) === 0 ? "\u0000s" + v : v;
    case "boolean":
    case "bigint":
    case "undefined":
      return v;
    case "object":
      return v === null ? null : "\u0000" + encodeObject(v);
    default:
      throw new TypeError(`Cannot use a ${typeof v} as a key`);
  }
}

function encodeValue(v: unknown): string {
  switch (typeof v) {
    case "number":
      return Number.isNaN(v) ? "nNaN" : v === 0 ? "n0" : "n" + String(v);
    case "string":
      return JSON.stringify(v);
    case "boolean":
      return v ? "T" : "F";
    case "bigint":
      return "b" + v.toString();
    case "undefined":
      return "u";
    case "object":
      return v === null ? "N" : encodeObject(v);
    default:
      throw new TypeError(`Cannot use a ${typeof v} inside a key`);
  }
}

function encodeObject(v: object): string {
  if (Array.isArray(v)) {
    let s = "[";
    for (let i = 0; i < v.length; i++) s += (i ? "," : "") + encodeValue(v[i]);
    return s + "]";
  }
  if (v instanceof Date) return "D" + v.getTime();
  if (ArrayBuffer.isView(v)) return "V" + encodeObject(Array.from(v as unknown as ArrayLike<unknown>));
  if (v instanceof Map) {
    const parts = [...v.entries()].map(([k, x]) => encodeValue(k) + ":" + encodeValue(x)).sort();
    return "M{" + parts.join(",") + "}";
  }
  if (v instanceof Set) return "S{" + [...v].map(encodeValue).sort().join(",") + "}";
  const ctor = (v as { constructor?: { name?: string } }).constructor;
  const tag = ctor && ctor !== Object ? ctor.name ?? "" : "";
  // Row keeps its values in a non-enumerable field: compare by values like a tuple.
  const rowValues = (v as { values?: unknown; fieldNames?: unknown }).fieldNames !== undefined
    ? (v as { values: unknown[] }).values
    : undefined;
  if (Array.isArray(rowValues)) return "R" + encodeObject(rowValues);
  const keys = Object.keys(v).sort();
  let s = tag + "{";
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    s += (i ? "," : "") + JSON.stringify(k) + ":" + encodeValue((v as Record<string, unknown>)[k]);
  }
  return s + "}";
}

/** Total order over canonical keys (any order works for merging spills; this one is stable). */
export function compareCanonical(a: CanonicalKey, b: CanonicalKey): number {
  const ta = typeRank(a);
  const tb = typeRank(b);
  if (ta !== tb) return ta - tb;
  if (a === b) return 0;
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
    if (Number.isNaN(b)) return -1;
  }
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

function typeRank(v: CanonicalKey): number {
  switch (typeof v) {
    case "undefined":
      return 0;
    case "object":
      return 1;
    case "boolean":
      return 2;
    case "number":
      return 3;
    case "bigint":
      return 4;
    default:
      return 5;
  }
}

/** Hash of a key for hash partitioning: integers hash to themselves (as Python's portable
 *  hash does, so `partitionBy` places small int keys where PySpark places them). */
export function keyHash(v: unknown): number {
  const c = canonicalKey(v);
  switch (typeof c) {
    case "number":
      // Python's hash(-1) is -2 (−1 is its error code); PySpark places -1 accordingly.
      if (Number.isInteger(c) && Math.abs(c) <= 0x7fffffff) return c === -1 ? -2 : c;
      return hashString(Number.isNaN(c) ? "NaN" : String(c));
    case "string":
      return hashString(c);
    case "boolean":
      return c ? 1 : 0;
    case "bigint":
      return c >= -0x7fffffffn && c <= 0x7fffffffn ? Number(c) : hashString(c.toString());
    default:
      return 0;
  }
}

/** Non-negative modulo of a hash, as Spark's HashPartitioner / Python's % do. */
export function nonNegativeMod(h: number, n: number): number {
  const r = h % n;
  return r < 0 ? r + n : r;
}

function hashString(s: string): number {
  // 32-bit FNV-1a over UTF-16 units, then a murmur-style finalizer for better low bits.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & 0x7fffffff;
}
