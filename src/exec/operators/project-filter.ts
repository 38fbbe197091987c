// Filter and Project, fused per batch into one pipeline (codegen, or the interpreter when
// spark.faisca.codegen.enabled=false or the expressions are not covered).

import type { RExpr } from "../../plan/expr/resolved.js";
import type { Batch } from "../batch/column-vector.js";
import { interpretPipeline } from "../eval/interpreter.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { compiledPipeline } from "./pipeline-cache.js";

export function runPipeline(
  parts: Partitions,
  filters: readonly RExpr[],
  projections: readonly RExpr[] | null,
  ctx: ExecContext,
): Partitions {
  const run = ctx.codegen ? compiledPipeline(filters, projections) : null;
  return parts.map((batches) => {
    const out: Batch[] = [];
    for (const b of batches) {
      const r = run ? run(b, ctx.eval) : interpretPipeline(filters, projections, b, ctx.eval);
      if ((r.selection ? r.selection.length : r.numRows) > 0) out.push(r);
    }
    return out;
  });
}
