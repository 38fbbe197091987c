// RemoveNoopOperators: a Project that outputs exactly its input's columns (same exprIds, same
// names, same order) does nothing at run time — re-qualifying (`df.alias("t")`, views) only
// matters for name resolution, which is done. A re-aliasing Project (new name or new exprId) is
// NOT a no-op and stays.

import type { RPlan } from "../../logical/resolved.js";
import { transformPlanUp } from "../../logical/plan-transform.js";
import type { OptimizerRule } from "./rule.js";

function isNoopProject(p: RPlan): p is Extract<RPlan, { kind: "project" }> {
  if (p.kind !== "project") return false;
  const inp = p.input.output;
  return (
    p.projectList.length === inp.length &&
    p.output.length === inp.length &&
    p.projectList.every((e, i) => e.kind === "attribute" && e.exprId === inp[i]!.exprId) &&
    p.output.every((a, i) => a.exprId === inp[i]!.exprId && a.name === inp[i]!.name)
  );
}

export const RemoveNoopOperators: OptimizerRule = {
  name: "RemoveNoopOperators",
  apply: (plan) => transformPlanUp(plan, (p) => (isNoopProject(p) ? p.input : p)),
};
