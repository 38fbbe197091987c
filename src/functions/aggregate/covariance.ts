// Two-variable statistics over DOUBLE pairs (rows where either side is null are skipped):
// corr, covar_pop, covar_samp and the regression family regr_count, regr_avgx, regr_avgy,
// regr_sxx, regr_syy, regr_sxy, regr_slope, regr_intercept, regr_r2 (arguments are (y, x)).
// The co-moments follow Spark's PearsonCorrelation update/merge formulas operation for
// operation. corr over a constant column divides by zero: DIVIDE_BY_ZERO under ANSI, as Spark.
import type { AggregateFunctionDef, ArgInfo, BoundAggregate, FunctionContext } from "../function-definition.js";
import { defineAggregate, doubleInput } from "./agg-helpers.js";
import { DoubleType, LongType, type DataType } from "../../types/data-type.js";
import { divideByZero } from "../../values/decimal-arithmetic.js";

export interface CoMoments {
  n: number;
  xAvg: number;
  yAvg: number;
  ck: number;
  xMk: number;
  yMk: number;
}

const newCoMoments = (): CoMoments => ({ n: 0, xAvg: 0, yAvg: 0, ck: 0, xMk: 0, yMk: 0 });

export function addPair(s: CoMoments, x: number, y: number): void {
  const newN = s.n + 1;
  const dx = x - s.xAvg;
  const dxN = dx / newN;
  const dy = y - s.yAvg;
  const dyN = dy / newN;
  const newXAvg = s.xAvg + dxN;
  const newYAvg = s.yAvg + dyN;
  s.ck += dx * (y - newYAvg);
  s.xMk += dx * (x - newXAvg);
  s.yMk += dy * (y - newYAvg);
  s.n = newN;
  s.xAvg = newXAvg;
  s.yAvg = newYAvg;
}

export function mergePairs(a: CoMoments, b: CoMoments): CoMoments {
  const n1 = a.n;
  const n2 = b.n;
  const newN = n1 + n2;
  const dx = b.xAvg - a.xAvg;
  const dxN = newN === 0 ? 0 : dx / newN;
  const dy = b.yAvg - a.yAvg;
  const dyN = newN === 0 ? 0 : dy / newN;
  return {
    n: newN,
    xAvg: a.xAvg + dxN * n2,
    yAvg: a.yAvg + dyN * n2,
    ck: a.ck + b.ck + dx * dyN * n1 * n2,
    xMk: a.xMk + b.xMk + dx * dxN * n1 * n2,
    yMk: a.yMk + b.yMk + dy * dyN * n1 * n2,
  };
}

type Evaluate = (m: CoMoments, env: { byZero: number | null; ansi: boolean }) => unknown;

/** `first` names which argument is x: corr/covar take (x, y), regr_* take (y, x). */
function pairAggregate(name: string, yFirst: boolean, evaluate: Evaluate, returnType: DataType = DoubleType(), nullable = true): AggregateFunctionDef {
  return defineAggregate({
    name,
    minArgs: 2,
    bind: (args: readonly ArgInfo[], ctx: FunctionContext, _d, n): BoundAggregate => {
      doubleInput(n, args, 0);
      doubleInput(n, args, 1);
      const legacy = ctx.conf("spark.sql.legacy.statisticalAggregate", "false") === "true";
      const env = { byZero: legacy ? NaN : null, ansi: ctx.ansi };
      const xi = yFirst ? 1 : 0;
      const yi = 1 - xi;
      return {
        returnType,
        nullable,
        inputTypes: [DoubleType(), DoubleType()],
        skipNulls: true,
        init: newCoMoments,
        update: (acc: unknown, a) => {
          addPair(acc as CoMoments, a[xi] as number, a[yi] as number);
          return acc;
        },
        merge: (a: unknown, b: unknown) => mergePairs(a as CoMoments, b as CoMoments),
        finish: (acc: unknown) => evaluate(acc as CoMoments, env),
      };
    },
  });
}

export const corr = pairAggregate("corr", false, (m, env) => {
  if (m.n === 0) return null;
  if (m.n === 1) return env.byZero;
  const d = Math.sqrt(m.xMk * m.yMk);
  if (d === 0) {
    if (env.ansi) throw divideByZero();
    return null;
  }
  return m.ck / d;
});
export const covarPop = pairAggregate("covar_pop", false, (m) => (m.n === 0 ? null : m.ck / m.n));
export const covarSamp = pairAggregate("covar_samp", false, (m, env) =>
  m.n === 0 ? null : m.n === 1 ? env.byZero : m.ck / (m.n - 1),
);

export const regrCount = pairAggregate("regr_count", true, (m) => BigInt(m.n), LongType(), false);
export const regrAvgx = pairAggregate("regr_avgx", true, (m) => (m.n === 0 ? null : m.xAvg));
export const regrAvgy = pairAggregate("regr_avgy", true, (m) => (m.n === 0 ? null : m.yAvg));
export const regrSxx = pairAggregate("regr_sxx", true, (m) => (m.n === 0 ? null : m.xMk));
export const regrSyy = pairAggregate("regr_syy", true, (m) => (m.n === 0 ? null : m.yMk));
export const regrSxy = pairAggregate("regr_sxy", true, (m) => (m.n === 0 ? null : m.ck));
export const regrSlope = pairAggregate("regr_slope", true, (m) => (m.n === 0 || m.xMk === 0 ? null : m.ck / m.xMk));
export const regrIntercept = pairAggregate("regr_intercept", true, (m) =>
  m.n === 0 || m.xMk === 0 ? null : m.yAvg - (m.ck / m.xMk) * m.xAvg,
);
// Spark tests the dependent variable's variance first: constant y is NULL, constant x is 1.0
export const regrR2 = pairAggregate("regr_r2", true, (m) =>
  m.n === 0 || m.yMk === 0 ? null : m.xMk === 0 ? 1.0 : (m.ck * m.ck) / (m.xMk * m.yMk),
);
