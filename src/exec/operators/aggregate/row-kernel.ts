// The row-wise kernel: drives an aggregate's own init/update/finish per row, for aggregates
// without a vectorized kernel (collect_list, percentile, UDAFs, string min/max, ...), DISTINCT
// aggregates other than count (the distinct argument tuples of each group are collected first,
// then folded) and aggregates with a FILTER clause. Accumulators are indexed by group id.

import type { RAggregate } from "../../../plan/expr/resolved.js";
import type { BoundAggregate } from "../../../functions/function-definition.js";
import type { ColumnVector } from "../../batch/column-vector.js";
import { vectorToArray } from "../../batch/access.js";
import { createBuilder } from "../../batch/builder.js";
import { keyOf } from "../row-utils.js";
import type { AggKernel } from "./kernel.js";

export class RowKernel implements AggKernel {
  readonly argsNeeded: number[];
  readonly usesFilter: boolean;
  private readonly fn: BoundAggregate;
  private readonly accs: unknown[] = [];
  private readonly distinct: Map<unknown, unknown[]>[] | null;
  private readonly args: unknown[];

  constructor(private readonly agg: RAggregate) {
    this.fn = agg.fn;
    this.argsNeeded = agg.args.map((_, j) => j);
    this.usesFilter = agg.filter !== null;
    this.distinct = agg.isDistinct ? [] : null;
    // One reused argument array: update() never retains it (src/functions/aggregate/agg-helpers.ts);
    // DISTINCT copies what it keeps.
    this.args = new Array<unknown>(agg.args.length);
  }

  private grow(numGroups: number): void {
    while (this.accs.length < numGroups) {
      this.accs.push(this.fn.init());
      this.distinct?.push(new Map());
    }
  }

  update(groups: Int32Array, n: number, argVectors: readonly ColumnVector[], filter: ColumnVector | null, numGroups: number): void {
    this.grow(numGroups);
    const cols = argVectors.map(vectorToArray);
    const f = filter ? vectorToArray(filter) : null;
    const args = this.args;
    const skipNulls = this.fn.skipNulls;
    const accs = this.accs;
    const distinct = this.distinct;
    for (let i = 0; i < n; i++) {
      if (f !== null && f[i] !== true) continue;
      let hasNull = false;
      for (let j = 0; j < cols.length; j++) if ((args[j] = cols[j]![i]) === null) hasNull = true;
      if (skipNulls && hasNull) continue;
      const g = groups[i]!;
      if (distinct !== null) {
        const dk = keyOf(args);
        const seen = distinct[g]!;
        if (!seen.has(dk)) seen.set(dk, args.slice());
        continue;
      }
      accs[g] = this.fn.update(accs[g], args);
    }
  }

  finish(numGroups: number): ColumnVector {
    this.grow(numGroups);
    const b = createBuilder(this.agg.dataType, numGroups);
    for (let g = 0; g < numGroups; g++) {
      let acc = this.accs[g];
      if (this.distinct !== null) for (const args of this.distinct[g]!.values()) acc = this.fn.update(acc, args);
      b.append(this.fn.finish(acc));
    }
    return b.build();
  }
}
