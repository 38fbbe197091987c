// The expression interpreter: evaluates a bound expression over a batch's live rows by walking
// a closure tree (row-compiler.ts). It calls the same kernels as the code generator and is the
// fallback for anything codegen does not take (and the oracle codegen is tested against).

import type { RExpr } from "../../plan/expr/resolved.js";
import type { Batch, ColumnVector } from "../batch/column-vector.js";
import { createBuilder, constantVector } from "../batch/builder.js";
import { EMPTY_EVAL_CONTEXT, newRowState, type EvalContext } from "./context.js";
import { compileRow } from "./row-compiler.js";

/**
 * Evaluates `expr` for the live rows of `batch`. The result has `batch.numRows` rows aligned with
 * the batch; rows outside the selection hold unspecified values (null here).
 */
export function evaluate(expr: RExpr, batch: Batch, ctx: EvalContext = EMPTY_EVAL_CONTEXT): ColumnVector {
  let e = expr;
  while (e.kind === "alias") e = e.child;
  if (e.kind === "bound_ref") return batch.columns[e.ordinal]!;
  if (e.kind === "literal") return constantVector(e.dataType, e.value ?? null, batch.numRows);
  const fn = compileRow(e);
  const state = newRowState(batch.columns, ctx);
  const n = batch.numRows;
  const b = createBuilder(e.dataType, n);
  const sel = batch.selection;
  if (sel === null) {
    for (let i = 0; i < n; i++) b.append(fn(state, i));
  } else {
    let next = 0;
    for (let k = 0; k < sel.length; k++) {
      const row = sel[k]!;
      while (next < row) {
        b.appendNull();
        next++;
      }
      b.append(fn(state, row));
      next = row + 1;
    }
    while (next < n) {
      b.appendNull();
      next++;
    }
  }
  return b.build();
}

/** The live rows (ascending indices into the batch) where `predicate` is TRUE. */
export function evaluatePredicate(predicate: RExpr, batch: Batch, ctx: EvalContext = EMPTY_EVAL_CONTEXT): Int32Array {
  const fn = compileRow(predicate);
  const state = newRowState(batch.columns, ctx);
  const sel = batch.selection;
  const live = sel === null ? batch.numRows : sel.length;
  const out = new Int32Array(live);
  let m = 0;
  for (let k = 0; k < live; k++) {
    const row = sel === null ? k : sel[k]!;
    if (fn(state, row) === true) out[m++] = row;
  }
  return m === live ? out : out.slice(0, m);
}

/**
 * Filters then projects row by row (filters in order, each only for rows passing the previous
 * ones; projections only for surviving rows), producing a dense batch. With `projections`
 * null the input columns are kept and the surviving rows become the selection.
 * This is the pipeline contract the code generator implements; it is its interpreted fallback.
 */
export function interpretPipeline(
  filters: readonly RExpr[],
  projections: readonly RExpr[] | null,
  batch: Batch,
  ctx: EvalContext = EMPTY_EVAL_CONTEXT,
): Batch {
  const state = newRowState(batch.columns, ctx);
  const fs = filters.map(compileRow);
  const sel = batch.selection;
  const live = sel === null ? batch.numRows : sel.length;
  if (projections === null) {
    const out = new Int32Array(live);
    let m = 0;
    for (let k = 0; k < live; k++) {
      const row = sel === null ? k : sel[k]!;
      if (passes(fs, state, row)) out[m++] = row;
    }
    return { numRows: batch.numRows, columns: batch.columns, selection: m === live ? sel : out.slice(0, m) };
  }
  const ps = projections.map(compileRow);
  const builders = projections.map((p) => createBuilder(p.dataType, live));
  let m = 0;
  for (let k = 0; k < live; k++) {
    const row = sel === null ? k : sel[k]!;
    if (!passes(fs, state, row)) continue;
    for (let p = 0; p < ps.length; p++) builders[p]!.append(ps[p]!(state, row));
    m++;
  }
  return { numRows: m, columns: builders.map((b) => b.build()), selection: null };
}

function passes(fs: readonly ((s: ReturnType<typeof newRowState>, i: number) => unknown)[], state: ReturnType<typeof newRowState>, row: number): boolean {
  for (let f = 0; f < fs.length; f++) if (fs[f]!(state, row) !== true) return false;
  return true;
}
