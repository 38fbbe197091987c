// Error messages compared with what Spark 4.1 (PySpark) prints for the same SQL; Spark prefixes
// getMessage() with a newline, which we leave out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ParseException } from "../../src/errors/spark-error.js";
import { parseDDLSchema, parseExpression, parseQuery, parseStatement } from "../../src/sql/parser.js";
import { parseError } from "./helpers.js";

const sparkMessages: [string, string][] = [
  ["SELECT", "[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 1, pos 6)\n\n== SQL ==\nSELECT\n------^^^\n"],
  ["", "[PARSE_EMPTY_STATEMENT] Syntax error, unexpected empty statement. SQLSTATE: 42617 (line 1, pos 0)\n\n== SQL ==\n\n^^^\n"],
  ["   ", "[PARSE_EMPTY_STATEMENT] Syntax error, unexpected empty statement. SQLSTATE: 42617 (line 1, pos 3)\n\n== SQL ==\n   \n---^^^\n"],
  ["SELECT 1 +", "[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 1, pos 10)\n\n== SQL ==\nSELECT 1 +\n----------^^^\n"],
  ["SELECT (1", "[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 1, pos 9)\n\n== SQL ==\nSELECT (1\n---------^^^\n"],
  ["SELECT 1)", "[PARSE_SYNTAX_ERROR] Syntax error at or near ')': extra input ')'. SQLSTATE: 42601 (line 1, pos 8)\n\n== SQL ==\nSELECT 1)\n--------^^^\n"],
  ["SELECT /* abc", "[UNCLOSED_BRACKETED_COMMENT] Found an unclosed bracketed comment. Please, append */ at the end of the comment. SQLSTATE: 42601\n== SQL ==\nSELECT /* abc"],
  ["SELECT 'abc", "[PARSE_SYNTAX_ERROR] Syntax error at or near '''. SQLSTATE: 42601 (line 1, pos 7)\n\n== SQL ==\nSELECT 'abc\n-------^^^\n"],
  ["SELECT `a", "[PARSE_SYNTAX_ERROR] Syntax error at or near '`'. SQLSTATE: 42601 (line 1, pos 7)\n\n== SQL ==\nSELECT `a\n-------^^^\n"],
  ["SELECT DATE 'xx'", "[INVALID_TYPED_LITERAL] The value of the typed literal \"DATE\" is invalid: 'xx'. SQLSTATE: 42604\n== SQL (line 1, position 8) ==\nSELECT DATE 'xx'\n       ^^^^^^^^^\n"],
  ["SELECT TIMESTAMP 'abc'", "[INVALID_TYPED_LITERAL] The value of the typed literal \"TIMESTAMP\" is invalid: 'abc'. SQLSTATE: 42604\n== SQL (line 1, position 8) ==\nSELECT TIMESTAMP 'abc'\n       ^^^^^^^^^^^^^^^\n"],
  ["SELECT X'ZZ'", "[INVALID_TYPED_LITERAL] The value of the typed literal \"X\" is invalid: 'ZZ'. SQLSTATE: 42604\n== SQL (line 1, position 8) ==\nSELECT X'ZZ'\n       ^^^^^\n"],
  ["SELECT INTERVAL '1' FOO", "[INVALID_TYPED_LITERAL] The value of the typed literal \"INTERVAL\" is invalid: '1'. SQLSTATE: 42604\n== SQL (line 1, position 8) ==\nSELECT INTERVAL '1' FOO\n       ^^^^^^^^^^^^\n"],
  ["SELECT 1\nFROM t\nWHERE x = = 1", "[PARSE_SYNTAX_ERROR] Syntax error at or near '='. SQLSTATE: 42601 (line 3, pos 10)\n\n== SQL ==\nSELECT 1\nFROM t\nWHERE x = = 1\n----------^^^\n"],
  ["SELECT 1 FROM t\n  WHERE (a", "[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 2, pos 10)\n\n== SQL ==\nSELECT 1 FROM t\n  WHERE (a\n----------^^^\n"],
  ["SELECT a b c FROM t", "[PARSE_SYNTAX_ERROR] Syntax error at or near 'c'. SQLSTATE: 42601 (line 1, pos 11)\n\n== SQL ==\nSELECT a b c FROM t\n-----------^^^\n"],
  ["SELECT * FROM t t2 t3", "[PARSE_SYNTAX_ERROR] Syntax error at or near 't3': extra input 't3'. SQLSTATE: 42601 (line 1, pos 19)\n\n== SQL ==\nSELECT * FROM t t2 t3\n-------------------^^^\n"],
  ["SELECT 1;SELECT 2", "[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELECT': extra input 'SELECT'. SQLSTATE: 42601 (line 1, pos 9)\n\n== SQL ==\nSELECT 1;SELECT 2\n---------^^^\n"],
  [";", "[PARSE_SYNTAX_ERROR] Syntax error at or near ';'. SQLSTATE: 42601 (line 1, pos 0)\n\n== SQL ==\n;\n^^^\n"],
  ["SELECT 1 2", "[PARSE_SYNTAX_ERROR] Syntax error at or near '2': extra input '2'. SQLSTATE: 42601 (line 1, pos 9)\n\n== SQL ==\nSELECT 1 2\n---------^^^\n"],
  ["SELECT a FROM t JOIN", "[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 1, pos 20)\n\n== SQL ==\nSELECT a FROM t JOIN\n--------------------^^^\n"],
  ["DROP TABLE", "[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 1, pos 10)\n\n== SQL ==\nDROP TABLE\n----------^^^\n"],
  ["WITH a AS (SELECT 1) SELECT", "[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 1, pos 27)\n\n== SQL ==\nWITH a AS (SELECT 1) SELECT\n---------------------------^^^\n"],
  ["SELECT * FROM t WHERE a IN ()", "[PARSE_SYNTAX_ERROR] Syntax error at or near 'IN'. SQLSTATE: 42601 (line 1, pos 24)\n\n== SQL ==\nSELECT * FROM t WHERE a IN ()\n------------------------^^^\n"],
  ["select sum(x) over (order by y rows between 1 preceding) from t", "[PARSE_SYNTAX_ERROR] Syntax error at or near ')'. SQLSTATE: 42601 (line 1, pos 55)\n\n== SQL ==\nselect sum(x) over (order by y rows between 1 preceding) from t\n-------------------------------------------------------^^^\n"],
  ["SELECT 1 AS a-b", "[INVALID_IDENTIFIER] The unquoted identifier a-b is invalid and must be back quoted as: `a-b`.\nUnquoted identifiers can only contain ASCII letters ('a' - 'z', 'A' - 'Z'), digits ('0' - '9'), and underbar ('_').\nUnquoted identifiers must also not start with a digit.\nDifferent data sources and meta stores may impose additional restrictions on valid identifiers. SQLSTATE: 42602 (line 1, pos 13)\n\n== SQL ==\nSELECT 1 AS a-b\n-------------^^^\n"],
  ["CREATE TABLE a-b (x INT)", "[INVALID_IDENTIFIER] The unquoted identifier a-b is invalid and must be back quoted as: `a-b`.\nUnquoted identifiers can only contain ASCII letters ('a' - 'z', 'A' - 'Z'), digits ('0' - '9'), and underbar ('_').\nUnquoted identifiers must also not start with a digit.\nDifferent data sources and meta stores may impose additional restrictions on valid identifiers. SQLSTATE: 42602 (line 1, pos 14)\n\n== SQL ==\nCREATE TABLE a-b (x INT)\n--------------^^^\n"],
  ["SELECT 1 AS preço", "[INVALID_IDENTIFIER] The unquoted identifier preço is invalid and must be back quoted as: `preço`.\nUnquoted identifiers can only contain ASCII letters ('a' - 'z', 'A' - 'Z'), digits ('0' - '9'), and underbar ('_').\nUnquoted identifiers must also not start with a digit.\nDifferent data sources and meta stores may impose additional restrictions on valid identifiers. SQLSTATE: 42602 (line 1, pos 12)\n\n== SQL ==\nSELECT 1 AS preço\n------------^^^\n"],
  ["SELECT préco FROM t", "[INVALID_IDENTIFIER] The unquoted identifier préco is invalid and must be back quoted as: `préco`.\nUnquoted identifiers can only contain ASCII letters ('a' - 'z', 'A' - 'Z'), digits ('0' - '9'), and underbar ('_').\nUnquoted identifiers must also not start with a digit.\nDifferent data sources and meta stores may impose additional restrictions on valid identifiers. SQLSTATE: 42602 (line 1, pos 7)\n\n== SQL ==\nSELECT préco FROM t\n-------^^^\n"],
  ["SELECT CAST(1 AS FOO)", "[UNSUPPORTED_DATATYPE] Unsupported data type \"FOO\". SQLSTATE: 0A000\n== SQL (line 1, position 18) ==\nSELECT CAST(1 AS FOO)\n                 ^^^\n"],
  ["SELECT CAST(1 AS CHAR)", "[DATATYPE_MISSING_SIZE] DataType \"CHAR\" requires a length parameter, for example \"CHAR\"(10). Please specify the length. SQLSTATE: 42K01\n== SQL (line 1, position 18) ==\nSELECT CAST(1 AS CHAR)\n                 ^^^^\n"],
  ["SELECT 128Y", "[INVALID_NUMERIC_LITERAL_RANGE] Numeric literal 128 is outside the valid range for tinyint with minimum value of -128 and maximum value of 127. Please adjust the value accordingly. SQLSTATE: 22003\n== SQL (line 1, position 8) ==\nSELECT 128Y\n       ^^^^\n"],
  ["SELECT 1e400", "[INVALID_NUMERIC_LITERAL_RANGE] Numeric literal 1e400 is outside the valid range for double with minimum value of -1.7976931348623157E+308 and maximum value of 1.7976931348623157E+308. Please adjust the value accordingly. SQLSTATE: 22003\n== SQL (line 1, position 8) ==\nSELECT 1e400\n       ^^^^^\n"],
  ["SELECT 100000000000000000000000000000000000000BD", "[DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION] Decimal precision 39 exceeds max precision 38. SQLSTATE: 22003\n== SQL (line 1, position 8) ==\nSELECT 100000000000000000000000000000000000000BD\n       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"],
  ["SELECT a FROM t WHERE a LIKE 'x' ESCAPE 'ab'", "[INVALID_ESC] Found an invalid escape string: 'ab'. The escape string must contain only one character. SQLSTATE: 42604\n== SQL (line 1, position 25) ==\nSELECT a FROM t WHERE a LIKE 'x' ESCAPE 'ab'\n                        ^^^^^^^^^^^^^^^^^^^^\n"],
  [
    "SELECT INTERVAL '1' DAY, INTERVAL 1 YEAR 2 MONTHS, INTERVAL '1-2' YEAR TO MONTH, INTERVAL 3 HOURS, INTERVAL '1 2:03:04' DAY TO SECOND, INTERVAL 1 DAY 2 HOURS, INTERVAL '1 day 2 hours', INTERVAL 1 YEAR 2 DAYS",
    "[_LEGACY_ERROR_TEMP_0029] Cannot mix year-month and day-time fields: INTERVAL 1 YEAR 2 DAYS.\n== SQL (line 1, position 186) ==\n...OURS, INTERVAL '1 day 2 hours', INTERVAL 1 YEAR 2 DAYS\n" + " ".repeat(35) + "^".repeat(22) + "\n",
  ],
];

