-- String functions.

-- query
SELECT k, upper(s), lower(s), length(s) FROM strs ORDER BY k
-- expected
+---+---------+---------+---------+
|  k| upper(s)| lower(s)|length(s)|
+---+---------+---------+---------+
|  1|   HELLO |   hello |        7|
|  2|    WORLD|    world|        5|
|  3|SPARK SQL|spark sql|        9|
|  4|         |         |        0|
|  5|     NULL|     NULL|     NULL|
|  6|     AÇÃO|     ação|        4|
+---+---------+---------+---------+

-- query
SELECT k, trim(s), ltrim(s), rtrim(s) FROM strs WHERE k = 1
-- expected
+---+-------+--------+--------+
|  k|trim(s)|ltrim(s)|rtrim(s)|
+---+-------+--------+--------+
|  1|  Hello|  Hello |   Hello|
+---+-------+--------+--------+

-- query
SELECT concat('a', 'b', 'c'), concat('a', NULL), concat_ws('-', 'a', NULL, 'c'), 'x' || 'y'
-- expected
+---------------+---------------+------------------------+------------+
|concat(a, b, c)|concat(a, NULL)|concat_ws(-, a, NULL, c)|concat(x, y)|
+---------------+---------------+------------------------+------------+
|            abc|           NULL|                     a-c|          xy|
+---------------+---------------+------------------------+------------+

-- query
SELECT substring('Spark SQL', 1, 5), substr('Spark SQL', 7), substring('Spark SQL', -3), substring('abc', 0, 2)
-- expected
+--------------------------+--------------------------------+------------------------------------+--------------------+
|substring(Spark SQL, 1, 5)|substr(Spark SQL, 7, 2147483647)|substring(Spark SQL, -3, 2147483647)|substring(abc, 0, 2)|
+--------------------------+--------------------------------+------------------------------------+--------------------+
|                     Spark|                             SQL|                                 SQL|                  ab|
+--------------------------+--------------------------------+------------------------------------+--------------------+

-- query
SELECT lpad('7', 3, '0'), rpad('ab', 5, '*'), lpad('abcdef', 3, 'x'), repeat('ab', 3)
-- expected
+-------------+--------------+------------------+-------------+
|lpad(7, 3, 0)|rpad(ab, 5, *)|lpad(abcdef, 3, x)|repeat(ab, 3)|
+-------------+--------------+------------------+-------------+
|          007|         ab***|               abc|       ababab|
+-------------+--------------+------------------+-------------+

-- query
SELECT split('a,b,,c', ','), split('a1b22c', '[0-9]+'), size(split('', ','))
-- expected
+--------------------+-------------------------+--------------------+
|split(a,b,,c, ,, -1)|split(a1b22c, [0-9]+, -1)|size(split(, ,, -1))|
+--------------------+-------------------------+--------------------+
|         [a, b, , c]|                [a, b, c]|                   1|
+--------------------+-------------------------+--------------------+

-- query
SELECT regexp_replace('2024-01-15', '-', '/'), regexp_extract('abc123def', '([a-z]+)([0-9]+)', 2), regexp_extract('x', '(y)', 1)
-- expected
+-----------------------------------+----------------------------------------------+-------------------------+
|regexp_replace(2024-01-15, -, /, 1)|regexp_extract(abc123def, ([a-z]+)([0-9]+), 2)|regexp_extract(x, (y), 1)|
+-----------------------------------+----------------------------------------------+-------------------------+
|                         2024/01/15|                                           123|                         |
+-----------------------------------+----------------------------------------------+-------------------------+

-- known-failure: column naming: Spark shows defaulted arguments in generated names (locate(a, b, 1)); POSITION(a IN b) is named locate
-- query
SELECT instr('Spark SQL', 'SQL'), locate('a', 'banana'), locate('a', 'banana', 3), position('n' IN 'banana')
-- expected
+---------------------+--------------------+--------------------+--------------------+
|instr(Spark SQL, SQL)|locate(a, banana, 1)|locate(a, banana, 3)|locate(n, banana, 1)|
+---------------------+--------------------+--------------------+--------------------+
|                    7|                   2|                   4|                   3|
+---------------------+--------------------+--------------------+--------------------+

