// percentile(x, p [, frequency]) and median(x): exact percentiles with linear interpolation,
// as Spark's Percentile: values with their frequencies are sorted, the position (N - 1)·p is
// located in the cumulative counts, and the two neighbours are interpolated in DOUBLE. `p` is a
// constant in [0, 1] or an array of them (then the result is an array). Numeric inputs give
// DOUBLE; ANSI intervals give the interval type. NULL over no rows.
import type { ArgInfo, BoundAggregate, FunctionContext } from "../function-definition.js";
import { defineAggregate, requireFoldable } from "./agg-helpers.js";
import { fromDouble, toDouble } from "./numeric-values.js";
import { AnalysisException, SparkRuntimeException } from "../../errors/spark-error.js";
import { ArrayType, DoubleType, LongType, isNumeric, type DataType } from "../../types/data-type.js";
import { callSql, unexpectedType } from "../misc/bind-helpers.js";
import { formatDouble } from "../../values/java-format.js";

/** Reads the constant percentage argument: a number or an array of numbers, each in [0, 1]. */
export function percentagesArg(
  name: string,
  args: readonly ArgInfo[],
  i: number,
): { list: number[]; isArray: boolean; inputType: DataType } {
  const a = args[i]!;
  const t = a.dataType;
  const isArray = t.kind === "array";
  const elem = isArray ? t.elementType : t;
  if (!(isNumeric(elem) || elem.kind === "null")) {
    throw unexpectedType(name, args, i, '("DOUBLE" or "ARRAY<DOUBLE>")');
  }
  const inputType = isArray ? ArrayType(DoubleType(), false) : DoubleType();
  const v = requireFoldable(name, args, i, "percentage", inputType);
  if (v === null) {
    throw new AnalysisException("DATATYPE_MISMATCH.UNEXPECTED_NULL", { sqlExpr: callSql(name, args), exprName: "percentage" });
  }
  const raw = isArray ? (v as unknown[]) : [v];
  const list = raw.map((x) => toDouble(x, elem));
  for (const p of list) {
    if (!(p >= 0 && p <= 1)) {
      throw new AnalysisException("DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE", {
        sqlExpr: callSql(name, args),
        exprName: "percentage",
        valueRange: "[0.0, 1.0]",
        currentValue: formatDouble(p) + "D",
      });
    }
  }
  return { list, isArray, inputType };
}

interface Acc {
  counts: Map<number, number>;
}

/** Exact percentile at `p` of value→count pairs sorted by value. */
function percentileOf(sorted: readonly [number, number][], cum: Float64Array, total: number, p: number): number {
  const position = (total - 1) * p;
  const lower = Math.floor(position);
  const higher = Math.ceil(position);
  const at = (rank: number): number => {
    // first index whose cumulative count exceeds `rank`
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! > rank) hi = mid;
      else lo = mid + 1;
    }
    return sorted[lo]![0];
  };
  const lowerKey = at(lower);
  if (higher === lower) return lowerKey;
  const higherKey = at(higher);
  if (lowerKey === higherKey) return lowerKey;
  return (higher - position) * lowerKey + (position - lower) * higherKey;
}

export function bindPercentile(
  name: string,
  args: readonly ArgInfo[],
  percentages: { list: number[]; isArray: boolean; inputType: DataType } | null,
  fixed: number,
): BoundAggregate {
  const t = args[0]!.dataType;
  const isInterval = t.kind === "year_month_interval" || t.kind === "day_time_interval";
  let valueType: DataType;
  if (isNumeric(t)) valueType = t;
  else if (isInterval) valueType = t;
  else if (t.kind === "null" || t.kind === "string") valueType = DoubleType();
  else throw unexpectedType(name, args, 0, '("NUMERIC" or "ANSI INTERVAL")');
  const ps = percentages?.list ?? [fixed];
  const isArray = percentages?.isArray ?? false;
  const elemType: DataType = isInterval ? t : DoubleType();
  const hasFreq = args.length === 3;
  const inputTypes: DataType[] = [valueType];
  if (percentages) inputTypes.push(percentages.inputType);
  if (hasFreq) {
    const ft = args[2]!.dataType;
    if (!(ft.kind === "byte" || ft.kind === "short" || ft.kind === "integer" || ft.kind === "long" || ft.kind === "null")) {
      throw unexpectedType(name, args, 2, '"INTEGRAL"');
    }
    inputTypes.push(LongType());
  }
  return {
    returnType: isArray ? ArrayType(elemType, false) : elemType,
    nullable: true,
    inputTypes,
    skipNulls: false,
    init: (): Acc => ({ counts: new Map() }),
    update: (acc: unknown, a) => {
      const v = a[0];
      if (v === null || v === undefined) return acc;
      let f = 1;
      if (hasFreq) {
        const fr = a[2];
        if (fr === null || fr === undefined) return acc;
        f = Number(fr as bigint);
        if (f < 0) {
          throw new SparkRuntimeException("NEGATIVE_VALUES_IN_FREQUENCY_EXPRESSION", {
            frequencyExpression: `"${args[2]!.sql ?? "?"}"`,
            negativeValue: `${f}L`,
          });
        }
        if (f === 0) return acc;
      }
      const m = (acc as Acc).counts;
      const x = toDouble(v, valueType) + 0; // -0.0 and 0.0 are one key
      m.set(x, (m.get(x) ?? 0) + f);
      return acc;
    },
    merge: (a: unknown, b: unknown) => {
      const m = new Map((a as Acc).counts);
      for (const [k, c] of (b as Acc).counts) m.set(k, (m.get(k) ?? 0) + c);
      return { counts: m };
    },
    finish: (acc: unknown) => {
      const m = (acc as Acc).counts;
      if (m.size === 0) return null;
      const sorted = [...m.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : Number.isNaN(x[0]) ? 1 : -1));
      const cum = new Float64Array(sorted.length);
      let total = 0;
      for (let i = 0; i < sorted.length; i++) cum[i] = total += sorted[i]![1];
      const results = ps.map((p) => {
        const r = percentileOf(sorted, cum, total, p);
        return isInterval ? fromDouble(Math.round(r), t) : r;
      });
      return isArray ? results : results[0];
    },
  };
}

export const percentile = defineAggregate({
  name: "percentile",
  minArgs: 2,
  maxArgs: 3,
  bind: (args, _ctx: FunctionContext, _d, name) => bindPercentile(name, args, percentagesArg(name, args, 1), 0.5),
});

export const median = defineAggregate({
  name: "median",
  minArgs: 1,
  bind: (args, _ctx, _d, name) => bindPercentile(name, args, null, 0.5),
});
