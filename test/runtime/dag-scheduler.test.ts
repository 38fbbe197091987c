// In the spirit of Spark's DAGSchedulerSuite: stages cut at shuffles, stage reuse, map-stage
// submission for adaptive coalescing, listener event order, inline mode.

import { test } from "node:test";
import assert from "node:assert/strict";
import { builtinFn } from "../../src/runtime/closure/fn-ref.js";
import { RddNode } from "../../src/runtime/rdd-node.js";
import { RDD } from "../../src/rdd/rdd.js";
import { newContext, recordEvents } from "./helpers.js";

test("stages are cut at shuffle dependencies; a later job reuses existing shuffle output", async () => {
  const sc = newContext("local[2]");
  const events = recordEvents(sc);
  try {
    const counted = sc.parallelize([1, 2, 3, 4, 5, 6], 3).map((x) => [x % 3, x] as [number, number]).reduceByKey((a, b) => a + b, 2);
    const swapped = counted.map(([k, v]) => [v % 2, k] as [number, number]).groupByKey(2);
    // sums by x % 3: {0: 9, 1: 5, 2: 7}, all odd → one group under key 1
    assert.deepEqual(await swapped.mapValues((v) => v.sort()).collect(), [[1, [0, 1, 2]]]);
    await sc.runtime.bus.waitUntilEmpty();
    const jobStarts = events.filter((e) => e.event === "SparkListenerJobStart");
    assert.equal(jobStarts.length, 1);
    assert.equal(jobStarts[0]!.event === "SparkListenerJobStart" && jobStarts[0]!.stageIds.length, 3);
    const submitted = events.filter((e) => e.event === "SparkListenerStageSubmitted").map((e) => e.event === "SparkListenerStageSubmitted" && e.stageInfo.numTasks);
    assert.deepEqual(submitted, [3, 2, 2]);
    // Second action on a child of the shuffled RDD: only the result stage runs.
    const before = events.filter((e) => e.event === "SparkListenerStageSubmitted").length;
    assert.equal(await swapped.count(), 1);
    await sc.runtime.bus.waitUntilEmpty();
    assert.equal(events.filter((e) => e.event === "SparkListenerStageSubmitted").length - before, 1);
  } finally {
    await sc.stop();
  }
});

test("listener events arrive in Spark's order with task metrics", async () => {
  const sc = newContext("local[2]");
  const events = recordEvents(sc);
  try {
    await sc.parallelize(["a", "b", "a"], 2).map((w) => [w, 1] as [string, number]).reduceByKey((a, b) => a + b).collect();
    await sc.runtime.bus.waitUntilEmpty();
    const kinds = events.map((e) => e.event).filter((k) => k !== "SparkListenerExecutorAdded" && k !== "SparkListenerBlockUpdated");
    assert.equal(kinds[0], "SparkListenerJobStart");
    assert.equal(kinds[1], "SparkListenerStageSubmitted");
    assert.equal(kinds[kinds.length - 1], "SparkListenerJobEnd");
    assert.equal(kinds[kinds.length - 2], "SparkListenerStageCompleted");
    const mapEnds = events.filter((e) => e.event === "SparkListenerTaskEnd" && e.taskType === "ShuffleMapTask");
    const written = mapEnds.reduce((s, e) => s + (e.event === "SparkListenerTaskEnd" ? e.taskMetrics.shuffleRecordsWritten : 0), 0);
    // partitions ["a"] and ["b", "a"]: map-side combine writes one record per key per partition
    assert.equal(written, 3);
    const reduceEnds = events.filter((e) => e.event === "SparkListenerTaskEnd" && e.taskType === "ResultTask");
    assert.ok(reduceEnds.every((e) => e.event === "SparkListenerTaskEnd" && e.taskMetrics.shuffleBytesRead >= 0));
    const start = events.find((e) => e.event === "SparkListenerJobStart");
    assert.ok(start && start.event === "SparkListenerJobStart" && start.stageInfos[0]!.rddInfos.length >= 2, "stage infos carry the RDDs for the DAG view");
  } finally {
    await sc.stop();
  }
});

test("submitMapStage runs only the map side and reports bytes per reducer (for coalescing)", async () => {
  const sc = newContext("local[2]", { "spark.sql.shuffle.partitions": "200" });
  try {
    const pairs = sc.parallelize(Array.from({ length: 500 }, (_, i) => [i % 7, i] as [number, number]), 4).partitionBy(200);
    const dep = pairs.node.dependencies[0]!;
    assert.equal(dep.kind, "shuffle");
    if (dep.kind !== "shuffle") return;
    const stats = await sc.runtime.submitMapStage(dep);
    assert.equal(stats.bytesByPartitionId.length, 200);
    assert.equal(stats.bytesByPartitionId.filter((b) => b > 0).length, 7);
    // Coalesce the 200 reducers into one read of [0, 200): a custom RddNode over the same shuffle.
    const coalesced = new RDD<[number, number]>(sc, new RddNode(sc.runtime, { name: "AQEShuffleRead", numPartitions: 1, dependencies: [dep], build: (_p, b) => b.shuffle(dep, 0, 200) }));
    assert.equal(await coalesced.count(), 500);
    const counts = await sc.runtime.runJob<number>(pairs.node, builtinFn("count"));
    assert.equal(counts.reduce((a, b) => a + b), 500);
  } finally {
    await sc.stop();
  }
});

test("inline mode runs tasks on the driver thread with the live functions", async () => {
  const sc = newContext("local[2]", { "spark.faisca.inlineTasks": "true" });
  try {
    (globalThis as Record<string, unknown>).__faiscaDriverMarker = "driver";
    const seen = await sc.parallelize([1, 2], 2).map((x) => [x, (globalThis as Record<string, unknown>).__faiscaDriverMarker]).collect();
    assert.deepEqual(seen, [[1, "driver"], [2, "driver"]]);
    assert.deepEqual(sc.runtime.taskScheduler.executorIds, ["driver"]);
    const factor = 2;
    assert.throws(() => sc.parallelize([1]).map((x) => x * factor), /'factor'/, "the closure check also runs inline");
    assert.deepEqual((await sc.parallelize([["a", 1], ["a", 2]] as [string, number][]).reduceByKey((a, b) => a + b).collect()), [["a", 3]]);
  } finally {
    delete (globalThis as Record<string, unknown>).__faiscaDriverMarker;
    await sc.stop();
  }
});
