// The optimizer: an ordered list of rules (one per file under rules/), applied to a fixed
// point in batches. Rule names appear in explain and can be disabled with
// spark.sql.optimizer.excludedRules (comma-separated), as in Spark.

import type { RPlan } from "../logical/resolved.js";
import { RULES, type OptimizerRule } from "./rules/index.js";

export interface OptimizerResult {
  readonly plan: RPlan;
  /** Names of rules that changed the plan, in order of first effect. */
  readonly applied: readonly string[];
  /** Passes over the rule list until nothing changed (the last pass changed nothing). */
  readonly iterations: number;
}

const MAX_ITERATIONS = 100;

export function optimize(plan: RPlan, excluded: ReadonlySet<string> = new Set(), rules: readonly OptimizerRule[] = RULES): OptimizerResult {
  const active = rules.filter((r) => !excluded.has(r.name));
  const applied: string[] = [];
  let current = plan;
  let iterations = 0;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    iterations++;
    let changed = false;
    for (const rule of active) {
      const next = rule.apply(current);
      if (next !== current) {
        changed = true;
        current = next;
        if (!applied.includes(rule.name)) applied.push(rule.name);
      }
    }
    if (!changed) break;
  }
  return { plan: current, applied, iterations };
}
