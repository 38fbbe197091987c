// Vectorized count, sum and avg kernels over typed accumulators.
//
// Exact sums (integral → BIGINT, DECIMAL(p ≤ 18) → DECIMAL(p + 10)) accumulate in a Float64Array
// while the running sum is a safe integer, reading longs as two int32 halves (no BigInt per
// row). A group whose sum would leave the safe range continues on the aggregate's own row-wise
// accumulator from that row on, so Spark's per-step LONG overflow checks (ANSI error, try_sum
// NULL, legacy wrap-around) and the final decimal precision check are the aggregate's own.

import type { RAggregate } from "../../../plan/expr/resolved.js";
import type { BoundAggregate } from "../../../functions/function-definition.js";
import type { ColumnVector } from "../../batch/column-vector.js";
import { ensureCapacity, exactLength } from "../../batch/growable.js";
import { createBuilder } from "../../batch/builder.js";
import { asFlat, validityOf, type AggKernel } from "./kernel.js";
import { DoubleType, LongType } from "../../../types/data-type.js";

/** count(*) / count(x, ...): rows where every argument is non-null. */
export class CountKernel implements AggKernel {
  readonly argsNeeded: number[];
  readonly usesFilter = false;
  private counts = new Float64Array(16);

  constructor(agg: RAggregate) {
    // Non-null literals (count(1), count(*)) never need evaluating.
    this.argsNeeded = agg.args.flatMap((a, j) => (a.kind === "literal" && a.value !== null ? [] : [j]));
  }

  update(groups: Int32Array, n: number, args: readonly ColumnVector[], _f: ColumnVector | null, numGroups: number): void {
    const c = (this.counts = ensureCapacity(this.counts, numGroups));
    const masks = args.map((a) => a.validity).filter((m): m is Uint8Array => m !== null);
    if (masks.length === 0) {
      for (let i = 0; i < n; i++) c[groups[i]!]++;
    } else if (masks.length === 1) {
      const m = masks[0]!;
      for (let i = 0; i < n; i++) if (m[i] !== 0) c[groups[i]!]++;
    } else {
      for (let i = 0; i < n; i++) if (masks.every((m) => m[i] !== 0)) c[groups[i]!]++;
    }
  }

  finish(numGroups: number): ColumnVector {
    const c = (this.counts = ensureCapacity(this.counts, numGroups));
    const values = new BigInt64Array(numGroups);
    for (let g = 0; g < numGroups; g++) values[g] = BigInt(c[g]!);
    return { encoding: "flat", type: LongType(), length: numGroups, validity: null, values };
  }
}

/** sum / avg over DOUBLE (and FLOAT): Spark adds in row order from 0.0; NULL over no rows. */
export class DoubleSumKernel implements AggKernel {
  readonly argsNeeded = [0];
  readonly usesFilter = false;
  private sums = new Float64Array(16);
  private counts = new Float64Array(16);

  constructor(private readonly average: boolean) {}

  update(groups: Int32Array, n: number, args: readonly ColumnVector[], _f: ColumnVector | null, numGroups: number): void {
    const s = (this.sums = ensureCapacity(this.sums, numGroups));
    const c = (this.counts = ensureCapacity(this.counts, numGroups));
    const v = asFlat(args[0]!);
    const x = v.values as Float64Array;
    const valid = v.validity;
    if (valid === null) {
      for (let i = 0; i < n; i++) {
        const g = groups[i]!;
        s[g] += x[i]!;
        c[g]++;
      }
    } else {
      for (let i = 0; i < n; i++) {
        if (valid[i] === 0) continue;
        const g = groups[i]!;
        s[g] += x[i]!;
        c[g]++;
      }
    }
  }