-- query
SELECT initcap('hello wORLD foo'), reverse('abc'), translate('hello', 'el', 'ip'), ascii('A'), chr(66)
-- expected
+------------------------+------------+------------------------+--------+-------+
|initcap(hello wORLD foo)|reverse(abc)|translate(hello, el, ip)|ascii(A)|chr(66)|
+------------------------+------------+------------------------+--------+-------+
|         Hello World Foo|         cba|                   hippo|      65|      B|
+------------------------+------------+------------------------+--------+-------+

-- query
SELECT format_string('%s has %d items', 'ana', 3), format_string('%5s|%-3d|', 'ab', 7)
-- expected
+--------------------------------------+-------------------------------+
|format_string(%s has %d items, ana, 3)|format_string(%5s|%-3d|, ab, 7)|
+--------------------------------------+-------------------------------+
|                       ana has 3 items|                        ab|7  ||
+--------------------------------------+-------------------------------+

-- query
SELECT k, char_length(s), octet_length(s), bit_length(s) FROM strs WHERE k IN (3, 6) ORDER BY k
-- expected
+---+--------------+---------------+-------------+
|  k|char_length(s)|octet_length(s)|bit_length(s)|
+---+--------------+---------------+-------------+
|  3|             9|              9|           72|
|  6|             4|              6|           48|
+---+--------------+---------------+-------------+

-- query
SELECT replace('aaa', 'a', 'bb'), left('Spark', 2), right('Spark', 3), space(3) || '|'
-- expected
+-------------------+--------------+---------------+-------------------+
|replace(aaa, a, bb)|left(Spark, 2)|right(Spark, 3)|concat(space(3), |)|
+-------------------+--------------+---------------+-------------------+
|             bbbbbb|            Sp|            ark|                  ||
+-------------------+--------------+---------------+-------------------+

-- query
SELECT upper(name) AS u, length(name) AS l FROM emp WHERE length(name) > 3 ORDER BY u
-- expected
+-----+---+
|    u|  l|
+-----+---+
|ALICE|  5|
|CAROL|  5|
|FRANK|  5|
+-----+---+

-- query
SELECT startswith('Spark', 'Sp'), endswith('Spark', 'rk'), contains('Spark', 'par'), 'Spark' LIKE '_park'
-- expected
+---------------------+-------------------+--------------------+----------------+
|startswith(Spark, Sp)|endswith(Spark, rk)|contains(Spark, par)|Spark LIKE _park|
+---------------------+-------------------+--------------------+----------------+
|                 true|               true|                true|            true|
+---------------------+-------------------+--------------------+----------------+

-- query
SELECT 'abc' ILIKE 'ABC', 'a_c' LIKE 'a\\_c', 'abc' NOT LIKE 'a%'
-- expected
+---------------+-------------+-----------------+
|ilike(abc, ABC)|a_c LIKE a\_c|(NOT abc LIKE a%)|
+---------------+-------------+-----------------+
|           true|         true|            false|
+---------------+-------------+-----------------+

-- query
SELECT split_part('a.b.c', '.', 2), substring_index('a.b.c', '.', 2), substring_index('a.b.c', '.', -1)
-- expected
+-----------------------+----------------------------+-----------------------------+
|split_part(a.b.c, ., 2)|substring_index(a.b.c, ., 2)|substring_index(a.b.c, ., -1)|
+-----------------------+----------------------------+-----------------------------+
|                      b|                         a.b|                            c|
+-----------------------+----------------------------+-----------------------------+

