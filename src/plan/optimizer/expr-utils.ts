// Expression helpers shared by the optimizer rules: determinism, foldability, conjunct
// splitting, literals and attribute substitution.

import type { AttributeRef, RExpr, RLiteral } from "../expr/resolved.js";
import type { NamedExpr } from "../logical/resolved.js";
import { anyExpr, referencedAttributes, transformUp } from "../expr/transform.js";
import type { DataType } from "../../types/data-type.js";
import { BooleanType } from "../../types/data-type.js";

/** False when evaluating twice, on other rows or in another partition may give another answer
 *  (rand, uuid, monotonically_increasing_id, raise_error, non-deterministic UDFs). */
export function isDeterministic(e: RExpr): boolean {
  return !anyExpr(e, (x) => {
    if (x.kind === "call") return x.fn.deterministic === false || x.fn.perPartition !== undefined;
    if (x.kind === "udf") return !x.deterministic;
    return false;
  });
}

/** True when the expression's value depends on nothing but literals: no columns, no lambda
 *  variables, no aggregates/windows/generators, no subqueries, nothing non-deterministic. */
export function isFoldable(e: RExpr): boolean {
  return (
    isDeterministic(e) &&
    !anyExpr(e, (x) => {
      switch (x.kind) {
        case "attribute":
        case "bound_ref":
        case "lambda_var":
        case "aggregate":
        case "window":
        case "generator":
        case "scalar_subquery":
        case "udf":
          return true;
        default:
          return false;
      }
    })
  );
}

export const literal = (value: unknown, dataType: DataType): RLiteral => ({
  kind: "literal",
  value,
  dataType,
  nullable: value === null,
});

export const TRUE_LITERAL = literal(true, BooleanType());
export const FALSE_LITERAL = literal(false, BooleanType());

export const isTrue = (e: RExpr): boolean => e.kind === "literal" && e.value === true;
export const isFalse = (e: RExpr): boolean => e.kind === "literal" && e.value === false;
/** A NULL literal, or a cast of one (always NULL, never raises). */
export const isNullLiteral = (e: RExpr): boolean =>
  e.kind === "cast" ? isNullLiteral(e.child) : e.kind === "literal" && (e.value === null || e.value === undefined);

export function splitConjuncts(e: RExpr | null): RExpr[] {
  if (!e) return [];
  return e.kind === "and" ? [...splitConjuncts(e.left), ...splitConjuncts(e.right)] : [e];
}

/** AND of the list, left-deep in list order (evaluation order is preserved); null if empty. */
export function conjoin(es: readonly RExpr[]): RExpr | null {
  if (es.length === 0) return null;
  return es.reduce((acc, e) => ({
    kind: "and",
    left: acc,
    right: e,
    dataType: BooleanType(),
    nullable: acc.nullable || e.nullable,
  }));
}

export const idSet = (attrs: readonly AttributeRef[]): Set<number> => new Set(attrs.map((a) => a.exprId));

/** True when every attribute the expression references is in `ids`. */
export function refsWithin(e: RExpr, ids: ReadonlySet<number>): boolean {
  for (const id of referencedAttributes(e)) if (!ids.has(id)) return false;
  return true;
}

/** Alias exprId → aliased expression, for substituting a projection into expressions above it. */
export function aliasMap(list: readonly NamedExpr[]): Map<number, RExpr> {
  const m = new Map<number, RExpr>();
  for (const e of list) if (e.kind === "alias") m.set(e.exprId, e.child);
  return m;
}

/** Replaces attributes found in `m` by their expressions. */
export function substitute(e: RExpr, m: ReadonlyMap<number, RExpr>): RExpr {
  if (m.size === 0) return e;
  return transformUp(e, (x) => (x.kind === "attribute" ? (m.get(x.exprId) ?? x) : x));
}

/** Counts references per exprId over the expressions. */
export function referenceCounts(es: readonly RExpr[]): Map<number, number> {
  const counts = new Map<number, number>();
  const visit = (e: RExpr) =>
    anyExpr(e, (x) => {
      if (x.kind === "attribute") counts.set(x.exprId, (counts.get(x.exprId) ?? 0) + 1);
      return false;
    });
  es.forEach(visit);
  return counts;
}
