// Constructors for unresolved plan nodes built by the SQL parser.

import type { Expr } from "../plan/expr/unresolved.js";
import { newPlanId, type LocalRelation, type LogicalPlan } from "../plan/logical/unresolved.js";
import { StructType } from "../types/data-type.js";

/**
 * Spark's OneRowRelation (the input of `SELECT 1` without FROM): a local relation with no
 * columns and one empty row.
 */
export function oneRowRelation(): LocalRelation {
  return { kind: "local_relation", planId: newPlanId(), schema: StructType([]), rows: [[]] };
}

export const isOneRowRelation = (p: LogicalPlan): boolean =>
  p.kind === "local_relation" && p.schema.fields.length === 0 && p.rows.length === 1;

export const project = (input: LogicalPlan, expressions: readonly Expr[]): LogicalPlan => ({
  kind: "project",
  planId: newPlanId(),
  input,
  expressions,
});

export const filter = (input: LogicalPlan, condition: Expr): LogicalPlan => ({
  kind: "filter",
  planId: newPlanId(),
  input,
  condition,
});

/** Structural key of an expression (bigints and value classes included) for de-duplication. */
export function exprKey(e: Expr): string {
  return JSON.stringify(e, (_k, v: unknown) => {
    if (typeof v === "bigint") return `${v}n`;
    if (v instanceof Uint8Array) return Array.from(v);
    if (v !== null && typeof v === "object" && !Array.isArray(v) && v.constructor !== Object) {
      return { $class: v.constructor.name, ...(v as object) };
    }
    return v;
  });
}
