// INTERVAL literal values: multi-unit (INTERVAL 1 YEAR 2 MONTHS, INTERVAL '1 day 2 hours') and
// unit-to-unit (INTERVAL '1-2' YEAR TO MONTH, INTERVAL '1 02:03:04.5' DAY TO SECOND). As in
// Spark 4 (legacy intervals off) the result is an ANSI year-month or day-time interval whose
// fields span the units used; mixing year-month with day-time units is an error.

import type { IntervalDayTimeField, IntervalYearMonthField } from "../types/data-type.js";

export type IntervalValue =
  | { readonly kind: "year_month"; readonly months: number; readonly start: IntervalYearMonthField; readonly end: IntervalYearMonthField }
  | { readonly kind: "day_time"; readonly micros: bigint; readonly start: IntervalDayTimeField; readonly end: IntervalDayTimeField };

const MICROS: Record<string, bigint> = {
  week: 7n * 86_400_000_000n,
  day: 86_400_000_000n,
  hour: 3_600_000_000n,
  minute: 60_000_000n,
  second: 1_000_000n,
  millisecond: 1_000n,
  microsecond: 1n,
};
const DT_FIELD: Record<string, IntervalDayTimeField> = {
  week: 0, day: 0, hour: 1, minute: 2, second: 3, millisecond: 3, microsecond: 3,
};

/** Normalizes a unit word (YEARS → year); undefined if not an interval unit. */
export function normalizeUnit(word: string): string | undefined {
  const u = word.toLowerCase().replace(/s$/, "");
  return u === "year" || u === "month" || u in MICROS ? u : undefined;
}

/** Exact decimal string × integer scale, truncated toward zero. */
function scaleDecimal(value: string, scale: bigint): bigint | undefined {
  const m = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return undefined;
  const frac = m[3] ?? "";
  const unscaled = BigInt((m[2] || "0") + frac);
  const r = (unscaled * scale) / 10n ** BigInt(frac.length);
  return m[1] === "-" ? -r : r;
}

/** value/unit pairs → interval, or an error message. */
export function multiUnitInterval(pairs: readonly (readonly [string, string])[]): IntervalValue | string {
  let months = 0n;
  let micros = 0n;
  const ym: number[] = [];
  const dt: number[] = [];
  for (const [value, rawUnit] of pairs) {
    const unit = normalizeUnit(rawUnit);
    if (!unit) return `invalid unit ${rawUnit}`;
    if (unit === "year" || unit === "month") {
      const v = scaleDecimal(value, unit === "year" ? 12n : 1n);
      if (v === undefined) return `invalid value ${value}`;
      months += v;
      ym.push(unit === "year" ? 0 : 1);
    } else {
      const v = scaleDecimal(value, MICROS[unit]!);
      if (v === undefined) return `invalid value ${value}`;
      micros += v;
      dt.push(DT_FIELD[unit]!);
    }
  }
  if (ym.length > 0 && dt.length > 0) return "mixed";
  if (ym.length > 0) {
    if (months > 2147483647n || months < -2147483648n) return "overflow";
    return {
      kind: "year_month",
      months: Number(months),
      start: Math.min(...ym) as IntervalYearMonthField,
      end: Math.max(...ym) as IntervalYearMonthField,
    };
  }
  return {
    kind: "day_time",
    micros,
    start: Math.min(...dt) as IntervalDayTimeField,
    end: Math.max(...dt) as IntervalDayTimeField,
  };
}

/** Parses "1 day 2 hours" / "interval -3 months" (the INTERVAL 'string' literal form). */
export function intervalString(text: string): IntervalValue | string {
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words[0]?.toLowerCase() === "interval") words.shift();
  if (words.length === 0 || words.length % 2 !== 0) return "invalid";
  const pairs: [string, string][] = [];
  for (let k = 0; k < words.length; k += 2) pairs.push([words[k]!, words[k + 1]!]);
  return multiUnitInterval(pairs);
}

const YM = ["year", "month"];
const DT = ["day", "hour", "minute", "second"];

/** INTERVAL 'text' FROM TO (YEAR TO MONTH, DAY TO SECOND, ...). */
export function unitToUnitInterval(text: string, from: string, to: string): IntervalValue | string {
  const f = from.toLowerCase();
  const t = to.toLowerCase();
  const s = text.trim();
  if (YM.includes(f) && YM.includes(t)) {
    if (f !== "year" || t !== "month") return "unsupported";
    const m = /^([+-])?(\d+)-(\d+)$/.exec(s);
    if (!m) return "format";
    const months = Number(m[2]) * 12 + Number(m[3]);
    if (Number(m[3]) > 11) return "format";
    return { kind: "year_month", months: m[1] === "-" ? -months : months, start: 0, end: 1 };
  }
  const fi = DT.indexOf(f);
  const ti = DT.indexOf(t);
  if (fi < 0 || ti < 0 || fi >= ti) return "unsupported";
  // Build a pattern for the fields from..to.
  const parts: string[] = [];
  if (fi === 0) parts.push("(\\d+)");
  const sepAfterDay = fi === 0 && ti >= 1 ? " " : "";
  const timeFields: string[] = [];
  for (let k = Math.max(fi, 1); k <= ti; k++) timeFields.push(k === 3 ? "(\\d+(?:\\.\\d{0,9})?)" : "(\\d+)");
  const re = new RegExp("^([+-])?" + parts.join("") + sepAfterDay + timeFields.join(":") + "$");
  const m = re.exec(s);
  if (!m) return "format";
  const values = m.slice(2);
  let micros = 0n;
  for (let k = fi, j = 0; k <= ti; k++, j++) {
    const v = values[j]!;
    const unit = DT[k]!;
    if (k === 1 && k !== fi && Number(v) > 23) return "format";
    if ((k === 2 || k === 3) && k !== fi && Number(v) >= 60) return "format";
    micros += scaleDecimal(v, MICROS[unit]!)!;
  }
  return {
    kind: "day_time",
    micros: m[1] === "-" ? -micros : micros,
    start: fi as IntervalDayTimeField,
    end: ti as IntervalDayTimeField,
  };
}
