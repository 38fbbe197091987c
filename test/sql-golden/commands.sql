-- SQL commands: views, tables, describe/show, set, cache, databases.

-- query
CREATE TEMPORARY VIEW gv1 AS SELECT 1 AS a, 'x' AS b
-- expected
++
||
++
++

-- query
CREATE TEMPORARY VIEW gv1 AS SELECT 2 AS a
-- error TEMP_TABLE_OR_VIEW_ALREADY_EXISTS

-- query
SELECT * FROM gv1
-- expected
+---+---+
|  a|  b|
+---+---+
|  1|  x|
+---+---+

-- query
CREATE OR REPLACE TEMPORARY VIEW gv1 AS SELECT 2 AS a, 'y' AS b, 3.5 AS c
-- expected
++
||
++
++

-- query
SELECT * FROM gv1
-- expected
+---+---+---+
|  a|  b|  c|
+---+---+---+
|  2|  y|3.5|
+---+---+---+

-- query
DESCRIBE gv1
-- expected
+--------+------------+-------+
|col_name|   data_type|comment|
+--------+------------+-------+
|       a|         int|   NULL|
|       b|      string|   NULL|
|       c|decimal(2,1)|   NULL|
+--------+------------+-------+

-- query
DESCRIBE QUERY SELECT id, name, bonus, hired FROM emp
-- expected
+--------+---------+-------+
|col_name|data_type|comment|
+--------+---------+-------+
|      id|      int|   NULL|
|    name|   string|   NULL|
|   bonus|   double|   NULL|
|   hired|     date|   NULL|
+--------+---------+-------+

-- query
SHOW TABLES LIKE 'gv*'
-- expected
+---------+---------+-----------+
|namespace|tableName|isTemporary|
+---------+---------+-----------+
|         |      gv1|       true|
+---------+---------+-----------+

-- query
SHOW VIEWS LIKE 'd*|e*'
-- expected
+---------+--------+-----------+
|namespace|viewName|isTemporary|
+---------+--------+-----------+
|         |    dept|       true|
|         |     emp|       true|
+---------+--------+-----------+

-- query
CREATE OR REPLACE TEMPORARY VIEW gv2 (p, q) AS SELECT 1, 2
-- expected
++
||
++
++

-- query
SELECT * FROM gv2
-- expected
+---+---+
|  p|  q|
+---+---+
|  1|  2|
+---+---+

-- query
CREATE OR REPLACE TEMPORARY VIEW gv3 AS SELECT * FROM missing_table
-- error TABLE_OR_VIEW_NOT_FOUND

-- query
DROP VIEW gv2
-- expected
++
||
++
++

-- query
DROP VIEW gv2
-- error TABLE_OR_VIEW_NOT_FOUND

-- query
DROP VIEW IF EXISTS gv2
-- expected
++
||
++
++

-- query
CREATE OR REPLACE GLOBAL TEMPORARY VIEW golden_gv AS SELECT 42 AS answer
-- expected
++
||
++
++

-- query
SELECT * FROM global_temp.golden_gv
-- expected
+------+
|answer|
+------+
|    42|
+------+

-- query
SET spark.sql.shuffle.partitions=7
-- expected
+--------------------+-----+
|                 key|value|
+--------------------+-----+
|spark.sql.shuffle...|    7|
+--------------------+-----+

-- query
SET spark.sql.shuffle.partitions
-- expected
+--------------------+-----+
|                 key|value|
+--------------------+-----+
|spark.sql.shuffle...|    7|
+--------------------+-----+

-- query
SET golden.undefined.key
-- expected
+--------------------+-----------+
|                 key|      value|
+--------------------+-----------+
|golden.undefined.key|<undefined>|
+--------------------+-----------+

-- query
RESET spark.sql.shuffle.partitions
-- expected
++
||
++
++

-- query
SET spark.sql.shuffle.partitions
-- expected
+--------------------+-----+
|                 key|value|
+--------------------+-----+
|spark.sql.shuffle...|  200|
+--------------------+-----+

-- query
SET spark.sql.warehouse.dir=/tmp/elsewhere
-- error CANNOT_MODIFY_STATIC_CONFIG

-- query
SHOW CATALOGS
-- expected
+-------------+
|      catalog|
+-------------+
|spark_catalog|
+-------------+

-- query
SHOW CURRENT NAMESPACE
-- expected
+-------------+---------+
|      catalog|namespace|
+-------------+---------+
|spark_catalog|  default|
+-------------+---------+

