// Exact running sums shared by sum, try_sum, avg and try_avg.
//
// Integral sums keep a JS number while the partial sum is a safe integer (no BigInt per row)
// and switch to bigint beyond 2^53. Every step is checked against the LONG range as Spark's
// ANSI Add checks each step: ANSI raises ARITHMETIC_OVERFLOW, try_* remembers the overflow
// (result NULL), legacy mode wraps around like a Java long.

import { arithmeticOverflow } from "../operators/operator-errors.js";

export type OverflowMode = "ansi" | "try" | "legacy";

/** Sticky marker for a try_* sum that overflowed. */
export const OVERFLOWED: unique symbol = Symbol("overflowed");
export type IntegralSum = null | number | bigint | typeof OVERFLOWED;

const MAX = 9223372036854775807n;
const MIN = -9223372036854775808n;

function checkLong(s: bigint, mode: OverflowMode, tryName: string): bigint | typeof OVERFLOWED {
  if (s <= MAX && s >= MIN) return s;
  if (mode === "ansi") throw arithmeticOverflow("long overflow", tryName);
  if (mode === "try") return OVERFLOWED;
  return BigInt.asIntN(64, s);
}

/** acc + x over LONG, where x is a number (byte/short/int) or bigint (long). */
export function addIntegral(acc: IntegralSum, x: number | bigint, mode: OverflowMode, tryName: string): IntegralSum {
  if (acc === OVERFLOWED) return acc;
  if (typeof x === "number") {
    if (acc === null) return x;
    if (typeof acc === "number") {
      const s = acc + x;
      if (Number.isSafeInteger(s)) return s;
      return checkLong(BigInt(acc) + BigInt(x), mode, tryName);
    }
    return checkLong(acc + BigInt(x), mode, tryName);
  }
  if (acc === null) return x;
  return checkLong((typeof acc === "number" ? BigInt(acc) : acc) + x, mode, tryName);
}

export function mergeIntegral(a: IntegralSum, b: IntegralSum, mode: OverflowMode, tryName: string): IntegralSum {
  if (b === null) return a;
  if (b === OVERFLOWED) return b;
  return addIntegral(a, b, mode, tryName);
}

/** The LONG result of an integral sum (null when empty or overflowed under try). */
export function integralResult(acc: IntegralSum): bigint | null {
  if (acc === null || acc === OVERFLOWED) return null;
  return typeof acc === "number" ? BigInt(acc) : acc;
}
