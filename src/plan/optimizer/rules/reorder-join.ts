// ReorderJoin (Spark's rule of that name, without statistics): a tree of inner/cross joins is
// flattened into its relations and all its join conjuncts, then rebuilt left-deep taking, at
// each step, the first remaining relation (in the written order) that a conjunct connects to
// what is joined so far. `FROM part, supplier, lineitem WHERE p = l AND s = l` then joins part
// with lineitem before supplier instead of building the part × supplier cartesian product.
// A relation no conjunct reaches is joined last, as a cross join. Every conjunct lands on the
// lowest join that sees all its columns. A Project on top restores the original column order.
//
// Projects that only select columns (ColumnPruning's) are looked through while flattening;
// ColumnPruning puts them back. The rule is idempotent: on its own output the greedy order is
// the order it finds, so the plan is returned unchanged and the optimizer reaches a fixed point.

import type { AttributeRef, RExpr } from "../../expr/resolved.js";
import type { JoinNode, RPlan } from "../../logical/resolved.js";
import { referencedAttributes } from "../../expr/transform.js";
import { transformPlanDown } from "../../logical/plan-transform.js";
import { joinOutput } from "../../analyzer/analyze-join.js";
import { conjoin, idSet, isDeterministic, splitConjuncts } from "../expr-utils.js";
import { projectAttrs } from "../plan-utils.js";
import type { OptimizerRule } from "./rule.js";

const isInnerLike = (p: RPlan): p is JoinNode =>
  p.kind === "join" && (p.joinType === "inner" || p.joinType === "cross") && !p.hint && (p.condition === null || isDeterministic(p.condition));

/** A Project of bare attributes over an inner join: only column pruning, safe to look through. */
const isPruningOverJoin = (p: RPlan): boolean =>
  p.kind === "project" && p.projectList.every((e) => e.kind === "attribute") && isInnerLike(p.input);

function flatten(p: RPlan, items: RPlan[], conds: RExpr[]): void {
  if (isInnerLike(p)) {
    flatten(p.left, items, conds);
    flatten(p.right, items, conds);
    conds.push(...splitConjuncts(p.condition));
  } else if (isPruningOverJoin(p)) {
    flatten((p as { input: RPlan }).input, items, conds);
  } else {
    items.push(p);
  }
}

interface Ordered {
  plan: RPlan;
  order: RPlan[];
}

/** Spark's createOrderedJoin: greedy left-deep order over the equi-join graph. */
function orderJoins(items: readonly RPlan[], conds: readonly RExpr[]): Ordered {
  const refs = conds.map((c) => referencedAttributes(c));
  const ids = items.map((it) => idSet(it.output));
  const within = (r: ReadonlySet<number>, s: ReadonlySet<number>) => [...r].every((id) => s.has(id));
  let plan = items[0]!;
  let joined = new Set(ids[0]);
  const order = [items[0]!];
  const rest = items.slice(1).map((_, i) => i + 1);
  const used = new Array<boolean>(conds.length).fill(false);
  while (rest.length > 0) {
    // The first relation a not-yet-placed conjunct connects to the joined ones.
    let pick = rest.findIndex((i) =>
      refs.some((r, c) => !used[c] && r.size > 0 && !within(r, joined) && !within(r, ids[i]!) && within(r, new Set([...joined, ...ids[i]!]))),
    );
    if (pick < 0) pick = 0;
    const idx = rest.splice(pick, 1)[0]!;
    const next = items[idx]!;
    const both = new Set([...joined, ...ids[idx]!]);
    const here: RExpr[] = [];
    conds.forEach((c, k) => {
      if (!used[k] && within(refs[k]!, both)) {
        used[k] = true;
        here.push(c);
      }
    });
    const condition = conjoin(here);
    const joinType = condition ? "inner" : "cross";
    plan = { kind: "join", left: plan, right: next, joinType, condition, output: joinOutput(joinType, plan.output, next.output) };
    joined = both;
    order.push(next);
  }
  return { plan, order };
}

function reorder(top: RPlan): RPlan {
  if (!isInnerLike(top)) return top;
  const items: RPlan[] = [];
  const conds: RExpr[] = [];
  flatten(top, items, conds);
  if (items.length < 3) return top;
  const { plan, order } = orderJoins(items, conds);
  if (order.every((it, i) => it === items[i])) return top;
  const out: readonly AttributeRef[] = top.output;
  return projectAttrs(out, plan);
}

export const ReorderJoin: OptimizerRule = {
  name: "ReorderJoin",
  apply: (plan) => transformPlanDown(plan, reorder),
};
