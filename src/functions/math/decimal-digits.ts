// Exact decimal digit helpers for rounding and number formatting: a double's Java digits
// (what Java's Double.toString / Scala's BigDecimal(double) see), a double's exact binary value,
// and BigInt rounding of unscaled decimals. (src/values/decimal.ts holds only the value class
// so far; move these there once it grows rounding.)

import { formatDouble } from "../../values/java-format.js";

export type RoundingMode = "HALF_UP" | "HALF_EVEN" | "CEILING" | "FLOOR" | "DOWN" | "UP";

export const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** A finite double as unscaled × 10^-scale using Java's Double.toString digits. */
export function javaDecimalOf(x: number): { unscaled: bigint; scale: number } {
  const s = formatDouble(x);
  const m = /^(-?)(\d+)\.(\d+)(?:E(-?\d+))?$/.exec(s);
  if (!m) throw new RangeError(`not a finite double: ${s}`);
  const [, sign, int, frac, e] = m;
  const exp = e ? Number(e) : 0;
  let unscaled = BigInt(int! + frac!);
  let scale = frac!.length - exp;
  if (scale < 0) {
    unscaled *= pow10(-scale);
    scale = 0;
  }
  return { unscaled: sign ? -unscaled : unscaled, scale };
}

/** The exact value of a finite double as unscaled × 10^-scale (no decimal rounding at all). */
export function exactDecimalOf(x: number): { unscaled: bigint; scale: number } {
  if (x === 0) return { unscaled: 0n, scale: 0 };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  const neg = bits >> 63n === 1n;
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e2: number;
  if (expBits === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = expBits - 1075;
  }
  let unscaled: bigint;
  let scale: number;
  if (e2 >= 0) {
    unscaled = mant << BigInt(e2);
    scale = 0;
  } else {
    unscaled = mant * 5n ** BigInt(-e2);
    scale = -e2;
  }
  return { unscaled: neg ? -unscaled : unscaled, scale };
}

/** Rounds unscaled × 10^-scale to `newScale` digits (newScale may be negative: the result is
 *  then still expressed at scale max(newScale, 0)... callers get unscaled at newScale). */
export function rescale(unscaled: bigint, scale: number, newScale: number, mode: RoundingMode): bigint {
  if (newScale >= scale) return unscaled * pow10(newScale - scale);
  const div = pow10(scale - newScale);
  let q = unscaled / div;
  const r = unscaled % div;
  if (r === 0n) return q;
  const neg = unscaled < 0n;
  const absR = neg ? -r : r;
  const twice = absR * 2n;
  let away: boolean;
  switch (mode) {
    case "HALF_UP":
      away = twice >= div;
      break;
    case "HALF_EVEN":
      away = twice > div || (twice === div && (q & 1n) !== 0n);
      break;
    case "CEILING":
      away = !neg;
      break;
    case "FLOOR":
      away = neg;
      break;
    case "UP":
      away = true;
      break;
    default:
      away = false;
  }
  if (away) q += neg ? -1n : 1n;
  return q;
}

/** Plain decimal text of unscaled × 10^-scale (scale ≥ 0). */
export function decimalText(unscaled: bigint, scale: number): string {
  const neg = unscaled < 0n;
  let digits = (neg ? -unscaled : unscaled).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, "0");
    digits = digits.slice(0, digits.length - scale) + "." + digits.slice(digits.length - scale);
  }
  return (neg ? "-" : "") + digits;
}
