// The engine's INTERNAL value representation (see the table at the top of
// src/functions/function-definition.ts) and the conversions to and from the values users see:
//   toInternal(value, type)   user-facing JS value → internal (validated, clear errors)
//   toExternal(value, type)   internal → Decimal, SparkDate, Timestamp, Row, Map, arrays
// plus a total order (compareInternal), structural equality (equalsInternal) and key
// normalization (normalizeForKey) shared by sort, join, aggregation and distinct.

import type { DataType, StructType } from "../types/data-type.js";
import { Decimal, fitsPrecision, roundUnscaled, unscaledToString } from "./decimal.js";
import { SparkDate } from "./spark-date.js";
import { Timestamp, TimestampNTZ } from "./timestamp.js";
import { YearMonthInterval, DayTimeInterval, CalendarInterval } from "./interval.js";
import { Row } from "./row.js";
import { MapData } from "./map-data.js";
import { simpleString } from "../types/type-strings.js";

export { MapData } from "./map-data.js";

const INT_RANGES: Record<string, [number, number]> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
};
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const MS_PER_DAY = 86_400_000;

function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "bigint") return `${v}n`;
  if (v === undefined) return "undefined";
  if (v !== null && typeof v === "object") return (v as object).constructor?.name ?? "object";
  return String(v);
}

function reject(value: unknown, type: DataType, why = ""): never {
  throw new TypeError(`Cannot use ${describe(value)} as a ${simpleString(type)} value${why ? `: ${why}` : ""}`);
}

/** Converts a user-facing JS value to the internal representation of `type`. Null and
 *  undefined become null. Throws TypeError on values that do not belong to the type. */
export function toInternal(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  switch (type.kind) {
    case "null":
      return reject(value, type);
    case "boolean":
      if (typeof value === "boolean") return value;
      return reject(value, type);
    case "byte":
    case "short":
    case "integer": {
      const [lo, hi] = INT_RANGES[type.kind]!;
      const n = typeof value === "bigint" ? Number(value) : value;
      if (typeof n !== "number" || !Number.isInteger(n)) return reject(value, type, "not a whole number");
      if (n < lo || n > hi) return reject(value, type, `out of range [${lo}, ${hi}]`);
      return n;
    }
    case "long": {
      let b: bigint;
      if (typeof value === "bigint") b = value;
      else if (typeof value === "number" && Number.isInteger(value)) {
        if (!Number.isSafeInteger(value)) return reject(value, type, "unsafe integer; pass a bigint");
        b = BigInt(value);
      } else return reject(value, type, "not a whole number");
      if (b < LONG_MIN || b > LONG_MAX) return reject(value, type, "out of the 64-bit range");
      return b;
    }
    case "float":
      if (typeof value === "number") return Math.fround(value);
      if (typeof value === "bigint") return Math.fround(Number(value));
      return reject(value, type);
    case "double":
      if (typeof value === "number") return value;
      if (typeof value === "bigint") return Number(value);
      return reject(value, type);
    case "decimal": {
      let d: Decimal | null;
      if (value instanceof Decimal) d = value;
      else if (typeof value === "bigint") d = new Decimal(value, 0);
      else if (typeof value === "number") d = Number.isFinite(value) ? Decimal.fromNumber(value) : null;
      else if (typeof value === "string") d = Decimal.parse(value.trim());
      else d = null;
      if (!d) return reject(value, type);
      const u = roundUnscaled(d.unscaled, d.scale, type.scale, "HALF_UP");
      if (!fitsPrecision(u, type.precision)) return reject(value, type, "does not fit its precision");
      return u;
    }
    case "string":
    case "char":
    case "varchar":
      if (typeof value === "string") return value;
      return reject(value, type);
    case "binary":
      if (value instanceof Uint8Array) return value;
      if (value instanceof ArrayBuffer) return new Uint8Array(value);
      return reject(value, type);
    case "date":
      if (value instanceof SparkDate) return value.days;
      if (value instanceof Date) {
        const t = value.getTime();
        if (Number.isNaN(t)) return reject(value, type, "invalid Date");
        return Math.floor(t / MS_PER_DAY); // the UTC calendar day of the instant
      }
      return reject(value, type);
    case "timestamp":
    case "timestamp_ntz":
      if (type.kind === "timestamp" && value instanceof Timestamp) return value.micros;
      if (type.kind === "timestamp_ntz" && value instanceof TimestampNTZ) return value.micros;
      if (value instanceof Date) {
        const t = value.getTime();
        if (Number.isNaN(t)) return reject(value, type, "invalid Date");
        return BigInt(t) * 1000n; // NTZ: the UTC wall clock of the instant
      }
      return reject(value, type);
    case "year_month_interval":
      if (value instanceof YearMonthInterval) return value.months;
      if (typeof value === "number" && Number.isInteger(value)) return value;
      return reject(value, type);
    case "day_time_interval":
      if (value instanceof DayTimeInterval) return value.micros;
      if (typeof value === "bigint") return value;
      return reject(value, type);
    case "calendar_interval":
      if (value instanceof CalendarInterval) return value;
      return reject(value, type);
    case "array": {
      if (!Array.isArray(value)) return reject(value, type, "expected an array");
      const out = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) {
        const e = toInternal(value[i], type.elementType);
        if (e === null && !type.containsNull) reject(value, type, `null element at index ${i}`);
        out[i] = e;
      }
      return out;
    }
    case "map": {
      let entries: Iterable<[unknown, unknown]>;
      if (value instanceof Map) entries = value.entries();
      else if (value instanceof MapData) entries = value.keys.map((k, i) => [k, value.values[i]] as [unknown, unknown]);
      else if (typeof value === "object" && !Array.isArray(value) && !(value instanceof Row)) {
        entries = Object.entries(value as Record<string, unknown>);
      } else return reject(value, type, "expected a Map or an object");
      const keys: unknown[] = [];
      const values: unknown[] = [];
      for (const [k, v] of entries) {
        const ik = toInternal(k, type.keyType);
        if (ik === null) reject(value, type, "map keys cannot be null");
        const iv = toInternal(v, type.valueType);
        if (iv === null && !type.valueContainsNull) reject(value, type, "null map value");
        keys.push(ik);
        values.push(iv);
      }
      return new MapData(keys, values);
    }
    case "struct":
      return structToInternal(value, type);
  }
}

