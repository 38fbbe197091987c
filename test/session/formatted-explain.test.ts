import { test } from "node:test";
import assert from "node:assert/strict";
import { SparkSession, functions as F } from "../../src/index.js";

test("explain('formatted') numbers operators children-first and lists each one's details", async () => {
  const spark = SparkSession.builder.master("local[1]").appName("formatted-explain").getOrCreate();
  try {
    const df = spark.range(10).withColumn("k", F.col("id").mod(3)).where("id > 2").groupBy("k").agg(F.sum("id").alias("s")).orderBy("k");
    const text = await df.explainString("formatted");
    const [outline, sections] = text.split("\n\n\n");
    assert.match(outline!, /^== Physical Plan ==\nSort \(5\)\n\+- HashAggregate \(4\)\n   \+- Project \(3\)\n      \+- Filter \(2\)\n         \+- Range \(1\)$/);
    assert.match(sections!, /^\(1\) Range\nOutput \[1\]: \[id#\d+\]\nArguments: Range \(0, 10, step=1, splits=Some\(\d+\)\)/);
    assert.match(sections!, /\(2\) Filter\nInput \[1\]: \[id#\d+\]\nCondition : \(id#\d+ > 2\)/);
    assert.match(sections!, /\(4\) HashAggregate\nInput \[2\]: \[id#\d+, k#\d+\]\nKeys \[1\]: \[k#\d+\]\nFunctions \[1\]: \[sum\(id#\d+\) AS s#\d+\]\nResults \[2\]: \[k#\d+, s#\d+\]/);
    assert.match(sections!, /\(5\) Sort\nInput \[2\]: \[k#\d+, s#\d+\]\nArguments: \[k#\d+ ASC NULLS FIRST\], true, 0/);

    const joined = await spark.createDataFrame([[1, "a"]], "x int, y string").join(spark.range(3), F.col("x").equalTo(F.col("id")), "left").explainString("formatted");
    assert.match(joined, /Join type: LeftOuter\nJoin condition: \(cast\(x#\d+ as long\) = id#\d+\)/);
    assert.match(joined, /:- LocalTableScan \(1\)\n\+- Range \(2\)/);
  } finally {
    await spark.stop();
  }
});

test("show() rejects a non-integer row count as PySpark does (show(false) means show(20, false))", async () => {
  const spark = SparkSession.builder.master("local[1]").appName("show-args").getOrCreate();
  try {
    const df = spark.range(1);
    await assert.rejects(() => df.showString(false as unknown as number), (e: Error & { errorClass?: string }) => e.errorClass === "NOT_INT" && /Argument `n` should be an int, got boolean/.test(e.message));
    await assert.rejects(() => df.showString(20, "yes" as unknown as boolean), (e: Error & { errorClass?: string }) => e.errorClass === "NOT_BOOL");
    assert.match(await df.showString(20, false), /\|id \|/);
  } finally {
    await spark.stop();
  }
});
