// Reader features: column pruning (top-level and inside structs), missing columns, splits by
// row-group midpoint, row-group skipping from statistics, mergeSchema, type widening, and the
// errors for corrupt files and mismatched schemas.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import {
  ArrayType, DoubleType, IntegerType, LongType, StringType, StructField, StructType,
} from "../../../src/types/data-type.js";
import type { Batch } from "../../../src/exec/batch/column-vector.js";
import { parquetFormat } from "../../../src/io/formats/parquet/format.js";
import { readFooter } from "../../../src/io/formats/parquet/footer.js";
import { selectRowGroups, type ParquetFilter } from "../../../src/io/formats/parquet/stats-filter.js";
import { batchesToRows, fixture } from "./expected.js";
import { batchOf, fs, readParquet, tempDir, writeParquet } from "./helpers.js";

const schema = StructType([
  StructField("id", LongType()),
  StructField("name", StringType()),
  StructField("score", DoubleType()),
  StructField("info", StructType([StructField("a", IntegerType()), StructField("b", StringType()), StructField("c", ArrayType(IntegerType()))])),
]);

function rows(from: number, to: number): unknown[][] {
  const out: unknown[][] = [];
  for (let i = from; i < to; i++) out.push([BigInt(i), i % 10 === 0 ? null : `n${String(i).padStart(5, "0")}`, i * 0.5, [i, `b${i}`, [i]]]);
  return out;
}

async function manyGroups(): Promise<string> {
  const path = join(tempDir(), "groups.parquet");
  // small row groups: 1000 rows per batch, block size tiny → one row group per batch
  await writeParquet(path, schema, [0, 1, 2, 3, 4].map((k) => batchOf(schema, rows(k * 1000, k * 1000 + 1000))), { "parquet.block.size": "1024" });
  return path;
}

test("column pruning: only required columns, in the requested order, nested field pruning", async () => {
  const path = await manyGroups();
  const { batches } = await readParquet(path, schema, [2, 0]);
  assert.equal(batches[0]!.columns.length, 2);
  const r = batchesToRows(batches, StructType([schema.fields[2]!, schema.fields[0]!]));
  assert.deepEqual(r[3], [1.5, "3"]);
  // a pruned struct type reads only its listed fields
  const pruned = StructType([StructField("info", StructType([StructField("b", StringType())]))]);
  const { batches: pb } = await readParquet(path, pruned);
  assert.deepEqual(batchesToRows(pb, pruned)[7], [["b7"]]);
  // no columns at all (count(*)): batches carry the row counts
  const { batches: none } = await readParquet(path, schema, []);
  assert.equal(none.reduce((a, b) => a + b.numRows, 0), 5000);
});

test("a column the file lacks reads as nulls (user schema, case-insensitive names)", async () => {
  const path = await manyGroups();
  const s = StructType([StructField("ID", LongType()), StructField("extra", StringType())]);
  const { batches } = await readParquet(path, s);
  assert.deepEqual(batchesToRows(batches, s)[2], ["2", null]);
});

test("int columns read as long and double when the schema asks (Spark's widening)", async () => {
  const path = await manyGroups();
  const s = StructType([StructField("info", StructType([StructField("a", LongType())])), StructField("score", DoubleType())]);
  const { batches } = await readParquet(path, s);
  assert.deepEqual(batchesToRows(batches, s)[4], [["4"], 2]);
});

test("a mismatched user schema fails as Spark does", async () => {
  const path = await manyGroups();
  const s = StructType([StructField("id", StringType())]);
  await assert.rejects(readParquet(path, s), (e: Error) => {
    assert.match(e.message, /^\[FAILED_READ_FILE.PARQUET_COLUMN_DATA_TYPE_MISMATCH\] Encountered error while reading file file:.*groups.parquet. Data type mismatches when reading Parquet column \[id\]. Expected Spark type string, actual Parquet type INT64. SQLSTATE: KD001$/);
    return true;
  });
});

test("splits: each row group is read by exactly one split (midpoint rule)", async () => {
  const path = await manyGroups();
  const size = statSync(path).size;
  let total = 0;
  const ids: bigint[] = [];
  for (let start = 0; start < size; start += 3000) {
    const split = { path, start, length: Math.min(3000, size - start), fileSize: size, mtimeMs: statSync(path).mtimeMs, partitionValues: [] };
    for await (const b of parquetFormat.read(split, schema, [0], {}, fs)) {
      total += b.numRows;
      const v = b.columns[0]!;
      if (v.encoding === "flat") ids.push(...(v.values as BigInt64Array));
    }
  }
  assert.equal(total, 5000);
  assert.deepEqual(ids.sort((a, b) => (a < b ? -1 : 1)), Array.from({ length: 5000 }, (_, i) => BigInt(i)));
});

