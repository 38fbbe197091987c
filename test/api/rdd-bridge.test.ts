// df.rdd, rdd.toDF and spark.createDataFrame(rdd): expectations from PySpark 4.1 runs of the
// same programs (column names, rows, error classes). Types are inferred as spark.createDataFrame
// infers JS values (a JS integer number is an int, a bigint a bigint; Python ints are bigint).

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { SparkSession } from "../../src/index.js";
import { Row } from "../../src/values/row.js";
import { StructType, StructField, LongType, StringType } from "../../src/types/data-type.js";

const spark = SparkSession.builder.master("local[2]").config("spark.ui.showConsoleProgress", "false").getOrCreate();
const sc = spark.sparkContext;
after(() => spark.stop());
const plain = (rows: Row[]) => rows.map((r) => r.asDict());

test("df.rdd is an RDD of Row that RDD operations consume", async () => {
  const df = spark.createDataFrame([[1, "x"], [2, "y"], [3, "z"]], ["id", "s"]);
  const rdd = df.rdd;
  const rows = await rdd.collect();
  assert.ok(rows.every((r) => r instanceof Row));
  assert.deepEqual(plain(rows), [{ id: 1, s: "x" }, { id: 2, s: "y" }, { id: 3, s: "z" }]);
  assert.deepEqual(await df.rdd.map((r) => (r.id as number) * 10).collect(), [10, 20, 30]);
  const bySum = await df.rdd.map((r) => [r.s, r.id] as [string, number]).reduceByKey((a, b) => a + b).sortByKey().collect();
  assert.deepEqual(bySum, [["x", 1], ["y", 2], ["z", 3]]);
  assert.equal(await spark.range(0, 1000).filter("id % 7 = 0").rdd.count(), 143);
  assert.match(rdd.toDebugString(), /SQLExecutionRDD/);
});

test("rdd.toDF infers from tuples, Rows and objects; names, DDL and StructType schemas", async () => {
  const tuples = sc.parallelize([[1, "x"], [2, "y"]]);
  const df = await tuples.toDF();
  assert.deepEqual(await df.columns(), ["_1", "_2"]);
  assert.deepEqual(await df.dtypes(), [["_1", "int"], ["_2", "string"]]);
  assert.deepEqual(await (await sc.parallelize([[1n, "x"]]).toDF()).dtypes(), [["_1", "bigint"], ["_2", "string"]]);
  assert.deepEqual(plain(await df.collect()), [{ _1: 1, _2: "x" }, { _1: 2, _2: "y" }]);
  assert.deepEqual(await (await tuples.toDF(["n", "s"])).dtypes(), [["n", "int"], ["s", "string"]]);
  assert.deepEqual(plain(await (await tuples.toDF("n int, s string")).collect()), [{ n: 1, s: "x" }, { n: 2, s: "y" }]);
  const st = StructType([StructField("k", LongType(), true), StructField("v", StringType(), true)]);
  assert.deepEqual(await (await tuples.toDF(st)).columns(), ["k", "v"]);
  const rows = sc.parallelize([new Row(["a", "b"], [1, "x"]), new Row(["a", "b"], [2, null])]);
  assert.deepEqual(await (await rows.toDF()).dtypes(), [["a", "int"], ["b", "string"]]);
  const objects = sc.parallelize([{ a: 1, b: "x" }, { a: 2, b: "y" }]);
  assert.deepEqual(plain(await (await objects.toDF()).orderBy("a").collect()), [{ a: 1, b: "x" }, { a: 2, b: "y" }]);
  assert.deepEqual(plain(await (await sc.parallelize([1, 2]).toDF("int")).collect()), [{ value: 1 }, { value: 2 }]);
});

test("toDF errors: primitives without a schema, empty RDD", async () => {
  await assert.rejects(sc.parallelize([1, 2]).toDF(), /\[CANNOT_INFER_SCHEMA_FOR_TYPE\] Can not infer schema for type: `int`\./);
  await assert.rejects(sc.parallelize(["a"]).toDF(), /\[CANNOT_INFER_SCHEMA_FOR_TYPE\] Can not infer schema for type: `str`\./);
  await assert.rejects(sc.parallelize([]).toDF(), { message: "RDD is empty" });
});

test("spark.createDataFrame(rdd, schema) and a round trip through df.rdd", async () => {
  const df = await spark.createDataFrame(sc.parallelize([[1, 2.5]]), ["a", "b"]);
  assert.deepEqual(await df.dtypes(), [["a", "int"], ["b", "double"]]);
  const base = spark.createDataFrame([[1, "x"], [2, "y"], [3, "z"]], ["id", "s"]);
  assert.deepEqual(await (await base.rdd.toDF()).dtypes(), await base.dtypes());
  const up = await base.rdd.map((r) => [r.id, (r.s as string).toUpperCase()]).toDF(["k", "v"]);
  assert.deepEqual(plain(await up.orderBy("k").collect()), [{ k: 1, v: "X" }, { k: 2, v: "Y" }, { k: 3, v: "Z" }]);
});

test("RDD bridges on a Spark Connect session raise the RDD-not-supported error", async () => {
  const remote = SparkSession.builder.remote("sc://127.0.0.1:1").getOrCreate();
  try {
    const rdd = sc.parallelize([[1, "x"]]);
    assert.throws(() => remote.sql("SELECT 1 AS a").rdd, /\[UNSUPPORTED_CONNECT_FEATURE\.RDD\] The RDD API \(df\.rdd\) is not available on a Spark Connect session/);
    await assert.rejects(remote.createDataFrame(rdd), /\[UNSUPPORTED_CONNECT_FEATURE\.RDD\] The RDD API \(createDataFrame\(rdd\)\)/);
    assert.throws(() => remote.sparkContext, /UNSUPPORTED_CONNECT_FEATURE\.RDD/);
  } finally {
    SparkSession.active = spark;
    await remote.stop().catch(() => undefined);
  }
});
