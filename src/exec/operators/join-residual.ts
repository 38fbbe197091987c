// The non-equi part of a join condition, checked on candidate pairs. Only the columns the
// condition reads are gathered for the candidates (a semi join's `l2.suppkey <> l1.suppkey`
// reads two columns however wide the sides are), and the condition runs through the compiled
// filter pipeline. The output columns are gathered afterwards, for the surviving pairs only.

import type { AttributeRef, RExpr } from "../../plan/expr/resolved.js";
import { referencedAttributes } from "../../plan/expr/transform.js";
import { gatherVector } from "../batch/batch-ops.js";
import type { Batch, ColumnVector } from "../batch/column-vector.js";
import type { EvalContext } from "../eval/context.js";
import { bindReferences } from "../physical/bind.js";
import { compiledPipeline, type PipelineFn } from "./pipeline-cache.js";

export class JoinResidual {
  private readonly run: PipelineFn;
  /** For each column the condition reads: from the left side?, and its ordinal there. */
  private readonly sources: { left: boolean; ordinal: number }[];

  constructor(conjuncts: readonly RExpr[], left: readonly AttributeRef[], right: readonly AttributeRef[], codegen: boolean) {
    const cond = conjuncts.reduce((a, b) => ({ kind: "and", left: a, right: b, dataType: a.dataType, nullable: true }) as RExpr);
    const ids = referencedAttributes(cond);
    const attrs: AttributeRef[] = [];
    this.sources = [];
    left.forEach((a, i) => ids.has(a.exprId) && (attrs.push(a), this.sources.push({ left: true, ordinal: i })));
    right.forEach((a, i) => ids.has(a.exprId) && (attrs.push(a), this.sources.push({ left: false, ordinal: i })));
    this.run = compiledPipeline(
      attrs.map((a) => a.dataType),
      [bindReferences(cond, attrs)],
      null,
      codegen,
    );
  }

  /**
   * The pairs (leftCols[li[k]], rightCols[ri[k]]) passing the condition, as positions k
   * (ascending), or null when every pair passes.
   */
  passing(leftCols: readonly ColumnVector[], li: Int32Array, rightCols: readonly ColumnVector[], ri: Int32Array, ctx: EvalContext): Int32Array | null {
    const columns = this.sources.map((s) => (s.left ? gatherVector(leftCols[s.ordinal]!, li) : gatherVector(rightCols[s.ordinal]!, ri)));
    const candidates: Batch = { numRows: li.length, columns, selection: null };
    const r = this.run(candidates, ctx);
    if (r.selection === null) return r.numRows === li.length ? null : new Int32Array(0);
    return r.selection;
  }
}

/** a[pass[k]] for each k. */
export function pick(a: Int32Array, pass: Int32Array): Int32Array {
  const out = new Int32Array(pass.length);
  for (let k = 0; k < pass.length; k++) out[k] = a[pass[k]!]!;
  return out;
}
