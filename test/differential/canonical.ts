// The canonical, type-tagged JSON form both engines' results are compared in (twin of
// scripts/oracle/values.py, whose header documents the tags). No JSON numbers: longs and
// decimals stay exact, -0.0 and NaN survive.

import type { DataType } from "../../src/types/data-type.js";
import { Decimal } from "../../src/values/decimal.js";
import { SparkDate } from "../../src/values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../../src/values/timestamp.js";
import { DayTimeInterval, YearMonthInterval } from "../../src/values/interval.js";
import { Row } from "../../src/values/row.js";
import { MapData } from "../../src/values/internal.js";

export type Canon =
  | null
  | boolean
  | string
  | Canon[]
  | { i: string }
  | { f: string }
  | { d: string }
  | { b: string }
  | { date: string }
  | { ts: string }
  | { ntz: string }
  | { dti: string }
  | { ymi: string }
  | { map: [Canon, Canon][] }
  | { struct: Canon[] }
  | { other: string };

/** A double as Python's repr spells it ("1e+16" and "1e16" both parse to the same number). */
export function floatText(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  if (Object.is(x, -0)) return "-0.0";
  return String(x);
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

function other(v: unknown): Canon {
  const name = v !== null && typeof v === "object" ? (v as object).constructor?.name : typeof v;
  return { other: `${name}: ${String(v)}` };
}

/** One of our collected (user-facing) values of type `dt`, canonical. */
export function encode(v: unknown, dt: DataType): Canon {
  if (v === null || v === undefined) return null;
  switch (dt.kind) {
    case "boolean":
      return typeof v === "boolean" ? v : other(v);
    case "byte":
    case "short":
    case "integer":
    case "long":
      return typeof v === "number" || typeof v === "bigint" ? { i: String(v) } : other(v);
    case "float":
    case "double":
      return typeof v === "number" ? { f: floatText(v) } : other(v);
    case "decimal":
      return v instanceof Decimal ? { d: v.toString() } : other(v);
    case "string":
    case "char":
    case "varchar":
      return typeof v === "string" ? v : other(v);
    case "binary":
      return v instanceof Uint8Array ? { b: hex(v) } : other(v);
    case "date":
      return v instanceof SparkDate ? { date: v.toString() } : other(v);
    case "timestamp":
      return v instanceof Timestamp ? { ts: String(v.micros) } : other(v);
    case "timestamp_ntz":
      return v instanceof TimestampNTZ ? { ntz: String(v.micros) } : other(v);
    case "day_time_interval":
      return v instanceof DayTimeInterval ? { dti: String(v.micros) } : other(v);
    case "year_month_interval":
      return v instanceof YearMonthInterval ? { ymi: String(v.months) } : other(v);
    case "array":
      return Array.isArray(v) ? v.map((x) => encode(x, dt.elementType)) : other(v);
    case "map": {
      let entries: [unknown, unknown][];
      if (v instanceof Map) entries = [...v.entries()];
      else if (v instanceof MapData) entries = v.keys.map((k, i) => [k, v.values[i]]);
      else return other(v);
      return { map: entries.map(([k, x]) => [encode(k, dt.keyType), encode(x, dt.valueType)]) };
    }
    case "struct": {
      const values = v instanceof Row ? v.values : Array.isArray(v) ? v : null;
      if (!values) return other(v);
      return { struct: dt.fields.map((f, i) => encode(values[i], f.dataType)) };
    }
    default:
      return other(v);
  }
}

/** Doubles equal within 1e-12 relative; zeros must agree in sign; NaN equals NaN. */
export function floatsEqual(a: string, b: string): boolean {
  if (a === b) return true;
  const x = Number(a);
  const y = Number(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
  if (x === 0 || y === 0) return Object.is(x, y);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x === y;
  return Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
}

const isObj = (v: Canon): v is Exclude<Canon, null | boolean | string | Canon[]> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** Structural equality of canonical values, doubles within tolerance. */
export function canonEqual(a: Canon, b: Canon): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => canonEqual(x, b[i]!));
  }
  if (!isObj(a) || !isObj(b)) return false;
  if ("f" in a && "f" in b) return floatsEqual(a.f, b.f);
  if ("map" in a && "map" in b) {
    return a.map.length === b.map.length && a.map.every(([k, v], i) => canonEqual(k, b.map[i]![0]) && canonEqual(v, b.map[i]![1]));
  }
  if ("struct" in a && "struct" in b) return canonEqual(a.struct, b.struct);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === 1 && kb.length === 1 && ka[0] === kb[0] && (a as Record<string, unknown>)[ka[0]!] === (b as Record<string, unknown>)[kb[0]!];
}

function microsText(micros: string): string {
  const m = BigInt(micros);
  const ms = m / 1000n - (m % 1000n < 0n ? 1n : 0n);
  const sub = String(((m % 1_000_000n) + 1_000_000n) % 1_000_000n).padStart(6, "0");
  const d = new Date(Number(ms));
  return Number.isNaN(d.getTime()) ? micros : d.toISOString().slice(0, 19).replace("T", " ") + "." + sub;
}

/** A short, readable rendering of a canonical value for diffs. */
export function render(v: Canon): string {
  if (v === null) return "NULL";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(render).join(", ")}]`;
  if ("i" in v) return v.i;
  if ("f" in v) return v.f.includes(".") || /[eNI]/.test(v.f) ? v.f : v.f + ".0";
  if ("d" in v) return v.d + "BD";
  if ("b" in v) return `X'${v.b.toUpperCase()}'`;
  if ("date" in v) return `DATE'${v.date}'`;
  if ("ts" in v) return `TIMESTAMP'${microsText(v.ts)}'`;
  if ("ntz" in v) return `TIMESTAMP_NTZ'${microsText(v.ntz)}'`;
  if ("dti" in v) return `INTERVAL ${v.dti} MICROSECONDS`;
  if ("ymi" in v) return `INTERVAL ${v.ymi} MONTHS`;
  if ("map" in v) return `{${v.map.map(([k, x]) => `${render(k)} -> ${render(x)}`).join(", ")}}`;
  if ("struct" in v) return `{${v.struct.map(render).join(", ")}}`;
  return `<${v.other}>`;
}

export const renderRow = (r: readonly Canon[]): string => `(${r.map(render).join(", ")})`;
