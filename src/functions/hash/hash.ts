// hash(...) (Murmur3, seed 42 → INT) and xxhash64(...) (seed 42 → BIGINT) over any arguments,
// using Spark's exact per-type hashing from src/exec/hash. Never null.
import { defineScalar } from "../misc/bind-helpers.js";
import { IntegerType, LongType } from "../../types/data-type.js";
import { murmur3Hash, xxhash64 as xx } from "../../exec/hash/index.js";

export const hash = defineScalar({
  name: "hash",
  minArgs: 1,
  maxArgs: Infinity,
  bind: (args) => {
    const types = args.map((a) => a.dataType);
    return { returnType: IntegerType(), nullable: false, nullIntolerant: false, kernel: (...xs: unknown[]) => murmur3Hash(xs, types) };
  },
});

export const xxhash64 = defineScalar({
  name: "xxhash64",
  minArgs: 1,
  maxArgs: Infinity,
  bind: (args) => {
    const types = args.map((a) => a.dataType);
    return { returnType: LongType(), nullable: false, nullIntolerant: false, kernel: (...xs: unknown[]) => xx(xs, types) };
  },
});
