// SimplifyConditionals: CASE WHEN / IF branches with a literal condition and COALESCE arguments
// that can never be the answer. A FALSE or NULL branch condition is never taken; the first TRUE
// one is always taken (later branches and ELSE are dead). COALESCE stops at its first argument
// that cannot be null; NULL literal arguments contribute nothing.

import type { RExpr } from "../../expr/resolved.js";
import { dataTypeEquals } from "../../../types/data-type.js";
import { transformAllExpressions } from "../../logical/plan-transform.js";
import { isFalse, isNullLiteral, isTrue, literal } from "../expr-utils.js";
import type { OptimizerRule } from "./rule.js";

/** `r` may replace `e` only if it has the same type (nullability may only narrow). */
const sameType = (e: RExpr, r: RExpr): boolean => dataTypeEquals(e.dataType, r.dataType);

function simplify(e: RExpr): RExpr {
  if (e.kind === "case_when") {
    const live = e.branches.filter((b) => !isFalse(b.condition) && !isNullLiteral(b.condition));
    const firstTrue = live.findIndex((b) => isTrue(b.condition));
    const branches = firstTrue >= 0 ? live.slice(0, firstTrue) : live;
    const elseValue = firstTrue >= 0 ? live[firstTrue]!.value : e.elseValue;
    if (branches.length === 0) {
      const r = elseValue ?? literal(null, e.dataType);
      return sameType(e, r) ? r : e;
    }
    if (branches.length === e.branches.length && elseValue === e.elseValue) return e;
    return { ...e, branches, elseValue };
  }
  if (e.kind === "coalesce") {
    let args = e.args.filter((a) => !isNullLiteral(a));
    const stop = args.findIndex((a) => !a.nullable);
    if (stop >= 0) args = args.slice(0, stop + 1);
    if (args.length === 0) return literal(null, e.dataType);
    if (args.length === 1) return sameType(e, args[0]!) ? args[0]! : { ...e, args };
    return args.length === e.args.length ? e : { ...e, args };
  }
  return e;
}

export const SimplifyConditionals: OptimizerRule = {
  name: "SimplifyConditionals",
  apply: (plan) => transformAllExpressions(plan, simplify),
};