-- query
CREATE DATABASE golden_db
-- expected
++
||
++
++

-- query
CREATE DATABASE golden_db
-- error SCHEMA_ALREADY_EXISTS

-- query
CREATE DATABASE IF NOT EXISTS golden_db
-- expected
++
||
++
++

-- query
SHOW DATABASES LIKE 'golden*'
-- expected
+---------+
|namespace|
+---------+
|golden_db|
+---------+

-- query
USE golden_db
-- expected
++
||
++
++

-- query
SHOW CURRENT NAMESPACE
-- expected
+-------------+---------+
|      catalog|namespace|
+-------------+---------+
|spark_catalog|golden_db|
+-------------+---------+

-- known-failure: column naming: Spark 4.1 names current_database() current_schema()
-- query
SELECT current_database()
-- expected
+----------------+
|current_schema()|
+----------------+
|       golden_db|
+----------------+

-- query
USE default
-- expected
++
||
++
++

-- query
USE no_such_db
-- error SCHEMA_NOT_FOUND

-- query
CREATE TABLE golden_db.gt (id INT, name STRING) USING parquet
-- expected
++
||
++
++

-- query
CREATE TABLE golden_db.gt (id INT) USING parquet
-- error TABLE_OR_VIEW_ALREADY_EXISTS

-- query
CREATE TABLE IF NOT EXISTS golden_db.gt (id INT) USING parquet
-- expected
++
||
++
++

-- query
SELECT * FROM golden_db.gt
-- expected
+---+----+
| id|name|
+---+----+
+---+----+

-- query
INSERT INTO golden_db.gt VALUES (1, 'a'), (2, 'b')
-- expected
++
||
++
++

-- query
INSERT INTO golden_db.gt (name, id) VALUES ('c', 3)
-- expected
++
||
++
++

-- query
INSERT INTO golden_db.gt (id) VALUES (4)
-- expected
++
||
++
++

-- query
INSERT INTO golden_db.gt BY NAME SELECT 'e' AS name, 5 AS id
-- expected
++
||
++
++

-- query
SELECT * FROM golden_db.gt ORDER BY id
-- expected
+---+----+
| id|name|
+---+----+
|  1|   a|
|  2|   b|
|  3|   c|
|  4|NULL|
|  5|   e|
+---+----+

-- query
INSERT INTO golden_db.gt VALUES (1)
-- error INSERT_COLUMN_ARITY_MISMATCH.NOT_ENOUGH_DATA_COLUMNS

-- query
INSERT INTO golden_db.gt VALUES (1, 'a', 'b')
-- error INSERT_COLUMN_ARITY_MISMATCH.TOO_MANY_DATA_COLUMNS

-- query
INSERT INTO golden_db.gt VALUES ('x', 'y')
-- error INCOMPATIBLE_DATA_FOR_TABLE.CANNOT_SAFELY_CAST

-- query
INSERT INTO golden_db.gt SELECT 6L, 'f'
-- expected
++
||
++
++

-- query
INSERT INTO golden_db.gt SELECT 3000000000L, 'g'
-- error CAST_OVERFLOW_IN_TABLE_INSERT

-- query
INSERT OVERWRITE golden_db.gt SELECT 9, 'z'
-- expected
++
||
++
++

-- query
SELECT * FROM golden_db.gt
-- expected
+---+----+
| id|name|
+---+----+
|  9|   z|
+---+----+

-- query
DESCRIBE golden_db.gt
-- expected
+--------+---------+-------+
|col_name|data_type|comment|
+--------+---------+-------+
|      id|      int|   NULL|
|    name|   string|   NULL|
+--------+---------+-------+

-- query
DESCRIBE golden_db.gt id
-- expected
+---------+----------+
|info_name|info_value|
+---------+----------+
| col_name|        id|
|data_type|       int|
|  comment|      NULL|
+---------+----------+

-- query
SHOW COLUMNS IN gt IN golden_db
-- expected
+--------+
|col_name|
+--------+
|      id|
|    name|
+--------+

-- query
SHOW TABLES IN golden_db
-- expected
+---------+---------+-----------+
|namespace|tableName|isTemporary|
+---------+---------+-----------+
|golden_db|       gt|      false|
|         |     dept|       true|
|         |      emp|       true|
|         |      gv1|       true|
|         |     nums|       true|
|         |   orders|       true|
|         |     strs|       true|
+---------+---------+-----------+

