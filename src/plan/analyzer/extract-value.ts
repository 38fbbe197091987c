// Field / element access: struct.field, array[i] (0-based), map[key] — Spark's
// ExtractValue family (GetStructField, GetArrayItem, GetMapValue).

import { AnalysisException, quoteId, SparkRuntimeException } from "../../errors/spark-error.js";
import type { BoundScalar } from "../../functions/function-definition.js";
import type { DataType } from "../../types/data-type.js";
import { equalsInternal, type MapData } from "../../values/internal.js";
import type { RExpr } from "../expr/resolved.js";
import { exprSql } from "./expr-sql.js";

/** `ansi`: an array index out of bounds raises INVALID_ARRAY_INDEX instead of giving NULL. */
export function extractField(child: RExpr, key: RExpr, ansi = false): RExpr {
  const t = child.dataType;
  if (t.kind === "struct") {
    if (key.kind !== "literal" || typeof key.value !== "string") {
      throw new AnalysisException("INVALID_EXTRACT_FIELD_TYPE" as string, { extraction: exprSql(key) });
    }
    const name = key.value.toLowerCase();
    const idx = t.fields.findIndex((f) => f.name.toLowerCase() === name);
    if (idx < 0) {
      throw new AnalysisException("FIELD_NOT_FOUND", {
        fieldName: quoteId(key.value),
        fields: t.fields.map((f) => quoteId(f.name)).join(", "),
      });
    }
    const field = t.fields[idx]!;
    return call(`${exprSql(child)}.${field.name}`, "get_struct_field", child, key, field.dataType, true, (s) => (s as unknown[])[idx]);
  }
  if (t.kind === "array") {
    return call(`${exprSql(child)}[${exprSql(key)}]`, "get_array_item", child, key, t.elementType, true, (a, i) => {
      const arr = a as unknown[];
      const n = Number(i);
      if (n >= 0 && n < arr.length) return arr[n];
      if (!ansi) return null;
      throw new SparkRuntimeException("INVALID_ARRAY_INDEX", { indexValue: String(i), arraySize: String(arr.length) });
    });
  }
  if (t.kind === "map") {
    const keyType = t.keyType;
    return call(`${exprSql(child)}[${exprSql(key)}]`, "get_map_value", child, key, t.valueType, true, (m, k) => {
      const map = m as MapData;
      for (let i = 0; i < map.keys.length; i++) if (equalsInternal(map.keys[i], k, keyType)) return map.values[i];
      return null;
    });
  }
  throw new AnalysisException("INVALID_EXTRACT_BASE_FIELD_TYPE", { base: exprSql(child), other: `"${t.kind.toUpperCase()}"` });
}

function call(
  sql: string,
  name: string,
  child: RExpr,
  key: RExpr,
  returnType: DataType,
  nullable: boolean,
  kernel: (a: unknown, b: unknown) => unknown,
): RExpr {
  const fn: BoundScalar = { returnType, nullable, nullIntolerant: true, kernel };
  return { kind: "call", name, fn, args: [child, key], dataType: returnType, nullable, sql };
}
