// element_at(array, i) 1-based (negative from the end), element_at(map, key); try_element_at
// returns null where element_at raises; get(array, i) is 0-based and null out of range.
import { SparkRuntimeException } from "../../errors/spark-error.js";
import { dataTypeMismatch, defineScalar, expectInt, typeSql, unexpectedType } from "../misc/bind-helpers.js";
import type { ArgInfo, BoundScalar, FunctionContext } from "../function-definition.js";
import { equalityFor } from "../operators/compare-values.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/index.js";
import type { MapData } from "../../values/internal.js";

function bindElementAt(name: string, tolerant: boolean) {
  return (args: readonly ArgInfo[], ctx: FunctionContext): BoundScalar => {
    const t = args[0]!.dataType;
    const fail = !tolerant && ctx.ansi;
    if (t.kind === "array") {
      // an untyped NULL index is refused (Spark casts nothing to the INT index here)
      if (args[1]!.dataType.kind === "null") throw unexpectedType(name, args, 1, '"INT"');
      const idx = expectInt(name, args, 1);
      return {
        returnType: t.elementType,
        nullable: true,
        nullIntolerant: true,
        inputTypes: [t, idx],
        kernel: (a: unknown[], i: number) => {
          // index 0 raises even in try_element_at, as in Spark
          if (i === 0) throw new SparkRuntimeException("INVALID_INDEX_OF_ZERO");
          if (Math.abs(i) > a.length) {
            if (fail) {
              throw new SparkRuntimeException("INVALID_ARRAY_INDEX_IN_ELEMENT_AT", {
                indexValue: String(i),
                arraySize: String(a.length),
              });
            }
            return null;
          }
          return a[i > 0 ? i - 1 : a.length + i] ?? null;
        },
      };
    }
    if (t.kind === "map") {
      const key = findWiderCommonType([t.keyType, args[1]!.dataType]);
      if (!key) {
        throw dataTypeMismatch("MAP_FUNCTION_DIFF_TYPES", name, args, {
          functionName: "`" + name + "`",
          dataType: '"MAP"',
          leftType: typeSql(t),
          rightType: typeSql(args[1]!.dataType),
        });
      }
      const eq = equalityFor(t.keyType);
      return {
        returnType: t.valueType,
        nullable: true,
        nullIntolerant: true,
        inputTypes: [t, t.keyType],
        kernel: (m: MapData, k: unknown) => {
          for (let j = 0; j < m.keys.length; j++) if (eq(m.keys[j], k)) return m.values[j] ?? null;
          return null;
        },
      };
    }
    throw dataTypeMismatch("UNEXPECTED_INPUT_TYPE", name, args, {
      paramIndex: "first",
      requiredType: '("ARRAY" or "MAP")',
      inputSql: `"${args[0]!.sql ?? "?"}"`,
      inputType: typeSql(t),
    });
  };
}

export const elementAt = defineScalar({ name: "element_at", minArgs: 2, bind: (a, c) => bindElementAt("element_at", false)(a, c) });
export const tryElementAt = defineScalar({ name: "try_element_at", minArgs: 2, bind: (a, c) => bindElementAt("try_element_at", true)(a, c) });

export const get = defineScalar({
  name: "get",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const t = args[0]!.dataType;
    if (t.kind !== "array") {
      throw dataTypeMismatch("UNEXPECTED_INPUT_TYPE", name, args, {
        paramIndex: "first",
        requiredType: '"ARRAY"',
        inputSql: `"${args[0]!.sql ?? "?"}"`,
        inputType: typeSql(t),
      });
    }
    return {
      returnType: t.elementType,
      nullable: true,
      nullIntolerant: true,
      inputTypes: [t, expectInt(name, args, 1)],
      kernel: (a: unknown[], i: number) => (i < 0 || i >= a.length ? null : (a[i] ?? null)),
    };
  },
});
