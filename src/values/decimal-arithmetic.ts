// Exact decimal arithmetic on unscaled bigints (the engine's internal decimal values) at the
// result types of decimal-rules.ts. Results are rounded HALF_UP to the result scale; a result
// that does not fit the result precision raises NUMERIC_VALUE_OUT_OF_RANGE (ANSI) or becomes
// null (non-ANSI, try_*). Division and remainder by zero raise DIVIDE_BY_ZERO /
// REMAINDER_BY_ZERO (ANSI) or give null.
//
// Like Spark (java.math.BigDecimal), a quotient is first computed to 39 digits after the point
// (HALF_UP) and then rounded to the result scale.

import type { DecimalType } from "../types/data-type.js";
import { SparkArithmeticException } from "../errors/spark-error.js";
import { decimalResultType, type DecimalArithmeticOp } from "./decimal-rules.js";
import { fitsPrecision, pow10, roundUnscaled, unscaledToString } from "./decimal.js";

const ANSI_CONFIG = '"spark.sql.ansi.enabled"';
/** Digits after the point a decimal quotient is computed to before the final rounding. */
export const DIVISION_SCALE = 39;

export function numericValueOutOfRange(valueText: string, precision: number, scale: number): SparkArithmeticException {
  return new SparkArithmeticException("NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION", {
    value: valueText,
    precision: String(precision),
    scale: String(scale),
    config: ANSI_CONFIG,
  });
}

export function divideByZero(): SparkArithmeticException {
  return new SparkArithmeticException("DIVIDE_BY_ZERO", { config: ANSI_CONFIG });
}

export function remainderByZero(): SparkArithmeticException {
  return new SparkArithmeticException("REMAINDER_BY_ZERO", { config: ANSI_CONFIG });
}

export interface DecimalOptions {
  /** true: overflow and division by zero throw (ANSI); false: they give null. */
  readonly failOnError: boolean;
  readonly allowPrecisionLoss?: boolean;
}

export interface BoundDecimalOp {
  readonly resultType: DecimalType;
  /** Unscaled operands at the input scales → unscaled result at the result scale, or null. */
  readonly kernel: (a: bigint, b: bigint) => bigint | null;
}

/** Rounds an exact value (u at scale `fromScale`) to a decimal type HALF_UP; null/throw on
 *  overflow. The text in the error is the value before rounding, as Spark prints it. */
export function fitDecimal(u: bigint, fromScale: number, to: DecimalType, failOnError: boolean): bigint | null {
  const r = fromScale === to.scale ? u : roundUnscaled(u, fromScale, to.scale, "HALF_UP");
  if (fitsPrecision(r, to.precision)) return r;
  if (failOnError) throw numericValueOutOfRange(unscaledToString(u, fromScale), to.precision, to.scale);
  return null;
}

/** Binds `left op right` for two decimal types. */
export function bindDecimalArithmetic(
  op: DecimalArithmeticOp,
  left: DecimalType,
  right: DecimalType,
  opts: DecimalOptions,
): BoundDecimalOp {
  const resultType = decimalResultType(op, left, right, opts.allowPrecisionLoss ?? true);
  const fail = opts.failOnError;
  const s1 = left.scale;
  const s2 = right.scale;
  const common = Math.max(s1, s2);
  const f1 = pow10(common - s1);
  const f2 = pow10(common - s2);
  switch (op) {
    case "+":
      return { resultType, kernel: (a, b) => fitDecimal(a * f1 + b * f2, common, resultType, fail) };
    case "-":
      return { resultType, kernel: (a, b) => fitDecimal(a * f1 - b * f2, common, resultType, fail) };
    case "*":
      return { resultType, kernel: (a, b) => fitDecimal(a * b, s1 + s2, resultType, fail) };
    case "/": {
      // q = (a / 10^s1) / (b / 10^s2) at scale DIVISION_SCALE: a · 10^(DS - s1 + s2) / b
      const shift = DIVISION_SCALE - s1 + s2;
      const mulA = shift >= 0 ? pow10(shift) : 1n;
      const mulB = shift < 0 ? pow10(-shift) : 1n;
      return {
        resultType,
        kernel: (a, b) => {
          if (b === 0n) {
            if (fail) throw divideByZero();
            return null;
          }
          const q = divideHalfUp(a * mulA, b * mulB);
          return fitDecimal(q, DIVISION_SCALE, resultType, fail);
        },
      };
    }
    case "%":
    case "pmod": {
      const pmod = op === "pmod";
      return {
        resultType,
        kernel: (a, b) => {
          if (b === 0n) {
            if (fail) throw remainderByZero();
            return null;
          }
          const A = a * f1;
          const B = b * f2;
          let r = A % B; // sign of the dividend, like BigDecimal.remainder
          if (pmod && r < 0n) r = (r + B) % B;
          return fitDecimal(r, common, resultType, fail);
        },
      };
    }
  }
}

/** n / d rounded HALF_UP (ties away from zero). */
export function divideHalfUp(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n - q * d;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= (d < 0n ? -d : d)) return (n < 0n) !== (d < 0n) ? q - 1n : q + 1n;
  return q;
}
