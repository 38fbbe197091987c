// factorial, bin, conv.
import { SparkArithmeticException } from "../../errors/spark-error.js";
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
 * conv(num, fromBase, toBase) as Spark's NumberConverter: reads the longest valid prefix as an
 * unsigned 64-bit value (overflow: all ones, or ARITHMETIC_OVERFLOW under ANSI); a leading '-'
 * negates in two's complement when toBase is positive, and prints as a sign when it is negative.
 * Null for invalid bases or an empty string.
 */
export function convert(num: string, fromBase: number, toBase: number, ansi = false): string | null {
  const to = Math.abs(toBase);
  if (fromBase < 2 || fromBase > 36 || to < 2 || to > 36) return null;
  if (num.length === 0) return null;
  let s = num.trim();
  let negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  let v = 0n;
  for (const ch of s.toUpperCase()) {
    const d = DIGITS.indexOf(ch);
    if (d < 0 || d >= fromBase) break;
    v = v * BigInt(fromBase) + BigInt(d);
    if (v > U64) {
      if (ansi) throw new SparkArithmeticException("ARITHMETIC_OVERFLOW", { message: "Overflow in function conv()", alternative: "", config: '"spark.sql.ansi.enabled"' });
      v = U64;
      break;
    }
  }
  let signed = BigInt.asIntN(64, v);
  if (negative && toBase > 0) signed = signed < 0n ? -1n : -signed;
  if (toBase < 0 && signed < 0n) {
    signed = -signed;
    negative = true;
  }
  const out = BigInt.asUintN(64, signed).toString(to).toUpperCase();
  return negative && toBase < 0 ? "-" + out : out;
}

export const conv = defineScalar({
  name: "conv",
  minArgs: 3,
  bind: (args, ctx, name) =>
    strict(StringType(), [expectString(name, args, 0), expectInt(name, args, 1), expectInt(name, args, 2)], (n: string, f: number, t: number) => convert(n, f, t, ctx.ansi), true),
});
