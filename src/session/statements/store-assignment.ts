// Spark's ANSI store-assignment rule (spark.sql.storeAssignmentPolicy=ANSI): which source types
// an INSERT may write into a column of a given type (the value is then cast, failing on overflow).
import { isNumeric, type DataType } from "../../types/data-type.js";

const DATETIME = new Set(["date", "timestamp", "timestamp_ntz"]);
const COMPLEX = new Set(["array", "map", "struct"]);

export function canStoreAssign(from: DataType, to: DataType): boolean {
  if (from.kind === "null") return true;
  if (isNumeric(from) && isNumeric(to)) return true;
  if ((to.kind === "string" || to.kind === "varchar" || to.kind === "char") && !COMPLEX.has(from.kind)) return true;
  if (DATETIME.has(from.kind) && DATETIME.has(to.kind)) return true;
  if (from.kind === "array" && to.kind === "array") return canStoreAssign(from.elementType, to.elementType);
  if (from.kind === "map" && to.kind === "map") return canStoreAssign(from.keyType, to.keyType) && canStoreAssign(from.valueType, to.valueType);
  if (from.kind === "struct" && to.kind === "struct") {
    return from.fields.length === to.fields.length && from.fields.every((f, i) => canStoreAssign(f.dataType, to.fields[i]!.dataType));
  }
  if (from.kind === "year_month_interval" && to.kind === "year_month_interval") return true;
  if (from.kind === "day_time_interval" && to.kind === "day_time_interval") return true;
  return from.kind === to.kind;
}
