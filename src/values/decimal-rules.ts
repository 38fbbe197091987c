// Spark's DecimalPrecision rules: the result type of decimal + - * / % and the widening of other
// numeric types to decimals (DecimalType.forType / fromLiteral).

import { DecimalType, type DataType } from "../types/data-type.js";
import { digitCount } from "./decimal.js";

export const MAX_PRECISION = 38;
export const MAX_SCALE = 38;
/** Scale kept at least this large when a result type is cut back to 38 digits. */
export const MINIMUM_ADJUSTED_SCALE = 6;

export type DecimalArithmeticOp = "+" | "-" | "*" | "/" | "%" | "pmod";

/** DecimalType.bounded: clamps precision and scale to 38. */
export function boundedDecimal(precision: number, scale: number): DecimalType {
  return DecimalType(Math.min(precision, MAX_PRECISION), Math.min(scale, MAX_SCALE));
}

/** DecimalType.adjustPrecisionScale: caps precision at 38, giving up scale (down to 6) to
 *  keep the integral digits. */
export function adjustPrecisionScale(precision: number, scale: number): DecimalType {
  if (precision <= MAX_PRECISION) return DecimalType(precision, scale);
  const intDigits = precision - scale;
  const minScale = Math.min(scale, MINIMUM_ADJUSTED_SCALE);
  const adjustedScale = Math.max(MAX_PRECISION - intDigits, minScale);
  return DecimalType(MAX_PRECISION, adjustedScale);
}

/** Result type of `left op right` for two decimals (spark.sql.decimalOperations.
 *  allowPrecisionLoss defaults to true). */
export function decimalResultType(
  op: DecimalArithmeticOp,
  left: DecimalType,
  right: DecimalType,
  allowPrecisionLoss = true,
): DecimalType {
  const { precision: p1, scale: s1 } = left;
  const { precision: p2, scale: s2 } = right;
  const fit = allowPrecisionLoss ? adjustPrecisionScale : boundedDecimal;
  switch (op) {
    case "+":
    case "-": {
      const scale = Math.max(s1, s2);
      return fit(Math.max(p1 - s1, p2 - s2) + scale + 1, scale);
    }
    case "*":
      return fit(p1 + p2 + 1, s1 + s2);
    case "/": {
      if (allowPrecisionLoss) {
        const scale = Math.max(MINIMUM_ADJUSTED_SCALE, s1 + p2 + 1);
        return adjustPrecisionScale(p1 - s1 + s2 + scale, scale);
      }
      let intDigits = Math.min(MAX_SCALE, p1 - s1 + s2);
      let decDigits = Math.min(MAX_SCALE, Math.max(6, s1 + p2 + 1));
      const diff = intDigits + decDigits - MAX_SCALE;
      if (diff > 0) {
        decDigits -= Math.floor(diff / 2) + 1;
        intDigits = MAX_SCALE - decDigits;
      }
      return boundedDecimal(intDigits + decDigits, decDigits);
    }
    case "%":
    case "pmod": {
      const scale = Math.max(s1, s2);
      return fit(Math.min(p1 - s1, p2 - s2) + scale, scale);
    }
  }
}

/** DecimalType.forType: the decimal that holds every value of an integral or fractional type
 *  (byte → (3,0), short → (5,0), int → (10,0), long → (20,0), float → (14,7),
 *  double → (30,15)); the type itself for decimals; null otherwise. */
export function decimalForType(t: DataType): DecimalType | null {
  switch (t.kind) {
    case "byte":
      return DecimalType(3, 0);
    case "short":
      return DecimalType(5, 0);
    case "integer":
      return DecimalType(10, 0);
    case "long":
      return DecimalType(20, 0);
    case "float":
      return DecimalType(14, 7);
    case "double":
      return DecimalType(30, 15);
    case "decimal":
      return t;
    default:
      return null;
  }
}

/** DecimalType.fromLiteral for an integral literal: the smallest decimal holding the value
 *  (`dec + 1` types the 1 as decimal(1,0)). */
export function decimalForIntegralLiteral(value: number | bigint): DecimalType {
  return DecimalType(Math.max(digitCount(BigInt(value)), 1), 0);
}

/** The type a decimal literal such as 123.4500 gets: decimal(7,4); 0.00001 → decimal(5,5). */
export function decimalTypeOfLiteral(unscaled: bigint, scale: number): DecimalType {
  const precision = Math.max(digitCount(unscaled), scale);
  if (precision > MAX_PRECISION) throw new RangeError(`Decimal literal exceeds max precision ${MAX_PRECISION}`);
  return DecimalType(Math.max(precision, 1), scale);
}

/** DecimalPrecision.widerDecimalType: a decimal holding both (for union, coalesce, CASE). */
export function widerDecimalType(a: DecimalType, b: DecimalType): DecimalType {
  const scale = Math.max(a.scale, b.scale);
  const range = Math.max(a.precision - a.scale, b.precision - b.scale);
  return boundedDecimal(range + scale, scale);
}
