// In the spirit of Spark's FailureSuite: task failures, retries, dead executors, lost shuffle
// output, evicted cache blocks — each job still gives the right answer or a precise error.

import { test } from "node:test";
import assert from "node:assert/strict";
import { capture } from "../../src/runtime/closure/capture.js";
import { SparkException } from "../../src/runtime/errors.js";
import { StorageLevel } from "../../src/runtime/storage/storage-level.js";
import { byKey, newContext, recordEvents } from "./helpers.js";

test("a task failing in a one-stage job fails the job naming stage, task, attempt and cause", async () => {
  const sc = newContext("local[2]");
  try {
    const rdd = sc.parallelize([1, 2, 3, 4], 4).map((x) => {
      if (x === 3) throw new RangeError("boom at three");
      return x;
    });
    await assert.rejects(rdd.collect(), (e: unknown) => {
      assert.ok(e instanceof SparkException);
      assert.match(e.message, /^Job aborted due to stage failure: Task 2 in stage \d+\.0 failed 1 times, most recent failure: Lost task 2\.0 in stage \d+\.0 \(TID \d+\) \(localhost executor \d+\): RangeError: boom at three/);
      assert.ok(e.cause instanceof Error);
      assert.equal((e.cause as Error).name, "RangeError");
      assert.match((e.cause as Error).stack ?? "", /boom at three\n\s+at /);
      return true;
    });
    // The context stays usable after a failed job.
    assert.deepEqual(await sc.parallelize([1, 2], 2).map((x) => x + 1).collect(), [2, 3]);
  } finally {
    await sc.stop();
  }
});

test("a reducer failing in a two-stage job fails the job with the reduce stage's id", async () => {
  const sc = newContext("local[2]");
  const events = recordEvents(sc);
  try {
    const rdd = sc
      .parallelize([["a", 1], ["b", 2], ["a", 3]] as [string, number][], 2)
      .reduceByKey((a, b) => {
        if (a + b > 3) throw new Error("reducer exploded");
        return a + b;
      }, 2)
      .mapValues((v) => v);
    let msg = "";
    await rdd.collect().catch((e: Error) => (msg = e.message));
    await sc.runtime.bus.waitUntilEmpty();
    const failedStage = events.find((e) => e.event === "SparkListenerStageCompleted" && e.stageInfo.failureReason !== undefined);
    assert.ok(failedStage && failedStage.event === "SparkListenerStageCompleted");
    assert.match(msg, new RegExp(`in stage ${failedStage.stageInfo.stageId}\\.0 failed 1 times.*reducer exploded`, "s"));
    // The map stage (reduceByKey combines map-side too, but "a" only merges on the reducer).
    assert.ok(events.some((e) => e.event === "SparkListenerTaskEnd" && e.taskType === "ShuffleMapTask" && e.reason.kind === "Success"));
  } finally {
    await sc.stop();
  }
});

test("local[N,F] retries a failing task F-1 times, then fails after exactly F attempts", async () => {
  const sc = newContext("local[2,3]");
  const events = recordEvents(sc);
  try {
    // Fails on attempts 0 and 1, succeeds on attempt 2.
    const flaky = sc.parallelize([1, 2, 3], 3).map((x) => {
      if (x === 2 && TaskContext.get()!.attemptNumber < 2) throw new Error("flaky");
      return x * 10;
    });
    assert.deepEqual(await flaky.collect(), [10, 20, 30]);
    const always = sc.parallelize([1, 2, 3], 3).map((x) => {
      if (x === 2) throw new Error("always");
      return x;
    });
    await assert.rejects(always.collect(), /failed 3 times, most recent failure: Lost task 1\.2 in stage/);
    await sc.runtime.bus.waitUntilEmpty();
    const failures = events.filter((e) => e.event === "SparkListenerTaskEnd" && e.reason.kind === "ExceptionFailure" && e.reason.description === "always");
    assert.equal(failures.length, 3);
  } finally {
    await sc.stop();
  }
});

import { TaskContext } from "../../src/runtime/task/task-context.js";

test("plain local[N] attempts a task once", async () => {
  const sc = newContext("local[2]");
  try {
    const rdd = sc.parallelize([1, 2], 2).map((x) => {
      if (TaskContext.get()!.attemptNumber === 0) throw new Error("first attempt fails");
      return x;
    });
    await assert.rejects(rdd.collect(), /failed 1 times/);
  } finally {
    await sc.stop();
  }
});

test("a worker that exits mid-task is replaced and the job still returns the right answer", async () => {
  const sc = newContext("local[2]");
  const events = recordEvents(sc);
  try {
    const rdd = sc.parallelize(Array.from({ length: 40 }, (_, i) => i), 8).map((x) => {
      const ctx = TaskContext.get()!;
      if (ctx.partitionId === 3 && ctx.attemptNumber === 0) process.exit(7);
      return x * x;
    });
    const out = await rdd.collect();
    assert.deepEqual(out, Array.from({ length: 40 }, (_, i) => i * i));
    await sc.runtime.bus.waitUntilEmpty();
    assert.ok(events.some((e) => e.event === "SparkListenerExecutorRemoved" && /code 7/.test(e.reason)));
    assert.equal(events.filter((e) => e.event === "SparkListenerExecutorAdded").length, 3);
  } finally {
    await sc.stop();
  }
});

