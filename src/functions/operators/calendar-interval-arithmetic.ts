// date/timestamp ± CalendarInterval (Spark's DateAddInterval and TimeAdd): months first (day of
// month clamped), then days in the session zone, then microseconds. Under ANSI a date refuses an
// interval with a microseconds part; otherwise the date goes through a timestamp at midnight.

import { DateType, type DataType } from "../../types/data-type.js";
import { SparkIllegalArgumentException } from "../../errors/spark-error.js";
import type { CalendarInterval } from "../../values/interval.js";
import { localToUtcMicros, utcToLocalMicros } from "../../values/datetime/zone-conversion.js";
import { addMonthsToDays } from "./datetime-arithmetic.js";
import type { ArithKernel, ArithMode } from "./arithmetic-kernels.js";

const MICROS_PER_DAY = 86_400_000_000n;

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a < 0n && q * b !== a ? q - 1n : q;
}

/** Spark's timestampAddInterval; `zone` null for TIMESTAMP_NTZ. */
function addToMicros(t: bigint, iv: CalendarInterval, sign: number, zone: string | null): bigint {
  const local = zone === null ? t : utcToLocalMicros(t, zone);
  const days = floorDiv(local, MICROS_PER_DAY);
  const timeOfDay = local - days * MICROS_PER_DAY;
  const shiftedDays = addMonthsToDays(Number(days), sign * iv.months) + sign * iv.days;
  const shifted = BigInt(shiftedDays) * MICROS_PER_DAY + timeOfDay;
  return (zone === null ? shifted : localToUtcMicros(shifted, zone)) + BigInt(sign) * iv.micros;
}

/** The kernel of `left op right` when one side is a CalendarInterval and the other a datetime. */
export function calendarIntervalArithmetic(op: "+" | "-", left: DataType, right: DataType, mode: ArithMode, timeZone: string): ArithKernel | null {
  const ivRight = right.kind === "calendar_interval";
  if (!ivRight && !(op === "+" && left.kind === "calendar_interval")) return null;
  const dt = ivRight ? left : right;
  const sign = op === "+" ? 1 : -1;
  let k: ((x: any, iv: CalendarInterval) => unknown) | null = null;
  let resultType: DataType = dt;
  if (dt.kind === "date") {
    resultType = DateType();
    k = (d: number, iv: CalendarInterval) => {
      if (iv.micros === 0n) return addMonthsToDays(d, sign * iv.months) + sign * iv.days;
      if (mode === "ansi") throw new SparkIllegalArgumentException("INVALID_INTERVAL_WITH_MICROSECONDS_ADDITION", {});
      const t = addToMicros(localToUtcMicros(BigInt(d) * MICROS_PER_DAY, timeZone), iv, sign, timeZone);
      return Number(floorDiv(utcToLocalMicros(t, timeZone), MICROS_PER_DAY));
    };
  } else if (dt.kind === "timestamp" || dt.kind === "timestamp_ntz") {
    const zone = dt.kind === "timestamp" ? timeZone : null;
    k = (t: bigint, iv: CalendarInterval) => addToMicros(t, iv, sign, zone);
  }
  if (k === null) return null;
  const f = k;
  return { resultType, nullable: false, kernel: ivRight ? f : (iv: CalendarInterval, x: unknown) => f(x, iv) };
}
