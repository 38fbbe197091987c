// EliminateSorts: sorts whose order nobody can observe.
//   - Sort keys that are constants order nothing (removed; a Sort left without keys goes).
//   - Below a global Sort, any other sort (reached through deterministic Project/Filter) is
//     overwritten; below a partition-local sort, only other local sorts are.
//   - Below an Aggregate whose aggregates ignore input order (sum, count, min, max, avg, ...;
//     not first/last/collect_list), and below a Join, input order does not affect the rows.

import type { RPlan } from "../../logical/resolved.js";
import { anyExpr } from "../../expr/transform.js";
import { planExpressions, transformPlanUp, withNewPlanChildren } from "../../logical/plan-transform.js";
import { isDeterministic, isFoldable } from "../expr-utils.js";
import type { OptimizerRule } from "./rule.js";

const ORDER_INSENSITIVE = new Set([
  "count", "sum", "avg", "mean", "min", "max", "bool_and", "bool_or", "every", "some", "any",
  "bit_and", "bit_or", "bit_xor", "count_if", "approx_count_distinct", "stddev", "stddev_samp",
  "stddev_pop", "std", "variance", "var_samp", "var_pop", "corr", "covar_samp", "covar_pop",
  "skewness", "kurtosis",
]);

/** Drops sorts from the top of `p`, looking through deterministic projects and filters. */
function removeSorts(p: RPlan, canRemoveGlobal: boolean): RPlan {
  switch (p.kind) {
    case "sort":
      return p.global && !canRemoveGlobal ? p : removeSorts(p.input, canRemoveGlobal);
    case "project":
    case "filter":
      if (!planExpressions(p).every(isDeterministic)) return p;
      return withNewPlanChildren(p, [removeSorts(p.input, canRemoveGlobal)]);
    default:
      return p;
  }
}

function eliminate(p: RPlan): RPlan {
  switch (p.kind) {
    case "sort": {
      const order = p.order.filter((o) => !isFoldable(o.child));
      if (order.length === 0) return p.input;
      const node = order.length === p.order.length ? p : { ...p, order };
      return withNewPlanChildren(node, [removeSorts(node.input, p.global)]);
    }
    case "aggregate": {
      const insensitive = p.aggregateExprs.every(
        (e) => !anyExpr(e, (x) => x.kind === "aggregate" && (!ORDER_INSENSITIVE.has(x.name.toLowerCase()) || !isDeterministic(x))),
      );
      return insensitive ? withNewPlanChildren(p, [removeSorts(p.input, true)]) : p;
    }
    case "join":
      if (p.condition && !isDeterministic(p.condition)) return p;
      return withNewPlanChildren(p, [removeSorts(p.left, true), removeSorts(p.right, true)]);
    default:
      return p;
  }
}

export const EliminateSorts: OptimizerRule = {
  name: "EliminateSorts",
  apply: (plan) => transformPlanUp(plan, eliminate),
};
