// Compiled filter/project pipelines (whole-stage codegen). compilePipeline caches generated
// functions by source text, so building a pipeline per operator execution is cheap.
import type { RExpr } from "../../plan/expr/resolved.js";
import type { DataType } from "../../types/data-type.js";
import type { Batch } from "../batch/column-vector.js";
import type { EvalContext } from "../eval/context.js";
import { compilePipeline } from "../eval/codegen/pipeline.js";

export type PipelineFn = (batch: Batch, ctx: EvalContext) => Batch;

export function compiledPipeline(
  inputTypes: readonly DataType[],
  filters: readonly RExpr[],
  projections: readonly RExpr[] | null,
  codegen: boolean,
): PipelineFn {
  const p = compilePipeline({ inputTypes, filters, projections }, { codegen });
  return (batch, ctx) => p.run(batch, ctx);
}
