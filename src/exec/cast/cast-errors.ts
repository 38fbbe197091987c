// Errors raised by ANSI casts, worded as Spark 4 words them, and the SQL text of a value that
// appears in them (Spark's toSQLValue: 'abc', 3000000000L, 1.0E10D, 12.5BD, DATE '2020-01-01').

import type { DataType } from "../../types/data-type.js";
import { sqlTypeName } from "../../types/type-strings.js";
import {
  SparkArithmeticException,
  SparkDateTimeException,
  SparkNumberFormatException,
  SparkRuntimeException,
  quoteType,
} from "../../errors/spark-error.js";
import { formatDouble, formatFloat } from "../../values/java-format.js";
import { unscaledToString } from "../../values/decimal.js";
import { numericValueOutOfRange } from "../../values/decimal-arithmetic.js";
import { castToStringKernel } from "./cast-to-string.js";

function specialFloat(x: number): string | null {
  if (x !== x) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  return null;
}

/** Spark's toSQLValue(value, type): how a value is quoted in error messages. */
export function toSQLValue(v: unknown, type: DataType): string {
  if (v === null || v === undefined) return "NULL";
  switch (type.kind) {
    case "string":
    case "char":
    case "varchar":
      return "'" + (v as string).replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
    case "byte":
      return `${v}Y`;
    case "short":
      return `${v}S`;
    case "integer":
      return String(v);
    case "long":
      return `${v}L`;
    case "float":
      return specialFloat(v as number) ?? formatFloat(v as number);
    case "double":
      return specialFloat(v as number) ?? formatDouble(v as number) + "D";
    case "decimal":
      return unscaledToString(v as bigint, type.scale) + "BD";
    case "boolean":
      return String(v).toUpperCase();
    case "binary":
      return "X'" + Array.from(v as Uint8Array, (b) => b.toString(16).padStart(2, "0").toUpperCase()).join("") + "'";
    case "date":
      return `DATE '${castToStringKernel(type, "UTC")(v)}'`;
    case "timestamp":
      return `TIMESTAMP '${castToStringKernel(type, "UTC")(v)}'`;
    case "timestamp_ntz":
      return `TIMESTAMP_NTZ '${castToStringKernel(type, "UTC")(v)}'`;
    case "year_month_interval":
    case "day_time_interval":
      return castToStringKernel(type, "UTC")(v) as string;
    default:
      return castToStringKernel(type, "UTC")(v) as string;
  }
}

const sqlType = (t: DataType): string => quoteType(sqlTypeName(t));

/** CAST_INVALID_INPUT with the exception class Spark uses for the target type. */
export function castInvalidInput(value: unknown, from: DataType, to: DataType): Error {
  const params = { expression: toSQLValue(value, from), sourceType: sqlType(from), targetType: sqlType(to), ansiConfig: '"spark.sql.ansi.enabled"' };
  switch (to.kind) {
    case "date":
    case "timestamp":
    case "timestamp_ntz":
      return new SparkDateTimeException("CAST_INVALID_INPUT", params);
    case "boolean":
      return new SparkRuntimeException("CAST_INVALID_INPUT", params);
    default:
      return new SparkNumberFormatException("CAST_INVALID_INPUT", params);
  }
}

export function castOverflow(value: unknown, from: DataType, to: DataType): SparkArithmeticException {
  return new SparkArithmeticException("CAST_OVERFLOW", {
    value: toSQLValue(value, from),
    sourceType: sqlType(from),
    targetType: sqlType(to),
  });
}

export { numericValueOutOfRange };
