-- !query
SELECT * FROM a, b, c
-- !plan
Project [*]
  Join inner
    Join inner
      ReadTable a
      ReadTable b
    ReadTable c

-- !query
SELECT * FROM a JOIN b ON a.id = b.id
-- !plan
Project [*]
  Join inner ON (a.id == b.id)
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a INNER JOIN b USING (id, k)
-- !plan
Project [*]
  Join inner USING (id, k)
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a LEFT JOIN b ON a.x = b.x
-- !plan
Project [*]
  Join left_outer ON (a.x == b.x)
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a LEFT OUTER JOIN b ON a.x = b.x RIGHT JOIN c ON c.y = b.y
-- !plan
Project [*]
  Join right_outer ON (c.y == b.y)
    Join left_outer ON (a.x == b.x)
      ReadTable a
      ReadTable b
    ReadTable c

-- !query
SELECT * FROM a FULL OUTER JOIN b ON true
-- !plan
Project [*]
  Join full_outer ON true
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a FULL JOIN b ON true
-- !plan
Project [*]
  Join full_outer ON true
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a LEFT SEMI JOIN b ON a.x = b.x
-- !plan
Project [*]
  Join left_semi ON (a.x == b.x)
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a SEMI JOIN b ON a.x = b.x
-- !plan
Project [*]
  Join left_semi ON (a.x == b.x)
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a LEFT ANTI JOIN b ON a.x = b.x
-- !plan
Project [*]
  Join left_anti ON (a.x == b.x)
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a ANTI JOIN b USING (x)
-- !plan
Project [*]
  Join left_anti USING (x)
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a CROSS JOIN b
-- !plan
Project [*]
  Join cross
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a JOIN b
-- !plan
Project [*]
  Join inner
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a NATURAL JOIN b
-- !plan
Project [*]
  Join natural inner
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a NATURAL LEFT JOIN b
-- !plan
Project [*]
  Join natural left_outer
    ReadTable a
    ReadTable b

-- !query
SELECT * FROM a, b JOIN c ON b.x = c.x
-- !plan
Project [*]
  Join inner
    ReadTable a
    Join inner ON (b.x == c.x)
      ReadTable b
      ReadTable c

-- !query
SELECT * FROM (a JOIN b ON a.x = b.x) JOIN c ON c.y = a.y
-- !plan
Project [*]
  Join inner ON (c.y == a.y)
    Join inner ON (a.x == b.x)
      ReadTable a
      ReadTable b
    ReadTable c

-- !query
SELECT * FROM t AS x
-- !plan
Project [*]
  SubqueryAlias x
    ReadTable t

-- !query
SELECT * FROM t x(a, b)
-- !plan
Project [*]
  SubqueryAlias x(a, b)
    ReadTable t

-- !query
SELECT * FROM (SELECT 1 AS a) AS s
-- !plan
Project [*]
  SubqueryAlias s
    Project [1 AS a]
      OneRowRelation

-- !query
SELECT * FROM (SELECT 1) s(c)
-- !plan
Project [*]
  SubqueryAlias s(c)
    Project [1]
      OneRowRelation

-- !query
SELECT * FROM (SELECT 1)
-- !plan
Project [*]
  Project [1]
    OneRowRelation

-- !query
SELECT * FROM db.schema.t
-- !plan
Project [*]
  ReadTable db.schema.t

-- !query
SELECT * FROM `my db`.`my table`
-- !plan
Project [*]
  ReadTable `my db`.`my table`

-- !query
SELECT * FROM parquet.`/data/x.parquet`
-- !plan
Project [*]
  ReadFiles parquet [/data/x.parquet]

-- !query
SELECT * FROM json.`s3://bucket/path`
-- !plan
Project [*]
  ReadFiles json [s3://bucket/path]

-- !query
SELECT * FROM t TABLESAMPLE (50 PERCENT) REPEATABLE (42)
-- !plan
Project [*]
  Sample 0, 0.5, false
    ReadTable t

-- !query
SELECT * FROM t TABLESAMPLE (5 ROWS)
-- !plan
Project [*]
  Limit 5
    ReadTable t

-- !query
SELECT * FROM t TABLESAMPLE (BUCKET 2 OUT OF 4) REPEATABLE (1) s
-- !plan
Project [*]
  SubqueryAlias s
    Sample 0.25, 0.5, false
      ReadTable t

-- !query
SELECT * FROM t LATERAL VIEW explode(arr) e AS x
-- !plan
Project [*]
  Generate explode(arr) e [x]
    ReadTable t

-- !query
SELECT * FROM t LATERAL VIEW OUTER posexplode(arr) e AS pos, val LATERAL VIEW explode(m) m2
-- !plan
Project [*]
  Generate explode(m) m2 []
    Generate posexplode(arr) outer e [pos, val]
      ReadTable t

-- !query
SELECT * FROM t PIVOT (sum(v) AS s, avg(v) FOR k IN ('a' AS a, 'b' b, 'c'))
-- !plan
Project [*]
  Aggregate pivot [] pivot=k IN ['a' AS a, 'b' AS b, 'c'] [sum(v) AS s, avg(v)]
    ReadTable t

-- !query
SELECT * FROM t PIVOT (sum(v) FOR (k1, k2) IN ((1, 'a') AS x))
-- !plan
Project [*]
  Aggregate pivot [] pivot=struct(k1, k2) IN [struct(1, 'a') AS x] [sum(v)]
    ReadTable t

-- !query
SELECT * FROM t UNPIVOT (v FOR k IN (a, b AS bb, c))
-- !plan
Project [*]
  Unpivot ids=* values=[a, b AS bb, c] k, v exclude-nulls
    ReadTable t

-- !query
SELECT * FROM t UNPIVOT INCLUDE NULLS (v FOR k IN (a, b)) u
-- !plan
Project [*]
  SubqueryAlias u
    Unpivot ids=* values=[a, b] k, v
      ReadTable t

-- !query
SELECT * FROM range(10)
-- !plan
Project [*]
  Range (0, 10, step=1)

-- !query
SELECT * FROM range(1, 10, 2, 3)
-- !plan
Project [*]
  Range (1, 10, step=2, splits=3)

-- !query
SELECT * FROM range(-5, 5)
-- !plan
Project [*]
  Range (-5, 5, step=1)

-- !query
SELECT * FROM explode(array(1, 2)) AS t(v)
-- !plan
Project [*]
  SubqueryAlias t(v)
    Generate explode(array(1, 2)) []
      OneRowRelation

-- !query
SELECT * FROM stack(2, 1, 2) s
-- !plan
Project [*]
  SubqueryAlias s
    Generate stack(2, 1, 2) []
      OneRowRelation
