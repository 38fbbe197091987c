// The session's SQL parser: the src/sql module behind the SqlParser interface.
import { parseQuery, parseExpression, parseDataType, parseDDLSchema } from "../sql/index.js";
import type { StructType } from "../types/data-type.js";
import type { SqlParser } from "./session-state.js";

export const sqlParser: SqlParser & { parseDDLSchema(s: string): StructType } = {
  parseQuery,
  parseExpression,
  parseDataType,
  parseDDLSchema,
};
