// make_date(y, m, d), make_timestamp(y, mo, d, h, mi, sec [, tz]), make_timestamp_ltz,
// make_timestamp_ntz. sec is DECIMAL(16,6); 60 (with no fraction) rolls over to the next
// minute. Invalid fields raise DATETIME_FIELD_OUT_OF_BOUNDS under ANSI with java.time's
// wording, NULL otherwise.
import type { ArgInfo, BoundScalar, FunctionContext } from "../function-definition.js";
import { defineScalar, expectInt, strict } from "../misc/bind-helpers.js";
import { DateType, DecimalType, TimestampNTZType, TimestampType, type DataType } from "../../types/data-type.js";
import { civilToDays, daysInMonth } from "../../values/datetime/civil.js";
import { fieldOutOfBounds, fromLocal, stringInput } from "./dt-helpers.js";
import { getZoneRules } from "../../values/datetime/zone-rules.js";
import { SparkDateTimeException } from "../../errors/spark-error.js";

const MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"];

/** java.time's message for an invalid (y, m, d), or null when valid. */
export function dateFieldError(y: number, m: number, d: number): string | null {
  if (y < -999999999 || y > 999999999) return `Invalid value for Year (valid values -999999999 - 999999999): ${y}`;
  if (m < 1 || m > 12) return `Invalid value for MonthOfYear (valid values 1 - 12): ${m}`;
  if (d < 1 || d > 31) return `Invalid value for DayOfMonth (valid values 1 - 28/31): ${d}`;
  if (d > daysInMonth(y, m)) {
    if (m === 2 && d === 29) return `Invalid date 'February 29' as '${y}' is not a leap year`;
    return `Invalid date '${MONTHS[m - 1]} ${d}'`;
  }
  return null;
}

export const makeDate = defineScalar({
  name: "make_date",
  minArgs: 3,
  bind: (args, ctx, name) => {
    const fail = ctx.ansi;
    return strict(
      DateType(),
      [expectInt(name, args, 0), expectInt(name, args, 1), expectInt(name, args, 2)],
      (y: number, m: number, d: number) => {
        const err = dateFieldError(y, m, d);
        if (err === null) return civilToDays(y, m, d);
        if (fail) throw fieldOutOfBounds(err);
        return null;
      },
      !fail,
    );
  },
});

const SEC_TYPE = DecimalType(16, 6);

/** Local micros of the fields, or an error message. */
function localMicros(y: number, mo: number, d: number, h: number, mi: number, secU: bigint): bigint | string | { fraction: string } {
  const dateErr = dateFieldError(y, mo, d);
  if (dateErr) return dateErr;
  if (h < 0 || h > 23) return `Invalid value for HourOfDay (valid values 0 - 23): ${h}`;
  if (mi < 0 || mi > 59) return `Invalid value for MinuteOfHour (valid values 0 - 59): ${mi}`;
  const whole = secU / 1_000_000n;
  const frac = secU - whole * 1_000_000n;
  if (whole === 60n && frac !== 0n) return { fraction: `60.${frac.toString().padStart(6, "0").replace(/0+$/, "")}` };
  if (secU < 0n || whole > 60n) {
    return `Invalid value for SecondOfMinute (valid values 0 - 59): ${whole}`;
  }
  const days = BigInt(civilToDays(y, mo, d));
  return ((days * 24n + BigInt(h)) * 60n + BigInt(mi)) * 60_000_000n + secU;
}

function bindMakeTimestamp(name: string, args: readonly ArgInfo[], ctx: FunctionContext, ntz: boolean): BoundScalar {
  const inputTypes: DataType[] = [0, 1, 2, 3, 4].map((i) => expectInt(name, args, i));
  inputTypes.push(SEC_TYPE);
  if (args.length === 7) inputTypes.push(stringInput(name, args, 6));
  const fail = ctx.ansi;
  const session = ctx.timeZone;
  return strict(
    ntz ? TimestampNTZType() : TimestampType(),
    inputTypes,
    (y: number, mo: number, d: number, h: number, mi: number, sec: bigint, tz?: string) => {
      const r = localMicros(y, mo, d, h, mi, sec);
      if (typeof r !== "bigint") {
        if (!fail) return null;
        if (typeof r === "string") throw fieldOutOfBounds(r);
        throw new SparkDateTimeException("INVALID_FRACTION_OF_SECOND", { secAndMicros: r.fraction });
      }
      if (ntz) return r;
      const zone = tz ?? session;
      if (tz !== undefined) getZoneRules(tz); // INVALID_TIMEZONE for a bad id
      return fromLocal(r, zone);
    },
    !fail,
  );
}

export const makeTimestamp = defineScalar({ name: "make_timestamp", minArgs: 6, maxArgs: 7, bind: (a, c, n) => bindMakeTimestamp(n, a, c, false) });
export const makeTimestampLtz = defineScalar({ name: "make_timestamp_ltz", minArgs: 6, maxArgs: 7, bind: (a, c, n) => bindMakeTimestamp(n, a, c, false) });
export const makeTimestampNtz = defineScalar({ name: "make_timestamp_ntz", minArgs: 6, bind: (a, c, n) => bindMakeTimestamp(n, a, c, true) });

/** try_make_timestamp: make_timestamp that returns NULL for invalid fields whatever the ANSI mode. */
export const tryMakeTimestamp = defineScalar({
  name: "try_make_timestamp",
  minArgs: 6,
  maxArgs: 7,
  bind: (a, c, n) => bindMakeTimestamp(n, a, { ...c, ansi: false }, false),
});
