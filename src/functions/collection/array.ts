// array(...): elements widened to a common type; array() is ARRAY<VOID>... Spark types it
// ARRAY<VOID>; struct(...) and named_struct(...).
import { dataTypeMismatch, defineScalar, typeSql } from "../misc/bind-helpers.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/index.js";
import { ArrayType, NullType, StructField, StructType } from "../../types/data-type.js";
import { AnalysisException } from "../../errors/spark-error.js";

export const array = defineScalar({
  name: "array",
  minArgs: 0,
  maxArgs: Infinity,
  bind: (args, _ctx, name) => {
    const elem = args.length === 0 ? NullType() : findWiderCommonType(args.map((a) => a.dataType));
    if (!elem) {
      throw dataTypeMismatch("DATA_DIFF_TYPES", name, args, {
        functionName: "`array`",
        dataType: "[" + args.map((a) => typeSql(a.dataType)).join(", ") + "]",
      });
    }
    const t = ArrayType(elem, args.some((a) => a.nullable));
    return { returnType: t, nullable: false, nullIntolerant: false, inputTypes: args.map(() => elem), kernel: (...xs: unknown[]) => xs };
  },
});

export const struct = defineScalar({
  name: "struct",
  minArgs: 0,
  maxArgs: Infinity,
  bind: (args) => {
    // Unaliased arguments are named col1, col2, ...; a column reference keeps its name (the
    // analyzer passes it as `sql` when the argument is a plain attribute).
    const t = StructType(
      args.map((a, i) => StructField(a.foldable || !a.sql || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(a.sql) ? `col${i + 1}` : a.sql, a.dataType, a.nullable)),
    );
    return { returnType: t, nullable: false, nullIntolerant: false, kernel: (...xs: unknown[]) => xs };
  },
});

export const namedStruct = defineScalar({
  name: "named_struct",
  minArgs: 0,
  maxArgs: Infinity,
  bind: (args, _ctx, name) => {
    if (args.length % 2 !== 0) {
      throw new AnalysisException("WRONG_NUM_ARGS.WITHOUT_SUGGESTION", {
        functionName: "`named_struct`",
        expectedNum: "2n (n > 0)",
        actualNum: String(args.length),
        docroot: "https://spark.apache.org/docs/latest",
      });
    }
    const fields = [];
    for (let i = 0; i < args.length; i += 2) {
      const k = args[i]!;
      if (!k.foldable || k.dataType.kind !== "string" || typeof k.value !== "string") {
        throw dataTypeMismatch("CREATE_NAMED_STRUCT_WITHOUT_FOLDABLE_STRING", name, args, { inputExprs: `"${k.sql ?? "?"}"` });
      }
      fields.push(StructField(k.value, args[i + 1]!.dataType, args[i + 1]!.nullable));
    }
    return {
      returnType: StructType(fields),
      nullable: false,
      nullIntolerant: false,
      kernel: (...xs: unknown[]) => xs.filter((_, i) => i % 2 === 1),
    };
  },
});
