// Which casts exist: Spark's Cast.canCast (legacy, spark.sql.ansi.enabled=false) and
// Cast.canAnsiCast (ANSI and try_cast). Verified against PySpark 4.1 over a type matrix.

import { isNumeric, isIntegral, type DataType } from "../../types/data-type.js";
import type { CastMode } from "./cast-types.js";

const isString = (t: DataType): boolean => t.kind === "string" || t.kind === "char" || t.kind === "varchar";
const isInterval = (t: DataType): boolean => t.kind === "year_month_interval" || t.kind === "day_time_interval";
const isDatetime = (t: DataType): boolean => t.kind === "date" || t.kind === "timestamp" || t.kind === "timestamp_ntz";

export function canCast(from: DataType, to: DataType, mode: CastMode): boolean {
  const ansi = mode !== "legacy";
  if (from.kind === "null") return true;
  if (isString(to)) return true; // everything prints
  switch (to.kind) {
    case "array":
      return from.kind === "array" && canCast(from.elementType, to.elementType, mode);
    case "map":
      return from.kind === "map" && canCast(from.keyType, to.keyType, mode) && canCast(from.valueType, to.valueType, mode);
    case "struct":
      return (
        from.kind === "struct" &&
        from.fields.length === to.fields.length &&
        from.fields.every((f, i) => canCast(f.dataType, to.fields[i]!.dataType, mode))
      );
    case "calendar_interval":
      return isString(from) || from.kind === "calendar_interval";
    case "null":
      return false;
  }
  if (from.kind === to.kind && !isInterval(from)) return true;
  if (isString(from)) return !isComplexOrNull(to);
  switch (to.kind) {
    case "boolean":
      return isNumeric(from) || (!ansi && (from.kind === "date" || from.kind === "timestamp"));
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "decimal":
      if (isNumeric(from) || from.kind === "boolean" || from.kind === "timestamp") return true;
      if (isInterval(from)) return isIntegral(to) || to.kind === "decimal";
      return !ansi && from.kind === "date";
    case "binary":
      return !ansi && isIntegral(from);
    case "date":
      return from.kind === "timestamp" || from.kind === "timestamp_ntz";
    case "timestamp":
      return isNumeric(from) || isDatetime(from) || (!ansi && from.kind === "boolean");
    case "timestamp_ntz":
      return isDatetime(from);
    case "year_month_interval":
      return from.kind === "year_month_interval" || isIntegral(from) || from.kind === "decimal";
    case "day_time_interval":
      return from.kind === "day_time_interval" || isIntegral(from) || from.kind === "decimal";
    default:
      return false;
  }
}

function isComplexOrNull(t: DataType): boolean {
  return t.kind === "array" || t.kind === "map" || t.kind === "struct" || t.kind === "null";
}
