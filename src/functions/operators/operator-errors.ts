// Errors raised by the binary / unary operators, worded as Spark 4 words them.

import type { ArgInfo } from "../function-definition.js";
import type { DataType } from "../../types/data-type.js";
import { AnalysisException, SparkArithmeticException } from "../../errors/spark-error.js";
import { argSql, typeSql } from "../misc/bind-helpers.js";

const ANSI_CONFIG = '"spark.sql.ansi.enabled"';

/** ARITHMETIC_OVERFLOW: "integer overflow. Use 'try_add' to tolerate overflow ..." */
export function arithmeticOverflow(what: string, tryFunction: string | null): SparkArithmeticException {
  return new SparkArithmeticException("ARITHMETIC_OVERFLOW", {
    message: what,
    alternative: tryFunction ? ` Use '${tryFunction}' to tolerate overflow and return NULL instead.` : "",
    config: ANSI_CONFIG,
  });
}

/** tinyint / smallint overflow: "127S + 1S caused overflow. Use `try_add` ...". Spark prints
 *  both byte and short operands with the S suffix. */
export function binaryArithmeticOverflow(a: number, symbol: string, b: number, tryFunction: string): SparkArithmeticException {
  return new SparkArithmeticException("BINARY_ARITHMETIC_OVERFLOW", {
    value1: `${a}S`,
    symbol,
    value2: `${b}S`,
    functionName: "`" + tryFunction + "`",
  });
}

export function intervalOverflow(tryFunction: string): SparkArithmeticException {
  return new SparkArithmeticException("INTERVAL_ARITHMETIC_OVERFLOW.WITH_SUGGESTION", { functionName: "`" + tryFunction + "`" });
}

export { divideByZero, remainderByZero } from "../../values/decimal-arithmetic.js";

/** `(a + b)` as Spark prints a binary operator call. */
export const binarySql = (symbol: string, args: readonly ArgInfo[]): string =>
  `"(${argSql(args[0]!)} ${symbol} ${argSql(args[1]!)})"`;

export function binaryOpDiffTypes(symbol: string, args: readonly ArgInfo[]): AnalysisException {
  return new AnalysisException("DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES", {
    sqlExpr: binarySql(symbol, args),
    left: typeSql(args[0]!.dataType),
    right: typeSql(args[1]!.dataType),
  });
}

export function binaryOpWrongType(symbol: string, args: readonly ArgInfo[], inputType: string, actual: DataType): AnalysisException {
  return new AnalysisException("DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE", {
    sqlExpr: binarySql(symbol, args),
    inputType,
    actualDataType: typeSql(actual),
  });
}
