-- Joins of every type.

-- query
SELECT e.name, d.dname FROM emp e JOIN dept d ON e.dept = d.dept ORDER BY e.name
-- expected
+-----+-----------+
| name|      dname|
+-----+-----------+
|Alice|Engineering|
|  Bob|Engineering|
|Carol|      Sales|
|  Dan|      Sales|
+-----+-----------+

-- query
SELECT e.name, d.dname FROM emp e LEFT JOIN dept d ON e.dept = d.dept ORDER BY e.name
-- expected
+-----+-----------+
| name|      dname|
+-----+-----------+
|Alice|Engineering|
|  Bob|Engineering|
|Carol|      Sales|
|  Dan|      Sales|
|  Eve|       NULL|
|Frank|       NULL|
+-----+-----------+

-- query
SELECT e.name, d.dname FROM emp e RIGHT JOIN dept d ON e.dept = d.dept ORDER BY d.dname, e.name
-- expected
+-----+-----------+
| name|      dname|
+-----+-----------+
|Alice|Engineering|
|  Bob|Engineering|
| NULL| Operations|
|Carol|      Sales|
|  Dan|      Sales|
+-----+-----------+

-- query
SELECT e.name, d.dname FROM emp e FULL OUTER JOIN dept d ON e.dept = d.dept ORDER BY e.name NULLS FIRST, d.dname
-- expected
+-----+-----------+
| name|      dname|
+-----+-----------+
| NULL| Operations|
|Alice|Engineering|
|  Bob|Engineering|
|Carol|      Sales|
|  Dan|      Sales|
|  Eve|       NULL|
|Frank|       NULL|
+-----+-----------+

-- query
SELECT * FROM dept d LEFT SEMI JOIN emp e ON e.dept = d.dept ORDER BY d.dept
-- expected
+-----+-----+-----------+
| dept|floor|      dname|
+-----+-----+-----------+
|  eng|    3|Engineering|
|sales|    1|      Sales|
+-----+-----+-----------+

-- query
SELECT * FROM dept d LEFT ANTI JOIN emp e ON e.dept = d.dept
-- expected
+----+-----+----------+
|dept|floor|     dname|
+----+-----+----------+
| ops|    2|Operations|
+----+-----+----------+

-- query
SELECT d.dept, n.x FROM dept d CROSS JOIN (SELECT x FROM nums WHERE x > 1) n ORDER BY d.dept, n.x
-- expected
+-----+---+
| dept|  x|
+-----+---+
|  eng|  2|
|  eng|  3|
|  ops|  2|
|  ops|  3|
|sales|  2|
|sales|  3|
+-----+---+

-- query
SELECT * FROM emp JOIN dept USING (dept) ORDER BY id
-- expected
+-----+---+-----+------+-----+----------+-------+-----+-----------+
| dept| id| name|salary|bonus|     hired|manager|floor|      dname|
+-----+---+-----+------+-----+----------+-------+-----+-----------+
|  eng|  1|Alice|   120| 10.5|2020-01-15|   NULL|    3|Engineering|
|  eng|  2|  Bob|   100| NULL|2021-03-01|      1|    3|Engineering|
|sales|  3|Carol|    90|  5.0|2019-07-30|      1|    1|      Sales|
|sales|  4|  Dan|    90|  2.5|2022-11-11|      3|    1|      Sales|
+-----+---+-----+------+-----+----------+-------+-----+-----------+

-- query
SELECT dept, name, floor FROM emp LEFT JOIN dept USING (dept) ORDER BY id
-- expected
+-----+-----+-----+
| dept| name|floor|
+-----+-----+-----+
|  eng|Alice|    3|
|  eng|  Bob|    3|
|sales|Carol|    1|
|sales|  Dan|    1|
|   hr|  Eve| NULL|
| NULL|Frank| NULL|
+-----+-----+-----+

-- query
SELECT * FROM dept NATURAL JOIN (SELECT dept, count(*) AS n FROM emp GROUP BY dept) c ORDER BY dept
-- expected
+-----+-----+-----------+---+
| dept|floor|      dname|  n|
+-----+-----+-----------+---+
|  eng|    3|Engineering|  2|
|sales|    1|      Sales|  2|
+-----+-----+-----------+---+

-- query
SELECT e.name, m.name AS manager_name FROM emp e LEFT JOIN emp m ON e.manager = m.id ORDER BY e.id
-- expected
+-----+------------+
| name|manager_name|
+-----+------------+
|Alice|        NULL|
|  Bob|       Alice|
|Carol|       Alice|
|  Dan|       Carol|
|  Eve|       Alice|
|Frank|        NULL|
+-----+------------+

-- query
SELECT e.name, d.dname FROM emp e, dept d WHERE e.dept = d.dept AND d.floor > 1 ORDER BY e.name
-- expected
+-----+-----------+
| name|      dname|
+-----+-----------+
|Alice|Engineering|
|  Bob|Engineering|
+-----+-----------+

-- query
SELECT e.name, d.dname FROM emp e JOIN dept d ON e.dept = d.dept AND e.salary > 95 ORDER BY e.name
-- expected
+-----+-----------+
| name|      dname|
+-----+-----------+
|Alice|Engineering|
|  Bob|Engineering|
+-----+-----------+

-- query
SELECT a.x, b.x FROM nums a JOIN nums b ON a.x < b.x ORDER BY a.x, b.x
-- expected
+---+---+
|  x|  x|
+---+---+
| -5|  1|
| -5|  2|
| -5|  3|
|  1|  2|
|  1|  3|
|  2|  3|
+---+---+

-- query
SELECT count(*) FROM emp e JOIN dept d ON e.dept <=> d.dept
-- expected
+--------+
|count(1)|
+--------+
|       4|
+--------+

-- query
SELECT o.oid, e.name FROM orders o FULL JOIN emp e ON o.oid = e.id ORDER BY coalesce(o.oid, e.id)
-- expected
+----+-----+
| oid| name|
+----+-----+
|   1|Alice|
|   2|  Bob|
|   3|Carol|
|   4|  Dan|
|   5|  Eve|
|NULL|Frank|
+----+-----+

-- query
SELECT dept FROM emp JOIN dept USING (dept)
-- expected
+-----+
| dept|
+-----+
|  eng|
|  eng|
|sales|
|sales|
+-----+

-- query
SELECT e.name, d.dname, n.s FROM emp e JOIN dept d ON e.dept = d.dept JOIN nums n ON n.x = d.floor ORDER BY e.name
-- expected
+-----+-----------+----+
| name|      dname|   s|
+-----+-----------+----+
|Alice|Engineering|NULL|
|  Bob|Engineering|NULL|
|Carol|      Sales|   a|
|  Dan|      Sales|   a|
+-----+-----------+----+

-- query
SELECT d.dept, e.cnt FROM dept d LEFT JOIN (SELECT dept, count(*) AS cnt FROM emp GROUP BY dept) e ON d.dept = e.dept ORDER BY d.dept
-- expected
+-----+----+
| dept| cnt|
+-----+----+
|  eng|   2|
|  ops|NULL|
|sales|   2|
+-----+----+
