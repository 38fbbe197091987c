// The columnar hash aggregate against PySpark 4.1.1: every expected table below is what
// Spark's show() printed for the same SQL (group keys, null handling, -0.0/NaN normalization,
// exact long and decimal sums, overflow).
import { test } from "node:test";
import assert from "node:assert/strict";
import { SparkSession } from "../../../src/index.js";

const spark = SparkSession.builder.master("local[2]").config("spark.sql.session.timeZone", "UTC").create();
const show = async (sql: string): Promise<string> => (await spark.sql(sql).showString(20, 20)) ;

test("double values: nulls, NaN, -0.0 (count, sum, min, max, avg)", async () => {
  assert.equal(
    await show("SELECT k, count(*), count(v), sum(v), min(v), max(v), avg(v) FROM VALUES (1, 1.0D), (1, NULL), (NULL, 2.0D), (NULL, NULL), (2, CAST('NaN' AS DOUBLE)), (2, 3.0D), (3, -0.0D) AS t(k, v) GROUP BY k ORDER BY k"),
    "+----+--------+--------+------+------+------+------+\n|   k|count(1)|count(v)|sum(v)|min(v)|max(v)|avg(v)|\n+----+--------+--------+------+------+------+------+\n|NULL|       2|       1|   2.0|   2.0|   2.0|   2.0|\n|   1|       2|       1|   1.0|   1.0|   1.0|   1.0|\n|   2|       2|       2|   NaN|   3.0|   NaN|   NaN|\n|   3|       1|       1|   0.0|  -0.0|  -0.0|   0.0|\n+----+--------+--------+------+------+------+------+\n",
  );
});

test("double keys: -0.0 groups with 0.0, NaNs form one group, null is a group", async () => {
  assert.equal(
    await show("SELECT k, count(*) FROM VALUES (0.0D), (-0.0D), (CAST('NaN' AS DOUBLE)), (CAST('NaN' AS DOUBLE)), (NULL), (1.5D) AS t(k) GROUP BY k ORDER BY k"),
    "+----+--------+\n|   k|count(1)|\n+----+--------+\n|NULL|       1|\n| 0.0|       2|\n| 1.5|       1|\n| NaN|       2|\n+----+--------+\n",
  );
});

test("composite keys with nulls in either column", async () => {
  assert.equal(
    await show("SELECT a, b, count(*), sum(c), max(c) FROM VALUES ('x', 1, 10L), ('x', NULL, 20L), (NULL, 1, 30L), ('x', 1, 40L), (NULL, NULL, 50L), ('y', 1, NULL) AS t(a, b, c) GROUP BY a, b ORDER BY a, b"),
    "+----+----+--------+------+------+\n|   a|   b|count(1)|sum(c)|max(c)|\n+----+----+--------+------+------+\n|NULL|NULL|       1|    50|    50|\n|NULL|   1|       1|    30|    30|\n|   x|NULL|       1|    20|    20|\n|   x|   1|       2|    50|    40|\n|   y|   1|       1|  NULL|  NULL|\n+----+----+--------+------+------+\n",
  );
});

test("long sums past 2^53 stay exact; long min/max", async () => {
  assert.equal(
    await show("SELECT k, sum(v), min(v), max(v) FROM VALUES (1, 9007199254740993L), (1, 9007199254740993L), (2, -9223372036854775807L), (2, -1L), (2, 5L), (3, 4611686018427387904L), (3, 4611686018427387903L), (3, -4611686018427387904L) AS t(k, v) GROUP BY k ORDER BY k"),
    "+---+--------------------+--------------------+-------------------+\n|  k|              sum(v)|              min(v)|             max(v)|\n+---+--------------------+--------------------+-------------------+\n|  1|   18014398509481986|    9007199254740993|   9007199254740993|\n|  2|-9223372036854775803|-9223372036854775807|                  5|\n|  3| 4611686018427387903|-4611686018427387904|4611686018427387904|\n+---+--------------------+--------------------+-------------------+\n",
  );
});

test("decimal(18,1) sums past 2^53 unscaled stay exact", async () => {
  assert.equal(
    await show("SELECT k, sum(d), min(d), max(d), count(d) FROM VALUES (1, CAST(99999999999999999.9 AS DECIMAL(18,1))), (1, CAST(99999999999999999.9 AS DECIMAL(18,1))), (1, CAST(99999999999999999.9 AS DECIMAL(18,1))), (2, CAST(-0.5 AS DECIMAL(18,1))), (2, NULL) AS t(k, d) GROUP BY k ORDER BY k"),
    "+---+--------------------+-------------------+-------------------+--------+\n|  k|              sum(d)|             min(d)|             max(d)|count(d)|\n+---+--------------------+-------------------+-------------------+--------+\n|  1|299999999999999999.7|99999999999999999.9|99999999999999999.9|       3|\n|  2|                -0.5|               -0.5|               -0.5|       1|\n+---+--------------------+-------------------+-------------------+--------+\n",
  );
});

test("try_sum overflow is NULL for that group only", async () => {
  assert.equal(
    await show("SELECT k, try_sum(v) FROM VALUES (1, 9223372036854775807L), (1, 1L), (2, 3L) AS t(k, v) GROUP BY k ORDER BY k"),
    "+---+----------+\n|  k|try_sum(v)|\n+---+----------+\n|  1|      NULL|\n|  2|         3|\n+---+----------+\n",
  );
});

