// The tree-rewrite API for resolved logical plans (the plan-level twin of expr/transform.ts):
// children, rebuilding a node with new children (recomputing `output` where it is derived from
// the children), pre/post-order rewrites, and rewriting every expression a node holds.
// Every function returns the SAME object when nothing changed, so optimizer rules can detect a
// fixed point by identity.

import type { AttributeRef, RExpr, RSortOrder } from "../expr/resolved.js";
import { transformUp as exprTransformUp } from "../expr/transform.js";
import type { JoinNode, NamedExpr, RPlan } from "./resolved.js";

const attrOf = (e: NamedExpr): AttributeRef =>
  e.kind === "attribute"
    ? e
    : { kind: "attribute", exprId: e.exprId, name: e.name, dataType: e.dataType, nullable: e.nullable, qualifier: [] };

const nullableAll = (attrs: readonly AttributeRef[]) => attrs.map((a) => (a.nullable ? a : { ...a, nullable: true }));

/** A join's output for its type (the analyzer's rule: outer sides become nullable). */
export function joinOutput(joinType: JoinNode["joinType"], left: readonly AttributeRef[], right: readonly AttributeRef[]): AttributeRef[] {
  switch (joinType) {
    case "left_semi":
    case "left_anti":
      return [...left];
    case "left_outer":
      return [...left, ...nullableAll(right)];
    case "right_outer":
      return [...nullableAll(left), ...right];
    case "full_outer":
      return [...nullableAll(left), ...nullableAll(right)];
    default:
      return [...left, ...right];
  }
}

/** Children for rewriting. A cached scan is a leaf here: its `input` only documents how the
 *  cached data was computed, and rewriting it could make it disagree with the cached columns. */
export function planChildren(p: RPlan): RPlan[] {
  switch (p.kind) {
    case "local_scan":
    case "range_scan":
    case "file_scan":
    case "cached_scan":
      return [];
    case "join":
    case "set_op":
      return [p.left, p.right];
    case "union":
      return [...p.children];
    default:
      return [p.input];
  }
}

/** Rebuilds `p` over new children (same order as planChildren). Nodes whose output passes
 *  through from a child (filter, sort, limit, ...) or is built from the children (join,
 *  window, generate) get their output recomputed; nodes that define their own output
 *  (project, aggregate, expand, union, set_op) keep it. */
export function withNewPlanChildren(p: RPlan, c: readonly RPlan[]): RPlan {
  const kids = planChildren(p);
  if (kids.length === c.length && kids.every((k, i) => k === c[i])) return p;
  switch (p.kind) {
    case "local_scan":
    case "range_scan":
    case "file_scan":
    case "cached_scan":
      return p;
    case "join": {
      const left = c[0]!;
      const right = c[1]!;
      return { ...p, left, right, output: joinOutput(p.joinType, left.output, right.output) };
    }
    case "set_op":
      return { ...p, left: c[0]!, right: c[1]! };
    case "union":
      return { ...p, children: [...c] };
    case "project":
    case "aggregate":
    case "expand":
      return { ...p, input: c[0]! } as RPlan;
    case "window":
      return { ...p, input: c[0]!, output: [...c[0]!.output, ...p.windowExprs.map(attrOf)] };
    case "generate":
      return { ...p, input: c[0]!, output: [...c[0]!.output, ...p.generatorOutput] };
    case "filter":
    case "sort":
    case "limit":
    case "offset":
    case "tail":
    case "sample":
    case "repartition":
      return { ...p, input: c[0]!, output: c[0]!.output } as RPlan;
  }
}

/** Post-order rewrite: children first, then `f` on the rebuilt node. */
export function transformPlanUp(p: RPlan, f: (p: RPlan) => RPlan): RPlan {
  const kids = planChildren(p);
  const node = kids.length === 0 ? p : withNewPlanChildren(p, kids.map((k) => transformPlanUp(k, f)));
  return f(node);
}

/** Pre-order rewrite: `f` first, then the children of whatever `f` returned. */
export function transformPlanDown(p: RPlan, f: (p: RPlan) => RPlan): RPlan {
  const node = f(p);
  const kids = planChildren(node);
  if (kids.length === 0) return node;
  return withNewPlanChildren(node, kids.map((k) => transformPlanDown(k, f)));
}

/** Every expression a node holds (not its children's), in a fixed order. */
export function planExpressions(p: RPlan): RExpr[] {
  switch (p.kind) {
    case "project":
      return [...p.projectList];
    case "filter":
      return [p.condition];
    case "aggregate":
      return [...p.groupingExprs, ...p.aggregateExprs];
    case "expand":
      return p.projections.flat();
    case "sort":
      return p.order.map((o) => o.child);
    case "join":
      return p.condition ? [p.condition] : [];
    case "window":
      return [...p.windowExprs, ...p.partitionSpec, ...p.orderSpec.map((o) => o.child)];
    case "generate":
      return [p.generator];
    case "repartition":
      return [...p.partitionExprs];
    default:
      return [];
  }
}

/** Rewrites each expression of the node with `f` (whole expressions, not subtrees). The node's
 *  output is kept: rewrites must preserve each expression's type and alias name/exprId. */
export function mapPlanExpressions(p: RPlan, f: (e: RExpr) => RExpr): RPlan {
  const before = planExpressions(p);
  if (before.length === 0) return p;
  const after = before.map(f);
  if (after.every((e, i) => e === before[i])) return p;
  const sortOrders = (orders: readonly RSortOrder[], exprs: readonly RExpr[]): RSortOrder[] =>
    orders.map((o, i) => (exprs[i] === o.child ? o : { ...o, child: exprs[i]! }));
  switch (p.kind) {
    case "project":
      return { ...p, projectList: after as NamedExpr[] };
    case "filter":
      return { ...p, condition: after[0]! };
    case "aggregate":
      return { ...p, groupingExprs: after.slice(0, p.groupingExprs.length), aggregateExprs: after.slice(p.groupingExprs.length) as NamedExpr[] };
    case "expand": {
      let i = 0;
      return { ...p, projections: p.projections.map((row) => row.map(() => after[i++]!)) };
    }
    case "sort":
      return { ...p, order: sortOrders(p.order, after) };
    case "join":
      return { ...p, condition: after[0]! };
    case "window": {
      const nw = p.windowExprs.length;
      const np = p.partitionSpec.length;
      return {
        ...p,
        windowExprs: after.slice(0, nw) as typeof p.windowExprs,
        partitionSpec: after.slice(nw, nw + np),
        orderSpec: sortOrders(p.orderSpec, after.slice(nw + np)),
      };
    }
    case "generate":
      return { ...p, generator: after[0]! };
    case "repartition":
      return { ...p, partitionExprs: after };
    default:
      return p;
  }
}

/** Applies an expression rewrite (post-order, via expr/transform.ts) to every expression of
 *  every node of the plan. */
export function transformAllExpressions(plan: RPlan, f: (e: RExpr) => RExpr): RPlan {
  return transformPlanUp(plan, (node) => mapPlanExpressions(node, (e) => exprTransformUp(e, f)));
}

/** True when some node of the plan satisfies `pred`. */
export function anyPlan(p: RPlan, pred: (p: RPlan) => boolean): boolean {
  return pred(p) || planChildren(p).some((c) => anyPlan(c, pred));
}
