// percentile_approx / approx_percentile(x, p [, accuracy]): Spark's GK-summary percentile
// (see quantile-summary.ts). x is numeric, DATE, TIMESTAMP(_NTZ) or an ANSI interval; the result
// has x's type (an array of it when p is an array). accuracy defaults to 10000 and must be a
// constant in (0, 2147483647]. The answer is always one of the input values; exact while the
// input has fewer than about accuracy/2 rows.
import type { ArgInfo, BoundAggregate } from "../function-definition.js";
import { defineAggregate, requireFoldable } from "./agg-helpers.js";
import { percentagesArg } from "./percentile.js";
import { QuantileSummary } from "./quantile-summary.js";
import { fromDouble, toDouble } from "./numeric-values.js";
import { AnalysisException } from "../../errors/spark-error.js";
import { ArrayType, DoubleType, IntegerType, isNumeric, type DataType } from "../../types/data-type.js";
import { callSql, unexpectedType } from "../misc/bind-helpers.js";

const DEFAULT_ACCURACY = 10000;

function bindApprox(name: string, args: readonly ArgInfo[]): BoundAggregate {
  let t = args[0]!.dataType;
  const ok =
    isNumeric(t) ||
    t.kind === "date" ||
    t.kind === "timestamp" ||
    t.kind === "timestamp_ntz" ||
    t.kind === "year_month_interval" ||
    t.kind === "day_time_interval";
  if (t.kind === "null" || t.kind === "string") t = DoubleType();
  else if (!ok) {
    throw unexpectedType(name, args, 0, '("NUMERIC" or "DATE" or "TIMESTAMP" or "TIMESTAMP_NTZ" or "INTERVAL YEAR TO MONTH" or "INTERVAL DAY TO SECOND")');
  }
  const ps = percentagesArg(name, args, 1);
  let accuracy = DEFAULT_ACCURACY;
  const inputTypes: DataType[] = [t, ps.inputType];
  if (args.length === 3) {
    const at = args[2]!.dataType;
    if (!(at.kind === "byte" || at.kind === "short" || at.kind === "integer" || at.kind === "long")) {
      throw unexpectedType(name, args, 2, '"INTEGRAL"');
    }
    const v = requireFoldable(name, args, 2, "accuracy", IntegerType());
    const n = typeof v === "bigint" ? Number(v) : (v as number);
    if (!(n > 0 && n <= 2147483647)) {
      throw new AnalysisException("DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE", {
        sqlExpr: callSql(name, args),
        exprName: "accuracy",
        valueRange: "(0, 2147483647]",
        currentValue: `${n}L`,
      });
    }
    accuracy = n;
    inputTypes.push(at);
  }
  const relativeError = 1 / accuracy;
  return {
    returnType: ps.isArray ? ArrayType(t, false) : t,
    nullable: true,
    inputTypes,
    skipNulls: false,
    init: () => new QuantileSummary(relativeError),
    update: (acc: unknown, a) => {
      const v = a[0];
      if (v !== null && v !== undefined) (acc as QuantileSummary).insert(toDouble(v, t));
      return acc;
    },
    merge: (a: unknown, b: unknown) => QuantileSummary.merge(a as QuantileSummary, b as QuantileSummary),
    finish: (acc: unknown) => {
      const src = acc as QuantileSummary;
      if (src.count === 0 && src.head.length === 0) return null;
      // Query a compressed copy: finish must leave the accumulator as it was.
      const s = new QuantileSummary(src.relativeError);
      s.values = src.values.slice();
      s.g = src.g.slice();
      s.delta = src.delta.slice();
      s.head = src.head.slice();
      s.count = src.count;
      s.compress();
      const results = ps.list.map((p) => fromDouble(s.query(p), t));
      return ps.isArray ? results : results[0];
    },
  };
}

export const percentileApprox = defineAggregate({
  name: "percentile_approx",
  aliases: ["approx_percentile"],
  minArgs: 2,
  maxArgs: 3,
  bind: (args, _c, _d, name) => bindApprox(name, args),
});
