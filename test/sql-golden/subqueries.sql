-- CTEs, subqueries in FROM, scalar / IN / EXISTS subqueries, VALUES.

-- query
WITH high AS (SELECT * FROM emp WHERE salary >= 100) SELECT name FROM high ORDER BY name
-- expected
+-----+
| name|
+-----+
|Alice|
|  Bob|
+-----+

-- query
WITH a AS (SELECT dept, sum(salary) AS s FROM emp GROUP BY dept), b AS (SELECT * FROM a WHERE s > 100) SELECT * FROM b ORDER BY dept
-- expected
+-----+---+
| dept|  s|
+-----+---+
|  eng|220|
|sales|180|
+-----+---+

-- query
WITH a AS (SELECT 1 AS x), b AS (WITH c AS (SELECT x + 1 AS y FROM a) SELECT y * 10 AS z FROM c) SELECT * FROM b
-- expected
+---+
|  z|
+---+
| 20|
+---+

-- query
SELECT t.dept, t.n FROM (SELECT dept, count(*) AS n FROM emp GROUP BY dept) t WHERE t.n > 1 ORDER BY t.dept
-- expected
+-----+---+
| dept|  n|
+-----+---+
|  eng|  2|
|sales|  2|
+-----+---+

-- query
SELECT name, salary, (SELECT max(salary) FROM emp) AS top FROM emp ORDER BY id
-- expected
+-----+------+---+
| name|salary|top|
+-----+------+---+
|Alice|   120|120|
|  Bob|   100|120|
|Carol|    90|120|
|  Dan|    90|120|
|  Eve|    70|120|
|Frank|    60|120|
+-----+------+---+

-- query
SELECT name FROM emp WHERE salary > (SELECT avg(salary) FROM emp) ORDER BY name
-- expected
+-----+
| name|
+-----+
|Alice|
|  Bob|
|Carol|
|  Dan|
+-----+

-- query
SELECT name FROM emp WHERE dept IN (SELECT dept FROM dept WHERE floor > 1) ORDER BY name
-- expected
+-----+
| name|
+-----+
|Alice|
|  Bob|
+-----+

-- query
SELECT name FROM emp WHERE dept NOT IN (SELECT dept FROM dept WHERE floor > 1) ORDER BY name
-- expected
+-----+
| name|
+-----+
|Carol|
|  Dan|
|  Eve|
+-----+

-- query
SELECT dname FROM dept d WHERE EXISTS (SELECT 1 FROM emp e WHERE e.dept = d.dept) ORDER BY dname
-- expected
+-----------+
|      dname|
+-----------+
|Engineering|
|      Sales|
+-----------+

-- query
SELECT dname FROM dept d WHERE NOT EXISTS (SELECT 1 FROM emp e WHERE e.dept = d.dept)
-- expected
+----------+
|     dname|
+----------+
|Operations|
+----------+

-- query
SELECT name, (SELECT dname FROM dept d WHERE d.dept = e.dept) AS dn FROM emp e ORDER BY id
-- expected
+-----+-----------+
| name|         dn|
+-----+-----------+
|Alice|Engineering|
|  Bob|Engineering|
|Carol|      Sales|
|  Dan|      Sales|
|  Eve|       NULL|
|Frank|       NULL|
+-----+-----------+

-- query
SELECT name FROM emp e WHERE salary = (SELECT max(salary) FROM emp e2 WHERE e2.dept = e.dept) ORDER BY name
-- expected
+-----+
| name|
+-----+
|Alice|
|Carol|
|  Dan|
|  Eve|
+-----+

-- query
SELECT * FROM VALUES (1, 'a'), (2, 'b') AS t(n, c) ORDER BY n
-- expected
+---+---+
|  n|  c|
+---+---+
|  1|  a|
|  2|  b|
+---+---+

-- query
VALUES (1, 2), (3, 4)
-- expected
+----+----+
|col1|col2|
+----+----+
|   1|   2|
|   3|   4|
+----+----+

-- query
SELECT * FROM VALUES (1), (2.5), (NULL) AS t(v)
-- expected
+----+
|   v|
+----+
| 1.0|
| 2.5|
|NULL|
+----+

-- query
SELECT (SELECT 1 UNION ALL SELECT 2)
-- error UNKNOWN

-- query
SELECT * FROM range(5)
-- expected
+---+
| id|
+---+
|  0|
|  1|
|  2|
|  3|
|  4|
+---+

-- query
SELECT id * 2 AS v FROM range(1, 10, 3)
-- expected
+---+
|  v|
+---+
|  2|
|  8|
| 14|
+---+

-- query
WITH t AS (SELECT * FROM emp) SELECT a.id, b.id FROM t a JOIN t b ON a.manager = b.id ORDER BY a.id
-- expected
+---+---+
| id| id|
+---+---+
|  2|  1|
|  3|  1|
|  4|  3|
|  5|  1|
+---+---+
