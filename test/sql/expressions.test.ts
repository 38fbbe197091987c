import { test } from "node:test";
import assert from "node:assert/strict";
import { expr, select } from "./helpers.js";

// [sql, expected compact form]
const cases: [string, string][] = [
  // arithmetic precedence and associativity
  ["1 + 2 * 3", "(1 + (2 * 3))"],
  ["(1 + 2) * 3", "((1 + 2) * 3)"],
  ["a - b - c", "((a - b) - c)"],
  ["a / b * c", "((a / b) * c)"],
  ["a % b", "(a % b)"],
  ["7 div 2", "(7 DIV 2)"],
  ["a + b || c", "concat((a + b), c)"],
  ["a || b || c", "concat(concat(a, b), c)"],
  ["a || b + c", "(concat(a, b) + c)"],
  // bitwise: & binds tighter than ^, which binds tighter than |
  ["a | b ^ c & d", "(a | (b ^ (c & d)))"],
  ["~a & b", "(~(a) & b)"],
  ["a << 2 + 1", "shiftleft(a, (2 + 1))"],
  ["a >> 1", "shiftright(a, 1)"],
  ["a >>> 1", "shiftrightunsigned(a, 1)"],
  // comparison is looser than arithmetic and bitwise
  ["a + 1 = b * 2", "((a + 1) == (b * 2))"],
  ["a | 1 > 0", "((a | 1) > 0)"],
  ["a == b", "(a == b)"],
  ["a <> b", "(a != b)"],
  ["a != b", "(a != b)"],
  ["a <=> b", "(a <=> b)"],
  ["a < b", "(a < b)"],
  ["a >= b", "(a >= b)"],
  // boolean precedence: NOT > AND > OR, NOT looser than comparison
  ["a OR b AND c", "(a OR (b AND c))"],
  ["a AND b OR c", "((a AND b) OR c)"],
  ["NOT a = b", "(NOT (a == b))"],
  ["NOT a AND b", "((NOT a) AND b)"],
  ["! a", "(NOT a)"],
  ["NOT NOT a", "(NOT (NOT a))"],
  // unary
  ["-x", "(- x)"],
  ["- -x", "(- (- x))"],
  ["+x", "positive(x)"],
  ["-1", "-1"],
  ["-x * 2", "((- x) * 2)"],
  ["2 - -1", "(2 - -1)"],
  ["1 -1", "(1 - 1)"],
  // predicates
  ["a IS NULL", "isnull(a)"],
  ["a IS NOT NULL", "isnotnull(a)"],
  ["a IS TRUE", "(a <=> true)"],
  ["a IS NOT FALSE", "(NOT (a <=> false))"],
  ["a IS UNKNOWN", "isnull(a)"],
  ["a IS DISTINCT FROM b", "(NOT (a <=> b))"],
  ["a IS NOT DISTINCT FROM b", "(a <=> b)"],
  ["a BETWEEN 1 AND 2", "between(a, 1, 2)"],
  ["a NOT BETWEEN 1 AND 2 AND c", "((NOT between(a, 1, 2)) AND c)"],
  ["a + 1 BETWEEN b AND c + 1", "between((a + 1), b, (c + 1))"],
  ["a IN (1, 2, 3)", "in(a, 1, 2, 3)"],
  ["a NOT IN (1)", "(NOT in(a, 1))"],
  ["a LIKE 'x%'", "like(a, 'x%')"],
  ["a NOT LIKE 'x%'", "(NOT like(a, 'x%'))"],
  ["a LIKE 'x!%' ESCAPE '!'", "like(a, 'x!%', '!')"],
  ["a ILIKE 'X%'", "ilike(a, 'X%')"],
  ["a RLIKE '^x'", "rlike(a, '^x')"],
  ["a REGEXP '^x'", "rlike(a, '^x')"],
  ["a NOT RLIKE 'x'", "(NOT rlike(a, 'x'))"],
  ["a LIKE ANY ('a%', 'b%')", "like_any(a, 'a%', 'b%')"],
  ["a NOT LIKE ALL ('a%')", "not_like_all(a, 'a%')"],
  ["a = 1 IS NULL", "isnull((a == 1))"],
  ["(a, b) IN ((1, 2), (3, 4))", "in(struct(a, b), struct(1, 2), struct(3, 4))"],
  // CASE
  ["CASE WHEN a = 1 THEN 'x' WHEN a = 2 THEN 'y' ELSE 'z' END", "when((a == 1), 'x', (a == 2), 'y', 'z')"],
  ["CASE a WHEN 1 THEN 'x' END", "when((a == 1), 'x')"],
  // casts
  ["CAST(a AS INT)", "CAST(a AS int)"],
  ["TRY_CAST(a AS BIGINT)", "TRY_CAST(a AS bigint)"],
  ["a::string", "CAST(a AS string)"],
  ["-a::int", "(- CAST(a AS int))"],
  ["cast(a as decimal(5, 2))", "CAST(a AS decimal(5,2))"],
  ["CAST(a AS ARRAY<MAP<STRING, INT>>)", "CAST(a AS array<map<string,int>>)"],
  // names, fields, indexes
  ["a.b.c", "a.b.c"],
  ["`a.b`.c", "`a.b`.c"],
  ["a[0]", "a[0]"],
  ["m['k']", "m['k']"],
  ["a[0].f", "a[0]['f']"],
  ["f(x).g", "f(x)['g']"],
  ["a.b[1].c", "a.b[1]['c']"],
  ["t.*", "t.*"],
  ["db.t.*", "db.t.*"],
  // functions
  ["count(*)", "count(*)"],
  ["count(DISTINCT a, b)", "count(DISTINCT a, b)"],
  ["sum(ALL a)", "sum(a)"],
  ["sum(x) FILTER (WHERE x > 0)", "sum(x) FILTER (WHERE (x > 0))"],
  ["first(x) IGNORE NULLS", "first(x) IGNORE NULLS"],
  ["first(x IGNORE NULLS)", "first(x) IGNORE NULLS"],
  ["last_value(x) RESPECT NULLS", "last_value(x) RESPECT NULLS"],
  ["db.fn(1)", "db.fn(1)"],
  ["struct(a AS x, b)", "struct(a AS x, b)"],
  ["left('abc', 2)", "left('abc', 2)"],
  ["if(a, 1, 2)", "if(a, 1, 2)"],
  ["EXTRACT(YEAR FROM d)", "extract('YEAR', d)"],
  ["date_part('year', d)", "date_part('year', d)"],
  ["SUBSTRING(s FROM 2 FOR 3)", "substring(s, 2, 3)"],
  ["substr(s, 2)", "substr(s, 2)"],
  ["POSITION('a' IN s)", "locate('a', s)"],
  ["TRIM(s)", "trim(s)"],
  ["TRIM(BOTH 'x' FROM s)", "trim('x', s)"],
  ["TRIM(LEADING FROM s)", "ltrim(s)"],
  ["TRIM(TRAILING 'x' FROM s)", "rtrim('x', s)"],
  ["OVERLAY(s PLACING 'ab' FROM 2 FOR 3)", "overlay(s, 'ab', 2, 3)"],
  ["percentile_cont(0.5) WITHIN GROUP (ORDER BY x DESC)", "percentile_cont(0.5BD, x DESC NULLS LAST)"],
  // lambdas: bound names become lambda variables, others stay attributes
  ["transform(arr, x -> x + 1)", "transform(arr, (x) -> (lambdavar(x) + 1))"],
  ["aggregate(arr, 0, (acc, x) -> acc + x + y)", "aggregate(arr, 0, (acc, x) -> ((lambdavar(acc) + lambdavar(x)) + y))"],
  ["filter(arr, s -> s.f > 0)", "filter(arr, (s) -> (lambdavar(s)['f'] > 0))"],
  ["exists(arr, x -> x > 1)", "exists(arr, (x) -> (lambdavar(x) > 1))"],
  // current_* without parentheses are names the analyzer resolves to functions
  ["current_date", "current_date"],
  ["current_timestamp()", "current_timestamp()"],
  // row constructor
  ["(1, 'a')", "struct(1, 'a')"],
  // aliases
  ["a + 1 AS b", "(a + 1) AS b"],
  ["a b", "a AS b"],
  ["explode(m) AS (k, v)", "explode(m) AS (k, v)"],
  ["1 AS `x y`", "1 AS `x y`"],
  ["1 AS select", "1 AS select"],
  ["COUNT(*)", "count(*)"],
];

