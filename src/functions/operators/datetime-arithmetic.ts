// + and - where a date, timestamp or ANSI interval is involved (Spark's DateAdd, DateSub,
// SubtractDates, TimeAdd, SubtractTimestamps, DateAddYMInterval, TimestampAddYMInterval and
// interval arithmetic). Operand types come from coerceBinaryOperands.

import {
  DateType,
  DayTimeIntervalType,
  TimestampType,
  type DataType,
} from "../../types/data-type.js";
import { civilToDays, daysInMonth, daysToCivil } from "../../values/datetime/civil.js";
import { localToUtcMicros, utcToLocalMicros } from "../../values/datetime/zone-conversion.js";
import { findTightestCommonType } from "../../plan/analyzer/type-coercion/common-type.js";
import { arithmeticOverflow, intervalOverflow } from "./operator-errors.js";
import type { ArithKernel, ArithMode } from "./arithmetic-kernels.js";

const MICROS_PER_DAY = 86_400_000_000n;

/** Spark's DateTimeUtils.dateAddMonths: same day of month, clamped to the month's length. */
export function addMonthsToDays(days: number, months: number): number {
  const c = daysToCivil(days);
  const total = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return civilToDays(year, month, Math.min(c.day, daysInMonth(year, month)));
}

function addMonthsToMicros(micros: bigint, months: number, timeZone: string | null): bigint {
  const local = timeZone === null ? micros : utcToLocalMicros(micros, timeZone);
  let days = local / MICROS_PER_DAY;
  if (local < 0n && days * MICROS_PER_DAY !== local) days -= 1n;
  const timeOfDay = local - days * MICROS_PER_DAY;
  const shifted = BigInt(addMonthsToDays(Number(days), months)) * MICROS_PER_DAY + timeOfDay;
  return timeZone === null ? shifted : localToUtcMicros(shifted, timeZone);
}

const isTs = (t: DataType): boolean => t.kind === "timestamp" || t.kind === "timestamp_ntz";
const isShortInt = (t: DataType): boolean => t.kind === "byte" || t.kind === "short" || t.kind === "integer";

function checkedLong(r: bigint, mode: ArithMode, tryName: string): bigint | null {
  if (BigInt.asIntN(64, r) === r) return r;
  if (mode === "try") return null;
  if (mode === "legacy") return BigInt.asIntN(64, r);
  throw arithmeticOverflow("long overflow", tryName);
}

/** The kernel of `left op right` for datetime/interval operands, or null if not such a case. */
export function datetimeArithmetic(
  op: "+" | "-",
  left: DataType,
  right: DataType,
  mode: ArithMode,
  timeZone: string,
): ArithKernel | null {
  const sign = op === "+" ? 1 : -1;
  const bigSign = op === "+" ? 1n : -1n;
  const tryName = op === "+" ? "try_add" : "try_subtract";
  const nullable = mode === "try";
  // date ± days
  if (left.kind === "date" && isShortInt(right)) {
    return { resultType: DateType(), nullable: false, kernel: (d: number, n: number) => d + sign * n };
  }
  if (op === "+" && isShortInt(left) && right.kind === "date") {
    return { resultType: DateType(), nullable: false, kernel: (n: number, d: number) => d + n };
  }
  if (op === "-" && left.kind === "date" && right.kind === "date") {
    return {
      resultType: DayTimeIntervalType(0, 0),
      nullable: false,
      kernel: (a: number, b: number) => BigInt(a - b) * MICROS_PER_DAY,
    };
  }
  if (op === "-" && isTs(left) && left.kind === right.kind) {
    return {
      resultType: DayTimeIntervalType(0, 3),
      nullable,
      kernel: (a: bigint, b: bigint) => checkedLong(a - b, mode, tryName),
    };
  }
  // datetime ± year-month interval (either order for +)
  const ym = right.kind === "year_month_interval" ? 1 : op === "+" && left.kind === "year_month_interval" ? 0 : -1;
  if (ym >= 0) {
    const dt = ym === 1 ? left : right;
    const swap = ym === 0;
    if (dt.kind === "date") {
      const k = (d: number, m: number) => addMonthsToDays(d, sign * m);
      return { resultType: DateType(), nullable: false, kernel: swap ? (m: number, d: number) => k(d, m) : k };
    }
    if (isTs(dt)) {
      const zone = dt.kind === "timestamp" ? timeZone : null;
      const k = (t: bigint, m: number) => addMonthsToMicros(t, sign * m, zone);
      return { resultType: dt, nullable: false, kernel: swap ? (m: number, t: bigint) => k(t, m) : k };
    }
  }
  // datetime ± day-time interval (either order for +); a date becomes a timestamp at midnight
  const dti = right.kind === "day_time_interval" ? 1 : op === "+" && left.kind === "day_time_interval" ? 0 : -1;
  if (dti >= 0) {
    const dt = dti === 1 ? left : right;
    const swap = dti === 0;
    const iv = (dti === 1 ? right : left) as { endField: number };
    if (dt.kind === "date" && iv.endField === 0) {
      // date ± INTERVAL DAY stays a date (Spark: date'2024-01-01' + interval 1 day is a DATE)
      const k = (d: number, micros: bigint) => d + sign * Number(micros / MICROS_PER_DAY);
      return { resultType: DateType(), nullable: false, kernel: swap ? (m: bigint, d: number) => k(d, m) : k };
    }
    if (dt.kind === "date" || isTs(dt)) {
      const resultType = dt.kind === "date" ? TimestampType() : dt;
      const toMicros =
        dt.kind === "date" ? (d: number) => localToUtcMicros(BigInt(d) * MICROS_PER_DAY, timeZone) : (t: bigint) => t;
      const k = (t: any, iv: bigint) => checkedLong((toMicros as (x: any) => bigint)(t) + bigSign * iv, mode, tryName);
      return { resultType, nullable, kernel: swap ? (iv: bigint, t: any) => k(t, iv) : k };
    }
  }
  // interval ± interval
  if (left.kind === "day_time_interval" && right.kind === "day_time_interval") {
    return {
      resultType: findTightestCommonType(left, right)!,
      nullable,
      kernel: (a: bigint, b: bigint) => {
        const r = a + bigSign * b;
        if (BigInt.asIntN(64, r) === r) return r;
        if (mode === "ansi") throw intervalOverflow(tryName);
        return mode === "try" ? null : BigInt.asIntN(64, r);
      },
    };
  }
  if (left.kind === "year_month_interval" && right.kind === "year_month_interval") {
    return {
      resultType: findTightestCommonType(left, right)!,
      nullable,
      kernel: (a: number, b: number) => {
        const r = a + sign * b;
        if (r <= 2147483647 && r >= -2147483648) return r;
        if (mode === "ansi") throw intervalOverflow(tryName);
        return mode === "try" ? null : r | 0;
      },
    };
  }
  return null;
}
