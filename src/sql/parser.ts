// Entry points of the SQL parser. Every function parses the whole text and raises Spark's
// ParseException (as SqlParseException, with line/position) on errors.

import type { Expr, SortOrder } from "../plan/expr/unresolved.js";
import type { LogicalPlan } from "../plan/logical/unresolved.js";
import { StructType, type DataType } from "../types/data-type.js";
import { sqlError } from "./parse-error.js";
import { parseColumn, parseDataTypeAt } from "./parse-datatype.js";
import { parseNamedExpr, parseSortItem } from "./parse-expression.js";
import { parseQueryBody } from "./parse-query.js";
import { parseStatementAt } from "./parse-statement.js";
import { SqlParser, type ParseOptions } from "./parser-core.js";
import type { Statement } from "./statement.js";

export type { ParseOptions };

/** Fails unless the cursor is at the end (trailing semicolons allowed when `allowSemicolons`). */
function expectEnd(p: SqlParser, allowSemicolons: boolean): void {
  if (allowSemicolons) while (p.acceptOp(";"));
  if (p.atEnd()) return;
  const t = p.peek();
  // ANTLR reports a single unwanted token before the end as "extra input"
  const extra = p.peek(1).type === "eof" || p.prev().value === ";";
  throw sqlError(
    "PARSE_SYNTAX_ERROR",
    { error: `'${t.text}'`, hint: extra ? `: extra input '${t.text}'` : "" },
    p.sql,
    { line: t.line, column: t.column },
  );
}

function emptyCheck(p: SqlParser): void {
  if (p.atEnd()) {
    const t = p.peek();
    throw sqlError("PARSE_EMPTY_STATEMENT", {}, p.sql, { line: t.line, column: t.column });
  }
}

/** One SQL statement (a trailing `;` is allowed). */
export function parseStatement(sql: string, options?: ParseOptions): Statement {
  const p = new SqlParser(sql, options);
  emptyCheck(p);
  const s = parseStatementAt(p);
  expectEnd(p, true);
  return s;
}

/** Statements separated by `;` (empty statements are skipped). */
export function parseScript(sql: string, options?: ParseOptions): Statement[] {
  const p = new SqlParser(sql, options);
  const out: Statement[] = [];
  for (;;) {
    while (p.acceptOp(";"));
    if (p.atEnd()) return out;
    out.push(parseStatementAt(p));
    if (!p.atEnd() && !p.isOp(";")) expectEnd(p, false);
  }
}

/** A query (SELECT / WITH / VALUES / TABLE / FROM ...) as an unresolved logical plan. */
export function parseQuery(sql: string, options?: ParseOptions): LogicalPlan {
  const p = new SqlParser(sql, options);
  emptyCheck(p);
  const plan = parseQueryBody(p);
  expectEnd(p, true);
  return plan;
}

/** An expression as in selectExpr / F.expr: `a + 1`, `count(*) AS n`, `x AS (k, v)`. */
export function parseExpression(sql: string, options?: ParseOptions): Expr {
  const p = new SqlParser(sql, options);
  emptyCheck(p);
  const e = parseNamedExpr(p);
  expectEnd(p, false);
  return e;
}

/** A sort expression: `a DESC NULLS LAST`. */
export function parseSortExpression(sql: string): SortOrder {
  const p = new SqlParser(sql);
  emptyCheck(p);
  const s = parseSortItem(p);
  expectEnd(p, false);
  return s;
}

/** A data type: "INT", "DECIMAL(10,2)", "ARRAY<STRING>", "STRUCT<a: INT, b STRING>". */
export function parseDataType(text: string): DataType {
  const p = new SqlParser(text);
  emptyCheck(p);
  const t = parseDataTypeAt(p);
  expectEnd(p, false);
  return t;
}

/** "a INT, b STRING NOT NULL COMMENT 'x'" (also "a: INT, b: STRING"). */
function parseColumns(text: string): StructType {
  const p = new SqlParser(text);
  emptyCheck(p);
  const fields = [parseColumn(p, true)];
  while (p.acceptOp(",")) fields.push(parseColumn(p, true));
  expectEnd(p, false);
  return StructType(fields);
}

/**
 * A schema string as DataFrameReader.schema() / createDataFrame take it: a column list
 * ("id INT, tags ARRAY<STRING>", "a: INT, b: STRING") or a STRUCT<...> type.
 */
export function parseDDLSchema(text: string): StructType {
  try {
    return parseColumns(text);
  } catch (columnsError) {
    try {
      const t = parseDataType(text);
      if (t.kind === "struct") return t;
    } catch {
      // report the column-list error, the more common intent
    }
    throw columnsError;
  }
}

/**
 * PySpark's _parse_datatype_string: a schema (column list) or any single data type ("int",
 * "array<int>").
 */
export function parseSchemaOrType(text: string): DataType {
  try {
    return parseDDLSchema(text);
  } catch (schemaError) {
    try {
      return parseDataType(text);
    } catch {
      throw schemaError;
    }
  }
}

/** A dotted, possibly back-quoted name: "db.`my table`" → ["db", "my table"]. */
export function parseMultipartIdentifier(text: string): string[] {
  const p = new SqlParser(text);
  emptyCheck(p);
  const parts = p.multipartIdentifier(true);
  expectEnd(p, false);
  return parts;
}