test("row-group skipping from statistics", async () => {
  const path = await manyGroups();
  const footer = await readFooter(fs, path);
  assert.equal(footer.metadata.rowGroups.length, 5);
  const pick = (f: ParquetFilter) => selectRowGroups(footer.schema, footer.metadata.rowGroups, [f]);
  assert.deepEqual(pick({ op: "eq", column: "id", value: 2500n }), [2]);
  assert.deepEqual(pick({ op: "lt", column: "id", value: 1000n }), [0]);
  assert.deepEqual(pick({ op: "ge", column: "id", value: 3999n }), [3, 4]);
  assert.deepEqual(pick({ op: "gt", column: "id", value: 4999n }), []);
  assert.deepEqual(pick({ op: "in", column: "id", values: [5n, 4005n] }), [0, 4]);
  assert.deepEqual(pick({ op: "eq", column: "name", value: "n01500" }), [1]);
  assert.deepEqual(pick({ op: "startsWith", column: "name", prefix: "n03" }), [3]);
  assert.deepEqual(pick({ op: "eq", column: "info.a", value: 10 }), [0]);
  // doubles: > cannot skip (NaN sorts above every number in Spark); < can
  assert.deepEqual(pick({ op: "lt", column: "score", value: 100 }), [0]);
  assert.deepEqual(pick({ op: "gt", column: "score", value: 10000 }), [0, 1, 2, 3, 4]);
  assert.deepEqual(pick({ op: "or", left: { op: "eq", column: "id", value: 1n }, right: { op: "eq", column: "id", value: 3001n } }), [0, 3]);
  assert.deepEqual(pick({ op: "and", left: { op: "ge", column: "id", value: 1000n }, right: { op: "lt", column: "id", value: 2000n } }), [1]);
  assert.deepEqual(pick({ op: "isNull", column: "name" }), [0, 1, 2, 3, 4]);
  assert.deepEqual(pick({ op: "eq", column: "id", value: null }), []);
  assert.deepEqual(pick({ op: "eq", column: "unknown", value: 1 }), [0, 1, 2, 3, 4]);
  // the reader applies pushed filters
  const { batches } = await readParquet(path, schema, [0], {}, [{ op: "eq", column: "id", value: 2500n }]);
  assert.equal(batches.reduce((a, b) => a + b.numRows, 0), 1000);
});

test("mergeSchema merges the files' schemas; without it the first file decides", async () => {
  const dir = tempDir();
  const s1 = StructType([StructField("a", IntegerType()), StructField("b", StringType())]);
  const s2 = StructType([StructField("a", IntegerType()), StructField("c", DoubleType())]);
  const p1 = join(dir, "p1.parquet");
  const p2 = join(dir, "p2.parquet");
  await writeParquet(p1, s1, [batchOf(s1, [[1, "x"]])]);
  await writeParquet(p2, s2, [batchOf(s2, [[2, 1.5]])]);
  const files = [p1, p2].map((p) => ({ path: p, isDirectory: false, size: statSync(p).size, mtimeMs: statSync(p).mtimeMs }));
  const merged = (await parquetFormat.inferSchema(files, { mergeSchema: "true" }, fs))!;
  assert.deepEqual(merged.fields.map((f) => f.name), ["a", "b", "c"]);
  const first = (await parquetFormat.inferSchema(files, {}, fs))!;
  assert.deepEqual(first.fields.map((f) => f.name), ["a", "b"]);
  const { batches } = await readParquet(p2, merged);
  assert.deepEqual(batchesToRows(batches, merged), [[2, null, 1.5]]);

  const s3 = StructType([StructField("a", LongType())]);
  const p3 = join(dir, "p3.parquet");
  await writeParquet(p3, s3, [batchOf(s3, [[3n]])]);
  const bad = [p1, p3].map((p) => ({ path: p, isDirectory: false, size: statSync(p).size, mtimeMs: statSync(p).mtimeMs }));
  await assert.rejects(parquetFormat.inferSchema(bad, { mergeSchema: "true" }, fs), (e: Error) => {
    assert.equal(
      e.message,
      '[CANNOT_MERGE_SCHEMAS] Failed merging schemas:\nInitial schema:\n"STRUCT<a: INT, b: STRING>"\nSchema that cannot be merged with the initial schema:\n"STRUCT<a: BIGINT>". SQLSTATE: 42KD9',
    );
    return true;
  });
});

