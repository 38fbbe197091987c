// Small constructors and tree walks for unresolved expressions, used by the parse-* modules.

import type { Expr, LambdaVariable, Literal, UnresolvedFunction, WindowExpr } from "../plan/expr/unresolved.js";
import { Decimal } from "../values/decimal.js";
import { DayTimeInterval, YearMonthInterval } from "../values/interval.js";

export const fn = (name: string, ...args: Expr[]): UnresolvedFunction => ({
  kind: "unresolved_function",
  name,
  args,
  isDistinct: false,
});
export const not = (e: Expr): Expr => fn("not", e);
export const attr = (...nameParts: string[]): Expr => ({ kind: "unresolved_attribute", nameParts });

/** `-e`: negated literal when e is a numeric/interval literal, else negative(e). */
export function negate(e: Expr): Expr {
  if (e.kind === "literal") {
    const v = (e as Literal).value;
    if (typeof v === "number") return { ...e, value: -v };
    if (typeof v === "bigint") return { ...e, value: -v };
    if (v instanceof Decimal) return { ...e, value: new Decimal(-v.unscaled, v.scale) };
    if (v instanceof YearMonthInterval) return { ...e, value: new YearMonthInterval(-v.months) };
    if (v instanceof DayTimeInterval) return { ...e, value: new DayTimeInterval(-v.micros) };
  }
  return fn("negative", e);
}

/** Rebuilds `e` bottom-up, applying `f` to every node (subquery plans are not entered). */
export function mapExpr(e: Expr, f: (e: Expr) => Expr): Expr {
  const m = (x: Expr): Expr => mapExpr(x, f);
  let out: Expr;
  switch (e.kind) {
    case "unresolved_function":
      out = { ...e, args: e.args.map(m), ...(e.filter ? { filter: m(e.filter) } : {}) };
      break;
    case "alias":
      out = { ...e, child: m(e.child) };
      break;
    case "cast":
      out = { ...e, child: m(e.child) };
      break;
    case "sort_order":
      out = { ...e, child: m(e.child) };
      break;
    case "window": {
      const w: WindowExpr = {
        ...e,
        fn: m(e.fn),
        partitionSpec: e.partitionSpec.map(m),
        orderSpec: e.orderSpec.map((o) => ({ ...o, child: m(o.child) })),
      };
      out = w;
      break;
    }
    case "lambda_function":
      out = { ...e, fn: m(e.fn) };
      break;
    case "unresolved_extract_value":
      out = { ...e, child: m(e.child), extraction: m(e.extraction) };
      break;
    case "subquery":
      out = e.values ? { ...e, values: e.values.map(m) } : e;
      break;
    case "user_function":
      out = { ...e, args: e.args.map(m) };
      break;
    default:
      out = e;
  }
  return f(out);
}

/** Inside a lambda body, names bound by the lambda become lambda variables. */
export function bindLambdaVariables(body: Expr, names: readonly string[]): Expr {
  const bound = new Set(names.map((n) => n.toLowerCase()));
  return mapExpr(body, (x) => {
    if (x.kind !== "unresolved_attribute" || !bound.has(x.nameParts[0]!.toLowerCase())) return x;
    const v: LambdaVariable = { kind: "lambda_variable", name: x.nameParts[0]! };
    let out: Expr = v;
    for (const field of x.nameParts.slice(1)) {
      out = { kind: "unresolved_extract_value", child: out, extraction: { kind: "literal", value: field, dataType: { kind: "string" } } };
    }
    return out;
  });
}
