// factorial, bin, conv.
import { defineScalar, expectInt, expectLong, expectString, strict } from "../misc/bind-helpers.js";
import { LongType, StringType } from "../../types/data-type.js";

const FACTORIALS: bigint[] = [1n];
for (let i = 1; i <= 20; i++) FACTORIALS.push(FACTORIALS[i - 1]! * BigInt(i));

/** factorial(n) for 0 ≤ n ≤ 20, null otherwise. */
export const factorial = defineScalar({
  name: "factorial",
  minArgs: 1,
  bind: (args, _ctx, name) =>
    strict(LongType(), [expectInt(name, args, 0)], (n: number) => (n < 0 || n > 20 ? null : FACTORIALS[n]!), true),
});

/** bin(n): binary digits of the 64-bit two's complement value. */
export const bin = defineScalar({
  name: "bin",
  minArgs: 1,
  bind: (args, _ctx, name) =>
    strict(StringType(), [expectLong(name, args, 0)], (n: bigint) => BigInt.asUintN(64, n).toString(2)),
});

const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const U64 = (1n << 64n) - 1n;

/**
 * conv(num, fromBase, toBase) as Hive/Spark's NumberConverter: parses the longest valid prefix
 * as an unsigned 64-bit value (a leading '-' negates in two's complement), and prints it
 * unsigned for a positive toBase or signed for a negative one. Null for invalid bases or when
 * no digit is valid.
 */
export function convert(num: string, fromBase: number, toBase: number): string | null {
  const from = Math.abs(fromBase);
  const to = Math.abs(toBase);
  if (from < 2 || from > 36 || to < 2 || to > 36) return null;
  let s = num.trim();
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  let v = 0n;
  let any = false;
  for (const ch of s.toUpperCase()) {
    const d = DIGITS.indexOf(ch);
    if (d < 0 || d >= from) break;
    any = true;
    v = v * BigInt(from) + BigInt(d);
    if (v > U64) v = U64; // overflow saturates to -1 (all ones), as Spark's
  }
  if (!any) return s.length === 0 ? null : "0";
  if (negative) v = (-v) & U64;
  let neg = false;
  if (toBase < 0 && v >= 1n << 63n) {
    v = (-v) & U64;
    neg = true;
  }
  const out = v.toString(to).toUpperCase();
  return neg ? "-" + out : out;
}

export const conv = defineScalar({
  name: "conv",
  minArgs: 3,
  bind: (args, _ctx, name) =>
    strict(StringType(), [expectString(name, args, 0), expectInt(name, args, 1), expectInt(name, args, 2)], convert, true),
});
