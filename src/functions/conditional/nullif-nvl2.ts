// nullif(a, b): null when a = b, else a; nvl2(a, b, c): b when a is not null, else c.
import { dataTypeMismatch, defineScalar, typeSql } from "../misc/bind-helpers.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/index.js";
import { matcherFor } from "./decode-search.js";

export const nullif = defineScalar({
  name: "nullif",
  minArgs: 2,
  bind: (args, ctx, name) => {
    const t = findWiderCommonType([args[0]!.dataType, args[1]!.dataType]);
    if (!t) {
      throw dataTypeMismatch("DATA_DIFF_TYPES", name, args, {
        functionName: "`nullif`",
        dataType: "[" + args.map((a) => typeSql(a.dataType)).join(", ") + "]",
      });
    }
    // a and b compare in their common type; the result keeps a's type (nullif(1, 2L) is INT)
    const equal = matcherFor(args[0]!, args[1]!, ctx);
    return {
      returnType: args[0]!.dataType,
      nullable: true,
      nullIntolerant: false,
      kernel: (a: unknown, b: unknown) => (a !== null && b !== null && equal(a, b) ? null : a),
    };
  },
});

export const nvl2 = defineScalar({
  name: "nvl2",
  minArgs: 3,
  bind: (args, _ctx, name) => {
    const t = findWiderCommonType([args[1]!.dataType, args[2]!.dataType]);
    if (!t) {
      throw dataTypeMismatch("DATA_DIFF_TYPES", name, args, {
        functionName: "`nvl2`",
        dataType: "[" + args.slice(1).map((a) => typeSql(a.dataType)).join(", ") + "]",
      });
    }
    return {
      returnType: t,
      nullable: args[1]!.nullable || args[2]!.nullable,
      nullIntolerant: false,
      inputTypes: [args[0]!.dataType, t, t],
      kernel: (a: unknown, b: unknown, c: unknown) => (a !== null ? b : c),
    };
  },
});
