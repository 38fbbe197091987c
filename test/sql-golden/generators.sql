-- explode and friends, LATERAL VIEW, arrays and maps.

-- query
SELECT oid, explode(items) AS item FROM orders ORDER BY oid, item
-- expected
+---+----+
|oid|item|
+---+----+
|  1|   a|
|  1|   b|
|  2|   c|
|  5|   a|
+---+----+

-- query
SELECT oid, item FROM orders LATERAL VIEW explode(items) t AS item ORDER BY oid, item
-- expected
+---+----+
|oid|item|
+---+----+
|  1|   a|
|  1|   b|
|  2|   c|
|  5|   a|
+---+----+

-- query
SELECT oid, item FROM orders LATERAL VIEW OUTER explode(items) t AS item ORDER BY oid, item
-- expected
+---+----+
|oid|item|
+---+----+
|  1|   a|
|  1|   b|
|  2|   c|
|  3|NULL|
|  4|NULL|
|  5|   a|
+---+----+

-- query
SELECT oid, pos, item FROM orders LATERAL VIEW posexplode(items) t AS pos, item ORDER BY oid, pos
-- expected
+---+---+----+
|oid|pos|item|
+---+---+----+
|  1|  0|   a|
|  1|  1|   b|
|  2|  0|   c|
|  5|  0|   a|
+---+---+----+

-- query
SELECT explode(array(1, 2, 3))
-- expected
+---+
|col|
+---+
|  1|
|  2|
|  3|
+---+

-- query
SELECT explode(map('a', 1, 'b', 2))
-- expected
+---+-----+
|key|value|
+---+-----+
|  a|    1|
|  b|    2|
+---+-----+

-- query
SELECT * FROM explode(array(10, 20))
-- expected
+---+
|col|
+---+
| 10|
| 20|
+---+

-- query
SELECT inline(array(struct(1, 'a'), struct(2, 'b')))
-- expected
+----+----+
|col1|col2|
+----+----+
|   1|   a|
|   2|   b|
+----+----+

-- query
SELECT stack(2, 1, 'a', 2, 'b')
-- expected
+----+----+
|col0|col1|
+----+----+
|   1|   a|
|   2|   b|
+----+----+

-- query
SELECT oid, size(items), array_contains(items, 'a'), element_at(items, 1) FROM orders ORDER BY oid
-- error INVALID_ARRAY_INDEX_IN_ELEMENT_AT

-- query
SELECT array(1, 2, 3), array_distinct(array(1, 1, 2)), sort_array(array(3, 1, 2)), sort_array(array(3, 1, 2), false)
-- expected
+--------------+------------------------------+--------------------------------+---------------------------------+
|array(1, 2, 3)|array_distinct(array(1, 1, 2))|sort_array(array(3, 1, 2), true)|sort_array(array(3, 1, 2), false)|
+--------------+------------------------------+--------------------------------+---------------------------------+
|     [1, 2, 3]|                        [1, 2]|                       [1, 2, 3]|                        [3, 2, 1]|
+--------------+------------------------------+--------------------------------+---------------------------------+

-- query
SELECT map('a', 1, 'b', 2), map_keys(map('a', 1, 'b', 2)), map_values(map('a', 1)), element_at(map('a', 1), 'a')
-- expected
+----------------+-------------------------+---------------------+------------------------+
| map(a, 1, b, 2)|map_keys(map(a, 1, b, 2))|map_values(map(a, 1))|element_at(map(a, 1), a)|
+----------------+-------------------------+---------------------+------------------------+
|{a -> 1, b -> 2}|                   [a, b]|                  [1]|                       1|
+----------------+-------------------------+---------------------+------------------------+

-- known-failure: column naming: struct(1 AS a, 'x' AS b) is named struct(a, b) here
-- query
SELECT struct(1 AS a, 'x' AS b), named_struct('k', 1, 'v', 'z').v, array(1, 2)[0], map('a', 1)['a']
-- expected
+----------------------+--------------------------+--------------+------------+
|struct(1 AS a, x AS b)|named_struct(k, 1, v, z).v|array(1, 2)[0]|map(a, 1)[a]|
+----------------------+--------------------------+--------------+------------+
|                {1, x}|                         z|             1|           1|
+----------------------+--------------------------+--------------+------------+

