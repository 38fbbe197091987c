// How saveAsTextFile prints a record: strings as they are, numbers as JS prints them, arrays
// (tuples) as Scala prints tuples — "(word,3)" — and other objects through their toString when
// they define one, else JSON.

export function formatRecord(v: unknown): string {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return "(" + v.map(formatRecord).join(",") + ")";
  if (v === null || v === undefined) return "null";
  if (typeof v === "object") {
    if (v instanceof Map) return "Map(" + [...v].map(([k, x]) => `${formatRecord(k)} -> ${formatRecord(x)}`).join(", ") + ")";
    if (Object.getPrototypeOf(v) === Object.prototype) return JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));
    return String(v);
  }
  return String(v);
}
