// PruneFilters: a filter whose condition is the literal TRUE keeps every row (removed); one
// whose condition is FALSE or NULL keeps none, so it and its whole input become an empty
// relation with the same output attributes (Spark does the same; the input is never run).

import type { RPlan } from "../../logical/resolved.js";
import { transformPlanUp } from "../../logical/plan-transform.js";
import { isFalse, isNullLiteral, isTrue } from "../expr-utils.js";
import type { OptimizerRule } from "./rule.js";

function prune(p: RPlan): RPlan {
  if (p.kind !== "filter") return p;
  if (isTrue(p.condition)) return p.input;
  if (isFalse(p.condition) || isNullLiteral(p.condition)) {
    return { kind: "local_scan", rows: [], numPartitions: 1, output: p.output };
  }
  return p;
}

export const PruneFilters: OptimizerRule = {
  name: "PruneFilters",
  apply: (plan) => transformPlanUp(plan, prune),
};
