// Subquery expressions → joins (Spark's PullupCorrelatedPredicates + RewritePredicateSubquery +
// RewriteCorrelatedScalarSubquery, done at analysis time):
//   WHERE EXISTS (q)        → left semi join on q's correlated predicates
//   WHERE NOT EXISTS (q)    → left anti join
//   WHERE x IN (q)          → left semi join on x = q.col (+ correlated predicates)
//   WHERE x NOT IN (q)      → left anti join on (x = q.col OR (x = q.col) IS NULL)  (null-aware)
//   correlated scalar (q)   → left outer join with q aggregated by its correlation keys
// Uncorrelated scalar subqueries are computed once before the query runs (QueryExecution).

import { AnalysisException } from "../../errors/spark-error.js";
import { BooleanType } from "../../types/data-type.js";
import { newExprId } from "../expr/expr-id.js";
import type { AttributeRef, RAlias, RCall, RExpr } from "../expr/resolved.js";
import { anyExpr, referencedAttributes, transformDown } from "../expr/transform.js";
import type { NamedExpr, RPlan } from "../logical/resolved.js";
import { childrenOf } from "../logical/resolved.js";
import { attrOf, projectOf } from "./analyze-project.js";
import { joinOutput } from "./analyze-join.js";

export interface PendingSubquery {
  readonly id: number;
  readonly type: "exists" | "in" | "scalar";
  readonly plan: RPlan;
  /** IN: the left-hand values. */
  readonly values: readonly RExpr[];
}

export const SUBQUERY_MARK = "__subquery__";

/** The placeholder expression standing for a subquery until its operator is rewritten. */
export function subqueryPlaceholder(id: number, type: PendingSubquery["type"], dataType: RExpr["dataType"], sql: string): RCall {
  return {
    kind: "call",
    name: SUBQUERY_MARK,
    sql,
    args: [{ kind: "literal", value: id, dataType: { kind: "integer" }, nullable: false }],
    dataType,
    nullable: true,
    fn: {
      returnType: dataType,
      nullable: true,
      nullIntolerant: false,
      kernel: () => {
        throw new AnalysisException("UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY" as string, { treeNode: `${type} subquery in this position` });
      },
    },
  };
}

const isPlaceholder = (e: RExpr): e is RCall => e.kind === "call" && e.name === SUBQUERY_MARK;
const placeholderId = (e: RCall): number => (e.args[0] as { value: number }).value;

export const hasSubquery = (e: RExpr): boolean => anyExpr(e, isPlaceholder);

/** Attributes produced anywhere inside a plan. */
function producedIds(p: RPlan, out = new Set<number>()): Set<number> {
  for (const a of p.output) out.add(a.exprId);
  if (p.kind === "aggregate") for (const e of p.aggregateExprs) if (e.kind === "alias") out.add(e.exprId);
  if (p.kind === "project") for (const e of p.projectList) if (e.kind === "alias") out.add(e.exprId);
  for (const c of childrenOf(p)) producedIds(c, out);
  return out;
}

function splitAnd(e: RExpr): RExpr[] {
  return e.kind === "and" ? [...splitAnd(e.left), ...splitAnd(e.right)] : [e];
}
function andAll(es: readonly RExpr[]): RExpr | null {
  return es.length === 0 ? null : es.reduce((a, b) => ({ kind: "and", left: a, right: b, dataType: BooleanType(), nullable: a.nullable || b.nullable }));
}

/** Removes predicates that reference outer attributes from the subquery plan and returns them,
 *  widening Projects/Aggregates so the inner attributes they use stay visible. */
function pullUpCorrelated(p: RPlan, inner: Set<number>): { plan: RPlan; predicates: RExpr[] } {
  const isCorrelated = (e: RExpr) => [...referencedAttributes(e)].some((id) => !inner.has(id));
  switch (p.kind) {
    case "filter": {
      const below = pullUpCorrelated(p.input, inner);
      const keep: RExpr[] = [];
      const pulled = [...below.predicates];
      for (const c of splitAnd(p.condition)) (isCorrelated(c) ? pulled : keep).push(c);
      const cond = andAll(keep);
      const plan: RPlan = cond ? { ...p, input: below.plan, condition: cond, output: below.plan.output } : below.plan;
      return { plan, predicates: pulled };
    }
    case "project": {
      const below = pullUpCorrelated(p.input, inner);
      if (below.predicates.length === 0) return { plan: p.input === below.plan ? p : { ...p, input: below.plan }, predicates: [] };
      const needed = innerRefs(below.predicates, inner, below.plan.output).filter((a) => !p.projectList.some((x) => attrOf(x).exprId === a.exprId));
      const list: NamedExpr[] = [...p.projectList, ...needed];
      return { plan: { ...projectOf(below.plan, list), output: [...p.output, ...needed] }, predicates: below.predicates };
    }
    case "aggregate": {
      const below = pullUpCorrelated(p.input, inner);
      if (below.predicates.length === 0) return { plan: p, predicates: [] };
      const keys = innerRefs(below.predicates, inner, below.plan.output);
      const newKeys = keys.filter((k) => !p.groupingExprs.some((g) => g.kind === "attribute" && g.exprId === k.exprId));
      const plan: RPlan = {
        ...p,
        input: below.plan,
        groupingExprs: [...p.groupingExprs, ...newKeys],
        aggregateExprs: [...p.aggregateExprs, ...newKeys],
        output: [...p.output, ...newKeys],
      };
      return { plan, predicates: below.predicates };
    }
    case "sort":
      return pullUpCorrelated(p.input, inner);
    default: {
      const correlated = childrenOf(p).some((c) => hasOuterRefs(c, inner));
      if (correlated) {
        throw new AnalysisException("UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY.ACCESSING_OUTER_QUERY_COLUMN_IS_NOT_ALLOWED" as string, {
          treeNode: p.kind,
        });
      }
      return { plan: p, predicates: [] };
    }
  }
}

