// LimitPushDown: fewer rows through the operators below a LIMIT.
//   - Limit(Project(x)) → Project(Limit(x)) when the projection is deterministic: the same rows
//     come out, and the projection runs on n rows only (and the limit can keep moving down).
//   - Limit(n, Union(a, b)) → Limit(n, Union(Limit(n, a), Limit(n, b))): no child needs to
//     produce more than n rows; the outer limit stays to cut the concatenation. The union
//     concatenates children in order, so the first n rows are the same.
//     A child that cannot produce more than n rows (maxRows) is left alone.
//   - Limit(Sort) stays as is (a top-K), and limits do not move into joins here.

import type { RPlan } from "../../logical/resolved.js";
import { transformPlanDown, withNewPlanChildren } from "../../logical/plan-transform.js";
import { isDeterministic } from "../expr-utils.js";
import { maxRows } from "../plan-utils.js";
import type { OptimizerRule } from "./rule.js";

function push(p: RPlan): RPlan {
  if (p.kind !== "limit") return p;
  const child = p.input;
  if (child.kind === "project" && child.projectList.every(isDeterministic)) {
    return withNewPlanChildren(child, [{ ...p, input: child.input, output: child.input.output }]);
  }
  if (child.kind === "union") {
    const kids = child.children.map((k): RPlan =>
      maxRows(k) <= p.limit ? k : { kind: "limit", input: k, limit: p.limit, output: k.output },
    );
    return kids.every((k, i) => k === child.children[i]) ? p : { ...p, input: withNewPlanChildren(child, kids) };
  }
  return p;
}

export const LimitPushDown: OptimizerRule = {
  name: "LimitPushDown",
  apply: (plan) => transformPlanDown(plan, push),
};