for (const [sql, want] of cases) {
  test(`expr: ${sql}`, () => assert.equal(expr(sql), want));
}

test("window functions: partition, order, frames", () => {
  assert.equal(
    expr("sum(x) OVER (PARTITION BY a, b ORDER BY c DESC NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"),
    "sum(x) OVER (PARTITION BY a, b ORDER BY c DESC NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)",
  );
  // offsets: preceding is negative
  assert.equal(
    expr("avg(x) OVER (ORDER BY t RANGE BETWEEN 2 PRECEDING AND 3 FOLLOWING)"),
    "avg(x) OVER (ORDER BY t ASC NULLS FIRST RANGE BETWEEN -2 AND 3)",
  );
  // a single boundary means BETWEEN boundary AND CURRENT ROW
  assert.equal(expr("count(1) OVER (ROWS 5 PRECEDING)"), "count(1) OVER (ROWS BETWEEN -5 AND CURRENT ROW)");
  assert.equal(
    expr("sum(x) OVER (ORDER BY d RANGE BETWEEN INTERVAL 1 DAY PRECEDING AND UNBOUNDED FOLLOWING)"),
    "sum(x) OVER (ORDER BY d ASC NULLS FIRST RANGE BETWEEN INTERVAL(-86400000000 us: interval day) AND UNBOUNDED FOLLOWING)",
  );
  assert.equal(expr("row_number() OVER w"), "row_number() OVER (w)");
  assert.equal(expr("rank() OVER ()"), "rank() OVER ()");
  assert.equal(expr("lag(x) OVER (DISTRIBUTE BY a SORT BY b)"), "lag(x) OVER (PARTITION BY a ORDER BY b ASC NULLS FIRST)");
});

