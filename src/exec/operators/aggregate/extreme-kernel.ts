// min / max over fixed-width types, accumulating in a typed array of the input's own kind.
// Spark's order: NaN above everything (+Infinity included), -0.0 = 0.0 (the first one seen
// stays); longs, timestamps and decimals ≤ 18 digits compare as two int32 halves (no BigInt
// per row). NULL for groups with no non-null value.

import type { DataType } from "../../../types/data-type.js";
import type { ColumnVector, FlatArray } from "../../batch/column-vector.js";
import { flatArrayConstructor } from "../../batch/physical-type.js";
import { ensureCapacity, exactLength } from "../../batch/growable.js";
import { asFlat, validityOf, type AggKernel } from "./kernel.js";

type NumberArray = Exclude<FlatArray, BigInt64Array>;

export class ExtremeKernel implements AggKernel {
  readonly argsNeeded = [0];
  readonly usesFilter = false;
  private acc: FlatArray;
  private has = new Uint8Array(16);

  constructor(
    private readonly type: DataType,
    private readonly isMax: boolean,
  ) {
    this.acc = new (flatArrayConstructor(type)!)(16);
  }

  update(groups: Int32Array, n: number, args: readonly ColumnVector[], _f: ColumnVector | null, numGroups: number): void {
    const has = (this.has = ensureCapacity(this.has, numGroups));
    this.acc = ensureCapacity(this.acc, numGroups);
    const v = asFlat(args[0]!);
    const valid = v.validity;
    if (v.values instanceof BigInt64Array) {
      const acc = this.acc as BigInt64Array;
      const a = new Int32Array(acc.buffer, acc.byteOffset, acc.length * 2);
      const x = new Int32Array(v.values.buffer, v.values.byteOffset, v.length * 2);
      const sign = this.isMax ? 1 : -1;
      for (let i = 0; i < n; i++) {
        if (valid !== null && valid[i] === 0) continue;
        const g = groups[i]!;
        const xh = x[(i << 1) + 1]!;
        const ah = a[(g << 1) + 1]!;
        const xl = x[i << 1]! >>> 0;
        const al = a[g << 1]! >>> 0;
        const cmp = xh !== ah ? (xh > ah ? 1 : -1) : xl !== al ? (xl > al ? 1 : -1) : 0;
        if (has[g] === 0 || cmp * sign > 0) {
          a[g << 1] = xl | 0;
          a[(g << 1) + 1] = xh;
          has[g] = 1;
        }
      }
      return;
    }
    const acc = this.acc as NumberArray;
    const x = v.values as NumberArray;
    if (this.isMax) {
      for (let i = 0; i < n; i++) {
        if (valid !== null && valid[i] === 0) continue;
        const g = groups[i]!;
        const xv = x[i]!;
        const av = acc[g]!;
        // x wins when it is NaN over a number, or greater.
        if (has[g] === 0 || (xv !== xv ? av === av : xv > av)) {
          acc[g] = xv;
          has[g] = 1;
        }
      }
    } else {
      for (let i = 0; i < n; i++) {
        if (valid !== null && valid[i] === 0) continue;
        const g = groups[i]!;
        const xv = x[i]!;
        const av = acc[g]!;
        // x wins when it is a number under a NaN, or smaller.
        if (has[g] === 0 || (av !== av ? xv === xv : xv < av)) {
          acc[g] = xv;
          has[g] = 1;
        }
      }
    }
  }

  finish(numGroups: number): ColumnVector {
    const has = ensureCapacity(this.has, numGroups);
    const values = exactLength(ensureCapacity(this.acc, numGroups), numGroups);
    return { encoding: "flat", type: this.type, length: numGroups, validity: validityOf(has, numGroups), values };
  }
}
