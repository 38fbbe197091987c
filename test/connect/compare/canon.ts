// Canonical text of collected values and schemas, so rows from the local engine and from a real
// Spark (through Spark Connect) compare as strings. Floating-point values are rounded to 12
// significant digits: aggregation order may differ in the last bits between engines.
import { Row } from "../../../src/values/row.js";
import { Decimal } from "../../../src/values/decimal.js";
import { SparkDate } from "../../../src/values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../../../src/values/timestamp.js";
import { CalendarInterval, DayTimeInterval, YearMonthInterval } from "../../../src/values/interval.js";
import type { DataType, StructType } from "../../../src/types/data-type.js";

export function canonValue(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "bigint") return `${v}L`;
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "NaN";
    if (!Number.isFinite(v)) return v > 0 ? "Inf" : "-Inf";
    if (Number.isInteger(v)) return Object.is(v, -0) ? "-0" : String(v);
    return String(Number(v.toPrecision(12)));
  }
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "boolean") return String(v);
  if (v instanceof Decimal) return `${v.toString()}BD`;
  if (v instanceof SparkDate) return `D'${v.toString()}'`;
  if (v instanceof Timestamp) return `TS${v.micros}`;
  if (v instanceof TimestampNTZ) return `NTZ'${v.toString()}'`;
  if (v instanceof YearMonthInterval) return `YM${v.months}`;
  if (v instanceof DayTimeInterval) return `DT${v.micros}`;
  if (v instanceof CalendarInterval) return `CI(${v.months},${v.days},${v.micros})`;
  if (v instanceof Uint8Array) return `X'${Buffer.from(v).toString("hex")}'`;
  if (v instanceof Row) return `{${v.fieldNames.map((n, i) => `${n}:${canonValue(v.values[i])}`).join(",")}}`;
  if (v instanceof Map) return `map(${[...v.entries()].map(([k, x]) => `${canonValue(k)}->${canonValue(x)}`).join(",")})`;
  if (Array.isArray(v)) return `[${v.map(canonValue).join(",")}]`;
  throw new Error(`no canonical form for ${Object.prototype.toString.call(v)} ${String(v)}`);
}

export function canonRow(r: Row): string {
  return r.values.map(canonValue).join(" | ");
}

/** Spark's simple-string spelling of a type; `nulls` adds the nullability of nested parts. */
export function canonType(t: DataType, nulls = false): string {
  const nn = (nullable: boolean) => (nulls && !nullable ? " not null" : "");
  switch (t.kind) {
    case "decimal":
      return `decimal(${t.precision},${t.scale})`;
    case "char":
    case "varchar":
      return `${t.kind}(${t.length})`;
    case "year_month_interval":
    case "day_time_interval":
      return `${t.kind}(${t.startField},${t.endField})`;
    case "array":
      return `array<${canonType(t.elementType, nulls)}${nn(t.containsNull)}>`;
    case "map":
      return `map<${canonType(t.keyType, nulls)},${canonType(t.valueType, nulls)}${nn(t.valueContainsNull)}>`;
    case "struct":
      return `struct<${t.fields.map((f) => `${f.name}:${canonType(f.dataType, nulls)}${nn(f.nullable)}`).join(",")}>`;
    default:
      return t.kind;
  }
}

/** Top-level names and types, without nullability. */
export function canonSchema(s: StructType): string[] {
  return s.fields.map((f) => `${f.name}: ${canonType(f.dataType)}`);
}

/** Nullability of every column and every nested part (engines may differ there knowingly). */
export function canonNullability(s: StructType): string[] {
  return s.fields.map((f) => `${f.name}${f.nullable ? "" : " not null"}: ${canonType(f.dataType, true)}`);
}
