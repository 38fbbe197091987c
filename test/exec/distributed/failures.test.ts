// Fault tolerance of DataFrame jobs on the runtime: a failing task is retried as the master
// allows (local[N,F]), exhausting the attempts fails the query with the task's error, and a
// worker killed mid-query is replaced while lost shuffle output is recomputed.

import { test } from "node:test";
import assert from "node:assert/strict";
import { functions as F } from "../../../src/index.js";
import { SparkException } from "../../../src/runtime/errors.js";
import { TaskContext } from "../../../src/runtime/task/task-context.js";
import { distributedSession, newContext, recordEvents } from "./helpers.js";

const conf = { "spark.sql.adaptive.enabled": "false", "spark.sql.shuffle.partitions": "4" };

/** Fails the first attempt of every task of partition 1 of the stage it runs in. */
const flaky = F.udf((x: bigint) => {
  const ctx = TaskContext.get();
  if (ctx !== null && ctx.partitionId === 1 && ctx.attemptNumber === 0) throw new Error("flaky first attempt");
  return Number(x % 5n);
}, "int");

const query = (spark: ReturnType<typeof distributedSession>) =>
  spark.range(0, 1000, 1, 4).select(flaky(F.col("id")).alias("k"), F.col("id")).groupBy("k").agg(F.sum("id").alias("s")).orderBy("k");

// Σ id over id ≡ k (mod 5), id < 1000: 200 ids, 99,500 + 200 k.
const expected = [0, 1, 2, 3, 4].map((k) => `Row(k=${k}, s=${99_500 + 200 * k})`);

test("a DataFrame task that fails is retried under local[N,F] and the query succeeds", async () => {
  const sc = newContext("local[2,3]");
  const events = recordEvents(sc);
  try {
    const spark = distributedSession("local[2,3]", conf);
    assert.deepEqual((await query(spark).collect()).map((r) => r.toString()), expected);
    await sc.runtime.bus.waitUntilEmpty();
    const failed = events.filter((e) => e.event === "SparkListenerTaskEnd" && e.reason.kind !== "Success");
    assert.equal(failed.length, 1, "exactly the one flaky attempt failed");
  } finally {
    await sc.stop();
  }
});

test("under local[N] (one attempt) the same failure fails the query with the task's error", async () => {
  const sc = newContext("local[2]");
  try {
    const spark = distributedSession("local[2]", conf);
    await assert.rejects(query(spark).collect(), (e: unknown) => {
      assert.ok(e instanceof SparkException);
      assert.match(e.message, /Task 1 in stage \d+\.0 failed 1 times.*flaky first attempt/s);
      return true;
    });
  } finally {
    await sc.stop();
  }
});

test("a worker killed mid-query is replaced and the query still returns the right answer", async () => {
  const sc = newContext("local[2]");
  const events = recordEvents(sc);
  try {
    const spark = distributedSession("local[2]", conf);
    let killed = false;
    let firstStage = -1;
    sc.addSparkListener({
      onTaskStart: (e) => {
        if (firstStage < 0) firstStage = e.stageId;
        // Kill an executor as the reduce stage starts: its map outputs are lost and recomputed.
        if (!killed && e.stageId > firstStage) {
          killed = true;
          void sc.runtime.taskScheduler.killExecutor(e.taskInfo.executorId);
        }
      },
    });
    // Slow reduce tasks, so the kill lands while they run.
    const slow = F.udf((s: bigint) => {
      const until = Date.now() + 100;
      while (Date.now() < until);
      return s;
    }, "long");
    const df = spark.range(0, 1000, 1, 4).withColumn("k", F.col("id").mod(5).cast("int")).groupBy("k").agg(F.sum("id").alias("s")).select("k", slow(F.col("s")).alias("s")).orderBy("k");
    assert.deepEqual((await df.collect()).map((r) => r.toString()), expected);
    assert.ok(killed);
    await sc.runtime.bus.waitUntilEmpty();
    assert.ok(events.some((e) => e.event === "SparkListenerExecutorRemoved"));
  } finally {
    await sc.stop();
  }
});
