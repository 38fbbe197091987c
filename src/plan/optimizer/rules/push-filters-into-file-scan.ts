// PushFiltersIntoFileScan: the deterministic conjuncts of a filter right above a file scan that
// read only the scan's columns are handed to the scan (FileScan.pushedFilters), which may skip
// data with them (Parquet row groups by statistics) and shows them in explain, as Spark's
// FileSourceStrategy does. The filter stays: pushed filters only skip, never decide, rows.

import type { RExpr } from "../../expr/resolved.js";
import type { RPlan } from "../../logical/resolved.js";
import { transformPlanUp } from "../../logical/plan-transform.js";
import { isDeterministic, refsWithin, splitConjuncts } from "../expr-utils.js";
import type { OptimizerRule } from "./rule.js";

function push(p: RPlan): RPlan {
  if (p.kind !== "filter" || p.input.kind !== "file_scan") return p;
  const scan = p.input;
  const ids = new Set(scan.output.map((a) => a.exprId));
  const pushed = splitConjuncts(p.condition).filter((c) => isDeterministic(c) && refsWithin(c, ids));
  if (sameList(pushed, scan.pushedFilters)) return p;
  return { ...p, input: { ...scan, pushedFilters: pushed } };
}

function sameList(a: readonly RExpr[], b: readonly RExpr[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export const PushFiltersIntoFileScan: OptimizerRule = {
  name: "PushFiltersIntoFileScan",
  apply: (plan) => transformPlanUp(plan, push),
};
