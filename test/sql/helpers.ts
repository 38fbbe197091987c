// Test helpers: parse SQL and render plans / expressions in the compact plan-debug form.
import assert from "node:assert/strict";
import { parseExpression, parseQuery, parseStatement } from "../../src/sql/parser.js";
import { SqlParseException } from "../../src/sql/parse-error.js";
import { exprToString, planToString } from "../../src/sql/plan-debug.js";

export const plan = (sql: string): string => planToString(parseQuery(sql));
export const expr = (sql: string): string => exprToString(parseExpression(sql));
/** The select list of `SELECT <items>` (one line). */
export const select = (items: string): string => {
  const p = parseQuery(`SELECT ${items}`);
  assert.equal(p.kind, "project");
  return (p as { expressions: readonly Parameters<typeof exprToString>[0][] }).expressions.map(exprToString).join(", ");
};

/** Runs `fn`, expects a SqlParseException, returns it. */
export function parseError(fn: () => unknown): SqlParseException {
  try {
    fn();
  } catch (e) {
    if (e instanceof SqlParseException) return e;
    throw e;
  }
  assert.fail("expected a parse error");
}

export const statementOf = parseStatement;
