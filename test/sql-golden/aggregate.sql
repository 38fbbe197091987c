-- Aggregation: GROUP BY, HAVING, global aggregates, DISTINCT aggregates, grouping sets.

-- query
SELECT dept, count(*) AS n, sum(salary) AS total, avg(salary) AS mean, min(salary), max(salary) FROM emp GROUP BY dept ORDER BY dept
-- expected
+-----+---+-----+-----+-----------+-----------+
| dept|  n|total| mean|min(salary)|max(salary)|
+-----+---+-----+-----+-----------+-----------+
| NULL|  1|   60| 60.0|         60|         60|
|  eng|  2|  220|110.0|        100|        120|
|   hr|  1|   70| 70.0|         70|         70|
|sales|  2|  180| 90.0|         90|         90|
+-----+---+-----+-----+-----------+-----------+

-- query
SELECT count(*), count(bonus), count(DISTINCT dept), sum(bonus), avg(bonus) FROM emp
-- expected
+--------+------------+--------------------+----------+----------+
|count(1)|count(bonus)|count(DISTINCT dept)|sum(bonus)|avg(bonus)|
+--------+------------+--------------------+----------+----------+
|       6|           4|                   3|      19.0|      4.75|
+--------+------------+--------------------+----------+----------+

-- query
SELECT dept, sum(salary) AS total FROM emp GROUP BY dept HAVING sum(salary) > 100 ORDER BY total DESC
-- expected
+-----+-----+
| dept|total|
+-----+-----+
|  eng|  220|
|sales|  180|
+-----+-----+

-- query
SELECT dept, count(*) FROM emp WHERE salary > 60 GROUP BY dept HAVING count(*) > 1 ORDER BY dept
-- expected
+-----+--------+
| dept|count(1)|
+-----+--------+
|  eng|       2|
|sales|       2|
+-----+--------+

-- query
SELECT sum(x), sum(y), avg(d), min(s), max(s) FROM nums
-- expected
+------+------+--------+------+------+
|sum(x)|sum(y)|  avg(d)|min(s)|max(s)|
+------+------+--------+------+------+
|     1|    20|24.84375|     a|     e|
+------+------+--------+------+------+

-- query
SELECT sum(amount), avg(amount), max(amount), count(amount) FROM orders
-- expected
+-----------+-----------+-----------+-------------+
|sum(amount)|avg(amount)|max(amount)|count(amount)|
+-----------+-----------+-----------+-------------+
|      43.50|  10.875000|      20.00|            4|
+-----------+-----------+-----------+-------------+

-- query
SELECT cust, sum(amount) AS total, count(*) AS n FROM orders GROUP BY cust ORDER BY cust
-- expected
+----+-----+---+
|cust|total|  n|
+----+-----+---+
| ana|30.50|  2|
| bia|13.00|  2|
|caio| NULL|  1|
+----+-----+---+

-- query
SELECT dept, collect_list(name) AS names FROM (SELECT * FROM emp ORDER BY id) GROUP BY dept ORDER BY dept
-- expected
+-----+------------+
| dept|       names|
+-----+------------+
| NULL|     [Frank]|
|  eng|[Alice, Bob]|
|   hr|       [Eve]|
|sales|[Carol, Dan]|
+-----+------------+

-- query
SELECT dept, sort_array(collect_set(salary)) AS s FROM emp GROUP BY dept ORDER BY dept
-- expected
+-----+----------+
| dept|         s|
+-----+----------+
| NULL|      [60]|
|  eng|[100, 120]|
|   hr|      [70]|
|sales|      [90]|
+-----+----------+

-- query
SELECT count_if(salary > 80), any(salary > 110), every(salary > 50), bool_or(bonus IS NULL) FROM emp
-- expected
+-----------------------+-------------------+--------------------+------------------------+
|count_if((salary > 80))|any((salary > 110))|every((salary > 50))|bool_or((bonus IS NULL))|
+-----------------------+-------------------+--------------------+------------------------+
|                      4|               true|                true|                    true|
+-----------------------+-------------------+--------------------+------------------------+

-- query
SELECT first(name), last(name), min_by(name, salary), max_by(name, salary) FROM (SELECT * FROM emp ORDER BY id)
-- expected
+-----------+----------+--------------------+--------------------+
|first(name)|last(name)|min_by(name, salary)|max_by(name, salary)|
+-----------+----------+--------------------+--------------------+
|      Alice|     Frank|               Frank|               Alice|
+-----------+----------+--------------------+--------------------+

-- query
SELECT stddev(salary), stddev_pop(salary), variance(salary), var_pop(salary) FROM emp
-- expected
+------------------+------------------+------------------+-----------------+
|    stddev(salary)|stddev_pop(salary)|  variance(salary)|  var_pop(salary)|
+------------------+------------------+------------------+-----------------+
|21.369760566432806|19.507833184532707|456.66666666666663|380.5555555555555|
+------------------+------------------+------------------+-----------------+

-- query
SELECT corr(salary, id), covar_pop(salary, id), covar_samp(salary, id) FROM emp
-- expected
+-------------------+---------------------+----------------------+
|   corr(salary, id)|covar_pop(salary, id)|covar_samp(salary, id)|
+-------------------+---------------------+----------------------+
|-0.9755082095732123|                -32.5|                 -39.0|
+-------------------+---------------------+----------------------+