-- known-failure: missing functions: higher-order transform / filter / aggregate (UNRESOLVED_ROUTINE)
-- query
SELECT transform(array(1, 2, 3), x -> x * 10), filter(array(1, 2, 3, 4), x -> x % 2 = 0), aggregate(array(1, 2, 3), 0, (acc, x) -> acc + x)
-- expected
+----------------------------------------------------------------------------------------------+---------------------------------------------------------------------------------------------------+---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+
|transform(array(1, 2, 3), lambdafunction((namedlambdavariable() * 10), namedlambdavariable()))|filter(array(1, 2, 3, 4), lambdafunction(((namedlambdavariable() % 2) = 0), namedlambdavariable()))|aggregate(array(1, 2, 3), 0, lambdafunction((namedlambdavariable() + namedlambdavariable()), namedlambdavariable(), namedlambdavariable()), lambdafunction(namedlambdavariable(), namedlambdavariable()))|
+----------------------------------------------------------------------------------------------+---------------------------------------------------------------------------------------------------+---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+
|                                                                                  [10, 20, 30]|                                                                                             [2, 4]|                                                                                                                                                                                                        6|
+----------------------------------------------------------------------------------------------+---------------------------------------------------------------------------------------------------+---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+

-- known-failure: missing functions: higher-order exists / forall (UNRESOLVED_ROUTINE)
-- query
SELECT exists(array(1, 2), x -> x > 1), forall(array(1, 2), x -> x > 1), array_join(array('a', 'b'), '-')
-- expected
+---------------------------------------------------------------------------------------+---------------------------------------------------------------------------------------+--------------------------+
|exists(array(1, 2), lambdafunction((namedlambdavariable() > 1), namedlambdavariable()))|forall(array(1, 2), lambdafunction((namedlambdavariable() > 1), namedlambdavariable()))|array_join(array(a, b), -)|
+---------------------------------------------------------------------------------------+---------------------------------------------------------------------------------------+--------------------------+
|                                                                                   true|                                                                                  false|                       a-b|
+---------------------------------------------------------------------------------------+---------------------------------------------------------------------------------------+--------------------------+

-- query
SELECT slice(array(1, 2, 3, 4), 2, 2), array_union(array(1, 2), array(2, 3)), array_intersect(array(1, 2), array(2, 3)), array_except(array(1, 2), array(2))
-- expected
+------------------------------+-------------------------------------+-----------------------------------------+-----------------------------------+
|slice(array(1, 2, 3, 4), 2, 2)|array_union(array(1, 2), array(2, 3))|array_intersect(array(1, 2), array(2, 3))|array_except(array(1, 2), array(2))|
+------------------------------+-------------------------------------+-----------------------------------------+-----------------------------------+
|                        [2, 3]|                            [1, 2, 3]|                                      [2]|                                [1]|
+------------------------------+-------------------------------------+-----------------------------------------+-----------------------------------+

-- query
SELECT flatten(array(array(1, 2), array(3))), sequence(1, 5), sequence(5, 1, -2), array_position(array(3, 4), 4)
-- expected
+-------------------------------------+---------------+------------------+------------------------------+
|flatten(array(array(1, 2), array(3)))| sequence(1, 5)|sequence(5, 1, -2)|array_position(array(3, 4), 4)|
+-------------------------------------+---------------+------------------+------------------------------+
|                            [1, 2, 3]|[1, 2, 3, 4, 5]|         [5, 3, 1]|                             2|
+-------------------------------------+---------------+------------------+------------------------------+

-- query
SELECT element_at(array(1, 2), 5)
-- error INVALID_ARRAY_INDEX_IN_ELEMENT_AT

-- query
SELECT try_element_at(array(1, 2), 5), array(1, 2)[5]
-- error INVALID_ARRAY_INDEX

-- known-failure: column naming: from_json(s, schema) is named from_json(s) by Spark
-- query
SELECT get_json_object('{"a": {"b": [1, 2]}}', '$.a.b[1]'), to_json(named_struct('a', 1, 'b', 'x')), from_json('{"a": 3}', 'a INT').a
-- expected
+-----------------------------------------------+---------------------------------+---------------------+
|get_json_object({"a": {"b": [1, 2]}}, $.a.b[1])|to_json(named_struct(a, 1, b, x))|from_json({"a": 3}).a|
+-----------------------------------------------+---------------------------------+---------------------+
|                                              2|                  {"a":1,"b":"x"}|                    3|
+-----------------------------------------------+---------------------------------+---------------------+

-- query
SELECT json_tuple('{"a": 1, "b": "x"}', 'a', 'b')
-- expected
+---+---+
| c0| c1|
+---+---+
|  1|  x|
+---+---+

-- query
SELECT cust, explode(items) AS item FROM orders WHERE cust = 'ana' ORDER BY item
-- expected
+----+----+
|cust|item|
+----+----+
| ana|   a|
| ana|   b|
| ana|   c|
+----+----+

-- query
SELECT k, v FROM (SELECT map('x', 1, 'y', 2) AS m) LATERAL VIEW explode(m) t AS k, v ORDER BY k
-- expected
+---+---+
|  k|  v|
+---+---+
|  x|  1|
|  y|  2|
+---+---+
