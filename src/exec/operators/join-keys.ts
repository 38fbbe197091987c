// Join conditions split for hashing: equality conjuncts between a left-only and a right-only
// expression become hash keys (null keys never match, except for null-safe <=>); the rest of
// the condition is a residual predicate checked on candidate pairs.

import type { AttributeRef, RExpr } from "../../plan/expr/resolved.js";
import { referencedAttributes, semanticEquals } from "../../plan/expr/transform.js";

export interface EquiKeys {
  left: RExpr[];
  right: RExpr[];
  nullSafe: boolean[];
  residual: RExpr[];
}

export function splitConjuncts(e: RExpr | null): RExpr[] {
  if (!e) return [];
  if (e.kind === "and") return [...splitConjuncts(e.left), ...splitConjuncts(e.right)];
  if (e.kind === "or") {
    // (a AND b) OR (a AND c): the common conjunct a is a join key too (as Spark's boolean
    // simplification factors it out); the whole disjunction stays as a residual predicate.
    const common = commonConjuncts(e);
    return common.length > 0 ? [...common, e] : [e];
  }
  return [e];
}

function splitOr(e: RExpr): RExpr[] {
  return e.kind === "or" ? [...splitOr(e.left), ...splitOr(e.right)] : [e];
}

function commonConjuncts(e: RExpr): RExpr[] {
  const branches = splitOr(e).map((b) => splitConjuncts(b));
  const [first, ...rest] = branches;
  if (!first) return [];
  return first.filter((c) => c.kind !== "or" && rest.every((r) => r.some((x) => semanticEquals(x, c))));
}

export function extractEquiKeys(cond: RExpr | null, left: readonly AttributeRef[], right: readonly AttributeRef[]): EquiKeys {
  const l = new Set(left.map((a) => a.exprId));
  const r = new Set(right.map((a) => a.exprId));
  const within = (e: RExpr, s: Set<number>) => {
    const refs = referencedAttributes(e);
    return refs.size > 0 && [...refs].every((id) => s.has(id));
  };
  const out: EquiKeys = { left: [], right: [], nullSafe: [], residual: [] };
  for (const c of splitConjuncts(cond)) {
    if (c.kind === "call" && (c.name === "==" || c.name === "=" || c.name === "<=>") && c.args.length === 2) {
      const [a, b] = c.args as [RExpr, RExpr];
      if (within(a, l) && within(b, r)) {
        out.left.push(a), out.right.push(b), out.nullSafe.push(c.name === "<=>");
        continue;
      }
      if (within(a, r) && within(b, l)) {
        out.left.push(b), out.right.push(a), out.nullSafe.push(c.name === "<=>");
        continue;
      }
    }
    out.residual.push(c);
  }
  return out;
}