-- query
SHOW CREATE TABLE golden_db.gt
-- expected
+--------------------+
|      createtab_stmt|
+--------------------+
|CREATE TABLE spar...|
+--------------------+

-- query
ALTER TABLE golden_db.gt ADD COLUMNS (score DOUBLE)
-- expected
++
||
++
++

-- query
ALTER TABLE golden_db.gt ADD COLUMNS (id INT)
-- error COLUMN_ALREADY_EXISTS

-- query
SELECT * FROM golden_db.gt
-- expected
+---+----+-----+
| id|name|score|
+---+----+-----+
|  9|   z| NULL|
+---+----+-----+

-- query
ALTER TABLE golden_db.gt SET TBLPROPERTIES ('golden.owner' = 'me', 'k' = 'v')
-- expected
++
||
++
++

-- query
SHOW TBLPROPERTIES golden_db.gt
-- expected
+------------+-----+
|         key|value|
+------------+-----+
|golden.owner|   me|
|           k|    v|
+------------+-----+

-- query
SHOW TBLPROPERTIES golden_db.gt ('k')
-- expected
+---+-----+
|key|value|
+---+-----+
|  k|    v|
+---+-----+

-- query
ALTER TABLE golden_db.gt UNSET TBLPROPERTIES ('k')
-- expected
++
||
++
++

-- query
SHOW TBLPROPERTIES golden_db.gt
-- expected
+------------+-----+
|         key|value|
+------------+-----+
|golden.owner|   me|
+------------+-----+

-- query
ALTER TABLE golden_db.gt RENAME TO golden_db.gt2
-- expected
++
||
++
++

-- query
SELECT * FROM golden_db.gt2
-- expected
+---+----+-----+
| id|name|score|
+---+----+-----+
|  9|   z| NULL|
+---+----+-----+

-- query
SELECT * FROM golden_db.gt
-- error TABLE_OR_VIEW_NOT_FOUND

-- query
TRUNCATE TABLE golden_db.gt2
-- expected
++
||
++
++

-- query
SELECT count(*) FROM golden_db.gt2
-- expected
+--------+
|count(1)|
+--------+
|       0|
+--------+

-- query
DROP DATABASE golden_db
-- error SCHEMA_NOT_EMPTY

-- query
CREATE TABLE golden_db.ctas USING json AS SELECT dept, count(*) AS n FROM emp GROUP BY dept
-- expected
++
||
++
++

-- query
SELECT * FROM golden_db.ctas ORDER BY dept
-- expected
+-----+---+
| dept|  n|
+-----+---+
| NULL|  1|
|  eng|  2|
|   hr|  1|
|sales|  2|
+-----+---+

-- query
CREATE TABLE golden_db.part (a INT, b STRING, p INT) USING parquet PARTITIONED BY (p)
-- expected
++
||
++
++

-- query
INSERT INTO golden_db.part PARTITION (p = 1) VALUES (1, 'x')
-- expected
++
||
++
++

-- query
INSERT INTO golden_db.part VALUES (2, 'y', 2), (3, 'z', 2)
-- expected
++
||
++
++

-- query
SELECT * FROM golden_db.part ORDER BY a
-- expected
+---+---+---+
|  a|  b|  p|
+---+---+---+
|  1|  x|  1|
|  2|  y|  2|
|  3|  z|  2|
+---+---+---+

-- query
SHOW PARTITIONS golden_db.part
-- expected
+---------+
|partition|
+---------+
|      p=1|
|      p=2|
+---------+

-- query
DESCRIBE golden_db.part
-- expected
+--------------------+---------+-------+
|            col_name|data_type|comment|
+--------------------+---------+-------+
|                   a|      int|   NULL|
|                   b|   string|   NULL|
|                   p|      int|   NULL|
|# Partition Infor...|         |       |
|          # col_name|data_type|comment|
|                   p|      int|   NULL|
+--------------------+---------+-------+

-- query
INSERT OVERWRITE golden_db.part PARTITION (p = 2) SELECT 7, 'q'
-- expected
++
||
++
++

-- query
SELECT * FROM golden_db.part ORDER BY a
-- expected
+---+---+---+
|  a|  b|  p|
+---+---+---+
|  1|  x|  1|
|  7|  q|  2|
+---+---+---+

-- query
SHOW PARTITIONS golden_db.ctas
-- error INVALID_PARTITION_OPERATION.PARTITION_SCHEMA_IS_EMPTY

