// Schema checks shared by formats: CSV (and text) hold scalar columns only.

import type { StructType } from "../../../types/data-type.js";
import { AnalysisException, quoteId } from "../../../errors/spark-error.js";
import { typeSql } from "./type-names.js";

const SCALAR = new Set([
  "null", "boolean", "byte", "short", "integer", "long", "float", "double", "decimal", "string", "char", "varchar",
  "binary", "date", "timestamp", "timestamp_ntz",
]);

/** UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE for arrays, maps, structs and intervals. */
export function checkScalarSchema(schema: StructType, format: string): void {
  for (const f of schema.fields) {
    if (!SCALAR.has(f.dataType.kind)) {
      throw new AnalysisException("UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE", {
        columnName: quoteId(f.name),
        columnType: `"${typeSql(f.dataType)}"`,
        format,
      });
    }
  }
}
