// ColumnPruning: each operator carries only the columns something above it reads. Walking down
// from the root with the set of exprIds required from each node:
//   - Project / Aggregate drop output expressions nobody reads (keeping at least one column, so
//     no operator ever has to produce zero-column rows); Window drops unread window columns and
//     disappears when none is left; Union drops unread positions in every child.
//   - Below operators that materialize or combine rows (Join, Aggregate, Window, Generate,
//     Expand, Sort, Union) a narrowing Project is inserted when the child still has extra
//     columns (local and cached scans, joins, ...); a file scan narrows its own `output`, so the
//     reader only decodes those columns.
//   - Generator outputs are never pruned (a Generate's row count does not depend on them, but
//     its output shape is fixed), nor are Expand outputs or the columns of INTERSECT/EXCEPT.
// The root's output never changes, and a node whose every column is required is rebuilt only if
// something below it changed.

import type { RExpr } from "../../expr/resolved.js";
import type { NamedExpr, RPlan } from "../../logical/resolved.js";
import { referencedAttributes } from "../../expr/transform.js";
import { planExpressions, withNewPlanChildren } from "../../logical/plan-transform.js";
import { idSet } from "../expr-utils.js";
import { attrOf, projectAttrs } from "../plan-utils.js";
import type { OptimizerRule } from "./rule.js";

type Ids = ReadonlySet<number>;

const union = (...sets: Iterable<number>[]): Set<number> => {
  const out = new Set<number>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
};
const refsOf = (es: readonly RExpr[]): Set<number> => union(...es.map(referencedAttributes));
const within = (ids: Iterable<number>, allowed: Ids): Set<number> => new Set([...ids].filter((x) => allowed.has(x)));

/** Keeps the required items; never all of them gone (prefers keeping a plain column). */
function keepRequired<T extends NamedExpr>(items: readonly T[], req: Ids): T[] {
  const kept = items.filter((e) => req.has(e.exprId));
  if (kept.length > 0 || items.length === 0) return kept;
  return [items.find((e) => e.kind === "attribute") ?? items[0]!];
}

/** Prunes `child` to `req` and, if it still has unread columns, puts a narrowing Project on it. */
function prunedChild(child: RPlan, req: Ids): RPlan {
  const c = prune(child, within(req, idSet(child.output)));
  if (c.kind === "project") return c;
  const keep = c.output.filter((a) => req.has(a.exprId));
  return keep.length > 0 && keep.length < c.output.length ? projectAttrs(keep, c) : c;
}

function prune(p: RPlan, req: Ids): RPlan {
  switch (p.kind) {
    case "local_scan":
    case "range_scan":
    case "cached_scan":
      return p;
    case "file_scan": {
      // Nothing read (a count): one column still gives the reader rows to count.
      const read = p.output.filter((a) => req.has(a.exprId));
      const keep = read.length > 0 ? read : p.output.slice(0, 1);
      return keep.length === p.output.length ? p : { ...p, output: keep };
    }
    case "project": {
      const list = keepRequired(p.projectList, req);
      const input = prune(p.input, refsOf(list));
      if (list.length === p.projectList.length && input === p.input) return p;
      const keptIds = new Set(list);
      const output = p.output.filter((_, i) => keptIds.has(p.projectList[i]!));
      return { ...p, input, projectList: list, output };
    }
    case "filter":
    case "limit":
    case "offset":
    case "tail":
    case "sample":
    case "repartition":
      return withNewPlanChildren(p, [prune(p.input, union(req, refsOf(planExpressions(p))))]);
    case "sort":
      return withNewPlanChildren(p, [prunedChild(p.input, union(req, refsOf(planExpressions(p))))]);
    case "aggregate": {
      const list = keepRequired(p.aggregateExprs, req);
      const input = prunedChild(p.input, union(refsOf(p.groupingExprs), refsOf(list)));
      if (list.length === p.aggregateExprs.length && input === p.input) return p;
      const keptIds = new Set(list);
      const output = p.output.filter((_, i) => keptIds.has(p.aggregateExprs[i]!));
      return { ...p, input, aggregateExprs: list, output };
    }
    case "expand":
      return withNewPlanChildren(p, [prunedChild(p.input, refsOf(planExpressions(p)))]);
    case "window": {
      const windowExprs = p.windowExprs.filter((e) => req.has(e.exprId));
      if (windowExprs.length === 0) return prune(p.input, req);
      const node = windowExprs.length === p.windowExprs.length ? p : { ...p, windowExprs };
      const need = union(req, refsOf(windowExprs), refsOf(p.partitionSpec), refsOf(p.orderSpec.map((o) => o.child)));
      const input = prunedChild(p.input, need);
      return node === p ? withNewPlanChildren(p, [input]) : { ...node, input, output: [...input.output, ...windowExprs.map(attrOf)] };
    }
    case "generate":
      return withNewPlanChildren(p, [prunedChild(p.input, union(req, referencedAttributes(p.generator)))]);
    case "join": {
      const need = union(req, p.condition ? referencedAttributes(p.condition) : []);
      return withNewPlanChildren(p, [prunedChild(p.left, need), prunedChild(p.right, need)]);
    }
    case "union": {
      let positions = p.output.map((_, i) => i).filter((i) => req.has(p.output[i]!.exprId));
      if (positions.length === 0) positions = [0];
      if (positions.length === p.output.length) {
        const kids = p.children.map((k) => prune(k, idSet(k.output)));
        return withNewPlanChildren(p, kids);
      }
      const children = p.children.map((k) => {
        const attrs = positions.map((i) => k.output[i]!);
        const c = prune(k, idSet(attrs));
        const exact = c.output.length === attrs.length && c.output.every((a, i) => a.exprId === attrs[i]!.exprId);
        return exact ? c : projectAttrs(attrs, c);
      });
      return { ...p, children, output: positions.map((i) => p.output[i]!) };
    }
    case "set_op":
      return withNewPlanChildren(p, [prune(p.left, idSet(p.left.output)), prune(p.right, idSet(p.right.output))]);
  }
}

export const ColumnPruning: OptimizerRule = {
  name: "ColumnPruning",
  apply: (plan) => prune(plan, idSet(plan.output)),
};
