// ceil/ceiling/floor: BIGINT for integral and floating inputs without a scale (Java's (long)
// cast: NaN → 0, saturating), DECIMAL per Spark's rules for decimals or with a scale argument.
import { decimalForType as decimalForTypeOrNull } from "../../values/decimal-rules.js";
import { defineScalar, expectInt, unexpectedType } from "../misc/bind-helpers.js";
import type { ArgInfo, BoundScalar } from "../function-definition.js";
import { LongType, isIntegral, isNumeric, type DataType } from "../../types/data-type.js";
import { rescale, type RoundingMode } from "./decimal-digits.js";
import { roundedDecimalType } from "./round.js";

const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

/** Java's (long) d: NaN → 0, out of range saturates. */
export function doubleToLong(d: number): bigint {
  if (d !== d) return 0n;
  if (d >= 9223372036854775807) return LONG_MAX;
  if (d <= -9223372036854775808) return LONG_MIN;
  return BigInt(Math.trunc(d));
}

/** The DECIMAL a numeric becomes for ceil/floor with a scale (Spark's DecimalType.forType). */
const decimalForType = (t: DataType): DataType => decimalForTypeOrNull(t) ?? t;

function ceilFloor(name: string, mode: RoundingMode, f: (x: number) => number) {
  return (args: readonly ArgInfo[]): BoundScalar => {
    const t: DataType = args[0]!.dataType.kind === "string" ? { kind: "double" } : args[0]!.dataType; // ANSI: a string is a double
    if (!isNumeric(t) && t.kind !== "null") throw unexpectedType(name, args, 0, '("DECIMAL" or "DOUBLE" or "BIGINT")');
    if (args.length === 1 && t.kind !== "decimal") {
      if (isIntegral(t) || t.kind === "null") {
        return { returnType: LongType(), nullable: false, nullIntolerant: true, inputTypes: [LongType()], kernel: (x: bigint) => x };
      }
      return { returnType: LongType(), nullable: false, nullIntolerant: true, inputTypes: [{ kind: "double" }], kernel: (x: number) => doubleToLong(f(x)) };
    }
    let scale = 0;
    if (args.length === 2) {
      expectInt(name, args, 1);
      if (!args[1]!.foldable) throw unexpectedType(name, args, 1, '"INT"');
      scale = args[1]!.value === null ? 0 : Number(args[1]!.value);
    }
    const dec = (t.kind === "decimal" ? t : decimalForType(t)) as { precision: number; scale: number; kind: "decimal" };
    const returnType = roundedDecimalType(dec.precision, dec.scale, scale) as { scale: number } & DataType;
    const s = dec.scale;
    return {
      returnType,
      nullable: false,
      nullIntolerant: true,
      inputTypes: [dec, { kind: "integer" }],
      kernel: (x: bigint) => {
        if (scale < 0) return rescale(x, s, scale, mode) * 10n ** BigInt(-scale);
        return rescale(x, s, returnType.scale, mode);
      },
    };
  };
}

export const ceil = defineScalar({ name: "ceil", aliases: ["ceiling"], minArgs: 1, maxArgs: 2, bind: (a) => ceilFloor("ceil", "CEILING", Math.ceil)(a) });
export const floor = defineScalar({ name: "floor", minArgs: 1, maxArgs: 2, bind: (a) => ceilFloor("floor", "FLOOR", Math.floor)(a) });
