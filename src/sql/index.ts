// Spark SQL parser: SQL text → unresolved logical plans / expressions / statements.
export {
  parseStatement,
  parseScript,
  parseQuery,
  parseExpression,
  parseSortExpression,
  parseDataType,
  parseDDLSchema,
  parseSchemaOrType,
  parseMultipartIdentifier,
  type ParseOptions,
} from "./parser.js";
export type * from "./statement.js";
export { SqlParseException } from "./parse-error.js";
export { oneRowRelation, isOneRowRelation } from "./plan-build.js";
export { tokenize, type Token, type TokenType, type NumberKind } from "./lexer.js";
export { planToString, exprToString } from "./plan-debug.js";
