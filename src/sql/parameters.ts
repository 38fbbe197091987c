// Parameter markers (`?` positional, `:name` named) are substituted while parsing with the values
// given to spark.sql(text, args). JS values become literals typed as Spark types them; an
// expression object passes through unchanged.

import type { Expr } from "../plan/expr/unresolved.js";
import {
  BinaryType, BooleanType, DateType, DayTimeIntervalType, DecimalType, DoubleType, IntegerType, LongType, NullType,
  StringType, TimestampNTZType, TimestampType, YearMonthIntervalType,
} from "../types/data-type.js";
import { AnalysisException } from "../errors/spark-error.js";
import { Decimal } from "../values/decimal.js";
import { DayTimeInterval, YearMonthInterval } from "../values/interval.js";
import { SparkDate } from "../values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../values/timestamp.js";
import { fn } from "./expr-build.js";
import type { Token } from "./lexer.js";
import { lit } from "./parse-literal.js";
import type { SqlParser } from "./parser-core.js";

const EXPR_KINDS = new Set([
  "literal", "unresolved_attribute", "unresolved_star", "unresolved_function", "alias", "cast", "sort_order", "window",
  "lambda_function", "lambda_variable", "unresolved_extract_value", "expression_string", "subquery", "user_function",
]);

export function parameterValue(p: SqlParser, key: number | string, at: Token): Expr {
  const args = p.options.args;
  let present = false;
  let value: unknown;
  if (Array.isArray(args) && typeof key === "number") {
    present = key < args.length;
    value = args[key];
  } else if (args && !Array.isArray(args) && typeof key === "string") {
    present = Object.prototype.hasOwnProperty.call(args, key);
    value = (args as Record<string, unknown>)[key];
  }
  if (!present) {
    throw new AnalysisException("UNBOUND_SQL_PARAMETER", { name: typeof key === "string" ? key : `_${at.offset}` });
  }
  return valueToExpr(value);
}

/** A JS value as a literal expression (arrays become array(...)). */
export function valueToExpr(value: unknown): Expr {
  if (value === null || value === undefined) return lit(null, NullType());
  if (typeof value === "object" && typeof (value as { kind?: unknown }).kind === "string" && EXPR_KINDS.has((value as { kind: string }).kind)) {
    return value as Expr;
  }
  switch (typeof value) {
    case "boolean":
      return lit(value, BooleanType());
    case "number":
      return Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31 ? lit(value, IntegerType()) : lit(value, DoubleType());
    case "bigint":
      return lit(value, LongType());
    case "string":
      return lit(value, StringType());
    default:
      break;
  }
  if (value instanceof Decimal) {
    const digits = (value.unscaled < 0n ? -value.unscaled : value.unscaled).toString().length;
    return lit(value, DecimalType(Math.max(digits, value.scale, 1), value.scale));
  }
  if (value instanceof SparkDate) return lit(value, DateType());
  if (value instanceof Timestamp) return lit(value, TimestampType());
  if (value instanceof TimestampNTZ) return lit(value, TimestampNTZType());
  if (value instanceof Uint8Array) return lit(value, BinaryType());
  if (value instanceof YearMonthInterval) return lit(value, YearMonthIntervalType());
  if (value instanceof DayTimeInterval) return lit(value, DayTimeIntervalType());
  if (Array.isArray(value)) return fn("array", ...value.map(valueToExpr));
  if (value instanceof Map) {
    const args: Expr[] = [];
    for (const [k, v] of value) args.push(valueToExpr(k), valueToExpr(v));
    return fn("map", ...args);
  }
  throw new TypeError(`Unsupported SQL parameter value: ${String(value)}`);
}
