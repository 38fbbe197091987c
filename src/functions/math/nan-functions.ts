// isnan, nanvl, width_bucket.
import { defineScalar, expectDouble, expectLong, unexpectedType } from "../misc/bind-helpers.js";
import { BooleanType, DoubleType, FloatType, LongType, isNumeric } from "../../types/data-type.js";

/** isnan(x): false for null (never null itself). */
export const isnan = defineScalar({
  name: "isnan",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = args[0]!.dataType;
    if (!isNumeric(t) && t.kind !== "null" && t.kind !== "string") throw unexpectedType(name, args, 0, '("DOUBLE" or "FLOAT")');
    const it = t.kind === "float" ? FloatType() : DoubleType();
    return { returnType: BooleanType(), nullable: false, nullIntolerant: false, inputTypes: [it], kernel: (x: number | null) => x !== null && x !== x };
  },
});

/** nanvl(a, b): b when a is NaN, else a. */
export const nanvl = defineScalar({
  name: "nanvl",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const both = args.every((a) => a.dataType.kind === "float");
    const t = both ? FloatType() : DoubleType();
    for (let i = 0; i < 2; i++) {
      const k = args[i]!.dataType;
      if (!isNumeric(k) && k.kind !== "null" && k.kind !== "string") throw unexpectedType(name, args, i, '("DOUBLE" or "FLOAT")');
    }
    return {
      returnType: t,
      nullable: args[0]!.nullable || args[1]!.nullable,
      nullIntolerant: false,
      inputTypes: [t, t],
      kernel: (a: number | null, b: number | null) => (a === null ? null : a !== a ? b : a),
    };
  },
});

/** width_bucket(v, min, max, n): bucket 1..n of equal width, 0 below, n+1 above; null for
 *  n ≤ 0, min = max or non-finite inputs. */
export function widthBucket(v: number, min: number, max: number, n: bigint): bigint | null {
  if (n <= 0n || n === 2n ** 63n - 1n || min === max || !Number.isFinite(v) || !Number.isFinite(min) || !Number.isFinite(max)) {
    return null;
  }
  const nb = Number(n);
  if (min < max) {
    if (v < min) return 0n;
    if (v >= max) return n + 1n;
    return BigInt(Math.floor((nb * (v - min)) / (max - min))) + 1n;
  }
  if (v > min) return 0n;
  if (v <= max) return n + 1n;
  return BigInt(Math.floor((nb * (min - v)) / (min - max))) + 1n;
}

export const widthBucketFn = defineScalar({
  name: "width_bucket",
  minArgs: 4,
  bind: (args, _ctx, name) => ({
    returnType: LongType(),
    nullable: true,
    nullIntolerant: true,
    inputTypes: [expectDouble(name, args, 0), expectDouble(name, args, 1), expectDouble(name, args, 2), expectLong(name, args, 3)],
    kernel: widthBucket,
  }),
});
