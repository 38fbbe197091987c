// Spark's CentralMomentAgg: stddev / stddev_samp / std, stddev_pop, variance / var_samp,
// var_pop, skewness, kurtosis over DOUBLE. The running moments use Spark's exact update and
// merge formulas (same operation order), so results match Spark to the last bit. With
// spark.sql.legacy.statisticalAggregate off (the default) a division by zero in a sample
// statistic (one row) or in skewness/kurtosis (zero variance) gives NULL, not NaN.
import type { AggregateFunctionDef, BoundAggregate, FunctionContext } from "../function-definition.js";
import { defineAggregate, doubleInput } from "./agg-helpers.js";
import { DoubleType } from "../../types/data-type.js";

export interface Moments {
  n: number;
  avg: number;
  m2: number;
  m3: number;
  m4: number;
}

export const newMoments = (): Moments => ({ n: 0, avg: 0, m2: 0, m3: 0, m4: 0 });

/** Adds one value; `order` is the highest moment needed (2, 3 or 4). */
export function addMoment(s: Moments, x: number, order: number): void {
  const newN = s.n + 1;
  const delta = x - s.avg;
  const deltaN = delta / newN;
  const newM2 = s.m2 + delta * (delta - deltaN);
  if (order >= 3) {
    const delta2 = delta * delta;
    const deltaN2 = deltaN * deltaN;
    const newM3 = s.m3 - 3.0 * deltaN * newM2 + delta * (delta2 - deltaN2);
    if (order >= 4) s.m4 = s.m4 - 4.0 * deltaN * newM3 - 6.0 * deltaN2 * newM2 + delta * (delta * delta2 - deltaN * deltaN2);
    s.m3 = newM3;
  }
  s.n = newN;
  s.avg += deltaN;
  s.m2 = newM2;
}

export function mergeMoments(a: Moments, b: Moments, order: number): Moments {
  const n1 = a.n;
  const n2 = b.n;
  const newN = n1 + n2;
  const delta = b.avg - a.avg;
  const deltaN = newN === 0 ? 0 : delta / newN;
  const r: Moments = {
    n: newN,
    avg: a.avg + deltaN * n2,
    m2: a.m2 + b.m2 + delta * deltaN * n1 * n2,
    m3: 0,
    m4: 0,
  };
  if (order >= 3) {
    r.m3 = a.m3 + b.m3 + deltaN * deltaN * delta * n1 * n2 * (n1 - n2) + 3.0 * deltaN * (n1 * b.m2 - n2 * a.m2);
  }
  if (order >= 4) {
    r.m4 =
      a.m4 +
      b.m4 +
      deltaN * deltaN * deltaN * delta * n1 * n2 * (n1 * n1 - n1 * n2 + n2 * n2) +
      6.0 * deltaN * deltaN * (n1 * n1 * b.m2 + n2 * n2 * a.m2) +
      4.0 * deltaN * (n1 * b.m3 - n2 * a.m3);
  }
  return r;
}

type Evaluate = (m: Moments, divideByZero: number | null) => number | null;

function momentAggregate(name: string, aliases: readonly string[], order: number, evaluate: Evaluate): AggregateFunctionDef {
  return defineAggregate({
    name,
    aliases,
    minArgs: 1,
    bind: (args, ctx: FunctionContext, _d, n): BoundAggregate => {
      doubleInput(n, args, 0);
      const legacy = ctx.conf("spark.sql.legacy.statisticalAggregate", "false") === "true";
      const byZero = legacy ? NaN : null;
      return {
        returnType: DoubleType(),
        nullable: true,
        inputTypes: [DoubleType()],
        skipNulls: true,
        init: newMoments,
        update: (acc: unknown, a) => {
          addMoment(acc as Moments, a[0] as number, order);
          return acc;
        },
        merge: (a: unknown, b: unknown) => mergeMoments(a as Moments, b as Moments, order),
        finish: (acc: unknown) => {
          const m = acc as Moments;
          return m.n === 0 ? null : evaluate(m, byZero);
        },
      };
    },
  });
}

export const stddevSamp = momentAggregate("stddev_samp", ["stddev", "std"], 2, (m, z) =>
  m.n === 1 ? z : Math.sqrt(m.m2 / (m.n - 1)),
);
export const stddevPop = momentAggregate("stddev_pop", [], 2, (m) => Math.sqrt(m.m2 / m.n));
export const varSamp = momentAggregate("var_samp", ["variance"], 2, (m, z) => (m.n === 1 ? z : m.m2 / (m.n - 1)));
export const varPop = momentAggregate("var_pop", [], 2, (m) => m.m2 / m.n);
export const skewness = momentAggregate("skewness", [], 3, (m, z) =>
  m.m2 === 0 ? z : (Math.sqrt(m.n) * m.m3) / Math.sqrt(m.m2 * m.m2 * m.m2),
);
export const kurtosis = momentAggregate("kurtosis", [], 4, (m, z) => (m.m2 === 0 ? z : (m.n * m.m4) / (m.m2 * m.m2) - 3.0));
