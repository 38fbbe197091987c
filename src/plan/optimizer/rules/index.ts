// The ordered rule registry. The optimizer (../optimizer.ts) runs this list again and again
// until a whole pass changes nothing, so the order decides how fast that happens and what each
// rule sees, not what the fixed point can reach. Why this order:
//   1. Expression simplification first — ConstantFolding, NullPropagation, SimplifyConditionals,
//      BooleanSimplification — so predicates are in their simplest form before anything reasons
//      about them (a folded `1 = 1` becomes TRUE, which PruneFilters then removes).
//   2. PruneFilters then CombineFilters: drop trivial filters, merge adjacent ones so pushdown
//      moves one condition instead of a stack.
//   3. PushDownPredicates before anything that prunes columns: a predicate that moves below a
//      Project or Join changes which columns each operator needs.
//   3a. PushExtraPredicateThroughJoin next to it: the one-side parts of cross-side disjunctions.
//   3b. ReorderJoin once the join conditions sit in the joins: inner joins are reordered along
//      the equi-join graph so no cartesian product is built where a conjunct connects relations.
//   4. InferFiltersFromConstraints after pushdown has placed the join conditions, and before
//      the next pushdown pass moves the inferred IS NOT NULL filters further down.
//   5. EliminateSorts, EliminateLimits, LimitPushDown: operator-level cleanups that do not
//      depend on columns.
//   6. CollapseProject and RemoveNoopOperators merge/remove the projections that pushdown and
//      the analyzer left behind, then ColumnPruning narrows every operator; the narrowing
//      projections it inserts are collapsed on the next pass.
//   7. PushFiltersIntoFileScan last: it only records which conjuncts a file scan may skip by.

import type { OptimizerRule } from "./rule.js";
import { ConstantFolding } from "./constant-folding.js";
import { NullPropagation } from "./null-propagation.js";
import { SimplifyConditionals } from "./simplify-conditionals.js";
import { BooleanSimplification } from "./boolean-simplification.js";
import { PruneFilters } from "./prune-filters.js";
import { CombineFilters } from "./combine-filters.js";
import { PushDownPredicates } from "./push-down-predicates.js";
import { ReorderJoin } from "./reorder-join.js";
import { PushExtraPredicateThroughJoin } from "./push-extra-predicate-through-join.js";
import { InferFiltersFromConstraints } from "./infer-filters-from-constraints.js";
import { EliminateSorts } from "./eliminate-sorts.js";
import { EliminateLimits } from "./eliminate-limits.js";
import { LimitPushDown } from "./limit-push-down.js";
import { CollapseProject } from "./collapse-project.js";
import { RemoveNoopOperators } from "./remove-noop-operators.js";
import { ColumnPruning } from "./column-pruning.js";
import { PushFiltersIntoFileScan } from "./push-filters-into-file-scan.js";

export type { OptimizerRule } from "./rule.js";

export const RULES: OptimizerRule[] = [
  ConstantFolding,
  NullPropagation,
  SimplifyConditionals,
  BooleanSimplification,
  PruneFilters,
  CombineFilters,
  PushDownPredicates,
  PushExtraPredicateThroughJoin,
  ReorderJoin,
  InferFiltersFromConstraints,
  EliminateSorts,
  EliminateLimits,
  LimitPushDown,
  CollapseProject,
  RemoveNoopOperators,
  ColumnPruning,
  PushFiltersIntoFileScan,
];

/** Every rule name, e.g. to exclude them all with spark.sql.optimizer.excludedRules. */
export const RULE_NAMES: readonly string[] = RULES.map((r) => r.name);