-- query
SELECT percentile(salary, 0.5), median(salary), percentile_approx(salary, 0.5), approx_count_distinct(dept) FROM emp
-- expected
+--------------------------+--------------+-------------------------------------+---------------------------+
|percentile(salary, 0.5, 1)|median(salary)|percentile_approx(salary, 0.5, 10000)|approx_count_distinct(dept)|
+--------------------------+--------------+-------------------------------------+---------------------------+
|                      90.0|          90.0|                                   90|                          3|
+--------------------------+--------------+-------------------------------------+---------------------------+

-- query
SELECT dept, salary > 80 AS rich, count(*) FROM emp GROUP BY dept, salary > 80 ORDER BY dept, rich
-- expected
+-----+-----+--------+
| dept| rich|count(1)|
+-----+-----+--------+
| NULL|false|       1|
|  eng| true|       2|
|   hr|false|       1|
|sales| true|       2|
+-----+-----+--------+

-- query
SELECT dept, count(*) FROM emp GROUP BY ALL ORDER BY dept
-- expected
+-----+--------+
| dept|count(1)|
+-----+--------+
| NULL|       1|
|  eng|       2|
|   hr|       1|
|sales|       2|
+-----+--------+

-- query
SELECT dept, manager, sum(salary) FROM emp GROUP BY ROLLUP(dept, manager) ORDER BY dept, manager, sum(salary)
-- expected
+-----+-------+-----------+
| dept|manager|sum(salary)|
+-----+-------+-----------+
| NULL|   NULL|         60|
| NULL|   NULL|         60|
| NULL|   NULL|        530|
|  eng|   NULL|        120|
|  eng|   NULL|        220|
|  eng|      1|        100|
|   hr|   NULL|         70|
|   hr|      1|         70|
|sales|   NULL|        180|
|sales|      1|         90|
|sales|      3|         90|
+-----+-------+-----------+

-- known-failure: missing function: grouping()
-- query
SELECT dept, sum(salary), grouping(dept) FROM emp GROUP BY CUBE(dept) ORDER BY dept
-- expected
+-----+-----------+--------------+
| dept|sum(salary)|grouping(dept)|
+-----+-----------+--------------+
| NULL|         60|             0|
| NULL|        530|             1|
|  eng|        220|             0|
|   hr|         70|             0|
|sales|        180|             0|
+-----+-----------+--------------+

-- query
SELECT dept, manager, count(*) FROM emp GROUP BY GROUPING SETS ((dept), (manager), ()) ORDER BY dept, manager, count(*)
-- expected
+-----+-------+--------+
| dept|manager|count(1)|
+-----+-------+--------+
| NULL|   NULL|       1|
| NULL|   NULL|       2|
| NULL|   NULL|       6|
| NULL|      1|       3|
| NULL|      3|       1|
|  eng|   NULL|       2|
|   hr|   NULL|       1|
|sales|   NULL|       2|
+-----+-------+--------+

-- query
SELECT sum(salary) FROM emp HAVING sum(salary) > 1000
-- expected
+-----------+
|sum(salary)|
+-----------+
+-----------+

-- query
SELECT year(hired) AS y, count(*) FROM emp GROUP BY year(hired) ORDER BY y
-- expected
+----+--------+
|   y|count(1)|
+----+--------+
|2018|       1|
|2019|       1|
|2020|       1|
|2021|       1|
|2022|       1|
|2023|       1|
+----+--------+

-- query
SELECT dept, sum(DISTINCT salary), count(DISTINCT salary) FROM emp GROUP BY dept ORDER BY dept
-- expected
+-----+--------------------+----------------------+
| dept|sum(DISTINCT salary)|count(DISTINCT salary)|
+-----+--------------------+----------------------+
| NULL|                  60|                     1|
|  eng|                 220|                     2|
|   hr|                  70|                     1|
|sales|                  90|                     1|
+-----+--------------------+----------------------+

-- query
SELECT count(*) FROM emp WHERE salary > 1000
-- expected
+--------+
|count(1)|
+--------+
|       0|
+--------+

-- query
SELECT sum(salary) FROM emp WHERE salary > 1000
-- expected
+-----------+
|sum(salary)|
+-----------+
|       NULL|
+-----------+

-- query
SELECT name, sum(salary) FROM emp GROUP BY dept
-- error MISSING_AGGREGATION

-- query
SELECT dept, sum(salary) FILTER (WHERE salary > 80) AS s FROM emp GROUP BY dept ORDER BY dept
-- expected
+-----+----+
| dept|   s|
+-----+----+
| NULL|NULL|
|  eng| 220|
|   hr|NULL|
|sales| 180|
+-----+----+

-- query
SELECT * FROM (SELECT dept, salary FROM emp) PIVOT (sum(salary) FOR dept IN ('eng', 'sales', 'hr'))
-- expected
+---+-----+---+
|eng|sales| hr|
+---+-----+---+
|220|  180| 70|
+---+-----+---+
