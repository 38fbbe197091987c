// Natural ordering of keys for sortByKey, sortBy, takeOrdered, top, max, min and range
// partitioning. Numbers and bigints compare numerically (NaN is greatest, as in Spark); strings
// by Unicode code point (= UTF-8 byte order, Spark's order); arrays (tuples) lexicographically;
// dates and Spark value classes by their value; null/undefined sort first. Values of different
// kinds order by kind.

export function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") {
    if (a < b) return -1;
    if (a > b) return 1;
    if (a === b) return 0;
    return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  }
  if (typeof a === "string" && typeof b === "string") return compareCodePoints(a, b);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 0:
      return 0;
    case 1:
      return (a ? 1 : 0) - (b ? 1 : 0);
    case 2: {
      // number/bigint mix
      if (typeof a === "bigint" && typeof b === "bigint") return a < b ? -1 : a > b ? 1 : 0;
      const x = a as number | bigint;
      const y = b as number | bigint;
      if (typeof x === "number" && Number.isNaN(x)) return typeof y === "number" && Number.isNaN(y) ? 0 : 1;
      if (typeof y === "number" && Number.isNaN(y)) return -1;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 4: {
      const xa = a as unknown[];
      const xb = b as unknown[];
      const n = Math.min(xa.length, xb.length);
      for (let i = 0; i < n; i++) {
        const c = compareKeys(xa[i], xb[i]);
        if (c !== 0) return c;
      }
      return xa.length - xb.length;
    }
    case 5:
      return compareKeys(valueOfObject(a as object), valueOfObject(b as object));
    default:
      return 0;
  }
}

function rank(v: unknown): number {
  if (v === null || v === undefined) return 0;
  switch (typeof v) {
    case "boolean":
      return 1;
    case "number":
    case "bigint":
      return 2;
    case "string":
      return 3;
    default:
      return Array.isArray(v) ? 4 : 5;
  }
}

/** A comparable stand-in for an object: dates/value classes by their value, rows as tuples. */
function valueOfObject(o: object): unknown {
  if (o instanceof Date) return o.getTime();
  const r = o as Record<string, unknown>;
  if (Array.isArray(r.values) && Array.isArray(r.fieldNames)) return r.values;
  if (typeof r.days === "number") return r.days;
  if (typeof r.micros === "bigint") return r.micros;
  if (typeof r.unscaled === "bigint" && typeof r.scale === "number") {
    // Decimal: compare unscaled at a common scale.
    return Number(r.unscaled) / 10 ** r.scale;
  }
  return Object.keys(r).sort().map((k) => r[k]);
}

/** String order by code point: equal to UTF-16 order except across surrogate pairs. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (D800–DFFF) encode code points above FFFF, which sort after E000–FFFF.
      const sx = x >= 0xd800 && x <= 0xdfff;
      const sy = y >= 0xd800 && y <= 0xdfff;
      if (sx !== sy) return sx ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}
