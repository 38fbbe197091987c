// NullPropagation: a null-intolerant function (its result is NULL whenever an argument is NULL,
// and its kernel never runs then) with a NULL literal argument is a NULL literal of its type;
// IS [NOT] NULL over a column that cannot be null is a constant. Only attribute nullability is
// trusted for the latter (it comes from schemas and join/union rules, not from function flags).

import type { RExpr } from "../../expr/resolved.js";
import { transformAllExpressions } from "../../logical/plan-transform.js";
import { FALSE_LITERAL, TRUE_LITERAL, isNullLiteral, literal } from "../expr-utils.js";
import type { OptimizerRule } from "./rule.js";

function propagate(e: RExpr): RExpr {
  switch (e.kind) {
    case "call":
      return e.fn.nullIntolerant && e.args.some(isNullLiteral) ? literal(null, e.dataType) : e;
    case "is_null":
      return e.child.kind === "attribute" && !e.child.nullable ? FALSE_LITERAL : e;
    case "is_not_null":
      return e.child.kind === "attribute" && !e.child.nullable ? TRUE_LITERAL : e;
    default:
      return e;
  }
}

export const NullPropagation: OptimizerRule = {
  name: "NullPropagation",
  apply: (plan) => transformAllExpressions(plan, propagate),
};
