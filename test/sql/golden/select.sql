-- !query
SELECT 1
-- !plan
Project [1]
  OneRowRelation

-- !query
SELECT a, b + 1 AS c FROM t WHERE a > 1
-- !plan
Project [a, (b + 1) AS c]
  Filter (a > 1)
    ReadTable t

-- !query
SELECT DISTINCT a FROM t
-- !plan
Distinct
  Project [a]
    ReadTable t

-- !query
SELECT ALL a FROM db.t
-- !plan
Project [a]
  ReadTable db.t

-- !query
SELECT * FROM t ORDER BY a DESC, b NULLS LAST LIMIT 10 OFFSET 5
-- !plan
Limit 10
  Offset 5
    Sort [a DESC NULLS LAST, b ASC NULLS LAST]
      Project [*]
        ReadTable t

-- !query
SELECT * FROM t LIMIT ALL
-- !plan
Project [*]
  ReadTable t

-- !query
SELECT a, count(*) FROM t GROUP BY a
-- !plan
Aggregate groupby [a] [a, count(*)]
  ReadTable t

-- !query
SELECT a, count(*) FROM t GROUP BY 1 HAVING count(*) > 1
-- !plan
Aggregate groupby [1] [a, count(*)] having=(count(*) > 1)
  ReadTable t

-- !query
SELECT count(*) FROM t HAVING count(*) > 1
-- !plan
Aggregate groupby [] [count(*)] having=(count(*) > 1)
  ReadTable t

-- !query
SELECT a, b, sum(c) FROM t GROUP BY ALL
-- !plan
Aggregate groupby ALL [a, b, sum(c)]
  ReadTable t

-- !query
SELECT a, b, sum(c) FROM t GROUP BY ROLLUP(a, b)
-- !plan
Aggregate rollup [a, b] [a, b, sum(c)]
  ReadTable t

-- !query
SELECT a, b, sum(c) FROM t GROUP BY CUBE(a, b)
-- !plan
Aggregate cube [a, b] [a, b, sum(c)]
  ReadTable t

-- !query
SELECT a, b, sum(c) FROM t GROUP BY a, b WITH ROLLUP
-- !plan
Aggregate rollup [a, b] [a, b, sum(c)]
  ReadTable t

-- !query
SELECT a, b, sum(c) FROM t GROUP BY GROUPING SETS ((a, b), (a), ())
-- !plan
Aggregate grouping_sets [a, b] sets=[[a, b], [a], []] [a, b, sum(c)]
  ReadTable t

-- !query
SELECT a, b, sum(c) FROM t GROUP BY a, b GROUPING SETS ((a, b), a)
-- !plan
Aggregate grouping_sets [a, b] sets=[[a, b], [a]] [a, b, sum(c)]
  ReadTable t

-- !query
SELECT a, b, c, sum(d) FROM t GROUP BY a, ROLLUP(b, c)
-- !plan
Aggregate grouping_sets [a, b, c] sets=[[a, b, c], [a, b], [a]] [a, b, c, sum(d)]
  ReadTable t

-- !query
SELECT a, b, sum(c) FROM t GROUP BY ROLLUP((a, b))
-- !plan
Aggregate grouping_sets [a, b] sets=[[a, b], []] [a, b, sum(c)]
  ReadTable t

-- !query
SELECT a, rank() OVER w AS r FROM t WINDOW w AS (PARTITION BY b ORDER BY c)
-- !plan
Project [a, rank() OVER (PARTITION BY b ORDER BY c ASC NULLS FIRST) AS r]
  ReadTable t

-- !query
SELECT sum(x) OVER w2 FROM t WINDOW w1 AS (PARTITION BY a), w2 AS (w1 ORDER BY b ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING)
-- !plan
Project [sum(x) OVER (PARTITION BY a ORDER BY b ASC NULLS FIRST ROWS BETWEEN -1 AND 1)]
  ReadTable t

-- !query
SELECT a FROM t QUALIFY row_number() OVER (PARTITION BY a ORDER BY b) = 1
-- !plan
Filter (row_number() OVER (PARTITION BY a ORDER BY b ASC NULLS FIRST) == 1)
  Project [a]
    ReadTable t

-- !query
SELECT a, row_number() OVER w FROM t WINDOW w AS (ORDER BY a) QUALIFY row_number() OVER w < 3
-- !plan
Filter (row_number() OVER (ORDER BY a ASC NULLS FIRST) < 3)
  Project [a, row_number() OVER (ORDER BY a ASC NULLS FIRST)]
    ReadTable t

-- !query
SELECT /*+ BROADCAST(b), MERGE(a, b) */ * FROM a JOIN b ON a.id = b.id
-- !plan
Hint BROADCAST [b]
  Hint MERGE [a, b]
    Project [*]
      Join inner ON (a.id == b.id)
        ReadTable a
        ReadTable b

-- !query
SELECT /*+ REPARTITION(4, c) */ c FROM t
-- !plan
Hint REPARTITION [4, c]
  Project [c]
    ReadTable t

-- !query
SELECT * FROM t SORT BY a
-- !plan
Sort local [a ASC NULLS FIRST]
  Project [*]
    ReadTable t

-- !query
SELECT * FROM t DISTRIBUTE BY a SORT BY b
-- !plan
Sort local [b ASC NULLS FIRST]
  RepartitionByExpression [a]
    Project [*]
      ReadTable t

-- !query
SELECT * FROM t CLUSTER BY a
-- !plan
Sort local [a ASC NULLS FIRST]
  RepartitionByExpression [a]
    Project [*]
      ReadTable t

-- !query
FROM t SELECT a WHERE b > 0
-- !plan
Project [a]
  Filter (b > 0)
    ReadTable t

-- !query
SELECT 1 AS x, 'a' y, NULL z
-- !plan
Project [1 AS x, 'a' AS y, NULL AS z]
  OneRowRelation

-- !query
TABLE t
-- !plan
ReadTable t

-- !query
SELECT a FROM t;
-- !plan
Project [a]
  ReadTable t

-- !query
SELECT a FROM t /* trailing comment */ -- and another
-- !plan
Project [a]
  ReadTable t
