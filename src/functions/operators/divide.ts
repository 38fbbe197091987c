// `/` and try_divide: double division (integral and string operands are cast to double) or
// decimal division at Spark's result type. x / 0 raises DIVIDE_BY_ZERO under ANSI, null
// otherwise (also for doubles: Spark never returns Infinity from `/`).

import type { ArgInfo, BoundScalar, FunctionContext, ScalarFunctionDef } from "../function-definition.js";
import { coerceBinaryOperands } from "../../plan/analyzer/type-coercion/binary-operands.js";
import { DoubleType, dataTypeEquals, type DecimalType } from "../../types/data-type.js";
import { bindDecimalArithmetic } from "../../values/decimal-arithmetic.js";
import { checkArity } from "../misc/bind-helpers.js";
import { binaryOpDiffTypes, binaryOpWrongType, divideByZero } from "./operator-errors.js";
import type { ArithMode } from "./arithmetic-kernels.js";
import { bindIntervalScaling } from "./interval-scaling.js";

export function bindDivide(name: string, args: readonly ArgInfo[], mode: ArithMode, _ctx: FunctionContext): BoundScalar {
  checkArity(name, args, 2);
  const scaled = bindIntervalScaling("/", args[0]!.dataType, args[1]!.dataType);
  if (scaled) return scaled;
  const c = coerceBinaryOperands("/", args[0]!, args[1]!);
  if (c === null || (c.left.kind !== "double" && c.left.kind !== "decimal")) {
    const [a, b] = [args[0]!.dataType, args[1]!.dataType];
    throw dataTypeEquals(a, b, true) ? binaryOpWrongType("/", args, '("DOUBLE" or "DECIMAL")', a) : binaryOpDiffTypes("/", args);
  }
  if (c.left.kind === "decimal") {
    const d = bindDecimalArithmetic("/", c.left, c.right as DecimalType, { failOnError: mode === "ansi" });
    return { returnType: d.resultType, nullable: mode !== "ansi", nullIntolerant: true, inputTypes: [c.left, c.right], kernel: d.kernel };
  }
  if (mode === "ansi") {
    return {
      returnType: DoubleType(),
      nullable: false,
      nullIntolerant: true,
      inputTypes: [c.left, c.right],
      kernel: (a: number, b: number) => {
        if (b === 0) throw divideByZero();
        return a / b;
      },
      inline: ([a, b]) => `(${b} === 0 ? $rt.divZero() : ${a} / ${b})`,
    };
  }
  return {
    returnType: DoubleType(),
    nullable: true,
    nullIntolerant: true,
    inputTypes: [c.left, c.right],
    kernel: (a: number, b: number) => (b === 0 ? null : a / b),
  };
}

export const divide: ScalarFunctionDef = {
  kind: "scalar",
  name: "/",
  bind: (args, ctx) => bindDivide("/", args, ctx.ansi ? "ansi" : "legacy", ctx),
};
export const tryDivide: ScalarFunctionDef = {
  kind: "scalar",
  name: "try_divide",
  bind: (args, ctx) => bindDivide("try_divide", args, "try", ctx),
};
