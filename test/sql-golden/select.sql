-- Projections, filters, ordering, limits, DISTINCT.

-- query
SELECT * FROM emp ORDER BY id
-- expected
+---+-----+-----+------+-----+----------+-------+
| id| name| dept|salary|bonus|     hired|manager|
+---+-----+-----+------+-----+----------+-------+
|  1|Alice|  eng|   120| 10.5|2020-01-15|   NULL|
|  2|  Bob|  eng|   100| NULL|2021-03-01|      1|
|  3|Carol|sales|    90|  5.0|2019-07-30|      1|
|  4|  Dan|sales|    90|  2.5|2022-11-11|      3|
|  5|  Eve|   hr|    70| NULL|2018-05-20|      1|
|  6|Frank| NULL|    60|  1.0|2023-02-28|   NULL|
+---+-----+-----+------+-----+----------+-------+

-- query
SELECT name, salary FROM emp WHERE salary > 90 ORDER BY salary DESC, name
-- expected
+-----+------+
| name|salary|
+-----+------+
|Alice|   120|
|  Bob|   100|
+-----+------+

-- query
SELECT id, name FROM emp WHERE dept IS NULL
-- expected
+---+-----+
| id| name|
+---+-----+
|  6|Frank|
+---+-----+

-- query
SELECT id, dept FROM emp WHERE dept IN ('eng', 'hr') ORDER BY id
-- expected
+---+----+
| id|dept|
+---+----+
|  1| eng|
|  2| eng|
|  5|  hr|
+---+----+

-- query
SELECT id FROM emp WHERE dept NOT IN ('eng') ORDER BY id
-- expected
+---+
| id|
+---+
|  3|
|  4|
|  5|
+---+

-- query
SELECT name FROM emp WHERE name LIKE 'D%' OR name LIKE '%e'
-- expected
+-----+
| name|
+-----+
|Alice|
|  Dan|
|  Eve|
+-----+

-- query
SELECT name FROM emp WHERE salary BETWEEN 70 AND 100 ORDER BY name
-- expected
+-----+
| name|
+-----+
|  Bob|
|Carol|
|  Dan|
|  Eve|
+-----+

-- query
SELECT DISTINCT dept FROM emp ORDER BY dept
-- expected
+-----+
| dept|
+-----+
| NULL|
|  eng|
|   hr|
|sales|
+-----+

-- query
SELECT DISTINCT dept FROM emp ORDER BY dept NULLS LAST
-- expected
+-----+
| dept|
+-----+
|  eng|
|   hr|
|sales|
| NULL|
+-----+

-- query
SELECT id, bonus FROM emp ORDER BY bonus DESC NULLS FIRST, id
-- expected
+---+-----+
| id|bonus|
+---+-----+
|  2| NULL|
|  5| NULL|
|  1| 10.5|
|  3|  5.0|
|  4|  2.5|
|  6|  1.0|
+---+-----+

-- query
SELECT id FROM emp ORDER BY id LIMIT 3
-- expected
+---+
| id|
+---+
|  1|
|  2|
|  3|
+---+

-- query
SELECT id FROM emp ORDER BY id LIMIT 2 OFFSET 3
-- expected
+---+
| id|
+---+
|  4|
|  5|
+---+

-- query
SELECT e.name AS n, e.salary * 2 AS double_salary FROM emp e WHERE e.id < 3 ORDER BY n
-- expected
+-----+-------------+
|    n|double_salary|
+-----+-------------+
|Alice|          240|
|  Bob|          200|
+-----+-------------+

-- query
SELECT 1 AS one, 'x' AS s, NULL AS n, true AS b
-- expected
+---+---+----+----+
|one|  s|   n|   b|
+---+---+----+----+
|  1|  x|NULL|true|
+---+---+----+----+

-- query
SELECT id, name FROM emp WHERE bonus IS NOT NULL AND salary >= 90 ORDER BY id
-- expected
+---+-----+
| id| name|
+---+-----+
|  1|Alice|
|  3|Carol|
|  4|  Dan|
+---+-----+

-- query
SELECT count(*) FROM emp
-- expected
+--------+
|count(1)|
+--------+
|       6|
+--------+

-- query
SELECT * FROM emp WHERE 1 = 0
-- expected
+---+----+----+------+-----+-----+-------+
| id|name|dept|salary|bonus|hired|manager|
+---+----+----+------+-----+-----+-------+
+---+----+----+------+-----+-----+-------+

-- query
SELECT id, NOT (salary > 80) AS low FROM emp ORDER BY id
-- expected
+---+-----+
| id|  low|
+---+-----+
|  1|false|
|  2|false|
|  3|false|
|  4|false|
|  5| true|
|  6| true|
+---+-----+

-- query
SELECT name FROM emp WHERE name RLIKE '^[A-C]' ORDER BY name
-- expected
+-----+
| name|
+-----+
|Alice|
|  Bob|
|Carol|
+-----+

-- query
SELECT id, manager <=> 1 AS m1, manager = 1 AS m2 FROM emp ORDER BY id
-- expected
+---+-----+-----+
| id|   m1|   m2|
+---+-----+-----+
|  1|false| NULL|
|  2| true| true|
|  3| true| true|
|  4|false|false|
|  5| true| true|
|  6|false| NULL|
+---+-----+-----+

-- query
SELECT TABLE_NAME_NOT_THERE.x FROM emp
-- error UNRESOLVED_COLUMN.WITH_SUGGESTION

-- query
SELECT nope FROM emp
-- error UNRESOLVED_COLUMN.WITH_SUGGESTION

-- query
SELECT * FROM no_such_table
-- error TABLE_OR_VIEW_NOT_FOUND

-- known-failure: parser: ANSI-reserved words are rejected as identifiers (Spark's default accepts SELECT FROM WHERE as column names)
-- query
SELECT FROM WHERE
-- error UNRESOLVED_COLUMN.WITHOUT_SUGGESTION

-- query
TABLE dept
-- expected
+-----+-----+-----------+
| dept|floor|      dname|
+-----+-----+-----------+
|  eng|    3|Engineering|
|sales|    1|      Sales|
|  ops|    2| Operations|
+-----+-----+-----------+

-- query
FROM dept SELECT floor, dname ORDER BY floor
-- expected
+-----+-----------+
|floor|      dname|
+-----+-----------+
|    1|      Sales|
|    2| Operations|
|    3|Engineering|
+-----+-----------+

-- query
SELECT id, name FROM emp ORDER BY 2 DESC LIMIT 2
-- expected
+---+-----+
| id| name|
+---+-----+
|  6|Frank|
|  5|  Eve|
+---+-----+

-- query
SELECT * FROM emp TABLESAMPLE (2 ROWS) ORDER BY id
-- expected
+---+-----+----+------+-----+----------+-------+
| id| name|dept|salary|bonus|     hired|manager|
+---+-----+----+------+-----+----------+-------+
|  1|Alice| eng|   120| 10.5|2020-01-15|   NULL|
|  2|  Bob| eng|   100| NULL|2021-03-01|      1|
+---+-----+----+------+-----+----------+-------+
