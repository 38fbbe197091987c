// HashAggregate, columnar: per batch the grouping keys and aggregate arguments are evaluated
// as columns (generated code, or the input columns themselves when they are plain references),
// a typed hash table turns the key columns into group ids (aggregate/group-table.ts), and one
// kernel per aggregate folds the batch into per-group accumulators (aggregate/kernel.ts:
// vectorized count/sum/avg/min/max and count(DISTINCT), row-wise for the rest). Grouping
// keys are normalized as Spark does (-0.0 = 0.0, one NaN). The output row is [keys...,
// aggregate results...], over which the result expressions (aggregateExprs with aggregates and
// grouping expressions replaced by references) are evaluated. Partial and final aggregation (distributed/
// partial-aggregate.ts) are two ordinary aggregates run by this operator.

import type { AggregateNode } from "../../plan/logical/resolved.js";
import type { AttributeRef, RAggregate, RExpr } from "../../plan/expr/resolved.js";
import { semanticEquals, transformDown } from "../../plan/expr/transform.js";
import type { ColumnVector } from "../batch/column-vector.js";
import { sliceBatch } from "../batch/slice.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { bindReferences } from "../physical/bind.js";
import { compiledPipeline } from "./pipeline-cache.js";
import { runPipeline } from "./project-filter.js";
import { GroupTable } from "./aggregate/group-table.js";
import { createKernel } from "./aggregate/kernel.js";

export function execHashAggregate(node: AggregateNode, ctx: ExecContext, input: Partitions): Partitions {
  const inAttrs = node.input.output;
  const aggs: RAggregate[] = [];
  for (const e of node.aggregateExprs) {
    transformDown(e, (x) => {
      if (x.kind === "aggregate" && !aggs.some((a) => semanticEquals(a, x))) aggs.push(x);
      return x;
    });
  }
  const kernels = aggs.map(createKernel);
  // The columns evaluated per batch: keys, then each kernel's arguments and filter.
  const exprs: RExpr[] = [];
  const columnOf = (e: RExpr): number => {
    const b = bindReferences(e, inAttrs);
    const at = exprs.findIndex((x) => semanticEquals(x, b));
    if (at >= 0) return at;
    exprs.push(b);
    return exprs.length - 1;
  };
  const keyCols = node.groupingExprs.map(columnOf);
  const argCols = aggs.map((a, i) => kernels[i]!.argsNeeded.map((j) => columnOf(a.args[j]!)));
  const filterCols = aggs.map((a, i) => (kernels[i]!.usesFilter && a.filter ? columnOf(a.filter) : -1));
  const inputTypes = inAttrs.map((a) => a.dataType);
  const project = compiledPipeline(inputTypes, [], exprs, ctx.codegen);
  // Plain column references are read straight from the input batch when it has no selection.
  const ordinals = exprs.every((e) => e.kind === "bound_ref") ? exprs.map((e) => (e as { ordinal: number }).ordinal) : null;

  const table = new GroupTable(node.groupingExprs.map((g) => g.dataType));
  let groups = new Int32Array(1024);
  for (const part of input) {
    for (const batch of part) {
      let cols: readonly ColumnVector[];
      let n: number;
      if (ordinals !== null && batch.selection === null) {
        cols = ordinals.map((o) => batch.columns[o]!);
        n = batch.numRows;
      } else {
        const b = project(batch, ctx.eval);
        cols = b.columns;
        n = b.numRows;
      }
      if (n === 0) continue;
      if (groups.length < n) groups = new Int32Array(n);
      table.assign(keyCols.map((c) => cols[c]!), n, groups);
      const numGroups = table.size;
      for (let a = 0; a < kernels.length; a++) {
        const f = filterCols[a]!;
        kernels[a]!.update(groups, n, argCols[a]!.map((c) => cols[c]!), f >= 0 ? cols[f]! : null, numGroups);
      }
    }
  }

  const numGroups = table.size;
  const columns = [...table.buildKeys(), ...kernels.map((k) => k.finish(numGroups))];
  const whole = { numRows: numGroups, columns, selection: null };
  const batches = [];
  for (let s = 0; s < numGroups; s += ctx.batchSize) batches.push(sliceBatch(whole, s, s + ctx.batchSize));

  // Result expressions over [keys..., aggs...].
  const slotAttrs: AttributeRef[] = [
    ...node.groupingExprs.map((g, i) => slot(-1000000 - i, g)),
    ...aggs.map((a, i) => slot(-2000000 - i, a)),
  ];
  const resultExprs = node.aggregateExprs.map((e) =>
    transformDown(e.kind === "alias" ? e.child : e, (x) => {
      const gi = node.groupingExprs.findIndex((g) => semanticEquals(g, x));
      if (gi >= 0) return slotAttrs[gi]!;
      if (x.kind === "aggregate") {
        const ai = aggs.findIndex((a) => semanticEquals(a, x));
        return slotAttrs[node.groupingExprs.length + ai]!;
      }
      return x;
    }),
  );
  const types = slotAttrs.map((a) => a.dataType);
  const bound = resultExprs.map((e) => bindReferences(e, slotAttrs));
  return runPipeline([batches], [], bound, ctx, types);
}

function slot(id: number, e: RExpr): AttributeRef {
  return { kind: "attribute", exprId: id, name: `_slot${-id}`, dataType: e.dataType, nullable: true, qualifier: [] };
}
