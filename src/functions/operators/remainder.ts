// `%` (alias mod) and try_mod: the remainder with the dividend's sign (Java's %), at the wider
// numeric type or Spark's decimal remainder type. x % 0 raises REMAINDER_BY_ZERO under ANSI.

import type { ArgInfo, BoundScalar, ScalarFunctionDef } from "../function-definition.js";
import { coerceBinaryOperands } from "../../plan/analyzer/type-coercion/binary-operands.js";
import { dataTypeEquals, isNumeric, type DecimalType } from "../../types/data-type.js";
import { bindDecimalArithmetic } from "../../values/decimal-arithmetic.js";
import { checkArity } from "../misc/bind-helpers.js";
import { binaryOpDiffTypes, binaryOpWrongType, remainderByZero } from "./operator-errors.js";
import type { ArithMode } from "./arithmetic-kernels.js";

export function bindRemainder(name: string, args: readonly ArgInfo[], mode: ArithMode): BoundScalar {
  checkArity(name, args, 2);
  const c = coerceBinaryOperands("%", args[0]!, args[1]!);
  if (c === null || !isNumeric(c.left)) {
    const [a, b] = [args[0]!.dataType, args[1]!.dataType];
    throw dataTypeEquals(a, b, true) ? binaryOpWrongType("%", args, '"NUMERIC"', a) : binaryOpDiffTypes("%", args);
  }
  const fail = mode === "ansi";
  const inputTypes = [c.left, c.right];
  const t = c.left;
  switch (t.kind) {
    case "decimal": {
      const d = bindDecimalArithmetic("%", t, c.right as DecimalType, { failOnError: fail });
      return { returnType: d.resultType, nullable: !fail, nullIntolerant: true, inputTypes, kernel: d.kernel };
    }
    case "long":
      return {
        returnType: t,
        nullable: !fail,
        nullIntolerant: true,
        inputTypes,
        kernel: (a: bigint, b: bigint) => {
          if (b === 0n) {
            if (fail) throw remainderByZero();
            return null;
          }
          return a % b;
        },
      };
    default: {
      // byte/short/int: `| 0` turns JS's -0 (e.g. -4 % 2) into 0; float rounds to float
      const fix = t.kind === "float" ? Math.fround : t.kind === "double" ? (x: number) => x : (x: number) => x | 0;
      return {
        returnType: t,
        nullable: !fail,
        nullIntolerant: true,
        inputTypes,
        kernel: (a: number, b: number) => {
          if (b === 0) {
            if (fail) throw remainderByZero();
            return null;
          }
          return fix(a % b);
        },
      };
    }
  }
}

export const remainder: ScalarFunctionDef = {
  kind: "scalar",
  name: "%",
  aliases: ["mod"],
  bind: (args, ctx) => bindRemainder("%", args, ctx.ansi ? "ansi" : "legacy"),
};
export const tryMod: ScalarFunctionDef = {
  kind: "scalar",
  name: "try_mod",
  bind: (args) => bindRemainder("try_mod", args, "try"),
};
