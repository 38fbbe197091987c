-- !query
SELECT 1 UNION SELECT 2
-- !plan
Union
  Project [1]
    OneRowRelation
  Project [2]
    OneRowRelation

-- !query
SELECT 1 UNION ALL SELECT 2 UNION DISTINCT SELECT 3
-- !plan
Union
  Union ALL
    Project [1]
      OneRowRelation
    Project [2]
      OneRowRelation
  Project [3]
    OneRowRelation

-- !query
SELECT 1 UNION SELECT 2 INTERSECT SELECT 3
-- !plan
Union
  Project [1]
    OneRowRelation
  Intersect
    Project [2]
      OneRowRelation
    Project [3]
      OneRowRelation

-- !query
SELECT 1 INTERSECT ALL SELECT 2 UNION SELECT 3
-- !plan
Union
  Intersect ALL
    Project [1]
      OneRowRelation
    Project [2]
      OneRowRelation
  Project [3]
    OneRowRelation

-- !query
SELECT 1 EXCEPT SELECT 2 MINUS ALL SELECT 3
-- !plan
Except ALL
  Except
    Project [1]
      OneRowRelation
    Project [2]
      OneRowRelation
  Project [3]
    OneRowRelation

-- !query
(SELECT 1 UNION SELECT 2) INTERSECT SELECT 3
-- !plan
Intersect
  Union
    Project [1]
      OneRowRelation
    Project [2]
      OneRowRelation
  Project [3]
    OneRowRelation

-- !query
SELECT a FROM t UNION SELECT b FROM u ORDER BY 1 LIMIT 3
-- !plan
Limit 3
  Sort [1 ASC NULLS FIRST]
    Union
      Project [a]
        ReadTable t
      Project [b]
        ReadTable u

-- !query
(SELECT a FROM t ORDER BY a LIMIT 1) UNION ALL (SELECT b FROM u LIMIT 2)
-- !plan
Union ALL
  Limit 1
    Sort [a ASC NULLS FIRST]
      Project [a]
        ReadTable t
  Limit 2
    Project [b]
      ReadTable u

-- !query
WITH a AS (SELECT 1 AS x) SELECT * FROM a
-- !plan
WithCTE [a]
  Project [1 AS x]
    OneRowRelation
  Project [*]
    ReadTable a

-- !query
WITH a AS (SELECT 1), b (x, y) AS (SELECT 1, 2) SELECT * FROM a, b
-- !plan
WithCTE [a, b(x, y)]
  Project [1]
    OneRowRelation
  Project [1, 2]
    OneRowRelation
  Project [*]
    Join inner
      ReadTable a
      ReadTable b

-- !query
WITH a AS (WITH b AS (SELECT 1) SELECT * FROM b) SELECT * FROM a
-- !plan
WithCTE [a]
  WithCTE [b]
    Project [1]
      OneRowRelation
    Project [*]
      ReadTable b
  Project [*]
    ReadTable a

-- !query
SELECT * FROM (WITH c AS (SELECT 2) SELECT * FROM c) s
-- !plan
Project [*]
  SubqueryAlias s
    WithCTE [c]
      Project [2]
        OneRowRelation
      Project [*]
        ReadTable c

-- !query
VALUES (1, 'a'), (2, 'b')
-- !plan
LocalRelation [col1:int, col2:string] (1, 'a'), (2, 'b')

-- !query
VALUES 1, 2, 3
-- !plan
LocalRelation [col1:int] (1), (2), (3)

-- !query
VALUES (1, NULL), (NULL, 'x')
-- !plan
LocalRelation [col1:int, col2:string] (1, NULL), (NULL, 'x')

-- !query
VALUES (1), (2.5)
-- !plan
Union ALL
  Project [1 AS col1]
    OneRowRelation
  Project [2.5BD AS col1]
    OneRowRelation

-- !query
VALUES (1 + 1, 'a')
-- !plan
Project [(1 + 1) AS col1, 'a' AS col2]
  OneRowRelation

-- !query
SELECT * FROM VALUES (1, 2) AS t(a, b)
-- !plan
Project [*]
  SubqueryAlias t(a, b)
    LocalRelation [col1:int, col2:int] (1, 2)

-- !query
SELECT * FROM (VALUES (1), (2)) v(x)
-- !plan
Project [*]
  SubqueryAlias v(x)
    LocalRelation [col1:int] (1), (2)