async function expectCorrupt(bytes: Uint8Array, pattern: RegExp): Promise<void> {
  const path = join(tempDir(), "bad.parquet");
  writeFileSync(path, bytes);
  const files = [{ path, isDirectory: false, size: bytes.length, mtimeMs: statSync(path).mtimeMs }];
  let err: Error | undefined;
  try {
    const s = await parquetFormat.inferSchema(files, {}, fs);
    const split = { path, start: 0, length: bytes.length, fileSize: bytes.length, mtimeMs: files[0]!.mtimeMs, partitionValues: [] };
    const batches: Batch[] = [];
    for await (const b of parquetFormat.read(split, s!, null, {}, fs)) batches.push(b);
  } catch (e) {
    err = e as Error;
  }
  assert.ok(err, "expected an error");
  assert.match(err!.message, /^\[FAILED_READ_FILE\.[A-Z_]+\] Encountered error while reading file file:.*bad\.parquet\./);
  const cause = (err as Error & { cause?: Error }).cause;
  assert.ok(cause, "the error carries the cause");
  assert.match(cause!.message, pattern);
  assert.ok(cause!.message.includes("bad.parquet"), cause!.message);
}

test("corrupt files: clear errors naming the file and the problem, never a hang", async () => {
  const good = new Uint8Array(readFileSync(fixture("spark_types_snappy.parquet")));
  await expectCorrupt(new TextEncoder().encode("hello, this is not parquet"), /is not a Parquet file. Expected magic number at tail, but found \[113, 117, 101, 116\]/);
  await expectCorrupt(new Uint8Array([0x50, 0x41, 0x52, 0x31]), /is not a Parquet file \(length is too low: 4\)/);
  await expectCorrupt(good.subarray(0, good.length - 100), /Expected magic number at tail/);
  // a footer length pointing before the start of the file
  const badLen = good.slice();
  new DataView(badLen.buffer).setUint32(badLen.length - 8, badLen.length + 10, true);
  await expectCorrupt(badLen, /footer length \d+ is larger than the file/);
  // garbage inside the footer
  const badFooter = good.slice();
  const len = new DataView(good.buffer, good.byteOffset).getUint32(good.length - 8, true);
  badFooter.fill(0xff, good.length - 8 - len, good.length - 8 - len + 40);
  await expectCorrupt(badFooter, /corrupted footer/);
  // garbage in the data pages (page headers and compressed bodies)
  const badPages = good.slice();
  badPages.fill(0x7f, 4, 600);
  await expectCorrupt(badPages, /column \S+: (bad page header|page at chunk offset|snappy|bad snappy|RLE|PLAIN|column chunk|dictionary)/);
});

test("random byte corruption never crashes or hangs the reader", async () => {
  const good = new Uint8Array(readFileSync(fixture("spark_types_gzip.parquet")));
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const dir = tempDir();
  let failures = 0;
  for (let k = 0; k < 150; k++) {
    const bad = good.slice();
    for (let j = 0; j < 3; j++) bad[Math.floor(rnd() * bad.length)] = Math.floor(rnd() * 256);
    const path = join(dir, `f${k}.parquet`);
    writeFileSync(path, bad);
    try {
      const st = statSync(path);
      const files = [{ path, isDirectory: false, size: st.size, mtimeMs: st.mtimeMs }];
      const s = (await parquetFormat.inferSchema(files, {}, fs))!;
      const split = { path, start: 0, length: st.size, fileSize: st.size, mtimeMs: st.mtimeMs, partitionValues: [] };
      for await (const b of parquetFormat.read(split, s, null, {}, fs)) void b;
    } catch (e) {
      failures++;
      // every failure is one of Spark's file errors (or a schema error from a mangled footer)
      assert.match((e as Error).message, /^\[(FAILED_READ_FILE\.[A-Z_]+|PARQUET_TYPE_[A-Z_]+)\]/, (e as Error).stack);
    }
  }
  assert.ok(failures > 0);
});
