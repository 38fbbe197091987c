// Double → double math functions (inputs implicitly cast to DOUBLE, as Spark's
// UnaryMathExpression). Logarithms return null outside their domain (Spark's UnaryLogExpression).
import { defineScalar, expectDouble, strict } from "../misc/bind-helpers.js";
import { DoubleType } from "../../types/data-type.js";
import type { ScalarFunctionDef } from "../function-definition.js";
import { cosh, sinh, tanh } from "./fdlibm-hyperbolic.js";

const RADIANS_TO_DEGREES = 57.29577951308232;
const DEGREES_TO_RADIANS = 0.017453292519943295;

function unary(name: string, f: (x: number) => number | null, nullable = false, aliases?: string[]): ScalarFunctionDef {
  return defineScalar({
    name,
    ...(aliases ? { aliases } : {}),
    minArgs: 1,
    bind: (args, _ctx, fn) => strict(DoubleType(), [expectDouble(fn, args, 0)], f, nullable),
  });
}

const logOrNull = (f: (x: number) => number, min: number) => (x: number) => (x <= min ? null : f(x));

export const UNARY_DOUBLE_FUNCTIONS: readonly ScalarFunctionDef[] = [
  unary("sqrt", Math.sqrt),
  unary("cbrt", Math.cbrt),
  unary("exp", Math.exp),
  unary("expm1", Math.expm1),
  unary("ln", logOrNull(Math.log, 0), true),
  unary("log10", logOrNull(Math.log10, 0), true),
  unary("log2", logOrNull((x) => Math.log(x) / Math.LN2, 0), true),
  unary("log1p", logOrNull(Math.log1p, -1), true),
  unary("sin", Math.sin),
  unary("cos", Math.cos),
  unary("tan", Math.tan),
  unary("asin", Math.asin),
  unary("acos", Math.acos),
  unary("atan", Math.atan),
  unary("sinh", sinh),
  unary("cosh", cosh),
  unary("tanh", tanh),
  // Spark's formulas (not the libm ones): asinh(-0.0) is 0.0, asinh/acosh(1e308) overflow to Infinity
  unary("asinh", (x) => (x === -Infinity ? x : Math.log(x + Math.sqrt(x * x + 1)))),
  unary("acosh", (x) => Math.log(x + Math.sqrt(x * x - 1))),
  unary("atanh", (x) => 0.5 * (Math.log1p(x) - Math.log1p(-x))),
  unary("cot", (x) => 1 / Math.tan(x)),
  unary("sec", (x) => 1 / Math.cos(x)),
  unary("csc", (x) => 1 / Math.sin(x)),
  unary("degrees", (x) => x * RADIANS_TO_DEGREES),
  unary("radians", (x) => x * DEGREES_TO_RADIANS),
  unary("signum", Math.sign, false, ["sign"]),
  unary("rint", (x) => {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : r;
  }),
];
