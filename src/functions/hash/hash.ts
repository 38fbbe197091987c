// hash(...) (Murmur3, seed 42 → INT) and xxhash64(...) (seed 42 → BIGINT) over any arguments,
// using Spark's exact per-type hashing from src/exec/hash. Never null.
import { dataTypeMismatch, defineScalar } from "../misc/bind-helpers.js";
import { IntegerType, LongType, type DataType } from "../../types/data-type.js";
import type { ArgInfo, FunctionContext } from "../function-definition.js";
import { murmur3Hash, xxhash64 as xx } from "../../exec/hash/index.js";

export const hash = defineScalar({
  name: "hash",
  minArgs: 1,
  maxArgs: Infinity,
  bind: (args, ctx, name) => {
    const types = checkHashable(name, args, ctx);
    return { returnType: IntegerType(), nullable: false, nullIntolerant: false, kernel: (...xs: unknown[]) => murmur3Hash(xs, types) };
  },
});

export const xxhash64 = defineScalar({
  name: "xxhash64",
  minArgs: 1,
  maxArgs: Infinity,
  bind: (args, ctx, name) => {
    const types = checkHashable(name, args, ctx);
    return { returnType: LongType(), nullable: false, nullIntolerant: false, kernel: (...xs: unknown[]) => xx(xs, types) };
  },
});

const containsMap = (t: DataType): boolean =>
  t.kind === "map" ||
  (t.kind === "array" && containsMap(t.elementType)) ||
  (t.kind === "struct" && t.fields.some((f) => containsMap(f.dataType)));

/** Spark refuses to hash maps (equal maps may hash differently) unless the legacy flag is on. */
function checkHashable(name: string, args: readonly ArgInfo[], ctx: FunctionContext): DataType[] {
  const types = args.map((a) => a.dataType);
  if (types.some(containsMap) && ctx.conf("spark.sql.legacy.allowHashOnMapType", "false").toLowerCase() !== "true") {
    throw dataTypeMismatch("HASH_MAP_TYPE", name, args, { functionName: "`" + name + "`" });
  }
  return types;
}
