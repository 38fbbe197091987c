// HashAggregate: groups rows by key values and folds each aggregate's accumulator. Grouping
// keys are normalized (-0.0 = 0.0, one NaN) through keyOf. DISTINCT aggregates collect the
// distinct argument tuples per group first. The output row is [keys..., aggregate results...],
// over which the result expressions (aggregateExprs with aggregates and grouping expressions
// replaced by references) are evaluated.

import type { AggregateNode } from "../../plan/logical/resolved.js";
import type { AttributeRef, RAggregate, RExpr } from "../../plan/expr/resolved.js";
import { semanticEquals, transformDown } from "../../plan/expr/transform.js";
import { evaluate } from "../eval/interpreter.js";
import { vectorToArray } from "../batch/access.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { bindReferences } from "../physical/bind.js";
import { keyOf, rowsToBatches } from "./row-utils.js";
import { runPipeline } from "./project-filter.js";

interface Group {
  keys: unknown[];
  accs: unknown[];
  distinct: Map<unknown, unknown[]>[];
}

export function execHashAggregate(node: AggregateNode, ctx: ExecContext, input: Partitions): Partitions {
  const inAttrs = node.input.output;
  const aggs: RAggregate[] = [];
  for (const e of node.aggregateExprs) {
    transformDown(e, (x) => {
      if (x.kind === "aggregate" && !aggs.some((a) => semanticEquals(a, x))) aggs.push(x);
      return x;
    });
  }
  const keyExprs = node.groupingExprs.map((g) => bindReferences(g, inAttrs));
  const argExprs = aggs.map((a) => a.args.map((x) => bindReferences(x, inAttrs)));
  const filterExprs = aggs.map((a) => (a.filter ? bindReferences(a.filter, inAttrs) : null));

  const groups = new Map<unknown, Group>();
  const newGroup = (keys: unknown[]): Group => ({
    keys,
    accs: aggs.map((a) => a.fn.init()),
    distinct: aggs.map(() => new Map()),
  });

  const argBufs = aggs.map((a) => new Array<unknown>(a.args.length));
  const global = keyExprs.length === 0 ? newGroup([]) : null;
  if (global) groups.set("", global);
  const nk = keyExprs.length;
  for (const part of input) {
    for (const batch of part) {
      // Columns decoded once per batch into arrays of internal values.
      const keyCols = keyExprs.map((k) => vectorToArray(evaluate(k, batch, ctx.eval)));
      const argCols = argExprs.map((args) => args.map((x) => vectorToArray(evaluate(x, batch, ctx.eval))));
      const filterCols = filterExprs.map((f) => (f ? vectorToArray(evaluate(f, batch, ctx.eval)) : null));
      const sel = batch.selection;
      const live = sel ? sel.length : batch.numRows;
      const keyBuf: unknown[] = new Array(nk);
      const k0 = keyCols[0];
      for (let k = 0; k < live; k++) {
        const row = sel ? sel[k]! : k;
        let g: Group | undefined;
        if (global) g = global;
        else {
          let key: unknown;
          if (nk === 1) {
            key = k0![row];
            // Map keys use SameValueZero: -0.0 = 0.0 and NaN = NaN, as Spark normalizes keys.
            if (typeof key === "object" && key !== null) key = keyOf([key]);
          } else {
            for (let j = 0; j < nk; j++) keyBuf[j] = keyCols[j]![row];
            key = keyOf(keyBuf);
          }
          g = groups.get(key);
          if (!g) {
            // Spark normalizes grouping keys: -0.0 becomes 0.0.
            const keys = nk === 1 ? [normalizeZero(k0![row])] : keyBuf.map(normalizeZero);
            groups.set(key, (g = newGroup(keys)));
          }
        }
        for (let a = 0; a < aggs.length; a++) {
          const f = filterCols[a];
          if (f && f[row] !== true) continue;
          const cols = argCols[a]!;
          // One reused argument array per aggregate: update() never retains it
          // (src/functions/aggregate/agg-helpers.ts); DISTINCT copies what it keeps.
          const args = argBufs[a]!;
          let hasNull = false;
          for (let j = 0; j < cols.length; j++) if ((args[j] = cols[j]![row]) === null) hasNull = true;
          const agg = aggs[a]!;
          if (agg.fn.skipNulls && hasNull) continue;
          if (agg.isDistinct) {
            const dk = keyOf(args);
            if (!g.distinct[a]!.has(dk)) g.distinct[a]!.set(dk, args.slice());
            continue;
          }
          g.accs[a] = agg.fn.update(g.accs[a], args);
        }
      }
    }
  }

  const rows: unknown[][] = [];
  for (const g of groups.values()) {
    const results = aggs.map((agg, a) => {
      let acc = g.accs[a];
      if (agg.isDistinct) for (const args of g.distinct[a]!.values()) acc = agg.fn.update(acc, args);
      return agg.fn.finish(acc);
    });
    rows.push([...g.keys, ...results]);
  }

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
  const batches = rowsToBatches(types, rows, ctx.batchSize);
  const bound = resultExprs.map((e) => bindReferences(e, slotAttrs));
  return runPipeline([batches], [], bound, ctx, types);
}

const normalizeZero = (v: unknown): unknown => (v === 0 ? 0 : v);

function slot(id: number, e: RExpr): AttributeRef {
  return { kind: "attribute", exprId: id, name: `_slot${-id}`, dataType: e.dataType, nullable: true, qualifier: [] };
}
