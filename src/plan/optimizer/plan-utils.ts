// Plan helpers shared by the optimizer rules.

import type { AttributeRef, RExpr } from "../expr/resolved.js";
import type { NamedExpr, RPlan } from "../logical/resolved.js";
import { conjoin, isDeterministic, splitConjuncts } from "./expr-utils.js";

/** A Filter of the conjuncts over `input`, or `input` itself when there are none. */
export const filterOver = (conds: readonly RExpr[], input: RPlan): RPlan => {
  const condition = conjoin(conds);
  return condition ? { kind: "filter", input, condition, output: input.output } : input;
};

/** The leading deterministic conjuncts (movable) and the rest (must stay in place: a
 *  non-deterministic conjunct, and everything after it, must see exactly the same rows). */
export function splitMovable(condition: RExpr): { movable: RExpr[]; stay: RExpr[] } {
  const all = splitConjuncts(condition);
  const firstNonDet = all.findIndex((c) => !isDeterministic(c));
  const cut = firstNonDet < 0 ? all.length : firstNonDet;
  return { movable: all.slice(0, cut), stay: all.slice(cut) };
}

export const attrOf = (e: NamedExpr): AttributeRef =>
  e.kind === "attribute"
    ? e
    : { kind: "attribute", exprId: e.exprId, name: e.name, dataType: e.dataType, nullable: e.nullable, qualifier: [] };

/** A Project of exactly `attrs` over `input`. */
export const projectAttrs = (attrs: readonly AttributeRef[], input: RPlan): RPlan => ({
  kind: "project",
  input,
  projectList: [...attrs],
  output: [...attrs],
});

/** An upper bound on the rows `p` produces (Infinity when unknown), Spark's maxRows. */
export function maxRows(p: RPlan): number {
  switch (p.kind) {
    case "limit":
    case "tail":
      return Math.min(p.limit, maxRows(p.input));
    case "local_scan":
      return p.rows.length;
    case "project":
    case "filter":
    case "sort":
    case "offset":
    case "sample":
    case "repartition":
    case "window":
      return p.kind === "sample" && p.withReplacement ? Infinity : maxRows(p.input);
    case "aggregate":
      return p.groupingExprs.length === 0 ? 1 : maxRows(p.input);
    case "union":
      return p.children.reduce((n, c) => n + maxRows(c), 0);
    default:
      return Infinity;
  }
}
