// Subqueries in FROM, CTEs, scalar subqueries, EXISTS / IN, correlated subqueries.
import { group, sql } from "../case.js";
import { dept, emp } from "../fixtures.js";

export default group("subqueries", { fixtures: [emp, dept] }, [
  sql("from-subquery", "SELECT d, c FROM (SELECT dept AS d, count(*) AS c FROM emp GROUP BY dept) t WHERE c > 1 ORDER BY d"),
  sql("nested-from-subqueries", "SELECT * FROM (SELECT * FROM (SELECT id, salary * 2 AS s FROM emp) WHERE s > 150) ORDER BY id"),
  sql("cte", "WITH big AS (SELECT * FROM emp WHERE salary >= 100) SELECT name FROM big ORDER BY name"),
  sql("cte-multiple", "WITH a AS (SELECT dept, sum(salary) AS s FROM emp GROUP BY dept), b AS (SELECT max(s) AS m FROM a) SELECT a.dept FROM a, b WHERE a.s = b.m"),
  sql("cte-referenced-twice", "WITH x AS (SELECT id FROM emp WHERE id <= 2) SELECT a.id, b.id FROM x a CROSS JOIN x b ORDER BY a.id, b.id"),
  sql("cte-column-list", "WITH t(a, b) AS (SELECT id, name FROM emp) SELECT b FROM t WHERE a = 3"),
  sql("scalar-subquery", "SELECT name, salary - (SELECT avg(salary) FROM emp) AS diff FROM emp ORDER BY id"),
  sql("scalar-subquery-multiple-rows", "SELECT (SELECT id FROM emp) AS x", { error: "SCALAR_SUBQUERY_TOO_MANY_ROWS" }),
  sql("correlated-scalar", "SELECT name, (SELECT dname FROM dept d WHERE d.dept = e.dept) AS dname FROM emp e ORDER BY id"),
  sql("exists", "SELECT dname FROM dept d WHERE EXISTS (SELECT 1 FROM emp e WHERE e.dept = d.dept) ORDER BY dname"),
  sql("not-exists", "SELECT dname FROM dept d WHERE NOT EXISTS (SELECT 1 FROM emp e WHERE e.dept = d.dept) ORDER BY dname"),
  sql("in-subquery", "SELECT name FROM emp WHERE dept IN (SELECT dept FROM dept WHERE floor > 1) ORDER BY name"),
  sql("not-in-subquery-nulls", "SELECT name FROM emp WHERE dept NOT IN (SELECT dept FROM dept) ORDER BY name"),
  sql("subquery-in-select-with-agg", "SELECT dept, count(*) AS c, (SELECT count(*) FROM emp) AS total FROM emp GROUP BY dept ORDER BY dept NULLS FIRST"),
  sql("values-inline-table", "SELECT * FROM VALUES (1, 'a'), (2, 'b'), (3, NULL) AS t(x, y) ORDER BY x", { expectedToFail: "nullability: VALUES columns without NULLs are NOT NULL" }),
  sql("values-type-widening", "SELECT * FROM VALUES (1, 1.5), (2L, 2), (NULL, NULL) AS t(a, b)"),
  sql("select-without-from", "SELECT 1 AS one, 'two' AS two, array(3) AS three"),
  sql("range-tvf", "SELECT * FROM range(5)"),
  sql("range-tvf-step", "SELECT id FROM range(10, 0, -3) ORDER BY id"),
]);
