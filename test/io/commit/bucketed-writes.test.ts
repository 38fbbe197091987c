// maxRecordsPerFile and bucketBy/sortBy writes; expected files, buckets and errors are what
// PySpark 4.1.1 produces for the same DataFrames.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SparkSession } from "../../../src/index.js";

const warehouse = mkdtempSync(join(tmpdir(), "faisca-bucket-wh-"));
const spark = SparkSession.builder.master("local[1]").config("spark.sql.session.timeZone", "UTC").config("spark.sql.warehouse.dir", warehouse).create();
const out = mkdtempSync(join(tmpdir(), "faisca-maxrec-"));

const tenRows = () => spark.createDataFrame(Array.from({ length: 10 }, (_, i) => [i, `k${i % 3}`, i * 1.5]), "a int, b string, c double");
const dataFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith("part-")).sort();
const strip = (f: string) => f.replace(/^part-(\d{5})-[0-9a-f-]{36}/, "part-$1-<uuid>");

async function rowsOf(path: string, format = "parquet"): Promise<unknown[][]> {
  return (await spark.read.format(format).load(path).collect()).map((r) => [...r.values]);
}

async function errorOf(f: () => Promise<unknown>): Promise<string> {
  try {
    await f();
  } catch (e) {
    const err = e as { errorClass?: string; message: string };
    // Class and Spark's message text (Spark prints _LEGACY_ERROR_TEMP messages without the
    // "[class] " prefix; our errors always carry it, so it is compared apart).
    return `${err.errorClass ?? ""} ${err.message.split("\n")[0]!.replace(`[${err.errorClass}] `, "")}`;
  }
  return "no error";
}

