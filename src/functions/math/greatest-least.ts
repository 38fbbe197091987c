// greatest / least: at least two arguments of one common type; nulls are skipped (null only
// when every argument is null); NaN is greater than any other number.
import { dataTypeMismatch, defineScalar, typeSql } from "../misc/bind-helpers.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/index.js";
import { comparatorFor } from "../operators/compare-values.js";
import type { ArgInfo, BoundScalar } from "../function-definition.js";

function bindExtreme(name: string, sign: 1 | -1) {
  return (args: readonly ArgInfo[]): BoundScalar => {
    const t = findWiderCommonType(args.map((a) => a.dataType));
    if (!t || t.kind === "map") {
      throw dataTypeMismatch("DATA_DIFF_TYPES", name, args, {
        functionName: "`" + name + "`",
        dataType: "[" + args.map((a) => typeSql(a.dataType)).join(", ") + "]",
      });
    }
    const cmp = comparatorFor(t);
    return {
      returnType: t,
      nullable: args.every((a) => a.nullable),
      nullIntolerant: false,
      inputTypes: args.map(() => t),
      kernel: (...xs: unknown[]) => {
        let best: unknown = null;
        for (const x of xs) {
          if (x === null) continue;
          if (best === null || sign * cmp(x, best) > 0) best = x;
        }
        return best;
      },
    };
  };
}

export const greatest = defineScalar({ name: "greatest", minArgs: 2, maxArgs: Infinity, bind: (a) => bindExtreme("greatest", 1)(a) });
export const least = defineScalar({ name: "least", minArgs: 2, maxArgs: Infinity, bind: (a) => bindExtreme("least", -1)(a) });
