-- Window functions.

-- query
SELECT id, dept, salary, row_number() OVER (PARTITION BY dept ORDER BY salary DESC, id) AS rn FROM emp ORDER BY id
-- expected
+---+-----+------+---+
| id| dept|salary| rn|
+---+-----+------+---+
|  1|  eng|   120|  1|
|  2|  eng|   100|  2|
|  3|sales|    90|  1|
|  4|sales|    90|  2|
|  5|   hr|    70|  1|
|  6| NULL|    60|  1|
+---+-----+------+---+

-- query
SELECT id, salary, rank() OVER (ORDER BY salary DESC) AS r, dense_rank() OVER (ORDER BY salary DESC) AS dr FROM emp ORDER BY id
-- expected
+---+------+---+---+
| id|salary|  r| dr|
+---+------+---+---+
|  1|   120|  1|  1|
|  2|   100|  2|  2|
|  3|    90|  3|  3|
|  4|    90|  3|  3|
|  5|    70|  5|  4|
|  6|    60|  6|  5|
+---+------+---+---+

-- query
SELECT id, salary, percent_rank() OVER (ORDER BY salary) AS pr, cume_dist() OVER (ORDER BY salary) AS cd, ntile(3) OVER (ORDER BY id) AS nt FROM emp ORDER BY id
-- expected
+---+------+---+-------------------+---+
| id|salary| pr|                 cd| nt|
+---+------+---+-------------------+---+
|  1|   120|1.0|                1.0|  1|
|  2|   100|0.8| 0.8333333333333334|  1|
|  3|    90|0.4| 0.6666666666666666|  2|
|  4|    90|0.4| 0.6666666666666666|  2|
|  5|    70|0.2| 0.3333333333333333|  3|
|  6|    60|0.0|0.16666666666666666|  3|
+---+------+---+-------------------+---+

-- query
SELECT id, salary, lag(salary) OVER (ORDER BY id) AS prev, lead(salary, 2, -1) OVER (ORDER BY id) AS next2 FROM emp ORDER BY id
-- expected
+---+------+----+-----+
| id|salary|prev|next2|
+---+------+----+-----+
|  1|   120|NULL|   90|
|  2|   100| 120|   90|
|  3|    90| 100|   70|
|  4|    90|  90|   60|
|  5|    70|  90|   -1|
|  6|    60|  70|   -1|
+---+------+----+-----+

-- query
SELECT id, dept, sum(salary) OVER (PARTITION BY dept) AS dept_total, salary / sum(salary) OVER (PARTITION BY dept) AS share FROM emp ORDER BY id
-- expected
+---+-----+----------+-------------------+
| id| dept|dept_total|              share|
+---+-----+----------+-------------------+
|  1|  eng|       220| 0.5454545454545454|
|  2|  eng|       220|0.45454545454545453|
|  3|sales|       180|                0.5|
|  4|sales|       180|                0.5|
|  5|   hr|        70|                1.0|
|  6| NULL|        60|                1.0|
+---+-----+----------+-------------------+

-- query
SELECT id, salary, sum(salary) OVER (ORDER BY id) AS running FROM emp ORDER BY id
-- expected
+---+------+-------+
| id|salary|running|
+---+------+-------+
|  1|   120|    120|
|  2|   100|    220|
|  3|    90|    310|
|  4|    90|    400|
|  5|    70|    470|
|  6|    60|    530|
+---+------+-------+

-- query
SELECT id, salary, sum(salary) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS s3 FROM emp ORDER BY id
-- expected
+---+------+---+
| id|salary| s3|
+---+------+---+
|  1|   120|220|
|  2|   100|310|
|  3|    90|280|
|  4|    90|250|
|  5|    70|220|
|  6|    60|130|
+---+------+---+

-- query
SELECT id, salary, avg(salary) OVER (ORDER BY salary RANGE BETWEEN 10 PRECEDING AND CURRENT ROW) AS a FROM emp ORDER BY id
-- expected
+---+------+-----------------+
| id|salary|                a|
+---+------+-----------------+
|  1|   120|            120.0|
|  2|   100|93.33333333333333|
|  3|    90|             90.0|
|  4|    90|             90.0|
|  5|    70|             65.0|
|  6|    60|             60.0|
+---+------+-----------------+

-- query
SELECT id, first_value(name) OVER (PARTITION BY dept ORDER BY id) AS f, last_value(name) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS l FROM emp ORDER BY id
-- expected
+---+-----+-----+
| id|    f|    l|
+---+-----+-----+
|  1|Alice|  Bob|
|  2|Alice|  Bob|
|  3|Carol|  Dan|
|  4|Carol|  Dan|
|  5|  Eve|  Eve|
|  6|Frank|Frank|
+---+-----+-----+

-- query
SELECT id, nth_value(name, 2) OVER (ORDER BY id) AS second FROM emp ORDER BY id
-- expected
+---+------+
| id|second|
+---+------+
|  1|  NULL|
|  2|   Bob|
|  3|   Bob|
|  4|   Bob|
|  5|   Bob|
|  6|   Bob|
+---+------+

-- query
SELECT id, count(*) OVER (PARTITION BY dept) AS c, max(salary) OVER (PARTITION BY dept) AS m FROM emp ORDER BY id
-- expected
+---+---+---+
| id|  c|  m|
+---+---+---+
|  1|  2|120|
|  2|  2|120|
|  3|  2| 90|
|  4|  2| 90|
|  5|  1| 70|
|  6|  1| 60|
+---+---+---+

-- query
SELECT id, salary, sum(salary) OVER w AS s, min(salary) OVER w AS mn FROM emp WINDOW w AS (PARTITION BY dept ORDER BY id) ORDER BY id
-- expected
+---+------+---+---+
| id|salary|  s| mn|
+---+------+---+---+
|  1|   120|120|120|
|  2|   100|220|100|
|  3|    90| 90| 90|
|  4|    90|180| 90|
|  5|    70| 70| 70|
|  6|    60| 60| 60|
+---+------+---+---+

-- query
SELECT * FROM (SELECT id, dept, row_number() OVER (PARTITION BY dept ORDER BY salary DESC, id) AS rn FROM emp) WHERE rn = 1 ORDER BY id
-- expected
+---+-----+---+
| id| dept| rn|
+---+-----+---+
|  1|  eng|  1|
|  3|sales|  1|
|  5|   hr|  1|
|  6| NULL|  1|
+---+-----+---+

-- known-failure: parser: QUALIFY is accepted (and then fails in analysis); Spark 4.1.1 rejects it with PARSE_SYNTAX_ERROR
-- query
SELECT id, dept FROM emp QUALIFY row_number() OVER (PARTITION BY dept ORDER BY id) = 1 ORDER BY id
-- error PARSE_SYNTAX_ERROR

-- query
SELECT dept, sum(salary) AS s, rank() OVER (ORDER BY sum(salary) DESC) AS r FROM emp GROUP BY dept ORDER BY r, dept
-- expected
+-----+---+---+
| dept|  s|  r|
+-----+---+---+
|  eng|220|  1|
|sales|180|  2|
|   hr| 70|  3|
| NULL| 60|  4|
+-----+---+---+

-- query
SELECT oid, amount, sum(amount) OVER (PARTITION BY cust ORDER BY oid) AS running FROM orders ORDER BY oid
-- expected
+---+------+-------+
|oid|amount|running|
+---+------+-------+
|  1| 10.50|  10.50|
|  2| 20.00|  30.50|
|  3|  5.25|   5.25|
|  4|  NULL|   NULL|
|  5|  7.75|  13.00|
+---+------+-------+