test("int/smallint sums widen to bigint; count DISTINCT and FILTER", async () => {
  assert.equal(
    await show("SELECT k, sum(i), min(i), max(i), sum(s), count(DISTINCT i), sum(i) FILTER (WHERE i > 1) AS f FROM VALUES ('a', 2147483647, CAST(1 AS SMALLINT)), ('a', 2147483647, CAST(2 AS SMALLINT)), ('b', -3, CAST(-7 AS SMALLINT)), ('a', 1, NULL), ('b', -3, NULL) AS t(k, i, s) GROUP BY k ORDER BY k"),
    "+---+----------+------+----------+------+-----------------+----------+\n|  k|    sum(i)|min(i)|    max(i)|sum(s)|count(DISTINCT i)|         f|\n+---+----------+------+----------+------+-----------------+----------+\n|  a|4294967295|     1|2147483647|     3|                2|4294967294|\n|  b|        -6|    -3|        -3|    -7|                1|      NULL|\n+---+----------+------+----------+------+-----------------+----------+\n",
  );
});

test("global aggregate over no rows is one row", async () => {
  assert.equal(
    await show("SELECT count(*), sum(v), max(v), min(s) FROM VALUES (1, 'x') AS t(v, s) WHERE v > 5"),
    "+--------+------+------+------+\n|count(1)|sum(v)|max(v)|min(s)|\n+--------+------+------+------+\n|       0|  NULL|  NULL|  NULL|\n+--------+------+------+------+\n",
  );
});

test("3,000 string groups across batches", async () => {
  assert.equal(
    await show("SELECT count(*) AS g, sum(c) AS n, min(k) AS lo, max(k) AS hi FROM (SELECT concat('k', CAST(id % 3000 AS STRING)) AS k, count(*) AS c FROM range(20000) GROUP BY 1)"),
    "+----+-----+---+----+\n|   g|    n| lo|  hi|\n+----+-----+---+----+\n|3000|20000| k0|k999|\n+----+-----+---+----+\n",
  );
});

test("35,000 composite groups", async () => {
  assert.equal(
    await show("SELECT count(*) AS g, sum(c) AS n, sum(m) AS sm FROM (SELECT id % 5000 AS k, CAST(id % 7 AS INT) AS j, count(*) AS c, max(id) AS m FROM range(50000) GROUP BY 1, 2)"),
    "+-----+-----+----------+\n|    g|    n|        sm|\n+-----+-----+----------+\n|35000|50000|1137482500|\n+-----+-----+----------+\n",
  );
});

test("boolean keys; float min/max with NaN", async () => {
  assert.equal(
    await show("SELECT b, count(*), max(x), min(x) FROM VALUES (true, 1.5F), (false, -2.5F), (NULL, 0.0F), (true, CAST('NaN' AS FLOAT)), (true, 7.0F) AS t(b, x) GROUP BY b ORDER BY b"),
    "+-----+--------+------+------+\n|    b|count(1)|max(x)|min(x)|\n+-----+--------+------+------+\n| NULL|       1|   0.0|   0.0|\n|false|       1|  -2.5|  -2.5|\n| true|       3|   NaN|   1.5|\n+-----+--------+------+------+\n",
  );
});

test("sum of longs past the LONG range fails with ARITHMETIC_OVERFLOW under ANSI", async () => {
  await assert.rejects(
    spark.sql("SELECT k, sum(v) FROM VALUES (1, 9223372036854775807L), (1, 1L) AS t(k, v) GROUP BY k").collect(),
    (e: Error) => e.message.includes("ARITHMETIC_OVERFLOW"),
  );
});

test("count(DISTINCT ...): -0.0 = 0.0, one NaN, tuples with a null do not count", async () => {
  assert.equal(
    await show(
      "SELECT k, count(DISTINCT v), count(DISTINCT v, w), count(DISTINCT s) FROM VALUES (1, 0.0D, 1, 'a'), (1, -0.0D, 1, 'a'), (1, CAST('NaN' AS DOUBLE), 2, NULL), (1, CAST('NaN' AS DOUBLE), NULL, 'b'), (2, NULL, 3, 'c'), (2, 5.0D, 3, 'c'), (2, 5.0D, 4, 'c') AS t(k, v, w, s) GROUP BY k ORDER BY k",
    ),
    "+---+-----------------+--------------------+-----------------+\n" +
      "|  k|count(DISTINCT v)|count(DISTINCT v, w)|count(DISTINCT s)|\n" +
      "+---+-----------------+--------------------+-----------------+\n" +
      "|  1|                2|                   2|                2|\n" +
      "|  2|                1|                   2|                1|\n" +
      "+---+-----------------+--------------------+-----------------+\n",
  );
});

test("count(DISTINCT) over 1,000 groups across batches", async () => {
  // id = k + 1000m (m < 100) and 1000 ≡ 1 (mod 37): every group sees all 37 residues.
  const rows = await spark.sql("SELECT count(*) AS g, sum(c) AS n FROM (SELECT id % 1000 AS k, count(DISTINCT id % 37) AS c FROM range(100000) GROUP BY 1)").collect();
  assert.deepEqual(rows.map((r) => r.values), [[1000n, 37000n]]);
});
