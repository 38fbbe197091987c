// CombineFilters: two adjacent filters become one whose condition is `inner AND outer` (inner
// first, so the outer predicate still only decides rows the inner one did not reject).
// Conjuncts of the outer filter already present below are dropped. The inner condition must be
// deterministic: a non-deterministic filter must see exactly the rows it saw before.

import type { RPlan } from "../../logical/resolved.js";
import { semanticEquals } from "../../expr/transform.js";
import { transformPlanUp } from "../../logical/plan-transform.js";
import { conjoin, isDeterministic, splitConjuncts } from "../expr-utils.js";
import type { OptimizerRule } from "./rule.js";

function combine(p: RPlan): RPlan {
  if (p.kind !== "filter" || p.input.kind !== "filter") return p;
  const inner = p.input;
  if (!isDeterministic(inner.condition)) return p;
  const below = splitConjuncts(inner.condition);
  const extra = splitConjuncts(p.condition).filter((c) => !(isDeterministic(c) && below.some((b) => semanticEquals(b, c))));
  const condition = conjoin([...below, ...extra])!;
  return { kind: "filter", input: inner.input, condition, output: inner.output };
}

export const CombineFilters: OptimizerRule = {
  name: "CombineFilters",
  apply: (plan) => transformPlanUp(plan, combine),
};
