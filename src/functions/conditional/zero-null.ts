// zeroifnull(x) = nvl(x, 0) and nullifzero(x) = nullif(x, 0), as Spark 4 rewrites them: the
// result of zeroifnull widens x with INT; nullifzero keeps x's type.
import type { ArgInfo } from "../function-definition.js";
import { defineScalar, dataTypeMismatch, typeSql } from "../misc/bind-helpers.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/common-type.js";
import { bindCast } from "../../exec/cast/bind-cast.js";
import { IntegerType } from "../../types/data-type.js";
import { matcherFor } from "./decode-search.js";

const ZERO: ArgInfo = { dataType: IntegerType(), nullable: false, foldable: true, value: 0, sql: "0" };

export const zeroifnull = defineScalar({
  name: "zeroifnull",
  minArgs: 1,
  bind: (args, ctx, name) => {
    const t = findWiderCommonType([args[0]!.dataType, IntegerType()]);
    if (t === null) {
      throw dataTypeMismatch("DATA_DIFF_TYPES", name, args, { functionName: "`coalesce`", dataType: `[${typeSql(args[0]!.dataType)}, "INT"]` });
    }
    const zero = bindCast(IntegerType(), t, ctx.ansi ? "ansi" : "legacy", ctx.timeZone)(0);
    return { returnType: t, nullable: false, nullIntolerant: false, inputTypes: [t], kernel: (v: unknown) => (v === null ? zero : v) };
  },
});

export const nullifzero = defineScalar({
  name: "nullifzero",
  minArgs: 1,
  bind: (args, ctx) => {
    const isZero = matcherFor(args[0]!, ZERO, ctx);
    return { returnType: args[0]!.dataType, nullable: true, nullIntolerant: true, kernel: (v: unknown) => (isZero(v, 0) ? null : v) };
  },
});
