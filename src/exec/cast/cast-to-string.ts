// Cast to STRING: the text Spark's Cast (ToStringBase) produces for every type.
//   doubles/floats as Java prints them, decimals in plain notation, binary decoded as UTF-8,
//   [1, 2, null], {a -> 1, b -> null}, {1, abc}, dates/timestamps in the session zone,
//   intervals as ANSI literals.

import type { DataType } from "../../types/data-type.js";
import { formatDouble, formatFloat } from "../../values/java-format.js";
import { unscaledToString } from "../../values/decimal.js";
import type { MapData } from "../../values/map-data.js";
import type { CalendarInterval } from "../../values/interval.js";
import { formatDate, formatTimestamp, formatTimestampNTZ } from "../../values/datetime/format-date.js";
import { formatDayTimeInterval, formatYearMonthInterval } from "./format-interval.js";

const utf8 = new TextDecoder("utf-8");

/** How nested values print; cast uses "null" and UTF-8 text, show() uses "NULL" and hex. */
export interface StringStyle {
  readonly nullText: string;
  readonly binary: (b: Uint8Array) => string;
}

export const CAST_STYLE: StringStyle = { nullText: "null", binary: (b) => utf8.decode(b) };

/** CalendarInterval.toString: "1 years 2 months 3 days 4.5 seconds" style. */
export function formatCalendarInterval(c: CalendarInterval): string {
  const parts: string[] = [];
  if (c.months !== 0) {
    const y = Math.trunc(c.months / 12);
    const m = c.months % 12;
    if (y !== 0) parts.push(`${y} years`);
    if (m !== 0) parts.push(`${m} months`);
  }
  if (c.days !== 0) parts.push(`${c.days} days`);
  if (c.micros !== 0n) {
    let rest = c.micros;
    const h = rest / 3_600_000_000n;
    rest -= h * 3_600_000_000n;
    const mi = rest / 60_000_000n;
    rest -= mi * 60_000_000n;
    if (h !== 0n) parts.push(`${h} hours`);
    if (mi !== 0n) parts.push(`${mi} minutes`);
    if (rest !== 0n) {
      const neg = rest < 0n;
      const abs = neg ? -rest : rest;
      const frac = abs % 1_000_000n;
      let s = (neg ? "-" : "") + (abs / 1_000_000n).toString();
      if (frac !== 0n) s += "." + frac.toString().padStart(6, "0").replace(/0+$/, "");
      parts.push(`${s} seconds`);
    }
  }
  return parts.length === 0 ? "0 seconds" : parts.join(" ");
}

/** A function turning a non-null internal value of `type` into its string. */
export function castToStringKernel(type: DataType, timeZone: string, style: StringStyle = CAST_STYLE): (v: any) => string {
  switch (type.kind) {
    case "null":
      return () => style.nullText;
    case "boolean":
      return (v: boolean) => (v ? "true" : "false");
    case "byte":
    case "short":
    case "integer":
    case "long":
      return (v: number | bigint) => String(v);
    case "float":
      return formatFloat;
    case "double":
      return formatDouble;
    case "decimal": {
      const scale = type.scale;
      return (v: bigint) => unscaledToString(v, scale);
    }
    case "string":
    case "char":
    case "varchar":
      return (v: string) => v;
    case "binary":
      return style.binary;
    case "date":
      return formatDate;
    case "timestamp":
      return (v: bigint) => formatTimestamp(v, timeZone);
    case "timestamp_ntz":
      return formatTimestampNTZ;
    case "year_month_interval":
      return (v: number) => formatYearMonthInterval(v, type);
    case "day_time_interval":
      return (v: bigint) => formatDayTimeInterval(v, type);
    case "calendar_interval":
      return formatCalendarInterval;
    case "array": {
      const el = castToStringKernel(type.elementType, timeZone, style);
      const nul = style.nullText;
      return (v: readonly unknown[]) => {
        let s = "[";
        for (let i = 0; i < v.length; i++) {
          if (i > 0) s += ", ";
          const e = v[i];
          s += e === null || e === undefined ? nul : el(e);
        }
        return s + "]";
      };
    }
    case "map": {
      const k = castToStringKernel(type.keyType, timeZone, style);
      const val = castToStringKernel(type.valueType, timeZone, style);
      const nul = style.nullText;
      return (m: MapData) => {
        let s = "{";
        for (let i = 0; i < m.keys.length; i++) {
          if (i > 0) s += ", ";
          const x = m.values[i];
          s += k(m.keys[i]) + " -> " + (x === null || x === undefined ? nul : val(x));
        }
        return s + "}";
      };
    }
    case "struct": {
      const fs = type.fields.map((f) => castToStringKernel(f.dataType, timeZone, style));
      const nul = style.nullText;
      return (v: readonly unknown[]) => {
        let s = "{";
        for (let i = 0; i < fs.length; i++) {
          const x = v[i];
          s += (i > 0 ? ", " : "") + (x === null || x === undefined ? nul : fs[i]!(x));
        }
        return s + "}";
      };
    }
  }
}
