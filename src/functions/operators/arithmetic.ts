// + - * and their try_ variants (try_add, try_subtract, try_multiply): numeric, decimal,
// datetime and interval operands, typed by coerceBinaryOperands.

import type { ArgInfo, BoundScalar, FunctionContext, ScalarFunctionDef } from "../function-definition.js";
import { coerceBinaryOperands } from "../../plan/analyzer/type-coercion/binary-operands.js";
import { dataTypeEquals, type DataType } from "../../types/data-type.js";
import { checkArity } from "../misc/bind-helpers.js";
import { numericArithmetic, type ArithKernel, type ArithMode, type ArithOp } from "./arithmetic-kernels.js";
import { datetimeArithmetic } from "./datetime-arithmetic.js";
import { calendarIntervalArithmetic } from "./calendar-interval-arithmetic.js";
import { bindIntervalScaling } from "./interval-scaling.js";
import { binaryOpDiffTypes, binaryOpWrongType } from "./operator-errors.js";

const ARITH_INPUT = '("NUMERIC" or "INTERVAL DAY TO SECOND" or "INTERVAL YEAR TO MONTH" or "INTERVAL")';

export function bindArithmetic(op: ArithOp, name: string, args: readonly ArgInfo[], mode: ArithMode, ctx: FunctionContext): BoundScalar {
  checkArity(name, args, 2);
  if (op === "*") {
    const scaled = bindIntervalScaling("*", args[0]!.dataType, args[1]!.dataType);
    if (scaled) return scaled;
  }
  const c = coerceBinaryOperands(op, args[0]!, args[1]!);
  if (c === null) throw typeError(op, args);
  let k: ArithKernel | null = null;
  if (op !== "*") k = datetimeArithmetic(op, c.left, c.right, mode, ctx.timeZone) ?? calendarIntervalArithmetic(op, c.left, c.right, mode, ctx.timeZone);
  if (k === null) {
    if (!isNumericLike(c.left) || !isNumericLike(c.right)) throw typeError(op, args);
    k = numericArithmetic(op, c.left, c.right, mode);
  }
  return {
    returnType: k.resultType,
    nullable: k.nullable,
    nullIntolerant: true,
    inputTypes: [c.left, c.right],
    kernel: k.kernel,
    ...(k.inline ? { inline: k.inline } : {}),
  };
}

const isNumericLike = (t: DataType): boolean =>
  ["byte", "short", "integer", "long", "float", "double", "decimal"].includes(t.kind);

function typeError(symbol: string, args: readonly ArgInfo[]): Error {
  const [a, b] = [args[0]!.dataType, args[1]!.dataType];
  return dataTypeEquals(a, b, true) ? binaryOpWrongType(symbol, args, ARITH_INPUT, a) : binaryOpDiffTypes(symbol, args);
}

function define(name: string, op: ArithOp, tryVariant: boolean): ScalarFunctionDef {
  return {
    kind: "scalar",
    name,
    bind: (args, ctx) => bindArithmetic(op, name, args, tryVariant ? "try" : ctx.ansi ? "ansi" : "legacy", ctx),
  };
}

export const add = define("+", "+", false);
export const subtract = define("-", "-", false);
export const multiply = define("*", "*", false);
export const tryAdd = define("try_add", "+", true);
export const trySubtract = define("try_subtract", "-", true);
export const tryMultiply = define("try_multiply", "*", true);
