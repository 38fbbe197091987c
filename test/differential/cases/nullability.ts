// Nullability of result columns (value cases elsewhere do not compare it).
import { group, sql } from "../case.js";
import { emp, nums, sales } from "../fixtures.js";

export default group("nullability", { fixtures: [nums, emp, sales], compareNames: false }, [
  sql("literals", "SELECT 1, 'x', NULL, CAST(NULL AS INT), 1.5, DATE'2024-01-01', array(1), map('a', 1), named_struct('a', 1)"),
  sql("literal-arithmetic", "SELECT 1 + 1, 1 - 1, 2 * 3, 1 / 3, 10 DIV 3, 10 % 3, -1, 1.5 + 1, 1.0 / 3, 10.5 % 3", { expectedToFail: "nullability: ANSI /, DIV, % and decimal arithmetic are nullable even on literals" }),
  sql("literal-math", "SELECT sqrt(16), power(2, 10), exp(0), ln(1), abs(-1), round(2.5), ceil(1.2), sign(-3.5)", { expectedToFail: "nullability: sqrt, exp, round, ceil, sign are nullable even on literals" }),
  sql("literal-strings", "SELECT upper('a'), concat('a', 'b'), length('x'), substr('abc', 2), encode('a', 'UTF-8'), repeat('a', 2)"),
  sql("column-arithmetic", "SELECT id + 1, i + 0, CAST(i AS BIGINT) * 2, coalesce(i, 0), coalesce(i, l), i IS NULL, isnull(i) FROM nums"),
  sql("window-functions", "SELECT row_number() OVER (ORDER BY day), rank() OVER (ORDER BY day), count(*) OVER (), count(amount) OVER (), sum(amount) OVER (), lag(day) OVER (ORDER BY day) FROM sales", {}),
  sql("aggregates", "SELECT count(*), count(i), sum(i), avg(i), min(id), max(s), count(DISTINCT s), sort_array(collect_list(i)) FROM nums"),
  sql("grouped-aggregates", "SELECT dept, count(*), sum(salary) FROM emp GROUP BY dept"),
  sql("inline-table", "SELECT * FROM VALUES (1, 'a'), (2, NULL) AS t(x, y)", { expectedToFail: "nullability: VALUES columns without NULLs are NOT NULL" }),
  sql("outer-join-sides", "SELECT a.id, b.id FROM emp a LEFT JOIN emp b ON a.id = b.id + 100"),
  sql("case-if", "SELECT CASE WHEN id > 1 THEN 'a' ELSE 'b' END, CASE WHEN id > 1 THEN 'a' END, IF(id > 1, 1, 0) FROM nums"),
  sql("casts", "SELECT CAST(id AS STRING), CAST(i AS BIGINT), CAST('1' AS INT), try_cast(id AS STRING), CAST(id AS DOUBLE) FROM nums"),
  sql("collections", "SELECT array(id, i), array(id), map('k', i), split(s, ','), sequence(1, id), named_struct('a', id, 'b', i) FROM nums"),
]);
