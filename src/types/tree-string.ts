// StructType.treeString, the text df.printSchema() prints:
//   root
//    |-- a: integer (nullable = true)
//    |-- b: array (nullable = true)
//    |    |-- element: string (containsNull = true)
// The result ends with one "\n"; PySpark's printSchema prints it with print(), so what users see
// is followed by an empty line.

import type { DataType, StructType } from "./data-type.js";
import { typeName } from "./type-strings.js";

function nested(t: DataType, prefix: string, out: string[], depth: number): void {
  if (depth <= 0) return;
  switch (t.kind) {
    case "struct":
      for (const f of t.fields) {
        out.push(`${prefix}-- ${f.name}: ${typeName(f.dataType)} (nullable = ${f.nullable})\n`);
        nested(f.dataType, `${prefix}    |`, out, depth - 1);
      }
      return;
    case "array":
      out.push(`${prefix}-- element: ${typeName(t.elementType)} (containsNull = ${t.containsNull})\n`);
      nested(t.elementType, `${prefix}    |`, out, depth - 1);
      return;
    case "map":
      out.push(`${prefix}-- key: ${typeName(t.keyType)}\n`);
      nested(t.keyType, `${prefix}    |`, out, depth - 1);
      out.push(`${prefix}-- value: ${typeName(t.valueType)} (valueContainsNull = ${t.valueContainsNull})\n`);
      nested(t.valueType, `${prefix}    |`, out, depth - 1);
      return;
    default:
      return;
  }
}

/** Schema tree as printSchema shows it; `level` limits nesting depth (≤ 0 or omitted: unlimited). */
export function treeString(schema: StructType, level?: number): string {
  const depth = level !== undefined && level > 0 ? level : Number.POSITIVE_INFINITY;
  const out = ["root\n"];
  nested(schema, " |", out, depth);
  return out.join("");
}
