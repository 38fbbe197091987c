// Message templates for the Spark error classes we raise, worded as Spark 4 words them.
// Add a class here when code starts raising it; keep alphabetical order.

export interface ErrorClassTemplate {
  readonly message: string;
  readonly sqlState?: string;
}

export const ERROR_CLASSES: Readonly<Record<string, ErrorClassTemplate>> = {
  ARITHMETIC_OVERFLOW: {
    message:
      "<message>.<alternative> If necessary set <config> to \"false\" to bypass this error.",
    sqlState: "22003",
  },
  CAST_INVALID_INPUT: {
    message:
      "The value <expression> of the type <sourceType> cannot be cast to <targetType> because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead.",
    sqlState: "22018",
  },
  CAST_OVERFLOW: {
    message:
      "The value <value> of the type <sourceType> cannot be cast to <targetType> due to an overflow. Use `try_cast` to tolerate overflow and return NULL instead.",
    sqlState: "22003",
  },
  DIVIDE_BY_ZERO: {
    message:
      "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead. If necessary set <config> to \"false\" to bypass this error.",
    sqlState: "22012",
  },
  NUMERIC_VALUE_OUT_OF_RANGE: {
    message:
      " <value> cannot be represented as Decimal(<precision>, <scale>). If necessary set <config> to \"false\" to bypass this error, and return NULL instead.",
    sqlState: "22003",
  },
  PARSE_SYNTAX_ERROR: {
    message: "Syntax error at or near <error><hint>.",
    sqlState: "42601",
  },
  TABLE_OR_VIEW_NOT_FOUND: {
    message:
      "The table or view <relationName> cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a schema, verify the current_schema() output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.",
    sqlState: "42P01",
  },
  "UNRESOLVED_COLUMN.WITH_SUGGESTION": {
    message:
      "A column, variable, or function parameter with name <objectName> cannot be resolved. Did you mean one of the following? [<proposal>].",
    sqlState: "42703",
  },
  "UNRESOLVED_COLUMN.WITHOUT_SUGGESTION": {
    message: "A column, variable, or function parameter with name <objectName> cannot be resolved.",
    sqlState: "42703",
  },
  UNRESOLVED_ROUTINE: {
    message:
      "Cannot resolve routine <routineName> on search path <searchPath>.",
    sqlState: "42883",
  },
};