test("a worker terminated from outside mid-job: tasks and its shuffle outputs are recomputed", async () => {
  const sc = newContext("local[2]");
  const events = recordEvents(sc);
  try {
    let killed = false;
    sc.addSparkListener({
      onTaskStart: (e) => {
        if (!killed && e.stageId === 1 && e.taskInfo.index === 0) {
          killed = true;
          void sc.runtime.taskScheduler.killExecutor("0");
        }
      },
    });
    const words = sc.parallelize(Array.from({ length: 2000 }, (_, i) => `w${i % 37}`), 6);
    const counts = words.map((w) => [w, 1] as [string, number]).reduceByKey((a, b) => a + b, 4).map((kv) => {
      const until = Date.now() + 20;
      while (Date.now() < until);
      return kv;
    });
    const out = byKey(await counts.collect());
    assert.equal(out.length, 37);
    // 2000 = 37 × 54 + 2: words w0 and w1 occur 55 times, the others 54.
    for (const [w, n] of out) assert.equal(n, Number(w.slice(1)) < 2 ? 55 : 54);
    assert.ok(killed);
    await sc.runtime.bus.waitUntilEmpty();
    assert.ok(events.some((e) => e.event === "SparkListenerExecutorRemoved"));
  } finally {
    await sc.stop();
  }
});

test("shuffle output is reused by a later job, and recomputed when its executor is lost", async () => {
  const sc = newContext("local[2]");
  const events = recordEvents(sc);
  try {
    const counts = sc.parallelize(Array.from({ length: 1000 }, (_, i) => i % 10), 4).map((x) => [x, 1] as [number, number]).reduceByKey((a, b) => a + b, 3);
    const expected = Array.from({ length: 10 }, (_, i) => [i, 100]);
    assert.deepEqual(byKey(await counts.collect()), expected);
    const mapTasks = () => events.filter((e) => e.event === "SparkListenerTaskEnd" && e.taskType === "ShuffleMapTask").length;
    await sc.runtime.bus.waitUntilEmpty();
    const afterFirst = mapTasks();
    assert.equal(afterFirst, 4);
    assert.deepEqual(byKey(await counts.collect()), expected);
    await sc.runtime.bus.waitUntilEmpty();
    assert.equal(mapTasks(), 4, "second job reuses the shuffle output (map stage skipped)");
    const holders = new Set(sc.runtime.taskScheduler.executorIds);
    await sc.runtime.taskScheduler.killExecutor([...holders][0]!);
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(byKey(await counts.collect()), expected);
    await sc.runtime.bus.waitUntilEmpty();
    const rerun = mapTasks() - 4;
    assert.ok(rerun > 0 && rerun < 4, `only the lost map outputs are recomputed (re-ran ${rerun})`);
  } finally {
    await sc.stop();
  }
});

test("a cached RDD is not recomputed; evicted blocks are recomputed from lineage", async () => {
  const big = newContext("local[1]", { "spark.executor.memory": "512m" });
  try {
    const computed = big.longAccumulator();
    const rdd = big.parallelize(Array.from({ length: 400 }, (_, i) => i), 4).map(capture({ computed }, (x: number) => {
      computed.add(1);
      return x * 2;
    })).cache();
    assert.equal(await rdd.count(), 400);
    assert.equal(await rdd.map((x) => x + 1).reduce((a, b) => a + b), 400 * 399 + 400);
    assert.equal(computed.value, 400, "second action read the cache");
  } finally {
    await big.stop();
  }
  // ~1.2 MB of storage; each partition holds ~0.5 MB of strings: not all four fit.
  const small = newContext("local[1]", { "spark.executor.memory": "2m" });
  try {
    const computed = small.longAccumulator();
    const rdd = small.parallelize(Array.from({ length: 4 }, (_, p) => p), 4).flatMap(capture({ computed }, (p: number) => {
      computed.add(1);
      return Array.from({ length: 5000 }, (_, i) => `partition ${p} value ${i} padding-padding-padding`);
    })).persist(StorageLevel.MEMORY_ONLY);
    assert.equal(await rdd.count(), 20000);
    assert.equal(await rdd.filter((s) => s.endsWith("padding")).count(), 20000);
    assert.ok(computed.value > 4, `evicted partitions were recomputed (${computed.value} computations)`);
    // MEMORY_AND_DISK keeps evicted blocks on disk instead: no recomputation.
    const c2 = small.longAccumulator();
    const disk = small.parallelize([0, 1, 2, 3], 4).flatMap(capture({ c2 }, (p: number) => {
      c2.add(1);
      return Array.from({ length: 5000 }, (_, i) => `p${p} v${i} padding-padding-padding-padding`);
    })).persist(StorageLevel.MEMORY_AND_DISK_SER_2);
    assert.equal(await disk.count(), 20000);
    assert.equal(await disk.count(), 20000);
    assert.equal(c2.value, 4);
  } finally {
    await small.stop();
  }
});
