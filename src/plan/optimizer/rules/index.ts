// The ordered rule registry. Order matters: simplify expressions first (so predicates are in
// their simplest form), then merge adjacent operators, then push filters and limits down, and
// prune columns last (after pushdown has settled which columns each operator needs).

import type { RPlan } from "../../logical/resolved.js";

export interface OptimizerRule {
  readonly name: string;
  apply(plan: RPlan): RPlan;
}

export const RULES: OptimizerRule[] = [];