-- query
CREATE TABLE golden_db.part_ctas USING parquet PARTITIONED BY (dept) AS SELECT id, name, dept FROM emp WHERE dept IS NOT NULL
-- expected
++
||
++
++

-- query
SELECT * FROM golden_db.part_ctas ORDER BY id
-- expected
+---+-----+-----+
| id| name| dept|
+---+-----+-----+
|  1|Alice|  eng|
|  2|  Bob|  eng|
|  3|Carol|sales|
|  4|  Dan|sales|
|  5|  Eve|   hr|
+---+-----+-----+

-- query
CREATE TABLE golden_db.bad (a INT) USING parquet PARTITIONED BY (q)
-- error COLUMN_NOT_DEFINED_IN_TABLE

-- query
CREATE VIEW golden_db.pv AS SELECT id, name FROM emp WHERE id < 3
-- error INVALID_TEMP_OBJ_REFERENCE

-- query
CREATE VIEW golden_db.pv AS SELECT a, b FROM golden_db.part WHERE p = 1
-- expected
++
||
++
++

-- query
SELECT * FROM golden_db.pv
-- expected
+---+---+
|  a|  b|
+---+---+
|  1|  x|
+---+---+

-- query
SHOW VIEWS IN golden_db
-- expected
+---------+--------+-----------+
|namespace|viewName|isTemporary|
+---------+--------+-----------+
|golden_db|      pv|      false|
|         |    dept|       true|
|         |     emp|       true|
|         |     gv1|       true|
|         |    nums|       true|
|         |  orders|       true|
|         |    strs|       true|
+---------+--------+-----------+

-- query
DROP TABLE golden_db.pv
-- error WRONG_COMMAND_FOR_OBJECT_TYPE

-- query
DROP VIEW golden_db.part
-- error WRONG_COMMAND_FOR_OBJECT_TYPE

-- query
INSERT INTO golden_db.pv VALUES (1, 'x')
-- error EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE

-- query
CACHE TABLE golden_db.part
-- expected
++
||
++
++

-- query
SELECT count(*) FROM golden_db.part
-- expected
+--------+
|count(1)|
+--------+
|       2|
+--------+

-- query
UNCACHE TABLE golden_db.part
-- expected
++
||
++
++

-- query
CACHE TABLE golden_cached AS SELECT dept, max(salary) AS top FROM emp GROUP BY dept
-- expected
++
||
++
++

-- query
SELECT * FROM golden_cached ORDER BY dept
-- expected
+-----+---+
| dept|top|
+-----+---+
| NULL| 60|
|  eng|120|
|   hr| 70|
|sales| 90|
+-----+---+

-- query
CLEAR CACHE
-- expected
++
||
++
++

-- query
UNCACHE TABLE IF EXISTS no_such_table
-- expected
++
||
++
++

-- query
UNCACHE TABLE no_such_table
-- error TABLE_OR_VIEW_NOT_FOUND

-- query
ANALYZE TABLE golden_db.part COMPUTE STATISTICS
-- expected
++
||
++
++

-- query
REFRESH TABLE golden_db.part
-- expected
++
||
++
++

-- query
DROP TABLE golden_db.part
-- expected
++
||
++
++

-- query
DROP TABLE golden_db.part
-- error TABLE_OR_VIEW_NOT_FOUND

-- query
DROP TABLE IF EXISTS golden_db.part
-- expected
++
||
++
++

-- query
DROP DATABASE golden_db CASCADE
-- expected
++
||
++
++

-- query
SHOW DATABASES LIKE 'golden*'
-- expected
+---------+
|namespace|
+---------+
+---------+

-- query
DROP DATABASE default
-- error UNSUPPORTED_FEATURE.DROP_DATABASE

-- query
SHOW FUNCTIONS LIKE 'upp*|low*'
-- expected
+--------+
|function|
+--------+
|   lower|
|   upper|
+--------+

-- query
DESCRIBE FUNCTION no_such_fn
-- error UNRESOLVED_ROUTINE

-- known-failure: EXPLAIN of a failing query: Spark's error text ends with the unresolved plan tree
-- query
EXPLAIN SELECT 1 AS one FROM nonexistent_table
-- expected
+--------------------+
|                plan|
+--------------------+
|Error occurred du...|
|[TABLE_OR_VIEW_NO...|
|If you did not qu...|
|To tolerate the e...|
|'Project [1 AS on...|
|+- 'UnresolvedRel...|
+--------------------+
