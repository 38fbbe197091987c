// round (HALF_UP) / bround (HALF_EVEN) with an optional constant scale (may be negative).
// Doubles round their Java decimal digits (Scala's BigDecimal(double)), so round(2.675D, 2) is
// 2.68; integral types round exactly and raise ARITHMETIC_OVERFLOW under ANSI; decimals follow
// Spark's RoundBase result type.
import { SparkArithmeticException } from "../../errors/spark-error.js";
import { defineScalar, expectInt, unexpectedType } from "../misc/bind-helpers.js";
import type { ArgInfo, BoundScalar, FunctionContext } from "../function-definition.js";
import { DecimalType, DoubleType, IntegerType, isNumeric, type DataType } from "../../types/data-type.js";
import { decimalText, javaDecimalOf, rescale, type RoundingMode } from "./decimal-digits.js";
import { formatFloat } from "../../values/java-format.js";

/** Spark's RoundBase / RoundCeil result type for DECIMAL(p, s) rounded to `scale`. */
export function roundedDecimalType(p: number, s: number, scale: number): DataType {
  const integral = p - s + 1;
  if (scale < 0) return DecimalType(Math.min(Math.max(integral, -scale + 1), 38), 0);
  const newScale = Math.min(s, scale);
  return DecimalType(Math.min(integral + newScale, 38), newScale);
}

export function roundDouble(x: number, scale: number, mode: RoundingMode): number {
  if (!Number.isFinite(x)) return x;
  const { unscaled, scale: s } = javaDecimalOf(x);
  const r = rescale(unscaled, s, scale, mode);
  const text = scale >= 0 ? decimalText(r, scale) : (r * 10n ** BigInt(-scale)).toString();
  const v = Number(text);
  return v === 0 ? 0 : v; // a Java BigDecimal has no -0: round(-0.4D) is 0.0
}

function roundFloat(x: number, scale: number, mode: RoundingMode): number {
  if (!Number.isFinite(x)) return x;
  const m = /^(-?)(\d+)\.(\d+)(?:E(-?\d+))?$/.exec(formatFloat(x))!;
  const exp = m[4] ? Number(m[4]) : 0;
  let unscaled = BigInt(m[2]! + m[3]!);
  let s = m[3]!.length - exp;
  if (s < 0) {
    unscaled *= 10n ** BigInt(-s);
    s = 0;
  }
  if (m[1]) unscaled = -unscaled;
  const r = rescale(unscaled, s, scale, mode);
  const text = scale >= 0 ? decimalText(r, scale) : (r * 10n ** BigInt(-scale)).toString();
  return Math.fround(Number(text));
}

const INT_RANGE: Partial<Record<DataType["kind"], [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
};

function roundBind(name: string, mode: RoundingMode) {
  return (args: readonly ArgInfo[], ctx: FunctionContext): BoundScalar => {
    const t: DataType = args[0]!.dataType.kind === "string" ? DoubleType() : args[0]!.dataType; // ANSI: a string is a double
    if (!isNumeric(t) && t.kind !== "null") throw unexpectedType(name, args, 0, '"NUMERIC"');
    let scale = 0;
    const inputTypes: DataType[] = [t.kind === "null" ? DoubleType() : t];
    if (args.length === 2) {
      inputTypes.push(expectInt(name, args, 1));
      const a = args[1]!;
      if (!a.foldable) {
        throw unexpectedType(name, args, 1, '"INT"'); // Spark requires a foldable scale
      }
      scale = a.value === null ? 0 : Number(a.value);
    }
    const ansi = ctx.ansi;
    const overflow = () =>
      new SparkArithmeticException("ARITHMETIC_OVERFLOW", { message: "Overflow", alternative: "", config: '"spark.sql.ansi.enabled"' });
    const type = inputTypes[0]!;
    let returnType: DataType = type;
    let kernel: (x: any) => unknown;
    switch (type.kind) {
      case "double":
        kernel = (x: number) => roundDouble(x, scale, mode);
        break;
      case "float":
        kernel = (x: number) => roundFloat(x, scale, mode);
        break;
      case "long":
        kernel = (x: bigint) => {
          if (scale >= 0) return x;
          const r = rescale(x, 0, scale, mode) * 10n ** BigInt(-scale);
          if (r !== BigInt.asIntN(64, r)) {
            if (ansi) throw overflow();
            return BigInt.asIntN(64, r);
          }
          return r;
        };
        break;
      case "decimal": {
        returnType = roundedDecimalType(type.precision, type.scale, scale);
        const outScale = (returnType as { scale: number }).scale;
        const s = type.scale;
        kernel = (x: bigint) => {
          if (scale < 0) return rescale(x, s, scale, mode) * 10n ** BigInt(-scale);
          return rescale(x, s, outScale, mode);
        };
        break;
      }
      default: {
        const [min, max] = INT_RANGE[type.kind] ?? [-2147483648, 2147483647];
        kernel = (x: number) => {
          if (scale >= 0) return x;
          const r = Number(rescale(BigInt(x), 0, scale, mode) * 10n ** BigInt(-scale));
          if (r < min || r > max) {
            if (ansi) throw overflow();
            return returnType.kind === "integer" ? r | 0 : r;
          }
          return r;
        };
      }
    }
    return { returnType, nullable: false, nullIntolerant: true, inputTypes, kernel };
  };
}

export const round = defineScalar({ name: "round", minArgs: 1, maxArgs: 2, bind: (a, c) => roundBind("round", "HALF_UP")(a, c) });
export const bround = defineScalar({ name: "bround", minArgs: 1, maxArgs: 2, bind: (a, c) => roundBind("bround", "HALF_EVEN")(a, c) });
