// decode(expr, search1, result1 [, search2, result2 ...] [, default]): the CASE form of decode
// (the two-argument form decodes bytes, in string/encode-decode.ts). expr matches a search
// value null-safely (NULL finds NULL) as <=> does; results widen to one type as CASE's do.
import type { ArgInfo, BoundScalar, FunctionContext } from "../function-definition.js";
import { dataTypeMismatch, typeSql } from "../misc/bind-helpers.js";
import { equalNullSafe } from "../operators/comparison.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/common-type.js";
import { bindCast } from "../../exec/cast/bind-cast.js";
import { dataTypeEquals, NullType, StringType, type DataType } from "../../types/data-type.js";

type Matcher = (expr: unknown, search: unknown) => boolean;

/** A null-safe equality of expr and one search value, after casting both to their common type. */
export function matcherFor(expr: ArgInfo, search: ArgInfo, ctx: FunctionContext): Matcher {
  const bound = equalNullSafe.bind([expr, search], ctx);
  const t = bound.inputTypes![0]!;
  const mode = ctx.ansi ? "ansi" : "legacy";
  const castTo = (from: DataType) => (dataTypeEquals(from, t, true) ? null : bindCast(from, t, mode, ctx.timeZone));
  const ce = castTo(expr.dataType);
  const cs = castTo(search.dataType);
  const eq = bound.kernel;
  return (e, s) => eq(e === null || ce === null ? e : ce(e), s === null || cs === null ? s : cs(s)) as boolean;
}

export function bindDecodeSearch(name: string, args: readonly ArgInfo[], ctx: FunctionContext): BoundScalar {
  const pairs = Math.floor((args.length - 1) / 2);
  const hasDefault = (args.length - 1) % 2 === 1;
  const resultIdx = [...Array.from({ length: pairs }, (_, i) => 2 + 2 * i), ...(hasDefault ? [args.length - 1] : [])];
  // Spark's default without one is a NULL of type STRING, which takes part in the widening
  const resultTypes = [...resultIdx.map((i) => args[i]!.dataType), ...(hasDefault ? [] : [StringType()])];
  const returnType = findWiderCommonType(resultTypes) ?? null;
  if (returnType === null) {
    throw dataTypeMismatch("DATA_DIFF_TYPES", name, args, {
      functionName: "`casewhen`",
      dataType: "[" + resultTypes.map(typeSql).join(", ") + "]",
    });
  }
  const matchers = Array.from({ length: pairs }, (_, i) => matcherFor(args[0]!, args[1 + 2 * i]!, ctx));
  const inputTypes = args.map((a, i) => (resultIdx.includes(i) ? returnType : a.dataType));
  const out = returnType.kind === "null" ? NullType() : returnType;
  return {
    returnType: out,
    nullable: true,
    nullIntolerant: false,
    inputTypes,
    kernel: (...v: unknown[]) => {
      for (let i = 0; i < pairs; i++) if (matchers[i]!(v[0], v[1 + 2 * i])) return v[2 + 2 * i];
      return hasDefault ? v[v.length - 1] : null;
    },
  };
}