for (const [sql, message] of sparkMessages) {
  test(`Spark's message for ${JSON.stringify(sql)}`, () => {
    const e = parseError(() => parseStatement(sql));
    assert.ok(e instanceof ParseException);
    assert.equal(e.message, message);
  });
}

test("error objects expose class, SQLSTATE, line and position", () => {
  const e = parseError(() => parseQuery("SELECT 1\nFROM t\nWHERE x = = 1"));
  assert.equal(e.errorClass, "PARSE_SYNTAX_ERROR");
  assert.equal(e.sqlState, "42601");
  assert.deepEqual(e.messageParameters, { error: "'='", hint: "" });
  assert.equal(e.line, 3);
  assert.equal(e.position, 10);
  assert.equal(e.offset, 26);
});

test("reserved words are rejected as bare column names; non-reserved keywords are fine", () => {
  assert.match(parseError(() => parseQuery("SELECT FROM")).message, /^\[PARSE_SYNTAX_ERROR\] Syntax error at or near 'FROM'\. SQLSTATE: 42601 \(line 1, pos 7\)/);
  assert.doesNotThrow(() => parseQuery("SELECT date, year, key, value, type FROM t"));
});

test("more syntax errors", () => {
  const at = (sql: string): string => {
    const e = parseError(() => parseStatement(sql));
    return `${e.errorClass}@${e.line}:${e.position}`;
  };
  assert.equal(at("SELECT a FROM t WHERE"), "PARSE_SYNTAX_ERROR@1:21");
  assert.equal(at("SELECT CASE WHEN 1 THEN 2"), "PARSE_SYNTAX_ERROR@1:25");
  assert.equal(at("SELECT CAST(a)"), "PARSE_SYNTAX_ERROR@1:13");
  assert.equal(at("SELECT a FROM t GROUP BY"), "PARSE_SYNTAX_ERROR@1:24");
  assert.equal(at("SELECT 1 UNION"), "PARSE_SYNTAX_ERROR@1:14");
  assert.equal(at("INSERT INTO"), "PARSE_SYNTAX_ERROR@1:11");
  assert.equal(at("FOO BAR"), "PARSE_SYNTAX_ERROR@1:0");
  const cls = (sql: string): string => parseError(() => parseStatement(sql)).errorClass;
  assert.equal(cls("SELECT * FROM t WINDOW w AS (ORDER BY a), w AS (ORDER BY b)"), "INVALID_SQL_SYNTAX.REPETITIVE_WINDOW_DEFINITION");
  assert.equal(cls("SELECT rank() OVER w FROM t WINDOW v AS (ORDER BY a)"), "INVALID_SQL_SYNTAX.UNRESOLVED_WINDOW_REFERENCE");
  assert.equal(at("VALUES (1, 2), (3)"), "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH@1:0");
  assert.equal(at("SELECT * FROM nope(1)"), "UNRESOLVABLE_TABLE_VALUED_FUNCTION@1:14");
  assert.equal(at("SET a b = c"), "INVALID_SET_SYNTAX@1:0");
});

test("expressions and schemas report errors the same way", () => {
  assert.equal(parseError(() => parseExpression("a +")).errorClass, "PARSE_SYNTAX_ERROR");
  assert.equal(parseError(() => parseExpression("a b c")).message.split("\n")[0], "[PARSE_SYNTAX_ERROR] Syntax error at or near 'c': extra input 'c'. SQLSTATE: 42601 (line 1, pos 4)");
  assert.equal(parseError(() => parseDDLSchema("a INT,")).errorClass, "PARSE_SYNTAX_ERROR");
  assert.equal(parseError(() => parseDDLSchema("a FOO")).errorClass, "UNSUPPORTED_DATATYPE");
});
