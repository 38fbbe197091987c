// Every RDD transformation and action, with expected values taken from PySpark 4.1 runs of the
// same programs where the answer is Spark's (partition placement, text splits, stats).

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SparkContext, HashPartitioner, StorageLevel, capture, ClosureError } from "../../src/rdd/index.js";

const sc = new SparkContext({ master: "local[2]", appName: "rdd-api", conf: { "spark.ui.showConsoleProgress": "false" } });
after(() => sc.stop());
const dir = mkdtempSync(join(tmpdir(), "faisca-rdd-"));
const sorted = <T>(a: T[]) => a.slice().sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));

test("parallelize slices, glom, getNumPartitions, range", async () => {
  assert.deepEqual(await sc.parallelize([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3).glom().collect(), [[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]);
  assert.equal(sc.parallelize([1, 2, 3]).getNumPartitions(), 2);
  assert.deepEqual(await sc.range(0, 10, 3, 2).glom().collect(), [[0, 3], [6, 9]]);
  assert.deepEqual(await sc.range(5).collect(), [0, 1, 2, 3, 4]);
  assert.deepEqual(await sc.emptyRDD().collect(), []);
  assert.equal(await sc.parallelize([], 4).count(), 0);
});

test("map, flatMap, filter, mapPartitions, mapPartitionsWithIndex, keyBy", async () => {
  const r = sc.parallelize([1, 2, 3, 4], 2);
  assert.deepEqual(await r.map((x) => x * x).collect(), [1, 4, 9, 16]);
  assert.deepEqual(await r.flatMap((x) => [x, -x]).collect(), [1, -1, 2, -2, 3, -3, 4, -4]);
  assert.deepEqual(await r.filter((x) => x % 2 === 0).collect(), [2, 4]);
  assert.deepEqual(await r.mapPartitions(function* (it) {
    let s = 0;
    for (const x of it) s += x;
    yield s;
  }).collect(), [3, 7]);
  assert.deepEqual(await r.mapPartitionsWithIndex((i, it) => [...it].map((x) => [i, x])).collect(), [[0, 1], [0, 2], [1, 3], [1, 4]]);
  assert.deepEqual(await r.keyBy((x) => x % 2).collect(), [[1, 1], [0, 2], [1, 3], [0, 4]]);
});

test("closures: free variables are refused by name, captures and broadcasts ship", async () => {
  const factor = 3;
  const r = sc.parallelize([1, 2, 3], 3);
  assert.throws(() => r.map((x) => x * factor), (e: unknown) => e instanceof ClosureError && /'factor'/.test(e.message) && /capture\(\{ factor \}/.test(e.message));
  assert.deepEqual(await r.map(capture({ factor }, (x: number) => x * factor)).collect(), [3, 6, 9]);
  const table = sc.broadcast(new Map([[1, "one"], [2, "two"], [3, "three"]]));
  assert.deepEqual(await r.map(capture({ table }, (x: number) => table.value.get(x))).collect(), ["one", "two", "three"]);
  const bound = ((x: number) => x).bind(null);
  assert.throws(() => r.map(bound), /cannot ship a bound function/);
  assert.throws(() => r.map(Math.abs), /cannot ship a native function/);
  function named(x: number) {
    return x + 1;
  }
  const obj = { inc(x: number) { return x + 100; } };
  assert.deepEqual(await r.map(named).collect(), [2, 3, 4]);
  assert.deepEqual(await r.map(obj.inc).collect(), [101, 102, 103]);
});

test("accumulators: long, double, collection and custom", async () => {
  const longAcc = sc.longAccumulator();
  const dbl = sc.doubleAccumulator();
  const col = sc.collectionAccumulator<number>();
  const setAcc = sc.accumulator(new Set<number>(), { zero: () => new Set(), addInPlace: (a, b) => new Set([...a, ...b]) });
  await sc.parallelize([1, 2, 3, 4], 2).foreach(capture({ longAcc, dbl, col, setAcc }, (x: number) => {
    longAcc.add(x);
    dbl.add(x / 2);
    col.add(x);
    setAcc.add(new Set([x % 2]));
  }));
  assert.equal(longAcc.value, 10);
  assert.equal(dbl.value, 5);
  assert.deepEqual(col.value.slice().sort(), [1, 2, 3, 4]);
  assert.deepEqual([...setAcc.value].sort(), [0, 1]);
});

test("distinct, union, intersection, subtract, cartesian, zip", async () => {
  const a = sc.parallelize([1, 2, 2, 3, 3, 3], 3);
  assert.deepEqual((await a.distinct().collect()).sort(), [1, 2, 3]);
  assert.equal(a.distinct().getNumPartitions(), 3);
  const u = sc.parallelize([1], 2).union(sc.parallelize([2], 3));
  assert.equal(u.getNumPartitions(), 5);
  assert.deepEqual(await u.collect(), [1, 2]);
  assert.deepEqual((await sc.parallelize([1, 2, 2, 3]).intersection(sc.parallelize([2, 3, 3, 4])).collect()).sort(), [2, 3]);
  assert.deepEqual((await sc.parallelize([1, 2, 2, 3]).subtract(sc.parallelize([2])).collect()).sort(), [1, 3]);
  const c = sc.parallelize([1, 2], 2).cartesian(sc.parallelize(["a", "b"], 2));
  assert.equal(c.getNumPartitions(), 4);
  assert.deepEqual(await c.collect(), [[1, "a"], [1, "b"], [2, "a"], [2, "b"]]);
  assert.deepEqual(await sc.parallelize([1, 2, 3], 2).zip(sc.parallelize(["x", "y", "z"], 2)).collect(), [[1, "x"], [2, "y"], [3, "z"]]);
  assert.throws(() => sc.parallelize([1], 2).zip(sc.parallelize([1], 3)), /same number of partitions/);
  await assert.rejects(sc.parallelize([1, 2], 2).zip(sc.parallelize([1, 2, 3], 2)).collect(), /same number of elements in each partition/);
});

test("zipWithIndex, zipWithUniqueId, sample, coalesce, repartition, groupBy, sortBy", async () => {
  const r = sc.parallelize([0, 1, 2, 3, 4, 5, 6], 3);
  assert.deepEqual(await r.zipWithIndex().collect(), [0, 1, 2, 3, 4, 5, 6].map((x) => [x, x]));
  assert.deepEqual(await r.zipWithUniqueId().collect(), [[0, 0], [1, 3], [2, 1], [3, 4], [4, 2], [5, 5], [6, 8]]);
  const s = await sc.range(1000, undefined, 1, 4).sample(false, 0.1, 7).collect();
  assert.ok(s.length > 50 && s.length < 150, `sample size ${s.length}`);
  assert.deepEqual(await sc.range(1000, undefined, 1, 4).sample(false, 0.1, 7).collect(), s, "same seed, same sample");
  assert.deepEqual(await sc.parallelize([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5).coalesce(2).glom().collect(), [[0, 1, 2, 3], [4, 5, 6, 7, 8, 9]]);
  const rep = sc.parallelize(Array.from({ length: 100 }, (_, i) => i), 2).repartition(5);
  assert.equal(rep.getNumPartitions(), 5);
  const sizes = await rep.glom().map((p) => p.length).collect();
  assert.equal(sizes.reduce((a, b) => a + b), 100);
  assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 2, `balanced: ${sizes}`);
  assert.deepEqual(sorted(await sc.parallelize([1, 2, 3, 4, 5]).groupBy((x) => x % 2).mapValues((v) => v.sort()).collect()), [[0, [2, 4]], [1, [1, 3, 5]]]);
  assert.deepEqual(await sc.parallelize(["bb", "a", "ccc", "dddd"], 3).sortBy((s) => s.length, false).collect(), ["dddd", "ccc", "bb", "a"]);
});

test("pipe runs a command per partition", async () => {
  assert.deepEqual(await sc.parallelize(["b", "a", "c", "d"], 2).pipe("sort -r").collect(), ["b", "a", "d", "c"]);
});

test("pair functions", async () => {
  const kv = sc.parallelize([["a", 1], ["b", 2], ["a", 3]] as [string, number][], 2);
  assert.deepEqual(sorted(await kv.reduceByKey((x, y) => x + y).collect()), [["a", 4], ["b", 2]]);
  assert.deepEqual(sorted(await kv.groupByKey().mapValues((v) => v.sort()).collect()), [["a", [1, 3]], ["b", [2]]]);
  assert.deepEqual(sorted(await kv.foldByKey(10, (x, y) => x + y).collect()), [["a", 24], ["b", 12]]);
  assert.deepEqual(sorted(await kv.aggregateByKey(100, (x, y) => x + y, (x, y) => x + y).collect()), [["a", 204], ["b", 102]]);
  assert.deepEqual(sorted(await kv.combineByKey((v) => [v], (c: number[], v) => [...c, v], (x, y) => [...x, ...y]).mapValues((v) => v.sort()).collect()), [["a", [1, 3]], ["b", [2]]]);
  assert.deepEqual(await kv.sortByKey().collect(), [["a", 1], ["a", 3], ["b", 2]]);
  assert.deepEqual((await kv.sortByKey(false).collect()).map(([k]) => k), ["b", "a", "a"]);
  assert.deepEqual(Object.fromEntries(await kv.countByKey()), { a: 2, b: 1 });
  assert.deepEqual([...(await sc.parallelize([1, 2, 1, 3, 1]).countByValue())].sort(), [[1, 3], [2, 1], [3, 1]]);
  assert.deepEqual(await kv.mapValues((v) => v * 10).collect(), [["a", 10], ["b", 20], ["a", 30]]);
  assert.deepEqual(await kv.flatMapValues((v) => [v, v]).keys().collect(), ["a", "a", "b", "b", "a", "a"]);
  assert.deepEqual(await kv.values().collect(), [1, 2, 3]);
  assert.deepEqual((await kv.lookup("a")).sort(), [1, 3]);
  const other = sc.parallelize([["b", "x"], ["c", "y"]] as [string, string][]);
  const left = sc.parallelize([["a", 1], ["b", 2]] as [string, number][]);
  assert.deepEqual(sorted(await left.join(other).collect()), [["b", [2, "x"]]]);
  assert.deepEqual(sorted(await left.leftOuterJoin(other).collect()), [["a", [1, null]], ["b", [2, "x"]]]);
  assert.deepEqual(sorted(await left.rightOuterJoin(other).collect()), [["b", [2, "x"]], ["c", [null, "y"]]]);
  assert.deepEqual(sorted(await left.fullOuterJoin(other).collect()), [["a", [1, null]], ["b", [2, "x"]], ["c", [null, "y"]]]);
  assert.deepEqual(sorted(await left.cogroup(other).collect()), [["a", [[1], []]], ["b", [[2], ["x"]]], ["c", [[], ["y"]]]]);
  assert.deepEqual(await left.subtractByKey(other).collect(), [["a", 1]]);
  const collected = await left.collectAsMap();
  assert.equal(collected.get("b"), 2);
});

test("partitionBy places int keys where PySpark does (Python hash, -1 → -2)", async () => {
  const kv = sc.parallelize(Array.from({ length: 10 }, (_, i) => [i, i] as [number, number]), 2);
  const p = kv.partitionBy(3);
  assert.deepEqual(await p.glom().map((part) => part.map(([k]) => k)).collect(), [[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]]);
  assert.deepEqual(await sc.parallelize([[-1, 0], [-2, 0], [-3, 0]] as [number, number][], 1).partitionBy(new HashPartitioner(3)).glom().map((x) => x.map(([k]) => k)).collect(), [[-3], [-1, -2], []]);
  assert.equal(p.partitionBy(3), p, "same partitioner: no shuffle");
});

test("keys compare by value: tuples, bigints, dates, -0.0 and NaN", async () => {
  const kv = sc.parallelize([
    [[1, "a"], 1], [[1, "a"], 2], [[1, "b"], 4],
    [5n, 1], [5n, 1],
    [new Date(0), 1], [new Date(0), 1],
    [0, 1], [-0, 1], [NaN, 1], [NaN, 1],
  ] as [unknown, number][], 3);
  const out = await kv.reduceByKey((a, b) => a + b, 4).collect();
  assert.equal(out.length, 6);
  const find = (pred: (k: unknown) => boolean) => out.find(([k]) => pred(k))![1];
  assert.equal(find((k) => Array.isArray(k) && k[1] === "a"), 3);
  assert.equal(find((k) => k === 5n), 2);
  assert.equal(find((k) => k instanceof Date), 2);
  assert.equal(find((k) => k === 0), 2);
  assert.equal(find((k) => Number.isNaN(k)), 2);
});

test("actions: first, take, takeOrdered, top, reduce, fold, aggregate, isEmpty, max, min, stats", async () => {
  const r = sc.parallelize([3, 1, 4, 1, 5, 9, 2, 6], 2);
  assert.equal(await r.first(), 3);
  assert.deepEqual(await r.take(3), [3, 1, 4]);
  assert.deepEqual(await sc.parallelize([1, 2, 3], 3).take(10), [1, 2, 3]);
  assert.deepEqual(await r.top(3), [9, 6, 5]);
  assert.deepEqual(await r.takeOrdered(3, (x) => -x), [9, 6, 5]);
  assert.deepEqual(await r.takeOrdered(2), [1, 1]);
  assert.equal(await r.reduce((a, b) => a + b), 31);
  assert.equal(await sc.parallelize([1, 2, 3], 3).fold(10, (a, b) => a + b), 46);
  assert.deepEqual(await sc.parallelize([1, 2, 3, 4], 2).aggregate([0, 0], (a, x) => [a[0]! + x, a[1]! + 1], (a, b) => [a[0]! + b[0]!, a[1]! + b[1]!]), [10, 4]);
  assert.equal(await r.isEmpty(), false);
  assert.equal(await sc.emptyRDD().isEmpty(), true);
  await assert.rejects(sc.parallelize([]).reduce((a) => a), /Can not reduce\(\) empty RDD/);
  await assert.rejects(sc.parallelize([]).first(), /RDD is empty/);
  assert.equal(await r.max(), 9);
  assert.equal(await r.min(), 1);
  assert.equal(await sc.parallelize([]).map((x) => x as number).sum(), 0);
  const st = await sc.parallelize([1.0, 2.0, 3.0, 4.0]).stats();
  assert.equal(String(st), "(count: 4, mean: 2.5, stdev: 1.118033988749895, max: 4.0, min: 1.0)");
  assert.equal(await sc.parallelize([1, 2, 3, 4]).sampleStdev(), 1.2909944487358056);
  assert.deepEqual(await sc.range(51).histogram(2), [[0, 25, 50], [25, 26]]);
  assert.deepEqual(await sc.parallelize([1, 2, 1, 5, 9, 10]).histogram([0, 5, 10]), [[0, 5, 10], [3, 3]]);
  const it: number[] = [];
  for await (const x of sc.parallelize([1, 2, 3], 2).toLocalIterator()) it.push(x);
  assert.deepEqual(it, [1, 2, 3]);
  const seen = sc.collectionAccumulator<number>();
  await sc.parallelize([1, 2, 3], 2).foreachPartition(capture({ seen }, (p: Iterable<number>) => seen.add([...p].length)));
  assert.deepEqual(seen.value.sort(), [1, 2]);
});

test("textFile splits at line boundaries like Hadoop, wholeTextFiles, saveAsTextFile", async () => {
  const lines = Array.from({ length: 100 }, (_, i) => `line ${i} ${"x".repeat(i % 7)}`);
  const file = join(dir, "t.txt");
  writeFileSync(file, lines.join("\n") + "\n");
  const t3 = sc.textFile(file, 3);
  assert.equal(t3.getNumPartitions(), 3);
  assert.deepEqual(await t3.glom().map((p) => p.length).collect(), [35, 33, 32]);
  assert.deepEqual(await sc.textFile(`file://${file}`, 7).glom().map((p) => p.length).collect(), [16, 14, 14, 14, 14, 14, 14]);
  assert.deepEqual(await t3.collect(), lines);
  assert.equal(sc.textFile(file).getNumPartitions(), 2);
  assert.throws(() => sc.textFile("hdfs://cluster/data.txt"), /Scheme "hdfs" is not supported locally .* remote Spark session/);
  assert.throws(() => sc.textFile(join(dir, "missing.txt")), /Input path does not exist: file:/);
  const a = join(dir, "a.txt");
  writeFileSync(a, "hello\nworld\n");
  assert.deepEqual(await sc.wholeTextFiles(a).collect(), [[`file:${a}`, "hello\nworld\n"]]);
  const out = join(dir, "out");
  await sc.parallelize([["a", 1], ["b", 2], ["c", 3]], 2).saveAsTextFile(out);
  assert.deepEqual(readdirSync(out).sort(), ["_SUCCESS", "part-00000", "part-00001"]);
  assert.equal(readFileSync(join(out, "part-00000"), "utf8"), "(a,1)\n");
  assert.equal(readFileSync(join(out, "part-00001"), "utf8"), "(b,2)\n(c,3)\n");
  await assert.rejects(sc.parallelize([1]).saveAsTextFile(out), /Output directory file:.* already exists/);
  assert.deepEqual(await sc.textFile(join(dir, "out", "part-*")).collect(), ["(a,1)", "(b,2)", "(c,3)"]);
});

test("word count end to end", async () => {
  const file = join(dir, "book.txt");
  writeFileSync(file, "O rato roeu a roupa\ndo rei de Roma\n\no rato\n");
  const counts = sc.textFile(file)
    .flatMap((line) => line.split(/\s+/))
    .filter((w) => w.length > 0)
    .map((w) => [w.toLowerCase(), 1] as [string, number])
    .reduceByKey((a, b) => a + b)
    .sortBy(([w, n]) => [-n, w]);
  assert.deepEqual(await counts.take(3), [["o", 2], ["rato", 2], ["a", 1]]);
  assert.equal(await counts.count(), 9);
});

test("persist, cache, unpersist, storage levels and lineage string", async () => {
  const r = sc.parallelize([1, 2, 3], 2).map((x) => x + 1).setName("plusOne");
  assert.equal(r.getStorageLevel().useMemory, false);
  r.cache();
  assert.equal(r.getStorageLevel().useMemory, true);
  assert.equal(r.getStorageLevel().deserialized, true);
  assert.deepEqual(await r.collect(), [2, 3, 4]);
  assert.throws(() => r.persist(StorageLevel.DISK_ONLY), /Cannot change storage level/);
  r.unpersist();
  assert.equal(r.getStorageLevel().useMemory, false);
  const dbg = r.map((x) => [x, 1] as [number, number]).reduceByKey((a, b) => a + b).toDebugString();
  assert.match(dbg, /^\(2\) ShuffledRDD\[\d+\] at reduceByKey at rdd-api\.test\.ts:\d+ \[\]\n \+-\(2\) MapPartitionsRDD/);
  assert.match(dbg, /plusOne\[\d+\] at map at rdd-api\.test\.ts/);
});