-- known-failure: column naming: Spark prints these function names upper-case or keeps the alias used (TRIM(BOTH x FROM s), TRIM(LEADING ...), TRIM(TRAILING ...))
-- query
SELECT btrim('xxabcxx', 'x'), trim(BOTH 'x' FROM 'xxabcxx'), trim(LEADING 'x' FROM 'xxabcxx'), trim(TRAILING 'x' FROM 'xxabcxx')
-- expected
+-----------------+-------------------------+----------------------------+-----------------------------+
|btrim(xxabcxx, x)|TRIM(BOTH x FROM xxabcxx)|TRIM(LEADING x FROM xxabcxx)|TRIM(TRAILING x FROM xxabcxx)|
+-----------------+-------------------------+----------------------------+-----------------------------+
|              abc|                      abc|                       abcxx|                        xxabc|
+-----------------+-------------------------+----------------------------+-----------------------------+

-- query
SELECT md5('spark'), sha1('spark'), sha2('spark', 256), crc32('spark')
-- expected
+--------------------+--------------------+--------------------+------------+
|          md5(spark)|         sha1(spark)|    sha2(spark, 256)|crc32(spark)|
+--------------------+--------------------+--------------------+------------+
|98f11b7a7880169c3...|7187dadeaa9825054...|92f473809e5979a7d...|  2635321133|
+--------------------+--------------------+--------------------+------------+

-- query
SELECT hash('spark'), hash(1), hash(1L), xxhash64('spark')
-- expected
+-----------+----------+-----------+--------------------+
|hash(spark)|   hash(1)|    hash(1)|     xxhash64(spark)|
+-----------+----------+-----------+--------------------+
| 2101843105|-559580957|-1712319331|-1960931134668248110|
+-----------+----------+-----------+--------------------+

-- query
SELECT base64('Spark'), unbase64('U3Bhcms='), hex('Spark'), hex(255), unhex('4142')
-- expected
+-------------+------------------+----------+--------+-----------+
|base64(Spark)|unbase64(U3Bhcms=)|hex(Spark)|hex(255)|unhex(4142)|
+-------------+------------------+----------+--------+-----------+
|     U3Bhcms=|  [53 70 61 72 6B]|537061726B|      FF|    [41 42]|
+-------------+------------------+----------+--------+-----------+

-- query
SELECT lower(NULL), concat_ws(',', array('a', 'b'), 'c'), elt(2, 'a', 'b', 'c')
-- expected
+-----------+----------------------------+---------------+
|lower(NULL)|concat_ws(,, array(a, b), c)|elt(2, a, b, c)|
+-----------+----------------------------+---------------+
|       NULL|                       a,b,c|              b|
+-----------+----------------------------+---------------+

-- query
SELECT levenshtein('kitten', 'sitting'), soundex('Robert'), overlay('Spark SQL' PLACING '__' FROM 6 FOR 1)
-- expected
+----------------------------+---------------+----------------------------+
|levenshtein(kitten, sitting)|soundex(Robert)|overlay(Spark SQL, __, 6, 1)|
+----------------------------+---------------+----------------------------+
|                           3|           R163|                  Spark__SQL|
+----------------------------+---------------+----------------------------+

-- known-failure: missing functions: regexp_like / regexp_count (UNRESOLVED_ROUTINE)
-- query
SELECT regexp_extract_all('a1b22c333', '[0-9]+', 0), regexp_like('abc', '^a'), regexp_count('aaa', 'a')
-- expected
+----------------------------------------+--------------------+--------------------+
|regexp_extract_all(a1b22c333, [0-9]+, 0)|REGEXP_LIKE(abc, ^a)|regexp_count(aaa, a)|
+----------------------------------------+--------------------+--------------------+
|                            [1, 22, 333]|                true|                   3|
+----------------------------------------+--------------------+--------------------+

-- query
SELECT k, s FROM strs WHERE s > 'S' ORDER BY s
-- expected
+---+---------+
|  k|        s|
+---+---------+
|  3|Spark SQL|
|  6|     ação|
|  2|    world|
+---+---------+
