-- Math functions.

-- known-failure: column naming: Spark prints these function names upper-case or keeps the alias used (SIGNUM)
-- query
SELECT abs(-3), abs(-3.5), abs(-2L), sign(-4.2), signum(3)
-- expected
+-------+---------+-------+----------+---------+
|abs(-3)|abs(-3.5)|abs(-2)|sign(-4.2)|SIGNUM(3)|
+-------+---------+-------+----------+---------+
|      3|      3.5|      2|      -1.0|      1.0|
+-------+---------+-------+----------+---------+

-- known-failure: column naming: Spark shows defaulted arguments in generated names (round(x, 0), bround(x, 0))
-- query
SELECT round(2.5), round(3.5), round(-2.5), bround(2.5), bround(3.5), round(1.2345, 2), round(1234.5, -2)
-- expected
+-------------+-------------+--------------+--------------+--------------+----------------+-----------------+
|round(2.5, 0)|round(3.5, 0)|round(-2.5, 0)|bround(2.5, 0)|bround(3.5, 0)|round(1.2345, 2)|round(1234.5, -2)|
+-------------+-------------+--------------+--------------+--------------+----------------+-----------------+
|            3|            4|            -3|             2|             4|            1.23|             1200|
+-------------+-------------+--------------+--------------+--------------+----------------+-----------------+

-- known-failure: column naming: Spark shows defaulted arguments in generated names (round(x, 0))
-- query
SELECT round(2.5D), round(0.125D, 2), bround(0.125D, 2), round(-0.5D)
-- expected
+-------------+---------------+----------------+--------------+
|round(2.5, 0)|round(0.125, 2)|bround(0.125, 2)|round(-0.5, 0)|
+-------------+---------------+----------------+--------------+
|          3.0|           0.13|            0.12|          -1.0|
+-------------+---------------+----------------+--------------+

-- known-failure: column naming: Spark prints these function names upper-case or keeps the alias used (CEIL, FLOOR)
-- query
SELECT ceil(1.2), ceil(-1.2), floor(1.8), floor(-1.8), ceil(2.5D), floor(-2.5D)
-- expected
+---------+----------+----------+-----------+---------+-----------+
|CEIL(1.2)|CEIL(-1.2)|FLOOR(1.8)|FLOOR(-1.8)|CEIL(2.5)|FLOOR(-2.5)|
+---------+----------+----------+-----------+---------+-----------+
|        2|        -1|         1|         -2|        3|         -3|
+---------+----------+----------+-----------+---------+-----------+

-- known-failure: column naming: Spark prints these function names upper-case or keeps the alias used (SQRT, POWER, EXP); also exp(1) differs in the last digit (JS Math.exp vs Java StrictMath.exp)
-- query
SELECT sqrt(16), sqrt(2), pow(2, 10), power(2.0, -1), exp(0), exp(1)
-- expected
+--------+------------------+----------+--------------+------+------------------+
|SQRT(16)|           SQRT(2)|pow(2, 10)|POWER(2.0, -1)|EXP(0)|            EXP(1)|
+--------+------------------+----------+--------------+------+------------------+
|     4.0|1.4142135623730951|    1024.0|           0.5|   1.0|2.7182818284590455|
+--------+------------------+----------+--------------+------+------------------+

-- known-failure: column naming: Spark prints these function names upper-case or keeps the alias used (LOG, LOG10, LOG2, LOG1P)
-- query
SELECT ln(1), log(10, 100), log10(1000), log2(8), log1p(0), ln(0)
-- expected
+-----+------------+-----------+-------+--------+-----+
|ln(1)|LOG(10, 100)|LOG10(1000)|LOG2(8)|LOG1P(0)|ln(0)|
+-----+------------+-----------+-------+--------+-----+
|  0.0|         2.0|        3.0|    3.0|     0.0| NULL|
+-----+------------+-----------+-------+--------+-----+

-- query
SELECT greatest(1, 5, 3), least(1, 5, 3), greatest(1, NULL, 3), least('b', 'a'), greatest(1.5, 2)
-- expected
+-----------------+--------------+--------------------+-----------+----------------+
|greatest(1, 5, 3)|least(1, 5, 3)|greatest(1, NULL, 3)|least(b, a)|greatest(1.5, 2)|
+-----------------+--------------+--------------------+-----------+----------------+
|                5|             1|                   3|          a|             2.0|
+-----------------+--------------+--------------------+-----------+----------------+

