// The analysis-time check of CAST(x AS t): Spark's Cast.checkInputDataTypes. A pair the mode's
// rules do not allow fails with DATATYPE_MISMATCH, suggesting a function (numbers ↔ dates), the
// ANSI flag (ANSI casts that legacy mode allows) or nothing.

import { AnalysisException } from "../../errors/spark-error.js";
import { isNumeric, type DataType } from "../../types/data-type.js";
import { sqlTypeName } from "../../types/type-strings.js";
import { canCast } from "./can-cast.js";
import type { CastMode } from "./cast-types.js";

/** Function suggestions Spark offers instead of a cast it refuses. */
function suggestedFunctions(from: DataType, to: DataType): string[] | null {
  if (isNumeric(from) && to.kind === "timestamp") return ["TIMESTAMP_SECONDS", "TIMESTAMP_MILLIS", "TIMESTAMP_MICROS"];
  if (from.kind === "timestamp" && isNumeric(to)) return ["UNIX_SECONDS", "UNIX_MILLIS", "UNIX_MICROS"];
  if (isNumeric(from) && to.kind === "date") return ["DATE_FROM_UNIX_DATE"];
  if (from.kind === "date" && isNumeric(to)) return ["UNIX_DATE"];
  return null;
}

/** Throws DATATYPE_MISMATCH.CAST_* unless `from` casts to `to` in `mode`. `sqlExpr` is how
 *  Spark prints the cast (`CAST(a AS INT)`), unquoted. */
export function checkCast(from: DataType, to: DataType, mode: CastMode, sqlExpr: string): void {
  if (canCast(from, to, mode)) return;
  const base = { sqlExpr: `"${sqlExpr}"`, srcType: `"${sqlTypeName(from)}"`, targetType: `"${sqlTypeName(to)}"` };
  const functions = suggestedFunctions(from, to);
  if (functions) {
    throw new AnalysisException("DATATYPE_MISMATCH.CAST_WITH_FUNC_SUGGESTION", {
      ...base,
      functionNames: functions.map((f) => "`" + f + "`").join("/"),
    });
  }
  if (mode === "ansi" && canCast(from, to, "legacy")) {
    throw new AnalysisException("DATATYPE_MISMATCH.CAST_WITH_CONF_SUGGESTION", {
      ...base,
      config: '"spark.sql.ansi.enabled"',
      configVal: "'false'",
    });
  }
  throw new AnalysisException("DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION", base);
}
