// count(DISTINCT x, ...): each argument is keyed to dense value ids (the group-by keyers, so
// DISTINCT equality is grouping equality: -0.0 = 0.0, one NaN), and the (group, value ids)
// tuple is numbered through PairTables like a composite grouping key; a tuple seen for the
// first time adds one to its group. Rows with a null argument do not count.

import type { RAggregate } from "../../../plan/expr/resolved.js";
import type { ColumnVector } from "../../batch/column-vector.js";
import { ensureCapacity } from "../../batch/growable.js";
import { LongType } from "../../../types/data-type.js";
import { createKeyer, type ColumnKeyer } from "./column-keyers.js";
import { PairTable } from "./pair-table.js";
import type { AggKernel } from "./kernel.js";

export class DistinctCountKernel implements AggKernel {
  readonly argsNeeded: number[];
  readonly usesFilter = false;
  private readonly keyers: ColumnKeyer[];
  private readonly pairs: PairTable[];
  private counts = new Float64Array(16);
  private ids = new Int32Array(0);
  private tuple = new Int32Array(0);

  constructor(agg: RAggregate) {
    this.argsNeeded = agg.args.map((_, j) => j);
    this.keyers = agg.args.map((a) => createKeyer(a.dataType));
    this.pairs = agg.args.map(() => new PairTable());
  }

  update(groups: Int32Array, n: number, args: readonly ColumnVector[], _f: ColumnVector | null, numGroups: number): void {
    const c = (this.counts = ensureCapacity(this.counts, numGroups));
    if (this.ids.length < n) {
      this.ids = new Int32Array(n);
      this.tuple = new Int32Array(n);
    }
    const ids = this.ids;
    const tuple = this.tuple;
    tuple.set(groups.subarray(0, n));
    const last = this.pairs[this.pairs.length - 1]!;
    for (let j = 0; j < args.length; j++) {
      const v = args[j]!;
      this.keyers[j]!.assign(v, n, ids);
      const t = this.pairs[j]!;
      const valid = v.validity;
      for (let i = 0; i < n; i++) {
        if (tuple[i]! < 0) continue;
        if (valid !== null && valid[i] === 0) {
          tuple[i] = -1; // a null argument: the row does not count
          continue;
        }
        const before = t.size;
        tuple[i] = t.id(tuple[i]!, ids[i]!);
        // Only a new full tuple counts; a new prefix tuple is always followed by one.
        if (t === last && t.size > before) c[groups[i]!]++;
      }
    }
  }

  finish(numGroups: number): ColumnVector {
    const c = (this.counts = ensureCapacity(this.counts, numGroups));
    const values = new BigInt64Array(numGroups);
    for (let g = 0; g < numGroups; g++) values[g] = BigInt(c[g]!);
    return { encoding: "flat", type: LongType(), length: numGroups, validity: null, values };
  }
}
