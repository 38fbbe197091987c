// RANGE frame bounds with value offsets: the current row's ORDER BY key shifted by the offset,
// in the key's internal representation. Numbers shift by the offset's value (a DECIMAL offset by
// its exact value), dates and timestamps by an interval (or, for dates, a number of days).
import type { DataType } from "../../types/data-type.js";
import { addMonthsToDays } from "../operators/datetime-arithmetic.js";
import { CalendarInterval } from "../../values/interval.js";
import { pow10 } from "../../values/decimal.js";

const MICROS_PER_DAY = 86_400_000_000n;

/** The offset as a plain number (decimals by their value). */
function offsetNumber(off: unknown, t: DataType | undefined): number {
  if (t?.kind === "decimal") return Number(off as bigint) / 10 ** t.scale;
  return Number(off);
}

/** The offset in units of a DECIMAL(_, scale) key's unscaled value. */
function offsetUnscaled(off: unknown, t: DataType | undefined, scale: number): bigint {
  if (t?.kind === "decimal") {
    const u = off as bigint;
    return t.scale <= scale ? u * pow10(scale - t.scale) : u / pow10(t.scale - scale);
  }
  if (typeof off === "bigint") return off * pow10(scale);
  return BigInt(Math.round(Number(off) * 10 ** scale));
}

/** months / days / micros of an interval-typed (or numeric, meaning days) offset. */
function intervalParts(off: unknown, t: DataType | undefined): { months: number; days: number; micros: bigint } {
  if (off instanceof CalendarInterval) return { months: off.months, days: off.days, micros: off.micros };
  if (t?.kind === "year_month_interval") return { months: Number(off), days: 0, micros: 0n };
  if (t?.kind === "day_time_interval") return { months: 0, days: 0, micros: off as bigint };
  return { months: 0, days: Number(off), micros: 0n };
}

/** key + sign · offset, or null when the shift cannot be computed. */
export function shiftRangeKey(key: unknown, keyType: DataType, off: unknown, offType: DataType | undefined, sign: 1 | -1): unknown {
  switch (keyType.kind) {
    case "date": {
      const { months, days, micros } = intervalParts(off, offType);
      let d = key as number;
      if (months) d = addMonthsToDays(d, sign * months);
      return d + sign * (days + Number(micros / MICROS_PER_DAY));
    }
    case "timestamp":
    case "timestamp_ntz": {
      const { months, days, micros } = intervalParts(off, offType);
      let m = key as bigint;
      if (months) {
        const day = m / MICROS_PER_DAY - (m % MICROS_PER_DAY < 0n ? 1n : 0n);
        m = BigInt(addMonthsToDays(Number(day), sign * months)) * MICROS_PER_DAY + (m - day * MICROS_PER_DAY);
      }
      return m + BigInt(sign) * (BigInt(days) * MICROS_PER_DAY + micros);
    }
    case "decimal":
      return (key as bigint) + BigInt(sign) * offsetUnscaled(off, offType, keyType.scale);
    case "long":
      return (key as bigint) + BigInt(sign) * BigInt(Math.trunc(offsetNumber(off, offType)));
    default:
      return (key as number) + sign * offsetNumber(off, offType);
  }
}
