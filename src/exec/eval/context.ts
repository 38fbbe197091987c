// What expression evaluation needs besides the batch: values computed before the plan runs
// (uncorrelated scalar subqueries) and per-row state shared by the interpreter's closures.

import type { ColumnVector } from "../batch/column-vector.js";

/** Per-execution context handed to `evaluate`, `evaluatePredicate` and compiled pipelines. */
export interface EvalContext {
  /** Values of uncorrelated scalar subqueries by `subqueryId`, as internal values. */
  readonly subqueries?: ReadonlyMap<number, unknown>;
}

export const EMPTY_EVAL_CONTEXT: EvalContext = Object.freeze({});

/** State the interpreter's row closures read: the batch columns, lambda variables in scope. */
export interface RowState {
  cols: readonly ColumnVector[];
  /** Lambda variable values by varId (set by higher-order functions while they iterate). */
  readonly vars: Map<number, unknown>;
  readonly ctx: EvalContext;
}

/** A compiled expression: the internal value (or null) at row `i` of `s.cols`. */
export type RowFn = (s: RowState, i: number) => unknown;

export function newRowState(cols: readonly ColumnVector[], ctx: EvalContext): RowState {
  return { cols, vars: new Map(), ctx };
}
