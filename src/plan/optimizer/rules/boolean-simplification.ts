// BooleanSimplification: removes AND/OR operands that cannot change the result, and double
// negations. Sound under three-valued logic (TRUE AND x = x even when x is NULL; FALSE AND x =
// FALSE even when x is NULL). AND/OR short-circuit left to right, so `false AND x` never ran x;
// dropping the LEFT operand of `x AND false` is only done when x is deterministic.

import type { RExpr } from "../../expr/resolved.js";
import { semanticEquals } from "../../expr/transform.js";
import { transformAllExpressions } from "../../logical/plan-transform.js";
import { FALSE_LITERAL, TRUE_LITERAL, isDeterministic, isFalse, isTrue } from "../expr-utils.js";
import type { OptimizerRule } from "./rule.js";

function simplify(e: RExpr): RExpr {
  switch (e.kind) {
    case "and": {
      const { left: l, right: r } = e;
      if (isTrue(l)) return r;
      if (isTrue(r)) return l;
      if (isFalse(l)) return FALSE_LITERAL;
      if (isFalse(r) && isDeterministic(l)) return FALSE_LITERAL;
      if (semanticEquals(l, r) && isDeterministic(l)) return l;
      return e;
    }
    case "or": {
      const { left: l, right: r } = e;
      if (isFalse(l)) return r;
      if (isFalse(r)) return l;
      if (isTrue(l)) return TRUE_LITERAL;
      if (isTrue(r) && isDeterministic(l)) return TRUE_LITERAL;
      if (semanticEquals(l, r) && isDeterministic(l)) return l;
      return e;
    }
    case "not": {
      const c = e.child;
      if (c.kind === "not") return c.child;
      if (c.kind === "is_null") return { kind: "is_not_null", child: c.child, dataType: e.dataType, nullable: false };
      if (c.kind === "is_not_null") return { kind: "is_null", child: c.child, dataType: e.dataType, nullable: false };
      return e;
    }
    default:
      return e;
  }
}

export const BooleanSimplification: OptimizerRule = {
  name: "BooleanSimplification",
  apply: (plan) => transformAllExpressions(plan, simplify),
};
