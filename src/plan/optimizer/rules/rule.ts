// The optimizer rule contract: a named plan → plan function that returns the SAME object when it
// changes nothing (the optimizer detects its fixed point by identity).

import type { RPlan } from "../../logical/resolved.js";

export interface OptimizerRule {
  /** Spark's rule name: what explain shows and spark.sql.optimizer.excludedRules matches. */
  readonly name: string;
  apply(plan: RPlan): RPlan;
}
