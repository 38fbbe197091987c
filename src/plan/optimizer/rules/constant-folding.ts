// ConstantFolding: an expression whose inputs are all literals is evaluated once, here, by the
// same interpreter that runs queries, and replaced by its value. Never folded: anything
// non-deterministic, anything reading columns/subqueries/lambda variables, and anything whose
// evaluation throws — an ANSI error (division by zero, overflow, invalid cast) must surface at
// execution time, and only if a row actually evaluates it (CASE/COALESCE may skip it).

import type { RExpr } from "../../expr/resolved.js";
import { transformDown } from "../../expr/transform.js";
import { mapPlanExpressions, transformPlanUp } from "../../logical/plan-transform.js";
import { evaluate } from "../../../exec/eval/interpreter.js";
import { getValue } from "../../../exec/batch/access.js";
import { makeBatch } from "../../../exec/batch/batch-ops.js";
import { isFoldable, literal } from "../expr-utils.js";
import type { OptimizerRule } from "./rule.js";

const ONE_ROW = makeBatch([], 1);

function fold(e: RExpr): RExpr {
  // Aliases keep their name (fold the child); lambdas are not values.
  if (e.kind === "literal" || e.kind === "alias" || e.kind === "lambda" || !isFoldable(e)) return e;
  try {
    const value = getValue(evaluate(e, ONE_ROW), 0);
    return literal(value === undefined ? null : value, e.dataType);
  } catch {
    return e; // leave it for execution to raise (or skip) exactly as Spark would
  }
}

export const ConstantFolding: OptimizerRule = {
  name: "ConstantFolding",
  apply: (plan) => transformPlanUp(plan, (node) => mapPlanExpressions(node, (e) => transformDown(e, fold))),
};
