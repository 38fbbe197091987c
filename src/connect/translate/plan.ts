// Entry point of plan translation: a whole unresolved plan to one Spark Connect Relation,
// wrapped in WithRelations when subquery expressions refer to other plans.
import { create } from "@bufbuild/protobuf";
import { RelationSchema, type Relation } from "../proto/gen/spark/connect/relations_pb.js";
import type { LogicalPlan } from "../../plan/logical/unresolved.js";
import type { TranslateContext } from "./context.js";
import { toProtoRelation } from "./relations.js";

export function translatePlan(plan: LogicalPlan, sqlResults: ReadonlyMap<number, Relation> = new Map()): Relation {
  const ctx: TranslateContext = {
    sqlResults,
    references: new Map(),
    relation: (p) => toProtoRelation(p, ctx),
  };
  const root = toProtoRelation(plan, ctx);
  if (ctx.references.size === 0) return root;
  return create(RelationSchema, { relType: { case: "withRelations", value: { root, references: [...ctx.references.values()] } } });
}

/** Plan ids of the `sql` nodes in a plan (their eager command results must be ready first). */
export function sqlNodeIds(plan: LogicalPlan, out: number[] = []): number[] {
  if (plan.kind === "sql") out.push(plan.planId);
  for (const key of ["input", "left", "right"] as const) {
    const child = (plan as unknown as Record<string, unknown>)[key];
    if (child && typeof child === "object" && "kind" in child) sqlNodeIds(child as LogicalPlan, out);
  }
  if (plan.kind === "with_cte") for (const c of plan.ctes) sqlNodeIds(c.plan, out);
  return out;
}
