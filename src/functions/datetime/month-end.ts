// last_day(date): the last day of the date's month; next_day(date, dayOfWeek): the first
// later date falling on that day ('MO', 'MON', 'MONDAY', case-insensitive). An unknown day
// name is ILLEGAL_DAY_OF_WEEK under ANSI, NULL otherwise.
import { defineScalar, expectType, strict } from "../misc/bind-helpers.js";
import { DateType } from "../../types/data-type.js";
import { civilToDays, dayOfWeek, daysInMonth, daysToCivil } from "../../values/datetime/civil.js";
import { SparkIllegalArgumentException } from "../../errors/spark-error.js";
import { stringInput } from "./dt-helpers.js";

export const lastDay = defineScalar({
  name: "last_day",
  minArgs: 1,
  bind: (args, _c, name) =>
    strict(DateType(), [expectType(name, args, 0, DateType())], (d: number) => {
      const c = daysToCivil(d);
      return civilToDays(c.year, c.month, daysInMonth(c.year, c.month));
    }),
});

const DAYS: Record<string, number> = {};
["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"].forEach((n, i) => {
  DAYS[n] = DAYS[n.slice(0, 3)] = DAYS[n.slice(0, 2)] = i + 1; // ISO: Monday = 1
});

export const nextDay = defineScalar({
  name: "next_day",
  minArgs: 2,
  bind: (args, ctx, name) => {
    const fail = ctx.ansi;
    return strict(
      DateType(),
      [expectType(name, args, 0, DateType()), stringInput(name, args, 1)],
      (d: number, dow: string) => {
        const target = DAYS[dow.trim().toUpperCase()];
        if (target === undefined) {
          if (fail) throw new SparkIllegalArgumentException("ILLEGAL_DAY_OF_WEEK", { string: dow });
          return null;
        }
        const delta = (((target - dayOfWeek(d)) % 7) + 7) % 7 || 7;
        return d + delta;
      },
      true,
    );
  },
});