  finish(numGroups: number): ColumnVector {
    const s = ensureCapacity(this.sums, numGroups);
    const c = ensureCapacity(this.counts, numGroups);
    const values = exactLength(s, numGroups).slice();
    const has = new Uint8Array(numGroups);
    for (let g = 0; g < numGroups; g++) {
      has[g] = c[g]! > 0 ? 1 : 0;
      if (this.average && c[g]! > 0) values[g] = s[g]! / c[g]!;
    }
    return { encoding: "flat", type: DoubleType(), length: numGroups, validity: validityOf(has, numGroups), values };
  }
}

const SAFE = Number.MAX_SAFE_INTEGER;
const HI_SAFE = 1 << 21; // |hi * 2^32 + lo| < 2^53 when -2^21 <= hi < 2^21

/** sum over BYTE/SHORT/INT/LONG (→ BIGINT) or DECIMAL(p ≤ 18) (→ DECIMAL(p + 10)). */
export class ExactSumKernel implements AggKernel {
  readonly argsNeeded = [0];
  readonly usesFilter = false;
  private sums = new Float64Array(16);
  private seen = new Uint8Array(16);
  /** Row-wise accumulators of groups that left the safe range (undefined: not spilled). */
  private spilled: unknown[] | null = null;

  constructor(
    private readonly fn: BoundAggregate,
    private readonly decimal: boolean,
  ) {}

  update(groups: Int32Array, n: number, args: readonly ColumnVector[], _f: ColumnVector | null, numGroups: number): void {
    const s = (this.sums = ensureCapacity(this.sums, numGroups));
    const seen = (this.seen = ensureCapacity(this.seen, numGroups));
    const v = asFlat(args[0]!);
    const valid = v.validity;
    const values = v.values;
    if (values instanceof BigInt64Array) {
      const w = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
      for (let i = 0; i < n; i++) {
        if (valid !== null && valid[i] === 0) continue;
        const g = groups[i]!;
        const hi = w[(i << 1) + 1]!;
        if (hi >= -HI_SAFE && hi < HI_SAFE && (this.spilled === null || this.spilled[g] === undefined)) {
          const t = s[g]! + (hi * 4294967296 + (w[i << 1]! >>> 0));
          if (t <= SAFE && t >= -SAFE) {
            s[g] = t;
            seen[g] = 1;
            continue;
          }
        }
        this.slow(g, values[i]!);
      }
    } else {
      for (let i = 0; i < n; i++) {
        if (valid !== null && valid[i] === 0) continue;
        const g = groups[i]!;
        const x = values[i]!;
        const t = s[g]! + x;
        if (t <= SAFE && t >= -SAFE && (this.spilled === null || this.spilled[g] === undefined)) {
          s[g] = t;
          seen[g] = 1;
        } else this.slow(g, x);
      }
    }
  }

  private input(x: number | bigint): number | bigint {
    return this.decimal && typeof x === "number" ? BigInt(x) : x;
  }

  /** Adds x to group g on the aggregate's own accumulator (moving the group there first). */
  private slow(g: number, x: number | bigint): void {
    const spilled = (this.spilled ??= []);
    let acc = spilled[g];
    if (acc === undefined) {
      acc = this.fn.init();
      if (this.seen[g] === 1) acc = this.fn.update(acc, [this.input(this.sums[g]!)]);
    }
    spilled[g] = this.fn.update(acc, [this.input(x)]);
  }

  finish(numGroups: number): ColumnVector {
    const s = ensureCapacity(this.sums, numGroups);
    const seen = ensureCapacity(this.seen, numGroups);
    const b = createBuilder(this.fn.returnType, numGroups);
    for (let g = 0; g < numGroups; g++) {
      const acc = this.spilled?.[g];
      if (acc !== undefined) b.append(this.fn.finish(acc));
      else if (seen[g] === 0) b.appendNull();
      else if (!this.decimal) b.append(BigInt(s[g]!));
      // Decimal sums check the result precision in the aggregate's finish.
      else b.append(this.fn.finish(this.fn.update(this.fn.init(), [BigInt(s[g]!)])));
    }
    return b.build();
  }
}
