// SQL names of data types for messages ("INT", "DECIMAL(10,2)", "ARRAY<STRING>") and Spark's
// simpleString ("int", "decimal(10,2)", "struct<a:int>") for tests and errors.

import type { DataType } from "../../../types/data-type.js";

export function simpleString(t: DataType): string {
  switch (t.kind) {
    case "integer":
      return "int";
    case "long":
      return "bigint";
    case "short":
      return "smallint";
    case "byte":
      return "tinyint";
    case "null":
      return "void";
    case "decimal":
      return `decimal(${t.precision},${t.scale})`;
    case "char":
      return `char(${t.length})`;
    case "varchar":
      return `varchar(${t.length})`;
    case "array":
      return `array<${simpleString(t.elementType)}>`;
    case "map":
      return `map<${simpleString(t.keyType)},${simpleString(t.valueType)}>`;
    case "struct":
      return `struct<${t.fields.map((f) => `${f.name}:${simpleString(f.dataType)}`).join(",")}>`;
    case "year_month_interval":
      return "interval year to month";
    case "day_time_interval":
      return "interval day to second";
    case "calendar_interval":
      return "interval";
    default:
      return t.kind;
  }
}

export function typeSql(t: DataType): string {
  if (t.kind === "struct") return `STRUCT<${t.fields.map((f) => `${f.name}: ${typeSql(f.dataType)}`).join(", ")}>`;
  if (t.kind === "array") return `ARRAY<${typeSql(t.elementType)}>`;
  if (t.kind === "map") return `MAP<${typeSql(t.keyType)}, ${typeSql(t.valueType)}>`;
  return simpleString(t).toUpperCase();
}
