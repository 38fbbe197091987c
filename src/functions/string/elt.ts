// elt(n, s1, s2, ...): the n-th string; out of range raises INVALID_ARRAY_INDEX under ANSI.
import { defineScalar, expectInt, expectString } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";
import { SparkRuntimeException } from "../../errors/spark-error.js";

export const elt = defineScalar({
  name: "elt",
  minArgs: 2,
  maxArgs: Infinity,
  bind: (args, ctx, name) => {
    const types = [expectInt(name, args, 0), ...args.slice(1).map((_, i) => expectString(name, args, i + 1))];
    const ansi = ctx.ansi;
    return {
      returnType: StringType(),
      nullable: true,
      nullIntolerant: false,
      inputTypes: types,
      kernel: (n: number | null, ...xs: (string | null)[]) => {
        if (n === null) return null;
        if (n < 1 || n > xs.length) {
          if (!ansi) return null;
          throw new SparkRuntimeException("INVALID_ARRAY_INDEX", { indexValue: String(n), arraySize: String(xs.length) });
        }
        return xs[n - 1]!;
      },
    };
  },
});
