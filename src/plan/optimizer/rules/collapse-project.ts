// CollapseProject: Project(upper, Project(lower, x)) → Project(upper ∘ lower, x), substituting
// the lower aliases into the upper expressions. Not done when that would evaluate a lower
// non-deterministic expression more than once (rand() referenced twice must stay one value per
// row), nor when it would duplicate a non-trivial computation (referenced more than once).

import type { RExpr } from "../../expr/resolved.js";
import type { NamedExpr, RPlan } from "../../logical/resolved.js";
import { transformPlanUp } from "../../logical/plan-transform.js";
import { aliasMap, referenceCounts, substitute } from "../expr-utils.js";
import type { OptimizerRule } from "./rule.js";

const cheap = (e: RExpr): boolean => e.kind === "attribute" || e.kind === "literal";

function collapse(p: RPlan): RPlan {
  if (p.kind !== "project" || p.input.kind !== "project") return p;
  const lower = p.input;
  const aliases = aliasMap(lower.projectList);
  const counts = referenceCounts(p.projectList);
  for (const [id, child] of aliases) {
    if ((counts.get(id) ?? 0) > 1 && !cheap(child)) return p;
  }
  const list: NamedExpr[] = p.projectList.map((item) => {
    if (item.kind === "attribute") {
      const child = aliases.get(item.exprId);
      return child
        ? { kind: "alias", child, name: item.name, exprId: item.exprId, dataType: item.dataType, nullable: item.nullable }
        : item;
    }
    const child = substitute(item.child, aliases);
    return child === item.child ? item : { ...item, child };
  });
  return { kind: "project", input: lower.input, projectList: list, output: p.output };
}

export const CollapseProject: OptimizerRule = {
  name: "CollapseProject",
  apply: (plan) => transformPlanUp(plan, collapse),
};
