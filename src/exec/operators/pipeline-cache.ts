// Compiled filter/project pipelines (whole-stage codegen), cached per expression list.
import type { RExpr } from "../../plan/expr/resolved.js";
import type { Batch } from "../batch/column-vector.js";
import type { EvalContext } from "../eval/context.js";

export type PipelineFn = (batch: Batch, ctx: EvalContext) => Batch;

export function compiledPipeline(_filters: readonly RExpr[], _projections: readonly RExpr[] | null): PipelineFn | null {
  return null;
}
