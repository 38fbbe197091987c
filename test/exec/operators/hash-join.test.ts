// The columnar hash join: key kinds (int, double with NaN / -0.0, string, composite, null-safe),
// residual conditions, nested loops, and every join type with either side building the table.
// Small cases: answers from PySpark 4.1.1 on the same data. Large cases (the smaller left side
// builds): counts derived from how the keys were generated.

import { test } from "node:test";
import assert from "node:assert/strict";
import { SparkSession, functions as F } from "../../../src/index.js";
import type { JoinHow } from "../../../src/api/dataframe.js";

const spark = SparkSession.builder.getOrCreate();

spark
  .createDataFrame(
    [
      [1, 1.0, "a", 10],
      [2, NaN, "b", null],
      [3, -0.0, null, 30],
      [4, null, "a", 40],
    ],
    "id int, d double, s string, k int",
  )
  .createOrReplaceTempView("hj_l");
spark
  .createDataFrame(
    [
      [10, 0.0, "a", 10],
      [20, NaN, "a", null],
      [30, 2.0, "c", 30],
      [40, null, null, 30],
    ],
    "rid int, d2 double, s2 string, k2 int",
  )
  .createOrReplaceTempView("hj_r");

const rows = async (sql: string) => (await spark.sql(sql).collect()).map((r) => r.values);

test("double keys: NaN matches NaN, -0.0 matches 0.0, null never matches", async () => {
  assert.deepEqual(await rows("select id, rid from hj_l join hj_r on d = d2 order by id, rid"), [
    [2, 20],
    [3, 10],
  ]);
});

test("string keys, full outer join", async () => {
  assert.deepEqual(await rows("select id, rid from hj_l full join hj_r on s = s2 order by id, rid"), [
    [null, 30],
    [null, 40],
    [1, 10],
    [1, 20],
    [2, null],
    [3, null],
    [4, 10],
    [4, 20],
  ]);
});

test("null-safe keys match null with null", async () => {
  assert.deepEqual(await rows("select id, rid from hj_l join hj_r on k <=> k2 order by id, rid"), [
    [1, 10],
    [2, 20],
    [3, 30],
    [3, 40],
  ]);
});

test("composite keys with a residual condition, left outer", async () => {
  assert.deepEqual(await rows("select id, rid from hj_l left join hj_r on s = s2 and k = k2 and id < rid order by id, rid"), [
    [1, 10],
    [2, null],
    [3, null],
    [4, null],
  ]);
});

test("right outer with a residual condition", async () => {
  assert.deepEqual(await rows("select id, rid from hj_l right join hj_r on k = k2 and id * 10 <> rid order by id, rid"), [
    [null, 10],
    [null, 20],
    [null, 30],
    [3, 40],
  ]);
});

test("semi and anti joins (anti with a residual)", async () => {
  assert.deepEqual(await rows("select id from hj_l left semi join hj_r on s = s2 order by id"), [[1], [4]]);
  assert.deepEqual(await rows("select id from hj_l left anti join hj_r on k = k2 and rid > 30 order by id"), [[1], [2], [4]]);
});

test("no equality keys: nested loop, left outer", async () => {
  assert.deepEqual(await rows("select id, rid from hj_l left join hj_r on id * 10 > rid + 15 order by id, rid"), [
    [1, null],
    [2, null],
    [3, 10],
    [4, 10],
    [4, 20],
  ]);
});

// Left: keys 0..19 plus 200..209 (30 rows). Right: 30000 rows, key = id % 100 (300 rows per key
// 0..99). The left side is the smaller one, so it is the build side.
const small = () => spark.range(30).select(F.when(F.col("id").lt(20), F.col("id")).otherwise(F.col("id").plus(180)).alias("a"));
const big = () => spark.range(30000).select(F.col("id").mod(100).alias("b"), F.col("id").alias("rid"));

test("a small left side builds the table: every join type", async () => {
  const on = F.col("a").equalTo(F.col("b"));
  const count = (how: JoinHow) => small().join(big(), on, how).count();
  assert.equal(await count("inner"), 20 * 300);
  assert.equal(await count("left"), 20 * 300 + 10);
  assert.equal(await count("right"), 30000);
  assert.equal(await count("full"), 30000 + 10);
  assert.equal(await count("left_semi"), 20);
  assert.equal(await count("left_anti"), 10);
  // The unmatched rows of each side carry nulls on the other side.
  const full = small().join(big(), on, "full");
  assert.equal(await full.filter(F.col("rid").isNull()).count(), 10);
  assert.equal(await full.filter(F.col("a").isNull()).count(), 80 * 300);
  // A residual condition on top of the key.
  assert.equal(await small().join(big(), on.and(F.col("rid").lt(1000)), "inner").count(), 20 * 10);
  assert.equal(await small().join(big(), on.and(F.col("rid").lt(1000)), "left_anti").count(), 10);
});

test("many matches per probe row are emitted across several output batches", async () => {
  const dup = spark.range(5000).select(F.lit(1).alias("k1"), F.col("id").alias("x"));
  const one = spark.range(3).select(F.lit(1).alias("k2"));
  const j = one.join(dup, F.col("k1").equalTo(F.col("k2")));
  assert.equal(await j.count(), 15000);
  const sum = await j.agg(F.sum("x").alias("s")).collect();
  assert.equal(sum[0]!.values[0], 3n * ((4999n * 5000n) / 2n));
});
