// PushDownPredicates: moves filter conjuncts as close to the data as they can go, so fewer rows
// reach joins, aggregates, sorts and windows:
//   - through Project (aliases substituted) when the projection is deterministic;
//   - through Join to the side(s) it references, respecting the join type (see join-push.ts),
//     and splits a join's own ON condition to the sides;
//   - through Aggregate when a conjunct only reads grouping columns;
//   - into every Union child (attributes mapped by position);
//   - through Window when it only reads partition columns, through Generate when it only reads
//     the generator's input, and through Sort / Repartition.
// Only the leading deterministic conjuncts move (a non-deterministic conjunct, and everything
// after it, must keep seeing exactly the rows it saw before).

import type { RExpr } from "../../expr/resolved.js";
import type { FilterNode, RPlan } from "../../logical/resolved.js";
import { semanticEquals } from "../../expr/transform.js";
import { transformPlanDown, withNewPlanChildren } from "../../logical/plan-transform.js";
import { aliasMap, idSet, isDeterministic, refsWithin, substitute } from "../expr-utils.js";
import { filterOver, splitMovable } from "../plan-utils.js";
import { referencedAttributes } from "../../expr/transform.js";
import { pushFilterThroughJoin, pushJoinCondition } from "./join-push.js";
import type { OptimizerRule } from "./rule.js";

/** Pushes the movable conjuncts accepted by `accept` (possibly rewritten) below `child`'s input. */
function pushInto(f: FilterNode, accept: (c: RExpr) => RExpr | null, rebuild: (below: RExpr[]) => RPlan): RPlan {
  const { movable, stay } = splitMovable(f.condition);
  const below: RExpr[] = [];
  const above: RExpr[] = [];
  for (const c of movable) {
    const r = accept(c);
    if (r) below.push(r);
    else above.push(c);
  }
  if (below.length === 0) return f;
  return filterOver([...above, ...stay], rebuild(below));
}

function pushFilter(f: FilterNode): RPlan {
  const child = f.input;
  switch (child.kind) {
    case "project": {
      if (!child.projectList.every(isDeterministic)) return f;
      const aliases = aliasMap(child.projectList);
      return pushInto(f, (c) => substitute(c, aliases), (below) => withNewPlanChildren(child, [filterOver(below, child.input)]));
    }
    case "join":
      return pushFilterThroughJoin(f, child);
    case "aggregate": {
      // Output column → the expression computing it below, for grouping columns only.
      const grouping = new Map<number, RExpr>();
      for (const e of child.aggregateExprs) {
        if (e.kind === "attribute") {
          if (child.groupingExprs.some((g) => g.kind === "attribute" && g.exprId === e.exprId)) grouping.set(e.exprId, e);
        } else if (isDeterministic(e.child) && child.groupingExprs.some((g) => semanticEquals(g, e.child))) {
          grouping.set(e.exprId, e.child);
        }
      }
      return pushInto(
        f,
        (c) => {
          const refs = referencedAttributes(c);
          if (refs.size === 0 || ![...refs].every((id) => grouping.has(id))) return null;
          return substitute(c, grouping);
        },
        (below) => withNewPlanChildren(child, [filterOver(below, child.input)]),
      );
    }
    case "union":
      return pushInto(
        f,
        (c) => c,
        (below) =>
          withNewPlanChildren(
            child,
            child.children.map((k) => {
              const byPos = new Map<number, RExpr>(child.output.map((a, i) => [a.exprId, k.output[i]!]));
              return filterOver(below.map((c) => substitute(c, byPos)), k);
            }),
          ),
      );
    case "window": {
      const keys = new Set(child.partitionSpec.flatMap((e) => (e.kind === "attribute" ? [e.exprId] : [])));
      return pushInto(
        f,
        (c) => (referencedAttributes(c).size > 0 && refsWithin(c, keys) ? c : null),
        (below) => withNewPlanChildren(child, [filterOver(below, child.input)]),
      );
    }
    case "generate": {
      if (!isDeterministic(child.generator)) return f;
      const inputIds = idSet(child.input.output);
      return pushInto(
        f,
        (c) => (refsWithin(c, inputIds) ? c : null),
        (below) => withNewPlanChildren(child, [filterOver(below, child.input)]),
      );
    }
    case "sort":
    case "repartition":
      return pushInto(f, (c) => c, (below) => withNewPlanChildren(child, [filterOver(below, child.input)]));
    default:
      return f;
  }
}

export const PushDownPredicates: OptimizerRule = {
  name: "PushDownPredicates",
  apply: (plan) =>
    transformPlanDown(plan, (p) => {
      if (p.kind === "filter") return pushFilter(p);
      if (p.kind === "join") return pushJoinCondition(p);
      return p;
    }),
};
