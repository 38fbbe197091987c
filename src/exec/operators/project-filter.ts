// Filter and Project, fused per batch into one pipeline: generated code, or the interpreter
// when spark.faisca.codegen.enabled=false or the expressions are too large.

import type { RExpr } from "../../plan/expr/resolved.js";
import type { DataType } from "../../types/data-type.js";
import type { Batch } from "../batch/column-vector.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { compiledPipeline } from "./pipeline-cache.js";

export function runPipeline(
  parts: Partitions,
  filters: readonly RExpr[],
  projections: readonly RExpr[] | null,
  ctx: ExecContext,
  inputTypes?: readonly DataType[],
): Partitions {
  const first = parts.find((p) => p.length > 0)?.[0];
  const types = inputTypes ?? first?.columns.map((c) => c.type) ?? [];
  const run = compiledPipeline(types, filters, projections, ctx.codegen);
  return parts.map((batches) => {
    const out: Batch[] = [];
    for (const b of batches) {
      const r = run(b, ctx.eval);
      if ((r.selection ? r.selection.length : r.numRows) > 0) out.push(r);
    }
    return out;
  });
}