test("ORDER BY direction defaults: ASC → NULLS FIRST, DESC → NULLS LAST", () => {
  assert.equal(expr("rank() OVER (ORDER BY a, b DESC, c ASC NULLS LAST)"), "rank() OVER (ORDER BY a ASC NULLS FIRST, b DESC NULLS LAST, c ASC NULLS LAST)");
});

test("subqueries: scalar, IN, EXISTS", () => {
  assert.equal(expr("(SELECT max(x) FROM t)"), "scalar-subquery{Project [max(x)] <- ReadTable t}");
  assert.equal(expr("a IN (SELECT x FROM t)"), "in-subquery(a){Project [x] <- ReadTable t}");
  assert.equal(expr("(a, b) NOT IN (SELECT x, y FROM t)"), "(NOT in-subquery(a, b){Project [x, y] <- ReadTable t})");
  assert.equal(expr("EXISTS (SELECT 1 FROM t)"), "exists-subquery{Project [1] <- ReadTable t}");
  assert.equal(expr("NOT EXISTS (SELECT 1 FROM t)"), "(NOT exists-subquery{Project [1] <- ReadTable t})");
  assert.equal(expr("(SELECT 1) + 1"), "(scalar-subquery{Project [1] <- OneRowRelation} + 1)");
  assert.equal(expr("((SELECT 1) + 1) * 2"), "((scalar-subquery{Project [1] <- OneRowRelation} + 1) * 2)");
});

test("select lists: implicit aliases, stars, reserved words", () => {
  assert.equal(select("a x, b AS y, c"), "a AS x, b AS y, c");
  assert.equal(select("*, t.*"), "*, t.*");
  assert.equal(select("'a' 'b' c"), "'ab' AS c");
  assert.equal(select("date, year, type, key, value, comment"), "date, year, type, key, value, comment");
});

test("parameter markers are substituted from args", async () => {
  const { parseExpression } = await import("../../src/sql/parser.js");
  const { exprToString } = await import("../../src/sql/plan-debug.js");
  assert.equal(exprToString(parseExpression("a > ? AND b = ?", { args: [1, "x"] })), "((a > 1) AND (b == 'x'))");
  assert.equal(exprToString(parseExpression("a > :lo", { args: { lo: 10n } })), "(a > 10L)");
  assert.equal(exprToString(parseExpression("x IN (:xs)", { args: { xs: [1, 2.5] } })), "in(x, array(1, 2.5D))");
  assert.throws(() => parseExpression("a > :lo"), /\[UNBOUND_SQL_PARAMETER\] Found the unbound parameter: lo\./);
});