-- known-failure: column naming: Spark prints these function names upper-case or keeps the alias used (SIN, COS, TAN, ASIN, ACOS, ATAN, ATAN2, DEGREES, RADIANS)
-- query
SELECT sin(0), cos(0), tan(0), asin(1), acos(1), atan(1), atan2(1, 1), degrees(pi()), radians(180)
-- expected
+------+------+------+------------------+-------+------------------+------------------+-------------+-----------------+
|SIN(0)|COS(0)|TAN(0)|           ASIN(1)|ACOS(1)|           ATAN(1)|       ATAN2(1, 1)|DEGREES(PI())|     RADIANS(180)|
+------+------+------+------------------+-------+------------------+------------------+-------------+-----------------+
|   0.0|   1.0|   0.0|1.5707963267948966|    0.0|0.7853981633974483|0.7853981633974483|        180.0|3.141592653589793|
+------+------+------+------------------+-------+------------------+------------------+-------------+-----------------+

-- known-failure: column naming: Spark prints these function names upper-case or keeps the alias used (CEIL, FLOOR)
-- query
SELECT x, d, round(d, 1), ceil(d), floor(d) FROM nums ORDER BY x
-- expected
+----+-------+-----------+-------+--------+
|   x|      d|round(d, 1)|CEIL(d)|FLOOR(d)|
+----+-------+-----------+-------+--------+
|NULL|   NULL|       NULL|   NULL|    NULL|
|  -5|100.125|      100.1|    101|     100|
|   1|    1.5|        1.5|      2|       1|
|   2|  -2.25|       -2.3|     -2|      -3|
|   3|    0.0|        0.0|      0|       0|
+----+-------+-----------+-------+--------+

-- query
SELECT rand(42) >= 0 AND rand(42) < 1, randn(7) IS NOT NULL
-- expected
+------------------------------------+----------------------+
|((rand(42) >= 0) AND (rand(42) < 1))|(randn(7) IS NOT NULL)|
+------------------------------------+----------------------+
|                                true|                  true|
+------------------------------------+----------------------+

-- known-failure: column naming: Spark prints these function names upper-case or keeps the alias used (HYPOT, CBRT)
-- query
SELECT factorial(5), factorial(20), factorial(21), hypot(3, 4), cbrt(27)
-- expected
+------------+-------------------+-------------+-----------+--------+
|factorial(5)|      factorial(20)|factorial(21)|HYPOT(3, 4)|CBRT(27)|
+------------+-------------------+-------------+-----------+--------+
|         120|2432902008176640000|         NULL|        5.0|     3.0|
+------------+-------------------+-------------+-----------+--------+

-- known-failure: column naming: Spark prints these function names upper-case or keeps the alias used (E())
-- query
SELECT bin(10), conv('ff', 16, 10), conv('10', 10, 2), e()
-- expected
+-------+----------------+---------------+-----------------+
|bin(10)|conv(ff, 16, 10)|conv(10, 10, 2)|              E()|
+-------+----------------+---------------+-----------------+
|   1010|             255|           1010|2.718281828459045|
+-------+----------------+---------------+-----------------+

-- query
SELECT sqrt(-1), ln(-1), pow(0, 0), 0.0D / 0.0D IS NULL
-- error DIVIDE_BY_ZERO

-- known-failure: column naming: Spark prints these function names upper-case or keeps the alias used (SQRT)
-- query
SELECT isnan(CAST('NaN' AS DOUBLE)), nanvl(CAST('NaN' AS DOUBLE), 0D), sqrt(-1)
-- expected
+--------------------------+-------------------------------+--------+
|isnan(CAST(NaN AS DOUBLE))|nanvl(CAST(NaN AS DOUBLE), 0.0)|SQRT(-1)|
+--------------------------+-------------------------------+--------+
|                      true|                            0.0|     NaN|
+--------------------------+-------------------------------+--------+

-- query
SELECT width_bucket(5.3, 0.2, 10.6, 5), positive(-3), negative(3)
-- expected
+-------------------------------+------+-----------+
|width_bucket(5.3, 0.2, 10.6, 5)|(+ -3)|negative(3)|
+-------------------------------+------+-----------+
|                              3|    -3|         -3|
+-------------------------------+------+-----------+

-- query
SELECT 10 / 4, 10 / 4.0, CAST(10 AS DOUBLE) / 4, 2 * 3.5, 1 + 1.0E0
-- expected
+--------+----------+------------------------+---------+---------+
|(10 / 4)|(10 / 4.0)|(CAST(10 AS DOUBLE) / 4)|(2 * 3.5)|(1 + 1.0)|
+--------+----------+------------------------+---------+---------+
|     2.5|  2.500000|                     2.5|      7.0|      2.0|
+--------+----------+------------------------+---------+---------+
