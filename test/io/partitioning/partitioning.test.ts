// Partition directory names and inferred types are what PySpark 4.1 writes and infers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { StructType, StructField, IntegerType, StringType, TimestampType, DateType, DoubleType } from "../../../src/types/data-type.js";
import { escapePathName, partitionDirName, unescapePathName } from "../../../src/io/partitioning/path-escaping.js";
import { inferPartitionValueType } from "../../../src/io/partitioning/partition-values.js";
import { simpleString } from "../../../src/io/formats/common/type-names.js";
import { writeFiles } from "../../../src/io/commit/write-files.js";
import { asyncOf, batchOf, readAll, sortRows, tempDir, writeTree } from "../helpers.js";

test("partition directory names escape special characters; null and empty are the Hive default", () => {
  assert.equal(partitionDirName("s", "a b"), "s=a b");
  assert.equal(partitionDirName("s", "a/b"), "s=a%2Fb");
  assert.equal(partitionDirName("s", "a:b"), "s=a%3Ab");
  assert.equal(partitionDirName("s", "a=b"), "s=a%3Db");
  assert.equal(partitionDirName("s", "a%b"), "s=a%25b");
  assert.equal(partitionDirName("q", 'a"b'), "q=a%22b");
  assert.equal(partitionDirName("s", null), "s=__HIVE_DEFAULT_PARTITION__");
  assert.equal(partitionDirName("s", ""), "s=__HIVE_DEFAULT_PARTITION__");
  for (const v of ["a/b", "x%y", "{[^]}", "tab\there", "ação"]) assert.equal(unescapePathName(escapePathName(v)), v);
});

const valueTypes: [string, string][] = [
  ["1", "int"], ["10000000000", "bigint"], ["1.5", "double"], ["2020-01-01", "date"], ["2020-01-01 10:00:00", "timestamp"],
  ["x", "string"], ["99999999999999999999", "decimal(20,0)"], ["1e3", "decimal(4,0)"], ["true", "string"], ["01", "int"],
];
for (const [raw, type] of valueTypes) {
  test(`partition value '${raw}' infers ${type}`, () => {
    assert.equal(simpleString(inferPartitionValueType(raw, true)), type);
  });
}

test("discovery reads col=value directories with typed columns, nulls and unescaping", async () => {
  const dir = writeTree(tempDir(), {
    "a=3/f.csv": "1\n",
    "a=__HIVE_DEFAULT_PARTITION__/f.csv": "2\n",
  });
  const r = await readAll(dir, "csv");
  assert.equal(r.schema, "struct<_c0:string,a:int>");
  assert.deepEqual(sortRows(r.rows), [["1", 3], ["2", null]]);
  const mixed = writeTree(tempDir(), { "a=1/f.csv": "1\n", "a=1.5/f.csv": "1\n", "a=2020-01-01/f.csv": "1\n" });
  assert.equal((await readAll(mixed, "csv")).schema, "struct<_c0:string,a:string>");
  const widen = writeTree(tempDir(), { "a=1/f.csv": "1\n", "a=1.5/f.csv": "1\n" });
  assert.equal((await readAll(widen, "csv")).schema, "struct<_c0:string,a:double>");
});

test("basePath keeps partition columns when reading a single partition directory", async () => {
  const dir = writeTree(tempDir(), { "y=2024/m=1/f.csv": "a\n", "y=2024/m=2/f.csv": "b\n" });
  const plain = await readAll(join(dir, "y=2024", "m=1"), "csv");
  assert.equal(plain.schema, "struct<_c0:string>");
  const based = await readAll(join(dir, "y=2024", "m=1"), "csv", { basePath: dir });
  assert.equal(based.schema, "struct<_c0:string,y:int,m:int>");
  assert.deepEqual(based.rows, [["a", 2024, 1]]);
});

test("conflicting directory structures are rejected", async () => {
  const dir = writeTree(tempDir(), { "a=1/f.csv": "1\n", "b=1/f.csv": "1\n" });
  await assert.rejects(readAll(dir, "csv"), /Conflicting directory structures detected/);
});

test("partitionBy writes escaped col=value directories that read back with the same values", async () => {
  const s = StructType([StructField("i", IntegerType()), StructField("s", StringType())]);
  const out = join(tempDir(), "p");
  const rows = [[1, "a b"], [2, "a/b"], [3, "a:b"], [4, "a=b"], [5, "a%b"], [6, null], [7, ""]];
  await writeFiles({ path: out, format: "csv", schema: s, partitionBy: ["s"], partitions: [asyncOf(batchOf(s, rows))] });
  assert.deepEqual(readdirSync(out).sort(), ["_SUCCESS", "s=__HIVE_DEFAULT_PARTITION__", "s=a b", "s=a%25b", "s=a%2Fb", "s=a%3Ab", "s=a%3Db"]);
  const back = await readAll(out, "csv", {}, StructType([StructField("i", IntegerType()), StructField("s", StringType())]));
  assert.deepEqual(sortRows(back.rows), sortRows([[1, "a b"], [2, "a/b"], [3, "a:b"], [4, "a=b"], [5, "a%b"], [6, null], [7, null]]));
});

test("timestamp, date and double partition values are written as Spark casts them to string", async () => {
  const s = StructType([StructField("i", IntegerType()), StructField("ts", TimestampType()), StructField("d", DateType()), StructField("x", DoubleType())]);
  const out = join(tempDir(), "p");
  await writeFiles({ path: out, format: "csv", options: { timeZone: "UTC" }, schema: s, partitionBy: ["ts", "d", "x"], partitions: [asyncOf(batchOf(s, [[1, 1577872800000000n, 18263, 1.5]]))] });
  assert.deepEqual(readdirSync(out).sort(), ["_SUCCESS", "ts=2020-01-01 10%3A00%3A00"]);
  assert.deepEqual(readdirSync(join(out, "ts=2020-01-01 10%3A00%3A00")), ["d=2020-01-02"]);
  assert.deepEqual(readdirSync(join(out, "ts=2020-01-01 10%3A00%3A00", "d=2020-01-02")), ["x=1.5"]);
  const back = await readAll(out, "csv");
  assert.equal(back.schema, "struct<_c0:string,ts:timestamp,d:date,x:double>");
  assert.deepEqual(back.rows, [["1", 1577872800000000n, 18263, 1.5]]);
});