function hasOuterRefs(p: RPlan, inner: Set<number>): boolean {
  const exprs: RExpr[] = [];
  if (p.kind === "filter") exprs.push(p.condition);
  if (p.kind === "project") exprs.push(...p.projectList);
  if (exprs.some((e) => [...referencedAttributes(e)].some((id) => !inner.has(id)))) return true;
  return childrenOf(p).some((c) => hasOuterRefs(c, inner));
}

function innerRefs(preds: readonly RExpr[], inner: Set<number>, visible: readonly AttributeRef[]): AttributeRef[] {
  const out: AttributeRef[] = [];
  for (const e of preds) {
    transformDown(e, (x) => {
      if (x.kind === "attribute" && inner.has(x.exprId) && !out.some((o) => o.exprId === x.exprId)) {
        const v = visible.find((a) => a.exprId === x.exprId);
        if (v) out.push(v);
      }
      return x;
    });
  }
  return out;
}

/** Rewrites a Filter whose condition holds subquery placeholders into joins. */
export function rewriteFilterSubqueries(input: RPlan, condition: RExpr, pending: ReadonlyMap<number, PendingSubquery>, eq: (a: RExpr, b: RExpr) => RExpr): RPlan {
  let plan = input;
  const rest: RExpr[] = [];
  for (const c of splitAnd(condition)) {
    const negated = c.kind === "not" && isPlaceholder(c.child);
    const ph = negated ? ((c as { child: RExpr }).child as RCall) : isPlaceholder(c) ? c : null;
    if (!ph) {
      rest.push(c);
      continue;
    }
    const sq = pending.get(placeholderId(ph))!;
    if (sq.type === "scalar") {
      rest.push(c);
      continue;
    }
    const inner = producedIds(sq.plan);
    const { plan: right, predicates } = pullUpCorrelated(sq.plan, inner);
    const conds = [...predicates];
    if (sq.type === "in") {
      const outCols = sq.plan.output;
      sq.values.forEach((v, i) => {
        const e = eq(v, outCols[i]!);
        // NOT IN is null-aware: a null comparison excludes the row.
        conds.push(negated ? { kind: "or", left: e, right: { kind: "is_null", child: e, dataType: BooleanType(), nullable: false }, dataType: BooleanType(), nullable: true } : e);
      });
    }
    const joinType = negated ? "left_anti" : "left_semi";
    plan = { kind: "join", left: plan, right, joinType, condition: andAll(conds), output: joinOutput(joinType, plan.output, right.output) };
  }
  const scalarFixed = rewriteScalarSubqueries(plan, rest, pending, eq);
  const cond = andAll(scalarFixed.exprs);
  const out = cond ? ({ kind: "filter", input: scalarFixed.plan, condition: cond, output: scalarFixed.plan.output } as RPlan) : scalarFixed.plan;
  return out.output.length === input.output.length ? out : projectOf(out, input.output);
}

/** Correlated scalar subqueries in `exprs` → left outer joins; returns the rewritten exprs. */
export function rewriteScalarSubqueries(
  input: RPlan,
  exprs: readonly RExpr[],
  pending: ReadonlyMap<number, PendingSubquery>,
  eq: (a: RExpr, b: RExpr) => RExpr,
): { plan: RPlan; exprs: RExpr[] } {
  let plan = input;
  const out = exprs.map((e) =>
    transformDown(e, (x) => {
      if (!isPlaceholder(x)) return x;
      const sq = pending.get(placeholderId(x))!;
      if (sq.type !== "scalar") {
        throw new AnalysisException("UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY" as string, { treeNode: `${sq.type} subquery nested inside an expression` });
      }
      const inner = producedIds(sq.plan);
      const { plan: right, predicates } = pullUpCorrelated(sq.plan, inner);
      void eq;
      plan = { kind: "join", left: plan, right, joinType: "left_outer", condition: andAll(predicates), output: joinOutput("left_outer", plan.output, right.output) };
      const value = right.output[0]!;
      return { ...value, nullable: true };
    }),
  );
  return { plan, exprs: out };
}

export type { RAlias };
export const newSubqueryExprId = newExprId;
