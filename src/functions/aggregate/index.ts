// Aggregate functions: each in its own file; registered here. grouping / grouping_id are
// resolved by the analyzer and are not registered.
import { registerFunction } from "../registry.js";
import type { FunctionDef } from "../function-definition.js";
import { approxCountDistinct } from "./approx-count-distinct.js";
import { avg, tryAvg } from "./avg.js";
import { bitAnd, bitOr, bitXor } from "./bit-agg.js";
import { boolAnd, boolOr } from "./bool-agg.js";
import { kurtosis, skewness, stddevPop, stddevSamp, varPop, varSamp } from "./central-moments.js";
import { collectList, collectSet } from "./collect.js";
import { count, countIf } from "./count.js";
import {
  corr,
  covarPop,
  covarSamp,
  regrAvgx,
  regrAvgy,
  regrCount,
  regrIntercept,
  regrR2,
  regrSlope,
  regrSxx,
  regrSxy,
  regrSyy,
} from "./covariance.js";
import { anyValue, first, firstValue, last, lastValue } from "./first-last.js";
import { max, maxBy, min, minBy } from "./min-max.js";
import { mode } from "./mode.js";
import { median, percentile } from "./percentile.js";
import { percentileApprox } from "./percentile-approx.js";
import { product } from "./product.js";
import { sum, trySum } from "./sum.js";

export const AGGREGATE_FUNCTIONS: readonly FunctionDef[] = [
  count, countIf, sum, trySum, avg, tryAvg, min, max, maxBy, minBy, first, last, firstValue, lastValue, anyValue,
  boolAnd, boolOr, bitAnd, bitOr, bitXor, collectList, collectSet, approxCountDistinct, percentile, median,
  percentileApprox, mode, stddevSamp, stddevPop, varSamp, varPop, skewness, kurtosis, corr, covarPop, covarSamp,
  regrCount, regrAvgx, regrAvgy, regrSxx, regrSyy, regrSxy, regrSlope, regrIntercept, regrR2, product,
];

for (const f of AGGREGATE_FUNCTIONS) registerFunction(f);
