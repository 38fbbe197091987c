// sum(x) / try_sum(x). Result types as Spark: integral → BIGINT, float/double → DOUBLE,
// DECIMAL(p, s) → DECIMAL(min(38, p + 10), s), ANSI intervals keep their type; NULL over no
// (non-null) rows. Integral sums check every step for LONG overflow (ARITHMETIC_OVERFLOW under
// ANSI); decimal sums are exact and checked once at the end against the result precision (Spark
// accepts a partial sum that overflows and comes back into range: sum(9…9, 1, -5) works).
import type { ArgInfo, BoundAggregate, FunctionContext } from "../function-definition.js";
import { defineAggregate, numericInput, valueAggregate } from "./agg-helpers.js";
import { addIntegral, integralResult, mergeIntegral, type IntegralSum, type OverflowMode } from "./sum-state.js";
import { DecimalType, DoubleType, LongType, isIntegral, type DataType } from "../../types/data-type.js";
import { fitsPrecision } from "../../values/decimal.js";
import { arithmeticOverflow } from "../operators/operator-errors.js";
import { numericValueOutOfRange } from "../../values/decimal-arithmetic.js";

/** Result type of sum over `t` (t already a numeric or interval input type). */
export function sumResultType(t: DataType): DataType {
  if (isIntegral(t)) return LongType();
  if (t.kind === "decimal") return DecimalType(Math.min(38, t.precision + 10), t.scale);
  if (t.kind === "year_month_interval" || t.kind === "day_time_interval") return t;
  return DoubleType();
}

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

export function bindSum(args: readonly ArgInfo[], ctx: FunctionContext, name: string, tryMode: boolean): BoundAggregate {
  const input = numericInput(name, args, 0, { allowIntervals: true });
  const returnType = sumResultType(input);
  const mode: OverflowMode = tryMode ? "try" : ctx.ansi ? "ansi" : "legacy";
  const inputTypes = [input];
  if (isIntegral(input) || input.kind === "day_time_interval") {
    const tryName = "try_add";
    return valueAggregate({
      returnType,
      nullable: true,
      inputTypes,
      init: () => null,
      update: (acc: IntegralSum, a) => addIntegral(acc, a[0] as number | bigint, mode, tryName),
      merge: (a: IntegralSum, b: IntegralSum) => mergeIntegral(a, b, mode, tryName),
      finish: integralResult,
    });
  }
  if (input.kind === "year_month_interval") {
    // Months are INT: overflow of the running sum is "integer overflow".
    const add = (acc: number | null, x: number): number | null => {
      if (acc === null) return x;
      const s = acc + x;
      if (s > INT_MAX || s < INT_MIN) {
        if (mode === "ansi") throw arithmeticOverflow("integer overflow", "try_add");
        return mode === "try" ? null : s | 0;
      }
      return s;
    };
    return valueAggregate({
      returnType,
      nullable: true,
      inputTypes,
      init: () => null,
      update: (acc: number | null, a) => add(acc, a[0] as number),
      merge: (a: number | null, b: number | null) => (b === null ? a : add(a, b)),
    });
  }
  if (input.kind === "decimal") {
    const precision = (returnType as DecimalType).precision;
    return valueAggregate({
      returnType,
      nullable: true,
      inputTypes,
      init: () => null,
      update: (acc: bigint | null, a) => (acc === null ? (a[0] as bigint) : acc + (a[0] as bigint)),
      merge: (a: bigint | null, b: bigint | null) => (a === null ? b : b === null ? a : a + b),
      finish: (acc: bigint | null) => {
        if (acc === null || fitsPrecision(acc, precision)) return acc;
        // Spark 4.1 reports the overflowing sum itself
        if (mode === "ansi") throw numericValueOutOfRange(acc.toString(), precision, (returnType as DecimalType).scale);
        return null;
      },
    });
  }
  return valueAggregate({
    returnType,
    nullable: true,
    inputTypes: [DoubleType()],
    init: () => null,
    update: (acc: number | null, a) => (acc === null ? (a[0] as number) : acc + (a[0] as number)),
    merge: (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b),
  });
}

export const decimalSumOverflow = () => arithmeticOverflow("Overflow in sum of decimals", "try_sum");

export const sum = defineAggregate({ name: "sum", minArgs: 1, bind: (args, ctx, _d, name) => bindSum(args, ctx, name, false) });
export const trySum = defineAggregate({ name: "try_sum", minArgs: 1, bind: (args, ctx, _d, name) => bindSum(args, ctx, name, true) });
