// Output column names, order and types Spark 4.1 gives for USING semi/anti joins, df["*"]
// after a USING join, unpivot of mixed numeric values and multi-name generator aliases
// (expected values taken from PySpark 4.1.1).
import { test } from "node:test";
import assert from "node:assert/strict";
import { functions as F } from "../../src/api/functions.js";
import { testSession } from "./helpers.js";

const spark = testSession();
const emp = () => spark.createDataFrame([[1, "Ana", "eng", 1.0], [2, "Rui", "hr", 2.0]], "id int, name string, dept string, sal double");
const plain = (rows: readonly object[]) => rows.map((r) => ({ ...r }));
const depts = () => spark.createDataFrame([["eng", 3, "Lisboa"]], "dept string, floor int, city string");

test("USING semi and anti joins put the join keys first", async () => {
  for (const how of ["left_semi", "left_anti"] as const) {
    const df = emp().join(depts(), "dept", how);
    assert.deepEqual(await df.columns(), ["dept", "id", "name", "sal"]);
  }
  const semi = plain(await emp().join(depts(), "dept", "left_semi").collect());
  assert.deepEqual(semi, [{ dept: "eng", id: 1, name: "Ana", sal: 1.0 }]);
});

test("df['*'] after a USING join lists that DataFrame's columns in its own order", async () => {
  const e = emp();
  assert.deepEqual(await e.join(depts(), "dept").select(e.col("*")).columns(), ["id", "name", "dept", "sal"]);
});

test("unpivot widens bigint and double value columns to double", async () => {
  const df = spark.createDataFrame([["a", 1n, 1.5]], "item string, qty bigint, price double");
  const u = df.unpivot(["item"], ["qty", "price"], "metric", "value");
  const schema = await u.schema();
  assert.deepEqual(schema.fields.map((f) => [f.name, f.dataType.kind]), [["item", "string"], ["metric", "string"], ["value", "double"]]);
  assert.deepEqual(plain(await u.collect()), [{ item: "a", metric: "qty", value: 1 }, { item: "a", metric: "price", value: 1.5 }]);
});

test("a multi-name alias names a generator's outputs", async () => {
  const n = spark.createDataFrame([[1, [1, 2], new Map([["a", 1]])]], "id int, arr array<int>, m map<string,int>");
  assert.deepEqual(await n.select("id", F.posexplode("arr").alias("pos", "val")).columns(), ["id", "pos", "val"]);
  assert.deepEqual(plain(await n.select("id", F.explode("m").alias("k", "v")).collect()), [{ id: 1, k: "a", v: 1 }]);
});
