// concat: strings (null if any argument is null), binary when every argument is binary, and
// arrays when every argument is an array (element types widened to a common type).
import { dataTypeMismatch, defineScalar, expectString, typeSql } from "../misc/bind-helpers.js";
import { ArrayType, BinaryType, StringType, type DataType } from "../../types/data-type.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/index.js";

const concatStrings = (...xs: string[]): string => xs.join("");

function concatBinary(...xs: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const x of xs) n += x.length;
  const out = new Uint8Array(n);
  let p = 0;
  for (const x of xs) {
    out.set(x, p);
    p += x.length;
  }
  return out;
}

const concatArrays = (...xs: unknown[][]): unknown[] => ([] as unknown[]).concat(...xs);

export const concat = defineScalar({
  name: "concat",
  minArgs: 0,
  maxArgs: Infinity,
  bind: (args, _ctx, name) => {
    const kinds = args.map((a) => a.dataType.kind);
    // an untyped NULL beside arrays is taken as a STRING, as in Spark: no common type
    if (kinds.includes("array") && kinds.includes("null")) {
      throw dataTypeMismatch("DATA_DIFF_TYPES", name, args, {
        functionName: "`concat`",
        dataType: "(" + [...new Set(args.map((a) => typeSql(a.dataType.kind === "null" ? StringType() : a.dataType)))].join(" or ") + ")",
      });
    }
    if (args.length > 0 && kinds.every((k) => k === "array")) {
      const elems = args.filter((a) => a.dataType.kind === "array").map((a) => a.dataType as ArrayType);
      const elem = findWiderCommonType(elems.map((t) => t.elementType));
      if (!elem) {
        throw dataTypeMismatch("DATA_DIFF_TYPES", name, args, {
          functionName: "`concat`",
          dataType: "[" + args.map((a) => typeSql(a.dataType)).join(", ") + "]",
        });
      }
      const t = ArrayType(elem, elems.some((e) => e.containsNull));
      return { returnType: t, nullable: false, nullIntolerant: true, inputTypes: args.map(() => t), kernel: concatArrays };
    }
    if (args.length > 0 && kinds.every((k) => k === "binary")) {
      return { returnType: BinaryType(), nullable: false, nullIntolerant: true, inputTypes: args.map(() => BinaryType()), kernel: concatBinary };
    }
    const inputTypes: DataType[] = args.map((_, i) => expectString(name, args, i));
    return { returnType: StringType(), nullable: false, nullIntolerant: true, inputTypes, kernel: concatStrings };
  },
});
