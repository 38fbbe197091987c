// Values crossing a thread boundary go through the structured-clone algorithm (postMessage,
// v8.serialize), which drops class prototypes. toWire/fromWire box the project's value classes
// (Decimal, dates, timestamps, intervals, Row) into tagged plain objects and back. Values that
// hold no objects pass through untouched, so the common case costs one type check per value.

import { Decimal } from "../../values/decimal.js";
import { SparkDate } from "../../values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../../values/timestamp.js";
import { YearMonthInterval, DayTimeInterval, CalendarInterval } from "../../values/interval.js";
import { Row } from "../../values/row.js";

const TAG = "\u0000faisca";

type Boxed = { [TAG]: string; a: unknown[] };

export function toWire(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      const w = typeof x === "object" && x !== null ? toWire(x) : x;
      if (w !== x) {
        out ??= v.slice();
        out[i] = w;
      }
    }
    return out ?? v;
  }
  if (v instanceof Row) return box("Row", [v.fieldNames, toWire(v.values)]);
  if (v instanceof Decimal) return box("Decimal", [v.unscaled, v.scale]);
  if (v instanceof SparkDate) return box("SparkDate", [v.days]);
  if (v instanceof Timestamp) return box("Timestamp", [v.micros]);
  if (v instanceof TimestampNTZ) return box("TimestampNTZ", [v.micros]);
  if (v instanceof YearMonthInterval) return box("YearMonthInterval", [v.months]);
  if (v instanceof DayTimeInterval) return box("DayTimeInterval", [v.micros]);
  if (v instanceof CalendarInterval) return box("CalendarInterval", [v.months, v.days, v.micros]);
  if (v instanceof Map) {
    const m = new Map();
    for (const [k, x] of v) m.set(toWire(k), toWire(x));
    return m;
  }
  if (ArrayBuffer.isView(v) || v instanceof Date || v instanceof ArrayBuffer || v instanceof Set) return v;
  if (Object.getPrototypeOf(v) === Object.prototype) {
    let out: Record<string, unknown> | null = null;
    for (const k in v) {
      const x = (v as Record<string, unknown>)[k];
      const w = toWire(x);
      if (w !== x) {
        out ??= { ...(v as Record<string, unknown>) };
        out[k] = w;
      }
    }
    return out ?? v;
  }
  return v;
}

function box(kind: string, a: unknown[]): Boxed {
  return { [TAG]: kind, a };
}

export function fromWire(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x === "object" && x !== null) v[i] = fromWire(x);
    }
    return v;
  }
  const tag = (v as Boxed)[TAG];
  if (tag !== undefined) {
    const a = (v as Boxed).a;
    switch (tag) {
      case "Row":
        return new Row(a[0] as string[], fromWire(a[1]) as unknown[]);
      case "Decimal":
        return new Decimal(a[0] as bigint, a[1] as number);
      case "SparkDate":
        return new SparkDate(a[0] as number);
      case "Timestamp":
        return new Timestamp(a[0] as bigint);
      case "TimestampNTZ":
        return new TimestampNTZ(a[0] as bigint);
      case "YearMonthInterval":
        return new YearMonthInterval(a[0] as number);
      case "DayTimeInterval":
        return new DayTimeInterval(a[0] as bigint);
      case "CalendarInterval":
        return new CalendarInterval(a[0] as number, a[1] as number, a[2] as bigint);
    }
  }
  if (v instanceof Map) {
    const m = new Map();
    for (const [k, x] of v) m.set(fromWire(k), fromWire(x));
    return m;
  }
  if (Object.getPrototypeOf(v) === Object.prototype) {
    for (const k in v) {
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === "object" && x !== null) (v as Record<string, unknown>)[k] = fromWire(x);
    }
  }
  return v;
}
