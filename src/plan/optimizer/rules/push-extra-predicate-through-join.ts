// PushExtraPredicateThroughJoin (Spark's rule of that name): a join conjunct that is a
// disjunction over both sides, e.g. TPC-H Q7's
//   (n1.name = 'FRANCE' AND n2.name = 'GERMANY') OR (n1.name = 'GERMANY' AND n2.name = 'FRANCE'),
// implies a weaker predicate on each side — here n1.name = 'FRANCE' OR n1.name = 'GERMANY' —
// which is pushed below the join as an extra filter (the original conjunct stays in the join).
// Pushed only where ON conditions may move (see join-push.ts), and only once: a side that
// already filters on the same predicate somewhere below is left alone.

import type { RExpr } from "../../expr/resolved.js";
import type { JoinNode, RPlan } from "../../logical/resolved.js";
import { referencedAttributes, semanticEquals } from "../../expr/transform.js";
import { anyPlan, transformPlanDown, withNewPlanChildren } from "../../logical/plan-transform.js";
import { idSet, isDeterministic, refsWithin, splitConjuncts } from "../expr-utils.js";
import { filterOver } from "../plan-utils.js";
import { BooleanType } from "../../../types/data-type.js";
import type { OptimizerRule } from "./rule.js";

const bool = (kind: "and" | "or", left: RExpr, right: RExpr): RExpr => ({ kind, left, right, dataType: BooleanType(), nullable: left.nullable || right.nullable });

/** The part of `e` that only reads `ids` and is implied by `e`, or null. */
function extractWithin(e: RExpr, ids: ReadonlySet<number>): RExpr | null {
  if (e.kind === "and") {
    const l = extractWithin(e.left, ids);
    const r = extractWithin(e.right, ids);
    return l && r ? bool("and", l, r) : (l ?? r);
  }
  if (e.kind === "or") {
    const l = extractWithin(e.left, ids);
    const r = extractWithin(e.right, ids);
    return l && r ? bool("or", l, r) : null;
  }
  return referencedAttributes(e).size > 0 && refsWithin(e, ids) ? e : null;
}

/** Does some Filter below already hold `pred` as a conjunct? */
const alreadyFiltered = (p: RPlan, pred: RExpr): boolean =>
  anyPlan(p, (x) => x.kind === "filter" && splitConjuncts(x.condition).some((c) => semanticEquals(c, pred)));

function pushExtra(j: JoinNode): RPlan {
  if (!j.condition || !isDeterministic(j.condition)) return j;
  const t = j.joinType;
  const canLeft = t === "inner" || t === "cross" || t === "left_semi" || t === "right_outer";
  const canRight = t === "inner" || t === "cross" || t === "left_semi" || t === "left_outer" || t === "left_anti";
  const leftIds = idSet(j.left.output);
  const rightIds = idSet(j.right.output);
  const toLeft: RExpr[] = [];
  const toRight: RExpr[] = [];
  for (const c of splitConjuncts(j.condition)) {
    if (c.kind !== "or" || refsWithin(c, leftIds) || refsWithin(c, rightIds)) continue;
    const l = canLeft ? extractWithin(c, leftIds) : null;
    const r = canRight ? extractWithin(c, rightIds) : null;
    if (l && !alreadyFiltered(j.left, l) && !toLeft.some((x) => semanticEquals(x, l))) toLeft.push(l);
    if (r && !alreadyFiltered(j.right, r) && !toRight.some((x) => semanticEquals(x, r))) toRight.push(r);
  }
  if (toLeft.length + toRight.length === 0) return j;
  return withNewPlanChildren(j, [filterOver(toLeft, j.left), filterOver(toRight, j.right)]);
}

export const PushExtraPredicateThroughJoin: OptimizerRule = {
  name: "PushExtraPredicateThroughJoin",
  apply: (plan) => transformPlanDown(plan, (p) => (p.kind === "join" ? pushExtra(p) : p)),
};
