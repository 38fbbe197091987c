// randomSplit, takeSample, sampleByKey and the approximate actions; expectations from PySpark 4.1
// runs (sizes, errors, exact values); the random draws themselves differ from PySpark's.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { SparkContext } from "../../src/rdd/index.js";

const sc = new SparkContext({ master: "local[2]", appName: "rdd-sampling", conf: { "spark.ui.showConsoleProgress": "false" } });
after(() => sc.stop());
const nums = (a: number[]) => a.slice().sort((x, y) => x - y);

test("randomSplit: disjoint, complete, sized by weight, deterministic per seed", async () => {
  const r = sc.parallelize(Array.from({ length: 10_000 }, (_, i) => i), 4);
  const splits = r.randomSplit([1, 3], 7);
  const [a, b] = await Promise.all(splits.map((s) => s.collect()));
  assert.equal(a!.length + b!.length, 10_000);
  assert.deepEqual(nums([...a!, ...b!]), Array.from({ length: 10_000 }, (_, i) => i));
  assert.ok(Math.abs(a!.length - 2500) < 200, `first split has ${a!.length}`);
  assert.deepEqual(await r.randomSplit([1, 3], 7)[0]!.collect(), a);
  assert.notDeepEqual(await r.randomSplit([1, 3], 8)[0]!.collect(), a);
  const three = await Promise.all(r.randomSplit([0.5, 0.25, 0.25], 1).map((s) => s.count()));
  assert.equal(three.reduce((x, y) => x + y), 10_000);
  assert.equal(r.randomSplit([2, 2])[0]!.getNumPartitions(), 4);
  assert.throws(() => r.randomSplit([1, -1]), { message: "Weights must be nonnegative" });
  assert.throws(() => r.randomSplit([0, 0]), { message: "Sum of weights must be positive" });
});

test("takeSample: sizes, replacement, everything when asked for more, seeds", async () => {
  const r = sc.parallelize(Array.from({ length: 100 }, (_, i) => i), 4);
  const five = await r.takeSample(false, 5, 1);
  assert.equal(new Set(five).size, 5);
  assert.deepEqual(await r.takeSample(false, 5, 1), five);
  assert.deepEqual(nums(await r.takeSample(false, 200, 1)), Array.from({ length: 100 }, (_, i) => i));
  const withRepl = await sc.parallelize([0, 1, 2, 3, 4], 2).takeSample(true, 20, 1);
  assert.equal(withRepl.length, 20);
  assert.ok(withRepl.every((x) => x >= 0 && x < 5));
  assert.deepEqual(await r.takeSample(false, 0, 1), []);
  assert.deepEqual(await sc.parallelize([], 2).takeSample(true, 20, 1), []);
  await assert.rejects(r.takeSample(false, -1, 1), { message: "Sample size cannot be negative." });
});

test("sampleByKey keeps each key with its fraction", async () => {
  const pairs = [...Array.from({ length: 50 }, (_, i) => ["a", i]), ...Array.from({ length: 50 }, (_, i) => ["b", i])] as [string, number][];
  const r = sc.parallelize(pairs, 2);
  const kept = await r.sampleByKey(false, { a: 1.0, b: 0.0 }, 3).collect();
  assert.deepEqual(kept, pairs.slice(0, 50));
  const half = await r.sampleByKey(false, new Map([["a", 0.5], ["b", 0.5]]), 3).count();
  assert.ok(half > 20 && half < 80, `kept ${half}`);
  assert.throws(() => r.sampleByKey(false, { a: -1 }), { message: "Negative fraction value: -1.0" });
});

test("countApproxDistinct within its relative error; countApprox/sumApprox/meanApprox exact", async () => {
  const est = await sc.parallelize(Array.from({ length: 100_000 }, (_, i) => i), 4).countApproxDistinct();
  assert.ok(Math.abs(est - 100_000) / 100_000 < 0.05, `estimate ${est}`);
  const words = await sc.parallelize(Array.from({ length: 20_000 }, (_, i) => `w${i % 5000}`), 3).countApproxDistinct(0.01);
  assert.ok(Math.abs(words - 5000) / 5000 < 0.03, `estimate ${words}`);
  assert.equal(await sc.parallelize([1, 2, 2, 3, 3, 3, "a", "a"], 2).countApproxDistinct(), 4);
  assert.equal(await sc.parallelize([[1, "x"], [1, "x"], [2, "x"]], 2).countApproxDistinct(), 2);
  await assert.rejects(sc.parallelize([1]).countApproxDistinct(0.000001), { message: "relativeSD should be greater than 0.000017" });
  const r = sc.parallelize(Array.from({ length: 100 }, (_, i) => i), 4);
  assert.equal(await r.countApprox(1000), 100);
  assert.equal(await r.countApprox(1000, 1.5), 100);
  assert.equal(await r.sumApprox(1000), 4950);
  assert.equal(await r.meanApprox(1000), 49.5);
});

test("reduceByKeyLocally and repartitionAndSortWithinPartitions", async () => {
  const m = await sc.parallelize([["a", 1], ["b", 2], ["a", 3]] as [string, number][], 2).reduceByKeyLocally((x, y) => x + y);
  assert.deepEqual([...m].sort(), [["a", 4], ["b", 2]]);
  const tuples = await sc.parallelize([[[1, 2], 1], [[1, 2], 5]] as [number[], number][], 2).reduceByKeyLocally((x, y) => x + y);
  assert.deepEqual([...tuples], [[[1, 2], 6]]);
  const kv = [[5, "e"], [1, "a"], [4, "d"], [2, "b"], [3, "c"], [0, "z"]] as [number, string][];
  assert.deepEqual(await sc.parallelize(kv, 2).repartitionAndSortWithinPartitions(2).glom().collect(), [
    [[0, "z"], [2, "b"], [4, "d"]],
    [[1, "a"], [3, "c"], [5, "e"]],
  ]);
  assert.deepEqual(await sc.parallelize(kv, 2).repartitionAndSortWithinPartitions(2, false).glom().collect(), [
    [[4, "d"], [2, "b"], [0, "z"]],
    [[5, "e"], [3, "c"], [1, "a"]],
  ]);
});
