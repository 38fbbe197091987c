// InferFiltersFromConstraints: an equi-join never matches a NULL key, so rows with a NULL key
// on a side whose unmatched rows are dropped can be filtered out before the join (less to hash,
// and the filter can keep moving down). `l = r` of an inner or semi join gives isnotnull(l) on
// the left and isnotnull(r) on the right; a left outer join only filters its right side, a right
// outer join its left. Null-safe `<=>` keys match NULLs and infer nothing.
// A filter is only added when the side does not already guarantee it (a non-nullable column or
// an isnotnull conjunct below, seen through the operators pushdown moves filters through), so
// the rule reaches a fixed point.

import type { RExpr } from "../../expr/resolved.js";
import type { JoinNode, RPlan } from "../../logical/resolved.js";
import { referencedAttributes, semanticEquals } from "../../expr/transform.js";
import { transformPlanUp, withNewPlanChildren } from "../../logical/plan-transform.js";
import { BooleanType } from "../../../types/data-type.js";
import { aliasMap, idSet, refsWithin, splitConjuncts, substitute } from "../expr-utils.js";
import { filterOver } from "../plan-utils.js";
import type { OptimizerRule } from "./rule.js";

/** True when no row of `p` has NULL for `e` (an expression over p's output). */
function impliesNotNull(p: RPlan, e: RExpr): boolean {
  if (e.kind === "attribute" && p.output.some((a) => a.exprId === e.exprId && !a.nullable)) return true;
  switch (p.kind) {
    case "filter":
      return splitConjuncts(p.condition).some((c) => c.kind === "is_not_null" && semanticEquals(c.child, e)) || impliesNotNull(p.input, e);
    case "project":
      return impliesNotNull(p.input, substitute(e, aliasMap(p.projectList)));
    case "sort":
    case "limit":
    case "offset":
    case "tail":
    case "sample":
    case "repartition":
    case "window":
      return impliesNotNull(p.input, e);
    case "generate":
      return refsWithin(e, idSet(p.input.output)) && impliesNotNull(p.input, e);
    case "aggregate": {
      // Output aliases of grouping columns (`l_suppkey AS supplier_no`) are seen through.
      const grouping = new Set(p.groupingExprs.flatMap((g) => (g.kind === "attribute" ? [g.exprId] : [])));
      const below = substitute(e, aliasMap(p.aggregateExprs));
      return referencedAttributes(below).size > 0 && refsWithin(below, grouping) && impliesNotNull(p.input, below);
    }
    case "union":
      return p.children.every((k) => impliesNotNull(k, substitute(e, new Map(p.output.map((a, i) => [a.exprId, k.output[i]!] as const)))));
    case "join": {
      const t = p.joinType;
      if ((t === "inner" || t === "cross" || t === "left_semi" || t === "left_anti" || t === "left_outer") && refsWithin(e, idSet(p.left.output))) {
        if (impliesNotNull(p.left, e)) return true;
      }
      if ((t === "inner" || t === "cross" || t === "right_outer") && refsWithin(e, idSet(p.right.output))) return impliesNotNull(p.right, e);
      return false;
    }
    default:
      return false;
  }
}

const isNotNull = (e: RExpr): RExpr => ({ kind: "is_not_null", child: e, dataType: BooleanType(), nullable: false });

function infer(j: JoinNode): RPlan {
  const t = j.joinType;
  const filterLeft = t === "inner" || t === "left_semi" || t === "right_outer";
  const filterRight = t === "inner" || t === "left_semi" || t === "left_outer";
  if (!j.condition || (!filterLeft && !filterRight)) return j;
  const leftIds = idSet(j.left.output);
  const rightIds = idSet(j.right.output);
  const toLeft: RExpr[] = [];
  const toRight: RExpr[] = [];
  const add = (out: RExpr[], side: RPlan, key: RExpr) => {
    if (key.kind !== "attribute" || out.some((x) => semanticEquals(x, key)) || impliesNotNull(side, key)) return;
    out.push(key);
  };
  for (const c of splitConjuncts(j.condition)) {
    if (c.kind !== "call" || (c.name !== "=" && c.name !== "==") || c.args.length !== 2) continue;
    for (const [a, b] of [[c.args[0]!, c.args[1]!], [c.args[1]!, c.args[0]!]] as const) {
      if (a.kind !== "attribute" || b.kind !== "attribute" || !leftIds.has(a.exprId) || !rightIds.has(b.exprId)) continue;
      if (filterLeft) add(toLeft, j.left, a);
      if (filterRight) add(toRight, j.right, b);
    }
  }
  if (toLeft.length + toRight.length === 0) return j;
  return withNewPlanChildren(j, [filterOver(toLeft.map(isNotNull), j.left), filterOver(toRight.map(isNotNull), j.right)]);
}

export const InferFiltersFromConstraints: OptimizerRule = {
  name: "InferFiltersFromConstraints",
  apply: (plan) => transformPlanUp(plan, (p) => (p.kind === "join" ? infer(p) : p)),
};
