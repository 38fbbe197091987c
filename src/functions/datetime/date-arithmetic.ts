// date_add / dateadd, date_sub (INT days; Spark adds with Java int wrap-around), datediff /
// date_diff (end - start in days), add_months (Spark's rule: same day of month, clamped to the
// month's last day; a result beyond the INT day range is ARITHMETIC_OVERFLOW "integer
// overflow") and months_between (Spark's 31-day-month rule, rounded to 8 digits by default).
import { defineScalar, expectBoolean, expectType, strict, unexpectedType } from "../misc/bind-helpers.js";
import type { ArgInfo } from "../function-definition.js";
import { DateType, DoubleType, IntegerType, TimestampType, type DataType } from "../../types/data-type.js";
import { addMonthsToDays } from "../operators/datetime-arithmetic.js";
import { arithmeticOverflow } from "../operators/operator-errors.js";
import { daysInMonth, daysToCivil } from "../../values/datetime/civil.js";
import { MICROS_PER_DAY, floorDiv, toLocal } from "./dt-helpers.js";

/** The days argument of date_add/date_sub/add_months: INT, SMALLINT or TINYINT (or a string). */
function daysArg(name: string, args: readonly ArgInfo[], i: number): DataType {
  const t = args[i]!.dataType;
  if (t.kind === "integer" || t.kind === "short" || t.kind === "byte") return t;
  if (t.kind === "null" || t.kind === "string") return IntegerType();
  throw unexpectedType(name, args, i, '("INT" or "SMALLINT" or "TINYINT")');
}

export const dateAdd = defineScalar({
  name: "date_add",
  aliases: ["dateadd"],
  minArgs: 2,
  bind: (args, _c, name) =>
    strict(DateType(), [expectType(name, args, 0, DateType()), daysArg(name, args, 1)], (d: number, n: number) => (d + n) | 0),
});

export const dateSub = defineScalar({
  name: "date_sub",
  minArgs: 2,
  bind: (args, _c, name) =>
    strict(DateType(), [expectType(name, args, 0, DateType()), daysArg(name, args, 1)], (d: number, n: number) => (d - n) | 0),
});

export const dateDiff = defineScalar({
  name: "datediff",
  aliases: ["date_diff"],
  minArgs: 2,
  bind: (args, _c, name) =>
    strict(IntegerType(), [expectType(name, args, 0, DateType()), expectType(name, args, 1, DateType())], (e: number, s: number) => (e - s) | 0),
});

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

export function addMonthsChecked(days: number, months: number): number {
  const r = addMonthsToDays(days, months);
  if (r < INT_MIN || r > INT_MAX) throw arithmeticOverflow("integer overflow", null);
  return r;
}

export const addMonths = defineScalar({
  name: "add_months",
  minArgs: 2,
  bind: (args, _c, name) =>
    strict(DateType(), [expectType(name, args, 0, DateType()), daysArg(name, args, 1)], addMonthsChecked),
});

const isLastDay = (y: number, m: number, d: number): boolean => d === daysInMonth(y, m);
const MICROS_PER_MONTH31 = 31 * 86_400_000_000;

/** Spark's DateTimeUtils.monthsBetween on local wall-clock micros. */
export function monthsBetween(local1: bigint, local2: bigint, roundOff: boolean): number {
  const d1 = Number(floorDiv(local1, MICROS_PER_DAY));
  const d2 = Number(floorDiv(local2, MICROS_PER_DAY));
  const c1 = daysToCivil(d1);
  const c2 = daysToCivil(d2);
  const monthDiff = c1.year * 12 + c1.month - (c2.year * 12 + c2.month);
  if (c1.day === c2.day || (isLastDay(c1.year, c1.month, c1.day) && isLastDay(c2.year, c2.month, c2.day))) return monthDiff;
  const t1 = Number(local1 - BigInt(d1) * MICROS_PER_DAY);
  const t2 = Number(local2 - BigInt(d2) * MICROS_PER_DAY);
  const microsDiff = (c1.day - c2.day) * 86_400_000_000 + t1 - t2;
  const diff = monthDiff + microsDiff / MICROS_PER_MONTH31;
  return roundOff ? Math.round(diff * 1e8) / 1e8 : diff;
}

export const monthsBetweenFn = defineScalar({
  name: "months_between",
  minArgs: 2,
  maxArgs: 3,
  bind: (args, ctx, name) => {
    const inputTypes: DataType[] = [expectType(name, args, 0, TimestampType()), expectType(name, args, 1, TimestampType())];
    if (args.length === 3) inputTypes.push(expectBoolean(name, args, 2));
    const tz = ctx.timeZone;
    return strict(DoubleType(), inputTypes, (a: bigint, b: bigint, round: boolean = true) =>
      monthsBetween(toLocal(a, tz), toLocal(b, tz), round),
    );
  },
});

