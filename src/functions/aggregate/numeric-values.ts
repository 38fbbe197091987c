// Conversions between internal values and doubles for the percentile family, which (like
// Spark) computes on doubles and converts the answer back to the input type.
import type { DataType } from "../../types/data-type.js";
import { pow10, roundUnscaled } from "../../values/decimal.js";

const TWO53 = 2n ** 53n;

/** Double nearest to the decimal u·10^-scale (correctly rounded). */
export function decimalToDouble(u: bigint, scale: number): number {
  if (scale <= 22 && u < TWO53 && u > -TWO53) return Number(u) / Number(pow10(scale));
  return Number(`${u}e-${scale}`);
}

/** The double a numeric / date / timestamp / interval internal value stands for. */
export function toDouble(v: unknown, t: DataType): number {
  if (t.kind === "decimal") return decimalToDouble(v as bigint, t.scale);
  return typeof v === "bigint" ? Number(v) : (v as number);
}

/** Shortest decimal digits of a finite double as (unscaled, scale), like BigDecimal(d.toString). */
export function doubleToUnscaled(x: number): { unscaled: bigint; scale: number } {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x))!;
  const frac = m[3] ?? "";
  let scale = frac.length - (m[4] ? Number(m[4]) : 0);
  let unscaled = BigInt(m[2]! + frac);
  if (scale < 0) {
    unscaled *= pow10(-scale);
    scale = 0;
  }
  return { unscaled: m[1] ? -unscaled : unscaled, scale };
}

/** A double back in the internal representation of `t` (Java's narrowing: truncation;
 *  decimals round HALF_UP at the type's scale). */
export function fromDouble(x: number, t: DataType): unknown {
  switch (t.kind) {
    case "byte":
    case "short":
    case "integer":
    case "date":
    case "year_month_interval":
      return Math.trunc(x) | 0;
    case "long":
    case "timestamp":
    case "timestamp_ntz":
    case "day_time_interval":
      return BigInt(Math.trunc(x));
    case "float":
      return Math.fround(x);
    case "decimal": {
      const { unscaled, scale } = doubleToUnscaled(x);
      return roundUnscaled(unscaled, scale, t.scale, "HALF_UP");
    }
    default:
      return x;
  }
}
