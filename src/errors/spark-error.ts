// Errors with Spark's error classes. The message is formatted as Spark 4 prints it:
//   [ERROR_CLASS] message text. SQLSTATE: XXXXX
// Templates live in error-classes.ts; parameters are substituted as <name>.

import { ERROR_CLASSES } from "./error-classes.js";

export class SparkError extends Error {
  readonly errorClass: string;
  readonly messageParameters: Readonly<Record<string, string>>;
  readonly sqlState: string | undefined;

  constructor(errorClass: string, messageParameters: Record<string, string> = {}, options?: { cause?: unknown }) {
    const template = ERROR_CLASSES[errorClass];
    const text = template
      ? template.message.replace(/<([a-zA-Z0-9_]+)>/g, (m, k: string) => messageParameters[k] ?? m)
      : Object.entries(messageParameters)
          .map(([k, v]) => `${k}=${v}`)
          .join(", ");
    const sqlState = template?.sqlState;
    super(`[${errorClass}] ${text}${sqlState ? ` SQLSTATE: ${sqlState}` : ""}`, options);
    this.name = new.target.name;
    this.errorClass = errorClass;
    this.messageParameters = messageParameters;
    this.sqlState = sqlState;
  }
}

/** Name resolution, type checking and catalog errors (Spark's AnalysisException). */
export class AnalysisException extends SparkError {}
/** SQL syntax errors; message carries line/position and a caret under the offending text. */
export class ParseException extends SparkError {}
/** ANSI arithmetic errors: ARITHMETIC_OVERFLOW, DIVIDE_BY_ZERO, NUMERIC_VALUE_OUT_OF_RANGE. */
export class SparkArithmeticException extends SparkError {}
/** CAST_INVALID_INPUT and friends. */
export class SparkNumberFormatException extends SparkError {}
export class SparkDateTimeException extends SparkError {}
export class SparkIllegalArgumentException extends SparkError {}
export class SparkRuntimeException extends SparkError {}
export class SparkUnsupportedOperationException extends SparkError {}

/** Quotes an identifier as Spark does in messages: `name` (backticks doubled inside). */
export const quoteId = (name: string): string => "`" + name.replace(/`/g, "``") + "`";
/** Quotes a SQL type in messages: "INT", "DECIMAL(10,2)". */
export const quoteType = (sqlType: string): string => `"${sqlType}"`;
