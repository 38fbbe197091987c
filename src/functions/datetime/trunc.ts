// trunc(date, fmt) → DATE and date_trunc(fmt, ts) → TIMESTAMP. Truncation happens on the local
// wall clock in the session time zone and maps back through the zone rules (a truncated time
// inside a DST gap moves forward, as java.time does). Unknown units give NULL, as in Spark.
import { defineScalar, expectType, strict } from "../misc/bind-helpers.js";
import { DateType, TimestampType, type DataType } from "../../types/data-type.js";
import { civilToDays, dayOfWeek, daysToCivil } from "../../values/datetime/civil.js";
import { MICROS_PER_DAY, floorDiv, fromLocal, stringInput, toLocal } from "./dt-helpers.js";

type DateUnit = "year" | "quarter" | "month" | "week";
type TimeUnit = DateUnit | "day" | "hour" | "minute" | "second" | "millisecond" | "microsecond";

const DATE_UNITS: Record<string, DateUnit> = {
  year: "year", yyyy: "year", yy: "year",
  quarter: "quarter",
  month: "month", mon: "month", mm: "month",
  week: "week",
};

const TIME_UNITS: Record<string, TimeUnit> = {
  ...DATE_UNITS,
  day: "day", dd: "day",
  hour: "hour", minute: "minute", second: "second", millisecond: "millisecond", microsecond: "microsecond",
};

export function truncDays(days: number, unit: DateUnit): number {
  if (unit === "week") return days - dayOfWeek(days) + 1; // Monday
  const c = daysToCivil(days);
  if (unit === "year") return civilToDays(c.year, 1, 1);
  if (unit === "quarter") return civilToDays(c.year, Math.floor((c.month - 1) / 3) * 3 + 1, 1);
  return civilToDays(c.year, c.month, 1);
}

const unitOf = <U>(table: Record<string, U>, fmt: unknown): U | null =>
  typeof fmt === "string" ? (table[fmt.toLowerCase()] ?? null) : null;

export const trunc = defineScalar({
  name: "trunc",
  minArgs: 2,
  bind: (args, _c, name) =>
    strict(
      DateType(),
      [expectType(name, args, 0, DateType()), stringInput(name, args, 1)],
      (d: number, fmt: string) => {
        const u = unitOf(DATE_UNITS, fmt);
        return u === null ? null : truncDays(d, u);
      },
      true,
    ),
});

const SMALL: Partial<Record<TimeUnit, bigint>> = {
  hour: 3_600_000_000n,
  minute: 60_000_000n,
  second: 1_000_000n,
  millisecond: 1_000n,
  microsecond: 1n,
};

export function truncMicros(local: bigint, unit: TimeUnit): bigint {
  const step = SMALL[unit];
  if (step !== undefined) return floorDiv(local, step) * step;
  const days = Number(floorDiv(local, MICROS_PER_DAY));
  const d = unit === "day" ? days : truncDays(days, unit as DateUnit);
  return BigInt(d) * MICROS_PER_DAY;
}

export const dateTrunc = defineScalar({
  name: "date_trunc",
  minArgs: 2,
  bind: (args, ctx, name) => {
    const tz = ctx.timeZone;
    const inputTypes: DataType[] = [stringInput(name, args, 0), expectType(name, args, 1, TimestampType())];
    return strict(
      TimestampType(),
      inputTypes,
      (fmt: string, m: bigint) => {
        const u = unitOf(TIME_UNITS, fmt);
        if (u === null) return null;
        // zone offsets are whole seconds: second and finer units truncate the instant itself
        const step = SMALL[u];
        if (step !== undefined && step <= 1_000_000n) return floorDiv(m, step) * step;
        return fromLocal(truncMicros(toLocal(m, tz), u), tz);
      },
      true,
    );
  },
});
