// The aggregate kernel protocol of the columnar hash aggregate: a kernel folds whole batches
// into per-group accumulators (typed arrays indexed by group id) and turns them into a result
// column at the end. `createKernel` picks a vectorized kernel when one exists for the aggregate
// and its input type, else the row-wise kernel that drives the aggregate's update/finish.

import type { RAggregate } from "../../../plan/expr/resolved.js";
import type { ColumnVector, FlatVector } from "../../batch/column-vector.js";
import { flatArrayConstructor } from "../../batch/physical-type.js";
import { vectorFromValues } from "../../batch/builder.js";
import { vectorToArray } from "../../batch/access.js";
import { CountKernel, DoubleSumKernel, ExactSumKernel } from "./sum-kernels.js";
import { ExtremeKernel } from "./extreme-kernel.js";
import { RowKernel } from "./row-kernel.js";
import { DistinctCountKernel } from "./distinct-count-kernel.js";

export interface AggKernel {
  /** Indices into the aggregate's args that must be evaluated (count skips literals). */
  readonly argsNeeded: readonly number[];
  /** Whether the kernel reads the aggregate's FILTER column. */
  readonly usesFilter: boolean;
  /** Folds rows [0, n): row i belongs to group groups[i]; `numGroups` groups exist so far. */
  update(groups: Int32Array, n: number, args: readonly ColumnVector[], filter: ColumnVector | null, numGroups: number): void;
  /** One result per group [0, numGroups). */
  finish(numGroups: number): ColumnVector;
}

const SUMS = new Set(["sum", "try_sum"]);
const AVGS = new Set(["avg", "mean"]);
const INTEGRAL = new Set(["byte", "short", "integer", "long"]);

export function createKernel(agg: RAggregate): AggKernel {
  const name = agg.name.toLowerCase();
  if (agg.filter !== null) return new RowKernel(agg);
  if (agg.isDistinct) return name === "count" && agg.args.length > 0 ? new DistinctCountKernel(agg) : new RowKernel(agg);
  const arg = agg.args[0];
  const t = arg?.dataType;
  const out = agg.fn.returnType;
  if (name === "count") return new CountKernel(agg);
  if (t === undefined || agg.args.length !== 1) return new RowKernel(agg);
  if (SUMS.has(name)) {
    if ((t.kind === "double" || t.kind === "float") && out.kind === "double") return new DoubleSumKernel(false);
    if (INTEGRAL.has(t.kind) && out.kind === "long") return new ExactSumKernel(agg.fn, false);
    if (t.kind === "decimal" && t.precision <= 18 && out.kind === "decimal") return new ExactSumKernel(agg.fn, true);
  }
  if (AVGS.has(name) && (t.kind === "double" || t.kind === "float") && out.kind === "double") return new DoubleSumKernel(true);
  if ((name === "min" || name === "max") && flatArrayConstructor(t) !== null && out.kind === t.kind) {
    return new ExtremeKernel(t, name === "max");
  }
  return new RowKernel(agg);
}

/** The vector as a flat one (kernels read typed arrays; other encodings are rare here). */
export function asFlat(v: ColumnVector): FlatVector {
  return v.encoding === "flat" ? v : (vectorFromValues(v.type, vectorToArray(v)) as FlatVector);
}

/** Validity from per-group "has a value" flags: null when every group has one. */
export function validityOf(has: Uint8Array, n: number): Uint8Array | null {
  for (let g = 0; g < n; g++) if (has[g] === 0) return has.slice(0, n);
  return null;
}
