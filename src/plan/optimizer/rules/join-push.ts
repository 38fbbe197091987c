// The join half of PushDownPredicates. Which conjuncts may move to which side depends on the
// join type, because outer joins invent null-extended rows and anti joins keep non-matches:
//
//   filter above the join    | to left                      | to right
//   inner / cross            | left-only                    | right-only  (the rest joins ON)
//   left outer               | left-only                    | —
//   right outer              | —                            | right-only
//   left semi / anti         | all (output is the left)     | —
//   full outer               | —                            | —
//
//   ON condition             | to left                      | to right
//   inner / cross / semi     | left-only                    | right-only
//   left outer / anti        | —                            | right-only
//   right outer              | left-only                    | —
//   full outer               | —                            | —
//
// A conjunct that references no column goes to the side that decides which rows exist.

import type { RExpr } from "../../expr/resolved.js";
import type { FilterNode, JoinNode, RPlan } from "../../logical/resolved.js";
import { referencedAttributes } from "../../expr/transform.js";
import { withNewPlanChildren } from "../../logical/plan-transform.js";
import { conjoin, idSet, isDeterministic, refsWithin, splitConjuncts } from "../expr-utils.js";
import { filterOver, splitMovable } from "../plan-utils.js";

type Side = "left" | "right" | "both" | "none";

function sideOf(c: RExpr, j: JoinNode): Side {
  if (referencedAttributes(c).size === 0) return "none";
  if (refsWithin(c, idSet(j.left.output))) return "left";
  if (refsWithin(c, idSet(j.right.output))) return "right";
  return "both";
}

/** Rebuilds the join with extra filters on its sides and a new ON condition. */
function rebuild(j: JoinNode, toLeft: RExpr[], toRight: RExpr[], condition: RExpr | null): RPlan {
  const joined = withNewPlanChildren(j, [filterOver(toLeft, j.left), filterOver(toRight, j.right)]) as JoinNode;
  const joinType = j.joinType === "cross" && condition ? "inner" : j.joinType;
  return condition === j.condition && joinType === j.joinType ? joined : { ...joined, condition, joinType };
}

export function pushFilterThroughJoin(f: FilterNode, j: JoinNode): RPlan {
  const { movable, stay } = splitMovable(f.condition);
  const toLeft: RExpr[] = [];
  const toRight: RExpr[] = [];
  const toJoin: RExpr[] = [];
  const above: RExpr[] = [];
  const t = j.joinType;
  for (const c of movable) {
    const side = sideOf(c, j);
    const s = side === "none" ? (t === "right_outer" ? "right" : "left") : side;
    if (s === "left" && (t === "inner" || t === "cross" || t === "left_outer" || t === "left_semi" || t === "left_anti")) toLeft.push(c);
    else if (s === "right" && (t === "inner" || t === "cross" || t === "right_outer")) toRight.push(c);
    else if (s === "both" && (t === "inner" || t === "cross")) toJoin.push(c);
    else above.push(c);
  }
  if (toLeft.length + toRight.length + toJoin.length === 0) return f;
  const condition = toJoin.length ? conjoin([...splitConjuncts(j.condition), ...toJoin]) : j.condition;
  return filterOver([...above, ...stay], rebuild(j, toLeft, toRight, condition));
}

export function pushJoinCondition(j: JoinNode): RPlan {
  if (!j.condition || !isDeterministic(j.condition)) return j;
  const t = j.joinType;
  const canLeft = t === "inner" || t === "cross" || t === "left_semi" || t === "right_outer";
  const canRight = t === "inner" || t === "cross" || t === "left_semi" || t === "left_outer" || t === "left_anti";
  const toLeft: RExpr[] = [];
  const toRight: RExpr[] = [];
  const keep: RExpr[] = [];
  for (const c of splitConjuncts(j.condition)) {
    const side = sideOf(c, j);
    const s = side === "none" ? (canRight ? "right" : "left") : side;
    if (s === "left" && canLeft) toLeft.push(c);
    else if (s === "right" && canRight) toRight.push(c);
    else keep.push(c);
  }
  if (toLeft.length + toRight.length === 0) return j;
  return rebuild(j, toLeft, toRight, conjoin(keep));
}
