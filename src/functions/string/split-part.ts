import { defineScalar, expectInt, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";
import { SparkRuntimeException } from "../../errors/spark-error.js";

// split_part(str, delim, n): the n-th part (1-based, negative from the end) split on the literal
// delimiter; "" when out of range; an empty delimiter makes the whole string the only part.
export function splitPartString(s: string, delim: string, n: number): string {
  if (n === 0) throw new SparkRuntimeException("INVALID_INDEX_OF_ZERO");
  const parts = delim.length === 0 ? [s] : s.split(delim);
  const i = n > 0 ? n - 1 : parts.length + n;
  return i >= 0 && i < parts.length ? parts[i]! : "";
}

export const splitPart = defineScalar({
  name: "split_part",
  minArgs: 3,
  bind: (args, _ctx, name) =>
    strict(
      StringType(),
      [expectString(name, args, 0), expectString(name, args, 1), expectInt(name, args, 2)],
      splitPartString,
    ),
});
