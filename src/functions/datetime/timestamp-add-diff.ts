// timestampadd(unit, n, ts) and timestampdiff(unit, start, end) — also reached as
// dateadd/date_add and datediff/date_diff with a unit keyword first. The parser passes the unit
// as a string literal. Units up to HOUR move the instant; DAY, WEEK, MONTH, QUARTER and YEAR
// move the local date-time in the session time zone (UTC wall clock for TIMESTAMP_NTZ).
// Differences count whole units between local date-times, truncated toward zero, as java.time's
// LocalDateTime.until does.
import type { ArgInfo } from "../function-definition.js";
import { defineScalar, expectLong, strict } from "../misc/bind-helpers.js";
import { SparkIllegalArgumentException } from "../../errors/spark-error.js";
import { LongType, TimestampNTZType, TimestampType, type DataType } from "../../types/data-type.js";
import { addMonthsToDays } from "../operators/datetime-arithmetic.js";
import { daysToCivil } from "../../values/datetime/civil.js";
import { MICROS_PER_DAY, floorDiv, fromLocal, multiplyExact, toLocal, zoneFor } from "./dt-helpers.js";

const TIME_UNITS: Record<string, bigint> = {
  MICROSECOND: 1n,
  MILLISECOND: 1_000n,
  SECOND: 1_000_000n,
  MINUTE: 60_000_000n,
  HOUR: 3_600_000_000n,
};
const DAY_UNITS: Record<string, bigint> = { DAY: 1n, DAYOFYEAR: 1n, WEEK: 7n };
const MONTH_UNITS: Record<string, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

function unitOf(name: string, args: readonly ArgInfo[]): string {
  const u = args[0]!;
  const unit = u.foldable && typeof u.value === "string" ? u.value.toUpperCase() : "";
  if (!(unit in TIME_UNITS || unit in DAY_UNITS || unit in MONTH_UNITS) || (name === "timestampdiff" && unit === "DAYOFYEAR")) {
    throw new SparkIllegalArgumentException("INVALID_PARAMETER_VALUE.DATETIME_UNIT", {
      parameter: "`unit`",
      functionName: "`" + name + "`",
      invalidValue: `'${u.value ?? ""}'`,
    });
  }
  return unit;
}

/** TIMESTAMP_NTZ stays NTZ; anything else (DATE, STRING, TIMESTAMP) is read as TIMESTAMP. */
const tsType = (t: DataType): DataType => (t.kind === "timestamp_ntz" ? TimestampNTZType() : TimestampType());

const addMonthsLocal = (local: bigint, months: number): bigint => {
  const day = floorDiv(local, MICROS_PER_DAY);
  return BigInt(addMonthsToDays(Number(day), months)) * MICROS_PER_DAY + (local - day * MICROS_PER_DAY);
};

export const timestampAdd = defineScalar({
  name: "timestampadd",
  minArgs: 3,
  bind: (args, ctx, name) => {
    const unit = unitOf(name, args);
    const t = tsType(args[2]!.dataType);
    const tz = zoneFor(t, ctx.timeZone);
    const kernel = (_u: string, n: bigint, ts: bigint): bigint => {
      if (unit in TIME_UNITS) return ts + multiplyExact(n, TIME_UNITS[unit]!);
      const local = toLocal(ts, tz);
      if (unit in DAY_UNITS) return fromLocal(local + multiplyExact(n, DAY_UNITS[unit]!) * MICROS_PER_DAY, tz);
      return fromLocal(addMonthsLocal(local, Number(n) * MONTH_UNITS[unit]!), tz);
    };
    return strict(t, [args[0]!.dataType, expectLong(name, args, 1), t], kernel);
  },
});

/** Whole months from local a to local b (java.time: the end date steps back a day when its time
 *  of day is before the start's, then (y·12+m)·32+d packed difference / 32). */
function monthsUntil(a: bigint, b: bigint): bigint {
  const da = floorDiv(a, MICROS_PER_DAY);
  let db = floorDiv(b, MICROS_PER_DAY);
  const ta = a - da * MICROS_PER_DAY;
  const tb = b - db * MICROS_PER_DAY;
  if (db > da && tb < ta) db -= 1n;
  else if (db < da && tb > ta) db += 1n;
  const ca = daysToCivil(Number(da));
  const cb = daysToCivil(Number(db));
  const pa = BigInt((ca.year * 12 + ca.month - 1) * 32 + ca.day);
  const pb = BigInt((cb.year * 12 + cb.month - 1) * 32 + cb.day);
  return (pb - pa) / 32n;
}

export const timestampDiff = defineScalar({
  name: "timestampdiff",
  minArgs: 3,
  bind: (args, ctx, name) => {
    const unit = unitOf(name, args);
    const ntz = args[1]!.dataType.kind === "timestamp_ntz" && args[2]!.dataType.kind === "timestamp_ntz";
    const t = ntz ? TimestampNTZType() : TimestampType();
    const tz = zoneFor(t, ctx.timeZone);
    const kernel = (_u: string, s: bigint, e: bigint): bigint => {
      const a = toLocal(s, tz);
      const b = toLocal(e, tz);
      if (unit in TIME_UNITS) return (b - a) / TIME_UNITS[unit]!;
      if (unit in DAY_UNITS) return (b - a) / (DAY_UNITS[unit]! * MICROS_PER_DAY);
      return monthsUntil(a, b) / BigInt(MONTH_UNITS[unit]!);
    };
    return strict(LongType(), [args[0]!.dataType, t, t], kernel);
  },
});
