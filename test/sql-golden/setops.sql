-- UNION / INTERSECT / EXCEPT.

-- query
SELECT dept FROM emp UNION SELECT dept FROM dept ORDER BY dept
-- expected
+-----+
| dept|
+-----+
| NULL|
|  eng|
|   hr|
|  ops|
|sales|
+-----+

-- query
SELECT dept FROM emp UNION ALL SELECT dept FROM dept ORDER BY dept
-- expected
+-----+
| dept|
+-----+
| NULL|
|  eng|
|  eng|
|  eng|
|   hr|
|  ops|
|sales|
|sales|
|sales|
+-----+

-- query
SELECT dept FROM emp INTERSECT SELECT dept FROM dept ORDER BY dept
-- expected
+-----+
| dept|
+-----+
|  eng|
|sales|
+-----+

-- query
SELECT dept FROM dept EXCEPT SELECT dept FROM emp
-- expected
+----+
|dept|
+----+
| ops|
+----+

-- query
SELECT salary FROM emp EXCEPT ALL SELECT 90 ORDER BY salary
-- expected
+------+
|salary|
+------+
|    60|
|    70|
|    90|
|   100|
|   120|
+------+

-- query
SELECT salary FROM emp INTERSECT ALL SELECT salary FROM emp WHERE salary = 90
-- expected
+------+
|salary|
+------+
|    90|
|    90|
+------+

-- query
SELECT 1 AS a, 'x' AS b UNION ALL SELECT 2, 'y' UNION ALL SELECT 3.5, NULL ORDER BY a
-- expected
+---+----+
|  a|   b|
+---+----+
|1.0|   x|
|2.0|   y|
|3.5|NULL|
+---+----+

-- query
SELECT 1 AS a UNION SELECT 1 UNION SELECT 2 ORDER BY a
-- expected
+---+
|  a|
+---+
|  1|
|  2|
+---+

-- query
SELECT 1, 2 UNION SELECT 3
-- error NUM_COLUMNS_MISMATCH

-- query
(SELECT id FROM emp ORDER BY id LIMIT 2) UNION ALL (SELECT id FROM emp ORDER BY id DESC LIMIT 1)
-- expected
+---+
| id|
+---+
|  1|
|  2|
|  6|
+---+

-- query
SELECT x FROM nums WHERE x IS NOT NULL EXCEPT SELECT x FROM nums WHERE x > 1 ORDER BY x
-- expected
+---+
|  x|
+---+
| -5|
|  1|
+---+
