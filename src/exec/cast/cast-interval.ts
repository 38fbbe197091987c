// Casts involving ANSI intervals: interval ↔ interval (truncating to the end field),
// interval → integral (in units of the end field), integral/decimal → interval, and
// string → interval ('1-2', "INTERVAL '1 02:03:04' DAY TO SECOND", '3' for single fields).

import type { DataType, DayTimeIntervalType, YearMonthIntervalType } from "../../types/data-type.js";
import { pow10, roundUnscaled } from "../../values/decimal.js";
import { castInvalidInput, castOverflow } from "./cast-errors.js";
import { castToNumericKernel, trimCastString } from "./cast-to-numeric.js";
import type { CastContext, CastKernel } from "./cast-types.js";
import { LongType } from "../../types/data-type.js";

const DT_UNIT = [86_400_000_000n, 3_600_000_000n, 60_000_000n, 1_000_000n];
const INT_MAX = 2147483647;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** Interval → integral: the value in units of the end field, then narrowed like a long. */
export function castIntervalToIntegral(from: DataType, to: DataType, ctx: CastContext): CastKernel {
  const toInt = castToNumericKernel(LongType(), to, ctx);
  const overflowing = (orig: unknown, long: bigint): unknown => {
    try {
      return toInt(long);
    } catch {
      throw castOverflow(orig, from, to);
    }
  };
  if (from.kind === "year_month_interval") {
    const per = from.endField === 0 ? 12 : 1;
    return (m: number) => overflowing(m, BigInt(Math.trunc(m / per)));
  }
  const unit = DT_UNIT[(from as DayTimeIntervalType).endField]!;
  return (m: bigint) => overflowing(m, m / unit);
}

function fail(ctx: CastContext, v: unknown, from: DataType, to: DataType, overflow: boolean): null {
  if (ctx.mode === "ansi") throw overflow ? castOverflow(v, from, to) : castInvalidInput(v, from, to);
  return null;
}

export function castToYearMonthKernel(from: DataType, to: YearMonthIntervalType, ctx: CastContext): CastKernel {
  const per = to.endField === 0 ? 12 : 1;
  switch (from.kind) {
    case "year_month_interval":
      return (m: number) => m - (m % per);
    case "byte":
    case "short":
    case "integer":
      return (v: number) => (Math.abs(v * per) <= INT_MAX ? v * per : fail(ctx, v, from, to, true));
    case "long":
      return (v: bigint) => {
        const m = v * BigInt(per);
        return m >= -2147483648n && m <= 2147483647n ? Number(m) : fail(ctx, v, from, to, true);
      };
    case "decimal": {
      const s = from.scale;
      return (u: bigint) => {
        const m = roundUnscaled(u * BigInt(per), s, 0, "HALF_UP");
        return m >= -2147483648n && m <= 2147483647n ? Number(m) : fail(ctx, u, from, to, true);
      };
    }
    case "string":
    case "char":
    case "varchar":
      return (s: string) => parseYearMonth(s, to) ?? fail(ctx, s, from, to, false);
    default:
      throw new TypeError(`cannot cast ${from.kind} to ${to.kind}`);
  }
}

export function castToDayTimeKernel(from: DataType, to: DayTimeIntervalType, ctx: CastContext): CastKernel {
  const unit = DT_UNIT[to.endField]!;
  const check = (m: bigint, orig: unknown): bigint | null =>
    m >= LONG_MIN && m <= LONG_MAX ? m : fail(ctx, orig, from, to, true);
  switch (from.kind) {
    case "day_time_interval":
      return (m: bigint) => m - (m % unit);
    case "byte":
    case "short":
    case "integer":
      return (v: number) => check(BigInt(v) * unit, v);
    case "long":
      return (v: bigint) => check(v * unit, v);
    case "decimal": {
      const s = from.scale;
      return (u: bigint) => check(roundUnscaled(u * unit, s, 0, "HALF_UP"), u);
    }
    case "string":
    case "char":
    case "varchar":
      return (s: string) => parseDayTime(s, to) ?? fail(ctx, s, from, to, false);
    default:
      throw new TypeError(`cannot cast ${from.kind} to ${to.kind}`);
  }
}

const YM_NAMES = ["YEAR", "MONTH"];
const DT_NAMES = ["DAY", "HOUR", "MINUTE", "SECOND"];

/** Strips "INTERVAL '<body>' <FIELDS>" to its body when the fields match; null otherwise. */
function intervalBody(s: string, names: string[], start: number, end: number): { body: string; sign: string } | null {
  const t = trimCastString(s);
  const m = /^interval\s+([+-]?)\s*'([^']*)'\s+([a-z]+)(?:\s+to\s+([a-z]+))?$/i.exec(t);
  if (!m) return { body: t, sign: "" };
  const a = names.indexOf(m[3]!.toUpperCase());
  const b = m[4] ? names.indexOf(m[4].toUpperCase()) : a;
  if (a !== start || b !== end) return null;
  return { body: m[2]!.trim(), sign: m[1]! };
}

export function parseYearMonth(s: string, t: YearMonthIntervalType): number | null {
  const ib = intervalBody(s, YM_NAMES, t.startField, t.endField);
  if (!ib) return null;
  const re = t.startField !== t.endField ? /^([+-]?)(\d+)-(\d+)$/ : /^([+-]?)(\d+)$/;
  const m = re.exec(ib.body);
  if (!m) return null;
  let months: number;
  if (t.startField !== t.endField) {
    const mo = Number(m[3]);
    if (mo > 11) return null;
    months = Number(m[2]) * 12 + mo;
  } else months = t.startField === 0 ? Number(m[2]) * 12 : Number(m[2]);
  const neg = (m[1] === "-") !== (ib.sign === "-");
  if (months > INT_MAX) return null;
  return neg ? -months : months;
}

export function parseDayTime(s: string, t: DayTimeIntervalType): bigint | null {
  const ib = intervalBody(s, DT_NAMES, t.startField, t.endField);
  if (!ib) return null;
  let body = ib.body;
  let neg = ib.sign === "-";
  if (body.startsWith("-") || body.startsWith("+")) {
    if (body[0] === "-") neg = !neg;
    body = body.slice(1);
  }
  // separators: a space after DAY, ':' between time fields; seconds may have a fraction
  const parts: string[] = [];
  let rest = body;
  for (let f = t.startField; f <= t.endField; f++) {
    if (f === t.endField) {
      parts.push(rest);
      break;
    }
    const sep = f === 0 ? " " : ":";
    const i = rest.indexOf(sep);
    if (i < 0) return null;
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  let micros = 0n;
  for (let k = 0; k < parts.length; k++) {
    const f = t.startField + k;
    const p = parts[k]!;
    if (f === 3) {
      const m = /^(\d+)(?:\.(\d{1,9}))?$/.exec(p);
      if (!m) return null;
      if (k > 0 && Number(m[1]) > 59) return null;
      micros += BigInt(m[1]!) * 1_000_000n + BigInt((m[2] ?? "").padEnd(6, "0").slice(0, 6) || "0");
    } else {
      if (!/^\d+$/.test(p)) return null;
      const v = BigInt(p);
      if (k > 0 && v >= [0n, 24n, 60n][f]!) return null;
      micros += v * DT_UNIT[f]!;
    }
  }
  return neg ? -micros : micros;
}

export { pow10 };