function structToInternal(value: unknown, type: StructType): unknown[] {
  const fields = type.fields;
  let raw: readonly unknown[];
  if (value instanceof Row) {
    raw = value.fieldNames.length === fields.length && fields.every((f, i) => f.name === value.fieldNames[i])
      ? value.values
      : fields.map((f) => (value.fieldNames.includes(f.name) ? value.get(f.name) : reject(value, type, `no field "${f.name}"`)));
  } else if (Array.isArray(value)) {
    if (value.length !== fields.length) reject(value, type, `expected ${fields.length} values, got ${value.length}`);
    raw = value;
  } else if (typeof value === "object" && value !== null) {
    const obj = value as Record<string, unknown>;
    raw = fields.map((f) => obj[f.name]);
  } else return reject(value, type, "expected a Row, an object or an array");
  const out = new Array<unknown>(fields.length);
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const v = toInternal(raw[i], f.dataType);
    if (v === null && !f.nullable) reject(value, type, `field "${f.name}" is not nullable`);
    out[i] = v;
  }
  return out;
}

/** Converts an internal value to what users see (collect(), Row values, UDF arguments). */
export function toExternal(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  switch (type.kind) {
    case "decimal":
      return new Decimal(value as bigint, type.scale);
    case "date":
      return new SparkDate(value as number);
    case "timestamp":
      return new Timestamp(value as bigint);
    case "timestamp_ntz":
      return new TimestampNTZ(value as bigint);
    case "year_month_interval":
      return new YearMonthInterval(value as number);
    case "day_time_interval":
      return new DayTimeInterval(value as bigint);
    case "array": {
      const a = value as readonly unknown[];
      const out = new Array<unknown>(a.length);
      for (let i = 0; i < a.length; i++) out[i] = toExternal(a[i], type.elementType);
      return out;
    }
    case "map": {
      const m = value as MapData;
      const out = new Map<unknown, unknown>();
      for (let i = 0; i < m.keys.length; i++) {
        out.set(toExternal(m.keys[i], type.keyType), toExternal(m.values[i], type.valueType));
      }
      return out;
    }
    case "struct": {
      const a = value as readonly unknown[];
      return new Row(
        type.fields.map((f) => f.name),
        type.fields.map((f, i) => toExternal(a[i], f.dataType)),
      );
    }
    default:
      return value;
  }
}

/** Code point order of two JS strings, i.e. UTF-8 byte order (Spark's UTF8String order):
 *  surrogate pairs (U+10000 and up) sort after U+E000..U+FFFF, unlike JS `<`. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // move surrogates (D800–DFFF) above E000–FFFF
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Spark's float order: NaN above +Infinity, -0.0 equal to 0.0. */
export function compareDoubles(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  const an = a !== a;
  const bn = b !== b;
  return an === bn ? 0 : an ? 1 : -1;
}

/** Total order over internal values of `type`, as Spark sorts them. Nulls (also nested) sort
 *  first; callers apply NULLS LAST / DESC themselves at the top level. */
