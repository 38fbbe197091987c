// EliminateLimits: Limit(n, Limit(m, x)) → Limit(min(n, m), x).

import type { RPlan } from "../../logical/resolved.js";
import { transformPlanUp } from "../../logical/plan-transform.js";
import type { OptimizerRule } from "./rule.js";

function combine(p: RPlan): RPlan {
  if (p.kind !== "limit" || p.input.kind !== "limit") return p;
  return { ...p.input, limit: Math.min(p.limit, p.input.limit) };
}

export const EliminateLimits: OptimizerRule = {
  name: "EliminateLimits",
  apply: (plan) => transformPlanUp(plan, combine),
};
