// The spill path: with a tiny executor memory budget, reduceByKey / groupByKey / sortByKey spill
// sorted runs to disk and merge them, giving the same answers as with plenty of memory.

import { test } from "node:test";
import assert from "node:assert/strict";
import { newContext, recordEvents } from "./helpers.js";
import type { SparkContext } from "../../src/rdd/spark-context.js";

async function run(sc: SparkContext) {
  const n = 60_000;
  const data = sc.range(n, undefined, 1, 2).map((i) => [`key-${(i * 7919) % 20_000}`, i] as [string, number]);
  const reduced = (await data.reduceByKey((a, b) => a + b, 3).collect()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const grouped = (await data.groupByKey(3).mapValues((vs) => vs.length * 1e9 + vs.reduce((a, b) => a + b, 0)).collect()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const sortedKeys = await data.sortByKey(true, 3).keys().collect();
  return { reduced, grouped, sortedKeys };
}

test("a job over data larger than the memory budget spills and gives identical results", async () => {
  const roomy = newContext("local[1]", { "spark.executor.memory": "1g" });
  let expected;
  try {
    expected = await run(roomy);
  } finally {
    await roomy.stop();
  }
  const tight = newContext("local[1]", { "spark.executor.memory": "3m" });
  const events = recordEvents(tight);
  try {
    const got = await run(tight);
    assert.equal(got.reduced.length, 20_000);
    assert.deepEqual(got.reduced, expected.reduced);
    assert.deepEqual(got.grouped, expected.grouped);
    assert.deepEqual(got.sortedKeys, expected.sortedKeys);
    const sortedCopy = got.sortedKeys.slice().sort();
    assert.deepEqual(got.sortedKeys, sortedCopy);
    await tight.runtime.bus.waitUntilEmpty();
    const spilled = events.reduce((s, e) => s + (e.event === "SparkListenerTaskEnd" ? e.taskMetrics.diskBytesSpilled : 0), 0);
    assert.ok(spilled > 0, "tasks spilled to disk");
  } finally {
    await tight.stop();
  }
});
