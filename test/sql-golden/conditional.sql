-- CASE, IF, COALESCE and friends.

-- query
SELECT id, CASE WHEN salary >= 100 THEN 'high' WHEN salary >= 80 THEN 'mid' ELSE 'low' END AS band FROM emp ORDER BY id
-- expected
+---+----+
| id|band|
+---+----+
|  1|high|
|  2|high|
|  3| mid|
|  4| mid|
|  5| low|
|  6| low|
+---+----+

-- query
SELECT id, CASE dept WHEN 'eng' THEN 1 WHEN 'sales' THEN 2 END AS code FROM emp ORDER BY id
-- expected
+---+----+
| id|code|
+---+----+
|  1|   1|
|  2|   1|
|  3|   2|
|  4|   2|
|  5|NULL|
|  6|NULL|
+---+----+

-- query
SELECT id, if(bonus IS NULL, 0.0D, bonus) AS b, coalesce(bonus, -1D) AS c, nvl(dept, 'none') AS d FROM emp ORDER BY id
-- expected
+---+----+----+-----+
| id|   b|   c|    d|
+---+----+----+-----+
|  1|10.5|10.5|  eng|
|  2| 0.0|-1.0|  eng|
|  3| 5.0| 5.0|sales|
|  4| 2.5| 2.5|sales|
|  5| 0.0|-1.0|   hr|
|  6| 1.0| 1.0| none|
+---+----+----+-----+

-- query
SELECT nullif(1, 1), nullif(1, 2), nvl2(NULL, 'a', 'b'), nvl2(1, 'a', 'b'), ifnull(NULL, 'z')
-- expected
+------------+------------+----------------+-------------+---------------+
|nullif(1, 1)|nullif(1, 2)|nvl2(NULL, a, b)|nvl2(1, a, b)|ifnull(NULL, z)|
+------------+------------+----------------+-------------+---------------+
|        NULL|           1|               b|            a|              z|
+------------+------------+----------------+-------------+---------------+

-- query
SELECT coalesce(NULL, NULL, 3), coalesce(NULL, 'x'), coalesce(1, 2.5)
-- expected
+-----------------------+-----------------+----------------+
|coalesce(NULL, NULL, 3)|coalesce(NULL, x)|coalesce(1, 2.5)|
+-----------------------+-----------------+----------------+
|                      3|                x|             1.0|
+-----------------------+-----------------+----------------+

-- query
SELECT CASE WHEN 1 = 1 THEN 'a' END, CASE WHEN 1 = 2 THEN 'a' END, CASE 3 WHEN 1 THEN 'one' ELSE 'other' END
-- expected
+----------------------------+----------------------------+-----------------------------------------+
|CASE WHEN (1 = 1) THEN a END|CASE WHEN (1 = 2) THEN a END|CASE WHEN (3 = 1) THEN one ELSE other END|
+----------------------------+----------------------------+-----------------------------------------+
|                           a|                        NULL|                                    other|
+----------------------------+----------------------------+-----------------------------------------+

-- query
SELECT id, CASE WHEN bonus > 5 THEN bonus * 2 ELSE salary END AS mixed FROM emp ORDER BY id
-- expected
+---+-----+
| id|mixed|
+---+-----+
|  1| 21.0|
|  2|100.0|
|  3| 90.0|
|  4| 90.0|
|  5| 70.0|
|  6| 60.0|
+---+-----+

-- query
SELECT CASE WHEN true THEN 1 ELSE 1 / 0 END, if(false, 1 / 0, 2), coalesce(1, 1 / 0)
-- expected
+--------------------------------------+-----------------------+--------------------+
|CASE WHEN true THEN 1 ELSE (1 / 0) END|(IF(false, (1 / 0), 2))|coalesce(1, (1 / 0))|
+--------------------------------------+-----------------------+--------------------+
|                                   1.0|                    2.0|                 1.0|
+--------------------------------------+-----------------------+--------------------+

-- query
SELECT id, dept IS NULL, bonus IS NOT NULL, isnull(manager), isnotnull(manager) FROM emp ORDER BY id
-- expected
+---+--------------+-------------------+-----------------+---------------------+
| id|(dept IS NULL)|(bonus IS NOT NULL)|(manager IS NULL)|(manager IS NOT NULL)|
+---+--------------+-------------------+-----------------+---------------------+
|  1|         false|               true|             true|                false|
|  2|         false|              false|            false|                 true|
|  3|         false|               true|            false|                 true|
|  4|         false|               true|            false|                 true|
|  5|         false|              false|            false|                 true|
|  6|          true|               true|             true|                false|
+---+--------------+-------------------+-----------------+---------------------+

-- query
SELECT true AND NULL, false AND NULL, true OR NULL, false OR NULL, NOT NULL
-- expected
+---------------+----------------+--------------+---------------+----------+
|(true AND NULL)|(false AND NULL)|(true OR NULL)|(false OR NULL)|(NOT NULL)|
+---------------+----------------+--------------+---------------+----------+
|           NULL|           false|          true|           NULL|      NULL|
+---------------+----------------+--------------+---------------+----------+

-- query
SELECT id, (salary > 90) IS TRUE, (bonus > 3) IS NOT FALSE, manager IS DISTINCT FROM 1 FROM emp ORDER BY id
-- expected
+---+------------------------+-----------------------------+---------------------+
| id|((salary > 90) <=> true)|(NOT ((bonus > 3) <=> false))|(NOT (manager <=> 1))|
+---+------------------------+-----------------------------+---------------------+
|  1|                    true|                         true|                 true|
|  2|                    true|                         true|                false|
|  3|                   false|                         true|                false|
|  4|                   false|                        false|                 true|
|  5|                   false|                         true|                false|
|  6|                   false|                        false|                 true|
+---+------------------------+-----------------------------+---------------------+

-- query
SELECT CASE WHEN x > 0 THEN 'pos' WHEN x < 0 THEN 'neg' ELSE 'zero-or-null' END AS sgn, count(*) AS n FROM nums GROUP BY 1 ORDER BY 1
-- expected
+------------+---+
|         sgn|  n|
+------------+---+
|         neg|  1|
|         pos|  3|
|zero-or-null|  1|
+------------+---+