export function compareInternal(a: unknown, b: unknown, type: DataType): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  switch (type.kind) {
    case "boolean":
      return a === b ? 0 : a ? 1 : -1;
    case "float":
    case "double":
      return compareDoubles(a as number, b as number);
    case "byte":
    case "short":
    case "integer":
    case "date":
    case "year_month_interval":
    case "long":
    case "decimal":
    case "timestamp":
    case "timestamp_ntz":
    case "day_time_interval":
      return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
    case "string":
    case "char":
    case "varchar":
      return compareStrings(a as string, b as string);
    case "binary":
      return compareBytes(a as Uint8Array, b as Uint8Array);
    case "calendar_interval": {
      const x = a as CalendarInterval;
      const y = b as CalendarInterval;
      if (x.months !== y.months) return x.months < y.months ? -1 : 1;
      if (x.days !== y.days) return x.days < y.days ? -1 : 1;
      return x.micros < y.micros ? -1 : x.micros > y.micros ? 1 : 0;
    }
    case "array": {
      const x = a as readonly unknown[];
      const y = b as readonly unknown[];
      const n = Math.min(x.length, y.length);
      for (let i = 0; i < n; i++) {
        const c = compareInternal(x[i], y[i], type.elementType);
        if (c !== 0) return c;
      }
      return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
    }
    case "struct": {
      const x = a as readonly unknown[];
      const y = b as readonly unknown[];
      for (let i = 0; i < type.fields.length; i++) {
        const c = compareInternal(x[i], y[i], type.fields[i]!.dataType);
        if (c !== 0) return c;
      }
      return 0;
    }
    case "map": {
      // Spark does not order maps; this order (entry by entry) only serves grouping helpers.
      const x = a as MapData;
      const y = b as MapData;
      const n = Math.min(x.size, y.size);
      for (let i = 0; i < n; i++) {
        const c =
          compareInternal(x.keys[i], y.keys[i], type.keyType) ||
          compareInternal(x.values[i], y.values[i], type.valueType);
        if (c !== 0) return c;
      }
      return x.size - y.size;
    }
    case "null":
      return 0;
  }
}

/** Structural equality as grouping/joining sees it: NaN equals NaN, -0.0 equals 0.0, and
 *  nested nulls equal each other. */
export function equalsInternal(a: unknown, b: unknown, type: DataType): boolean {
  if (a === b) return true;
  return compareInternal(a, b, type) === 0;
}

/** Normalizes a value for use as a key (Spark's NormalizeFloatingNumbers): -0.0 → 0.0 and
 *  one NaN, recursively. Returns the same object when nothing changes. */
export function normalizeForKey(v: unknown, type: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (type.kind) {
    case "float":
    case "double": {
      const x = v as number;
      if (x === 0) return 0;
      return x !== x ? NaN : x;
    }
    case "array": {
      if (!needsNormalization(type.elementType)) return v;
      return (v as readonly unknown[]).map((e) => normalizeForKey(e, type.elementType));
    }
    case "struct": {
      if (!needsNormalization(type)) return v;
      return (v as readonly unknown[]).map((e, i) => normalizeForKey(e, type.fields[i]!.dataType));
    }
    case "map": {
      if (!needsNormalization(type)) return v;
      const m = v as MapData;
      return new MapData(
        m.keys.map((k) => normalizeForKey(k, type.keyType)),
        m.values.map((x) => normalizeForKey(x, type.valueType)),
      );
    }
    default:
      return v;
  }
}

/** Whether values of `type` can hold floats that normalizeForKey would change. */
export function needsNormalization(type: DataType): boolean {
  switch (type.kind) {
    case "float":
    case "double":
      return true;
    case "array":
      return needsNormalization(type.elementType);
    case "map":
      return needsNormalization(type.keyType) || needsNormalization(type.valueType);
    case "struct":
      return type.fields.some((f) => needsNormalization(f.dataType));
    default:
      return false;
  }
}

/** A primitive that identifies an internal value up to equalsInternal: usable as a JS Map key
 *  for distinct/group-by in interpreted paths. */
export function canonicalKey(v: unknown, type: DataType): string | number | boolean | bigint | null {
  if (v === null || v === undefined) return null;
  switch (type.kind) {
    case "float":
    case "double":
      return normalizeForKey(v, type) as number;
    case "boolean":
    case "byte":
    case "short":
    case "integer":
    case "date":
    case "year_month_interval":
    case "long":
    case "decimal":
    case "timestamp":
    case "timestamp_ntz":
    case "day_time_interval":
    case "string":
    case "char":
    case "varchar":
      return v as string | number | boolean | bigint;
    default:
      return JSON.stringify(encodeKey(v, type));
  }
}

function encodeKey(v: unknown, type: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (type.kind) {
    case "float":
    case "double": {
      const x = normalizeForKey(v, type) as number;
      return Number.isFinite(x) ? x : String(x);
    }
    case "long":
    case "timestamp":
    case "timestamp_ntz":
    case "day_time_interval":
      return `${v}n`;
    case "decimal":
      return unscaledToString(v as bigint, type.scale);
    case "binary":
      return Array.from(v as Uint8Array);
    case "calendar_interval": {
      const c = v as CalendarInterval;
      return [c.months, c.days, `${c.micros}`];
    }
    case "array":
      return (v as readonly unknown[]).map((e) => encodeKey(e, type.elementType));
    case "struct":
      return (v as readonly unknown[]).map((e, i) => encodeKey(e, type.fields[i]!.dataType));
    case "map": {
      const m = v as MapData;
      return m.keys.map((k, i) => [encodeKey(k, type.keyType), encodeKey(m.values[i], type.valueType)]);
    }
    default:
      return v;
  }
}