test("maxRecordsPerFile rolls a task's output over to c001, c002, ...", async () => {
  const p = join(out, "m");
  await tenRows().coalesce(1).write.option("maxRecordsPerFile", 3).parquet(p);
  const files = dataFiles(p);
  assert.deepEqual(files.map(strip), [0, 1, 2, 3].map((c) => `part-00000-<uuid>-c00${c}.snappy.parquet`));
  assert.deepEqual(await Promise.all(files.map(async (f) => (await rowsOf(join(p, f))).length)), [3, 3, 3, 1]);
  assert.deepEqual((await rowsOf(p)).map((r) => r[0]).sort((x, y) => Number(x) - Number(y)), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test("maxRecordsPerFile 0 or negative means no limit", async () => {
  for (const n of [0, -1]) {
    const p = join(out, `nolimit${n}`);
    await tenRows().coalesce(1).write.option("maxRecordsPerFile", n).json(p);
    assert.equal(dataFiles(p).length, 1);
  }
});

test("spark.sql.files.maxRecordsPerFile applies per partition directory", async () => {
  spark.conf.set("spark.sql.files.maxRecordsPerFile", "3");
  try {
    const p = join(out, "m2");
    await tenRows().coalesce(1).write.partitionBy("b").csv(p);
    // k0 holds 0,3,6,9 (two files); k1 and k2 three rows each (one file).
    assert.deepEqual(dataFiles(join(p, "b=k0")).map(strip), ["part-00000-<uuid>-c000.csv", "part-00000-<uuid>-c001.csv"]);
    assert.equal(dataFiles(join(p, "b=k1")).length, 1);
    assert.equal(dataFiles(join(p, "b=k2")).length, 1);
  } finally {
    spark.conf.unset("spark.sql.files.maxRecordsPerFile");
  }
});

test("bucketBy writes one file per bucket named _<bucket> with Spark's murmur3 bucket ids", async () => {
  await spark.createDataFrame(Array.from({ length: 10 }, (_, i) => [i]), "a int").coalesce(1).write.bucketBy(4, "a").saveAsTable("tbi");
  const dir = join(warehouse, "tbi");
  const files = dataFiles(dir);
  assert.deepEqual(files.map(strip), [1, 2, 3].map((b) => `part-00000-<uuid>_0000${b}.c000.snappy.parquet`));
  const got = await Promise.all(files.map(async (f) => (await rowsOf(join(dir, f))).map((r) => r[0])));
  assert.deepEqual(got, [[6, 9], [2, 4, 5], [0, 1, 3, 7, 8]]);
  assert.equal(await spark.table("tbi").count(), 10);
});

test("bucket ids over several columns skip nulls as Spark's hash does", async () => {
  await spark.createDataFrame([["x", null], ["y", 1n], [null, 2n]], "s string, n long").coalesce(1).write.bucketBy(3, "s", "n").saveAsTable("tbs");
  const dir = join(warehouse, "tbs");
  const files = dataFiles(dir);
  assert.deepEqual(files.map((f) => f.slice(-24)), ["_00001.c000.snappy.parquet", "_00002.c000.snappy.parquet"].map((s) => s.slice(-24)));
  assert.deepEqual(await rowsOf(join(dir, files[0]!)), [["y", 1n]]);
  assert.deepEqual(await rowsOf(join(dir, files[1]!)), [["x", null], [null, 2n]]);
});

test("bucketBy with partitionBy and maxRecordsPerFile; sortBy sorts each bucket file", async () => {
  await tenRows().coalesce(1).write.bucketBy(2, "a").option("maxRecordsPerFile", 2).saveAsTable("tbm");
  assert.deepEqual(dataFiles(join(warehouse, "tbm")).map((f) => f.slice(f.indexOf("_0"))), [
    "_00000.c000.snappy.parquet", "_00000.c001.snappy.parquet",
    "_00001.c000.snappy.parquet", "_00001.c001.snappy.parquet", "_00001.c002.snappy.parquet", "_00001.c003.snappy.parquet",
  ]);
  await tenRows().coalesce(1).write.partitionBy("b").bucketBy(2, "a").saveAsTable("tpb");
  const dirs = readdirSync(join(warehouse, "tpb")).filter((d) => d.startsWith("b=")).sort();
  assert.deepEqual(dirs.map((d) => [d, dataFiles(join(warehouse, "tpb", d)).map((f) => f.slice(f.indexOf("_0"), f.indexOf("_0") + 6))]), [
    ["b=k0", ["_00001"]], ["b=k1", ["_00000", "_00001"]], ["b=k2", ["_00000", "_00001"]],
  ]);
  await tenRows().orderBy("c").coalesce(1).write.bucketBy(2, "b").sortBy("a").saveAsTable("tsorted");
  for (const f of dataFiles(join(warehouse, "tsorted"))) {
    const a = (await rowsOf(join(warehouse, "tsorted", f))).map((r) => r[0] as number);
    assert.deepEqual(a, [...a].sort((x, y) => x - y));
  }
});

test("DESCRIBE EXTENDED and SHOW CREATE TABLE show the bucket spec", async () => {
  await tenRows().repartition(2).write.bucketBy(4, "a").sortBy("c").saveAsTable("tb");
  const rows = (await spark.sql("DESCRIBE EXTENDED tb").collect()).map((r) => [r.values[0], r.values[1]]);
  const at = rows.findIndex((r) => r[0] === "Provider");
  assert.deepEqual(rows.slice(at, at + 5), [["Provider", "parquet"], ["Num Buckets", "4"], ["Bucket Columns", "[`a`]"], ["Sort Columns", "[`c`]"], ["Location", `file:${join(warehouse, "tb")}`]]);
  const ddl = String((await spark.sql("SHOW CREATE TABLE tb").collect())[0]!.values[0]);
  assert.match(ddl, /CLUSTERED BY \(a\)\nSORTED BY \(c\)\nINTO 4 BUCKETS/);
  await spark.createDataFrame([[100, "k9", 0.5]], "a int, b string, c double").coalesce(1).write.mode("append").saveAsTable("tb");
  assert.ok(dataFiles(join(warehouse, "tb")).every((f) => /_0000\d\.c000\.snappy\.parquet$/.test(f)), "appends keep bucketing");
});

test("bucketing errors as Spark raises them", async () => {
  const df = tenRows();
  assert.equal(await errorOf(() => df.write.bucketBy(4, "a").parquet(join(out, "x"))), "_LEGACY_ERROR_TEMP_1312 'save' does not support bucketBy right now.");
  assert.equal(await errorOf(() => df.write.bucketBy(4, "a").sortBy("c").save(join(out, "x2"))), "_LEGACY_ERROR_TEMP_1313 'save' does not support bucketBy and sortBy right now.");
  assert.equal(await errorOf(() => df.write.sortBy("c").saveAsTable("t0")), "SORT_BY_WITHOUT_BUCKETING sortBy must be used together with bucketBy. SQLSTATE: 42601");
  assert.equal(await errorOf(() => df.write.sortBy("c").parquet(join(out, "x3"))), "SORT_BY_WITHOUT_BUCKETING sortBy must be used together with bucketBy. SQLSTATE: 42601");
  await df.write.saveAsTable("tins");
  assert.equal(await errorOf(() => df.write.bucketBy(2, "a").insertInto("tins")), "_LEGACY_ERROR_TEMP_1312 'insertInto' does not support bucketBy right now.");
  assert.equal(
    await errorOf(() => df.write.bucketBy(0, "a").saveAsTable("tz")),
    "INVALID_BUCKET_COUNT Number of buckets should be greater than 0 but less than or equal to bucketing.maxBuckets (`100000`). Got `0`. SQLSTATE: 22003",
  );
  assert.equal(
    await errorOf(() => df.write.bucketBy(2, "zz").saveAsTable("tu")),
    "COLUMN_NOT_DEFINED_IN_TABLE bucket column `zz` is not defined in table `spark_catalog`.`default`.`tu`, defined table columns are: `a`, `b`, `c`. SQLSTATE: 42703",
  );
  assert.equal(await errorOf(() => df.write.partitionBy("a").bucketBy(2, "a").saveAsTable("tov")), "_LEGACY_ERROR_TEMP_1166 Bucketing column 'a' should not be part of partition columns 'a'.");
  assert.equal(await errorOf(() => df.write.partitionBy("b").bucketBy(2, "a").sortBy("b").saveAsTable("tov2")), "_LEGACY_ERROR_TEMP_1167 Bucket sorting column 'b' should not be part of partition columns 'b'.");
});
