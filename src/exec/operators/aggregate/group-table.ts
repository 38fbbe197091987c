// Group ids for a batch: each grouping column is keyed to dense per-column ids (column-keyers),
// and composite keys number their id tuples pairwise through PairTables ((g0, id1) → g1,
// (g1, id2) → g2, ...). No grouping columns: every row is group 0 (the one global group).

import type { DataType } from "../../../types/data-type.js";
import type { ColumnVector } from "../../batch/column-vector.js";
import { gatherVector } from "../../batch/gather.js";
import { createKeyer, type ColumnKeyer } from "./column-keyers.js";
import { PairTable } from "./pair-table.js";

export class GroupTable {
  private readonly keyers: ColumnKeyer[];
  private readonly pairs: PairTable[];
  private scratch = new Int32Array(0);

  constructor(keyTypes: readonly DataType[]) {
    this.keyers = keyTypes.map(createKeyer);
    this.pairs = keyTypes.slice(1).map(() => new PairTable());
  }

  /** Number of groups so far (1 for a global aggregate). */
  get size(): number {
    const k = this.keyers.length;
    if (k === 0) return 1;
    return k === 1 ? this.keyers[0]!.size : this.pairs[k - 2]!.size;
  }

  /** Writes the group id of rows [0, n) into `out`, given the key columns. */
  assign(keys: readonly ColumnVector[], n: number, out: Int32Array): void {
    const k = this.keyers.length;
    if (k === 0) {
      out.fill(0, 0, n);
      return;
    }
    this.keyers[0]!.assign(keys[0]!, n, out);
    if (k === 1) return;
    if (this.scratch.length < n) this.scratch = new Int32Array(n);
    const ids = this.scratch;
    for (let j = 1; j < k; j++) {
      this.keyers[j]!.assign(keys[j]!, n, ids);
      const t = this.pairs[j - 1]!;
      for (let i = 0; i < n; i++) out[i] = t.id(out[i]!, ids[i]!);
    }
  }

  /** The grouping columns of the result, one row per group id. */
  buildKeys(): ColumnVector[] {
    const k = this.keyers.length;
    if (k === 0) return [];
    if (k === 1) return [this.keyers[0]!.build()];
    const n = this.size;
    // Unwind the pair tables from the last column back to the first.
    const perColumn: Int32Array[] = new Array(k);
    let groups = new Int32Array(n);
    for (let g = 0; g < n; g++) groups[g] = g;
    for (let j = k - 1; j >= 1; j--) {
      const pairs = this.pairs[j - 1]!.keys;
      const prev = new Int32Array(n);
      const mine = new Int32Array(n);
      for (let g = 0; g < n; g++) {
        const p = groups[g]! << 1;
        prev[g] = pairs[p]!;
        mine[g] = pairs[p + 1]!;
      }
      perColumn[j] = mine;
      groups = prev;
    }
    perColumn[0] = groups;
    return this.keyers.map((keyer, j) => gatherVector(keyer.build(), perColumn[j]!));
  }
}
