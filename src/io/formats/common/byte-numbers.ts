// HOT PATH. Fast parses of the common shapes of numbers and dates straight from UTF-8 bytes, with
// no string: plain decimal digits for longs, doubles and decimals, and yyyy-MM-dd dates. Each
// returns NaN when the text is not of the simple shape; the caller then takes the exact, general
// (string-based) path, so results are identical to it by construction.

import { daysFromCivil, isLeap } from "./civil-time.js";

const MONTH_DAYS = Int8Array.of(0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);

/** Exact powers of ten as doubles (10^0..10^22 are exactly representable). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** [-]digits with at most 15 digits (exact in a double), else NaN. */
export function parseSmallLong(buf: Uint8Array, s: number, e: number): number {
  let p = s;
  const neg = buf[p] === 45;
  if (neg) p++;
  const n = e - p;
  if (n <= 0 || n > 15) return NaN;
  let v = 0;
  for (; p < e; p++) {
    const d = buf[p]! - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return neg ? -v : v;
}

/**
 * [-]digits[.digits] with at most 15 significant digits: the correctly rounded double (one exact
 * integer divided by an exact power of ten rounds once, as Java's parseDouble), else NaN.
 */
export function parseSimpleDouble(buf: Uint8Array, s: number, e: number): number {
  let p = s;
  const neg = buf[p] === 45;
  if (neg) p++;
  let v = 0;
  let digits = 0;
  let frac = -1;
  const start = p;
  for (; p < e; p++) {
    const c = buf[p]!;
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      v = v * 10 + d;
      if (v !== 0) digits++;
    } else if (c === 46 && frac < 0) frac = p;
    else return NaN;
  }
  // Needs a digit before and after the point ("5." and ".5" take the general path).
  if (p === start || frac === start || frac === e - 1 || digits > 15) return NaN;
  const scale = frac < 0 ? 0 : e - frac - 1;
  if (scale > 22) return NaN;
  const r = scale === 0 ? v : v / POW10[scale]!;
  return neg ? -r : r;
}

/**
 * The unscaled value of [-]digits[.digits] as DecimalType(precision, scale) when it has no more
 * fraction digits than `scale` and fits (≤ 15 digits after scaling, so exact); else NaN.
 */
export function parseSimpleDecimal(buf: Uint8Array, s: number, e: number, precision: number, scale: number): number {
  let p = s;
  const neg = buf[p] === 45;
  if (neg) p++;
  let v = 0;
  let intDigits = 0;
  let fracDigits = 0;
  let inFrac = false;
  const start = p;
  for (; p < e; p++) {
    const c = buf[p]!;
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      v = v * 10 + d;
      if (inFrac) fracDigits++;
      else if (v !== 0) intDigits++;
    } else if (c === 46 && !inFrac) {
      if (p === start || p === e - 1) return NaN;
      inFrac = true;
    } else return NaN;
  }
  if (p === start || fracDigits > scale || intDigits > precision - scale || intDigits + scale > 15) return NaN;
  const u = v * POW10[scale - fracDigits]!;
  return neg && u !== 0 ? -u : u;
}

/** yyyy-MM-dd (exactly ten bytes, a valid day) as days since the epoch, else NaN. */
export function parseIsoDate(buf: Uint8Array, s: number, e: number): number {
  if (e - s !== 10 || buf[s + 4] !== 45 || buf[s + 7] !== 45) return NaN;
  const y = digit(buf, s) * 1000 + digit(buf, s + 1) * 100 + digit(buf, s + 2) * 10 + digit(buf, s + 3);
  const m = digit(buf, s + 5) * 10 + digit(buf, s + 6);
  const d = digit(buf, s + 8) * 10 + digit(buf, s + 9);
  // A non-digit makes its term negative or > 9: caught by the range checks below or by `bad`.
  if (bad(buf, s, s + 4) || bad(buf, s + 5, s + 7) || bad(buf, s + 8, s + 10)) return NaN;
  if (m < 1 || m > 12 || d < 1 || (d > MONTH_DAYS[m]! && !(m === 2 && d === 29 && isLeap(y)))) return NaN;
  return daysFromCivil(y, m, d);
}

function digit(buf: Uint8Array, i: number): number {
  return buf[i]! - 48;
}

function bad(buf: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return true;
  }
  return false;
}
