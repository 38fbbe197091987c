// avg(x) / mean(x) / try_avg(x). Integral and floating inputs average in DOUBLE (Spark sums
// them as doubles); DECIMAL(p, s) → DECIMAL(p + 4, s + 4) bounded at 38, the quotient rounded
// HALF_UP at the result scale; ANSI intervals keep their type (HALF_UP division by the count).
// NULL over no (non-null) rows.
import type { ArgInfo, BoundAggregate, FunctionContext } from "../function-definition.js";
import { defineAggregate, numericInput } from "./agg-helpers.js";
import { decimalSumOverflow } from "./sum.js";
import { boundedDecimal } from "../../values/decimal-rules.js";
import { divideHalfUp, numericValueOutOfRange } from "../../values/decimal-arithmetic.js";
import { fitsPrecision, pow10, unscaledToString } from "../../values/decimal.js";
import { DayTimeIntervalType, DoubleType, YearMonthIntervalType, type DataType } from "../../types/data-type.js";
import { arithmeticOverflow } from "../operators/operator-errors.js";

export function avgResultType(t: DataType): DataType {
  if (t.kind === "decimal") return boundedDecimal(t.precision + 4, t.scale + 4);
  // Spark's Average returns the widest interval of the kind (DAY TO SECOND, YEAR TO MONTH).
  if (t.kind === "year_month_interval") return YearMonthIntervalType();
  if (t.kind === "day_time_interval") return DayTimeIntervalType();
  return DoubleType();
}

/** [sum, count] accumulators: the sum is a number (double), or bigint for decimals/intervals. */
type Acc<T> = { sum: T; n: number };

const LONG_MAX = 9223372036854775807n;

function bindAvg(args: readonly ArgInfo[], ctx: FunctionContext, name: string, tryMode: boolean): BoundAggregate {
  const input = numericInput(name, args, 0, { allowIntervals: true });
  const returnType = avgResultType(input);
  const fail = ctx.ansi && !tryMode;
  if (input.kind === "decimal" || input.kind === "day_time_interval" || input.kind === "year_month_interval") {
    const isDec = input.kind === "decimal";
    const sumPrecision = isDec ? Math.min(38, input.precision + 10) : 0;
    const inScale = isDec ? input.scale : 0;
    const outScale = isDec ? (returnType as { scale: number }).scale : 0;
    const outPrecision = isDec ? (returnType as { precision: number }).precision : 0;
    const up = pow10(outScale - inScale);
    const toBig = (x: unknown): bigint => (typeof x === "bigint" ? x : BigInt(x as number));
    return {
      returnType,
      nullable: true,
      inputTypes: [input],
      skipNulls: true,
      init: (): Acc<bigint> => ({ sum: 0n, n: 0 }),
      update: (acc: unknown, a) => {
        const s = acc as Acc<bigint>;
        s.sum += toBig(a[0]);
        s.n++;
        return s;
      },
      merge: (a: unknown, b: unknown) => {
        const x = a as Acc<bigint>;
        const y = b as Acc<bigint>;
        return { sum: x.sum + y.sum, n: x.n + y.n };
      },
      finish: (acc: unknown) => {
        const { sum, n } = acc as Acc<bigint>;
        if (n === 0) return null;
        if (!isDec) {
          const q = divideHalfUp(sum, BigInt(n));
          if (input.kind === "year_month_interval") return Number(q);
          if (q > LONG_MAX || q < -LONG_MAX - 1n) {
            if (fail) throw arithmeticOverflow("long overflow", "try_avg");
            return null;
          }
          return q;
        }
        if (!fitsPrecision(sum, sumPrecision)) {
          if (fail) throw decimalSumOverflow();
          return null;
        }
        const q = divideHalfUp(sum * up, BigInt(n));
        if (fitsPrecision(q, outPrecision)) return q;
        if (fail) throw numericValueOutOfRange(unscaledToString(q, outScale), outPrecision, outScale);
        return null;
      },
    };
  }
  return {
    returnType,
    nullable: true,
    inputTypes: [DoubleType()],
    skipNulls: true,
    init: (): Acc<number> => ({ sum: 0, n: 0 }),
    update: (acc: unknown, a) => {
      const s = acc as Acc<number>;
      s.sum += a[0] as number;
      s.n++;
      return s;
    },
    merge: (a: unknown, b: unknown) => {
      const x = a as Acc<number>;
      const y = b as Acc<number>;
      return { sum: x.sum + y.sum, n: x.n + y.n };
    },
    finish: (acc: unknown) => {
      const { sum, n } = acc as Acc<number>;
      return n === 0 ? null : sum / n;
    },
  };
}

export const avg = defineAggregate({ name: "avg", aliases: ["mean"], minArgs: 1, bind: (a, c, _d, n) => bindAvg(a, c, n, false) });
export const tryAvg = defineAggregate({ name: "try_avg", minArgs: 1, bind: (a, c, _d, n) => bindAvg(a, c, n, true) });
