// Field extraction: year, quarter, month, day / dayofmonth, dayofweek (1 = Sunday), weekday
// (0 = Monday), dayofyear, weekofyear (ISO-8601 week) read a DATE (timestamps are cast to their
// local date in the session time zone); hour, minute, second read a TIMESTAMP in the session
// zone or a TIMESTAMP_NTZ as is. All INT.
import { defineScalar, expectType, strict } from "../misc/bind-helpers.js";
import type { ScalarFunctionDef } from "../function-definition.js";
import { DateType, IntegerType } from "../../types/data-type.js";
import { civilToDays, dayOfWeek, dayOfYear, daysToCivil } from "../../values/datetime/civil.js";
import { microsOfDay, timestampInput, toLocal, zoneFor } from "./dt-helpers.js";

/** ISO-8601 week number and week-based year of a day number. */
export function isoWeek(days: number): { week: number; year: number } {
  const thursday = days - dayOfWeek(days) + 4; // the Thursday of the same ISO week
  const year = daysToCivil(thursday).year;
  return { week: Math.floor((thursday - civilToDays(year, 1, 1)) / 7) + 1, year };
}

export const DATE_FIELDS: Record<string, (days: number) => number> = {
  year: (d) => daysToCivil(d).year,
  quarter: (d) => Math.floor((daysToCivil(d).month - 1) / 3) + 1,
  month: (d) => daysToCivil(d).month,
  day: (d) => daysToCivil(d).day,
  dayofweek: (d) => (dayOfWeek(d) % 7) + 1,
  weekday: (d) => dayOfWeek(d) - 1,
  dayofyear: (d) => dayOfYear(d),
  weekofyear: (d) => isoWeek(d).week,
  yearofweek: (d) => isoWeek(d).year,
  dayofweek_iso: (d) => dayOfWeek(d),
};

function dateField(name: string, field: string, aliases?: readonly string[]): ScalarFunctionDef {
  const f = DATE_FIELDS[field]!;
  return defineScalar({
    name,
    ...(aliases ? { aliases } : {}),
    minArgs: 1,
    bind: (args, _c, n) => strict(IntegerType(), [expectType(n, args, 0, DateType())], f),
  });
}

export const year = dateField("year", "year");
export const quarter = dateField("quarter", "quarter");
export const month = dateField("month", "month");
export const day = dateField("day", "day");
export const dayofmonth = dateField("dayofmonth", "day");
export const dayofweek = dateField("dayofweek", "dayofweek");
export const weekday = dateField("weekday", "weekday");
export const dayofyear = dateField("dayofyear", "dayofyear");
export const weekofyear = dateField("weekofyear", "weekofyear");

/** Local hour / minute / second of timestamp micros. */
export const TIME_FIELDS: Record<string, (localMicros: bigint) => number> = {
  hour: (m) => Number(microsOfDay(m) / 3_600_000_000n),
  minute: (m) => Number((microsOfDay(m) / 60_000_000n) % 60n),
  second: (m) => Number((microsOfDay(m) / 1_000_000n) % 60n),
};

function timeField(name: string): ScalarFunctionDef {
  const f = TIME_FIELDS[name]!;
  return defineScalar({
    name,
    minArgs: 1,
    bind: (args, ctx, n) => {
      const t = timestampInput(n, args, 0);
      const tz = zoneFor(t, ctx.timeZone);
      return strict(IntegerType(), [t], (m: bigint) => f(toLocal(m, tz)));
    },
  });
}

export const hour = timeField("hour");
export const minute = timeField("minute");
export const second = timeField("second");

