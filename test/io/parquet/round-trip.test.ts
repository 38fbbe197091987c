// Files we write read back in our reader with every Spark type, every codec, nulls at every
// nesting level, several row groups and pages.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { dataTypeEquals, DoubleType, LongType, StringType, StructField, StructType, IntegerType, ArrayType } from "../../../src/types/data-type.js";
import { batchesToRows, fromTypedJson, loadExpected, normalizeExpected } from "./expected.js";
import { batchOf, readParquet, tempDir, writeParquet } from "./helpers.js";
import { readFooter } from "../../../src/io/formats/parquet/footer.js";
import { fs } from "./helpers.js";
import { parquetFormat } from "../../../src/io/formats/parquet/format.js";
import { asNullable } from "../../../src/io/formats/parquet/infer-schema.js";

const exp = loadExpected("spark_types_snappy");
const internalRows = exp.rows.map((r) => exp.schema.fields.map((f, i) => fromTypedJson(r[i], f.dataType)));

for (const compression of ["snappy", "gzip", "zstd", "none", "uncompressed"]) {
  test(`every Spark type round-trips (${compression})`, async () => {
    const path = join(tempDir(), "t.parquet");
    await writeParquet(path, exp.schema, [batchOf(exp.schema, internalRows)], { compression });
    const { schema, batches } = await readParquet(path);
    assert.ok(dataTypeEquals(schema, asNullable(exp.schema)), JSON.stringify(schema));
    assert.deepEqual(batchesToRows(batches, schema), normalizeExpected(exp.rows, exp.schema));
  });
}

test("file extension follows the codec as Spark names files", () => {
  assert.equal(parquetFormat.fileExtension({}), ".snappy.parquet");
  assert.equal(parquetFormat.fileExtension({ compression: "gzip" }), ".gz.parquet");
  assert.equal(parquetFormat.fileExtension({ compression: "zstd" }), ".zstd.parquet");
  assert.equal(parquetFormat.fileExtension({ compression: "none" }), ".parquet");
  assert.throws(
    () => parquetFormat.fileExtension({ compression: "foo" }),
    /\[CODEC_NOT_AVAILABLE.WITH_AVAILABLE_CODECS_SUGGESTION\] The codec foo is not available. Available codecs are brotli, uncompressed, lzo, snappy, lz4_raw, none, zstd, lz4, gzip. SQLSTATE: 56038/,
  );
});

test("many rows: several row groups and pages, dictionary and plain strings, selections", async () => {
  const schema = StructType([
    StructField("id", LongType(), false),
    StructField("cat", StringType()),
    StructField("s", StringType()),
    StructField("d", DoubleType()),
    StructField("arr", ArrayType(IntegerType())),
  ]);
  const n = 60000;
  const rows: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    rows.push([BigInt(i), i % 5 === 0 ? null : `c${i % 7}`, `value-${i}`, i % 11 === 0 ? null : i / 3, i % 4 === 0 ? null : [i, i + 1]]);
  }
  const batches = [];
  for (let s = 0; s < n; s += 7000) batches.push(batchOf(schema, rows.slice(s, s + 7000)));
  // every other row of one more batch through a selection vector
  const extra = batchOf(schema, rows.slice(0, 10));
  batches.push({ ...extra, selection: Int32Array.from([1, 3, 5]) });
  const path = join(tempDir(), "many.parquet");
  await writeParquet(path, schema, batches, { "parquet.block.size": String(400 * 1024) });
  const footer = await readFooter(fs, path);
  assert.ok(footer.metadata.rowGroups.length > 2, `row groups: ${footer.metadata.rowGroups.length}`);
  assert.equal(footer.metadata.numRows, n + 3);
  const { batches: got } = await readParquet(path, schema);
  const all = batchesToRows(got, schema);
  assert.equal(all.length, n + 3);
  const expected = [...rows, rows[1]!, rows[3]!, rows[5]!].map((r) => [String(r[0]), r[1], r[2], r[3], r[4]]);
  assert.deepEqual(all, expected);
});

test("column statistics are written (min/max/null_count)", async () => {
  const schema = StructType([StructField("i", IntegerType()), StructField("s", StringType()), StructField("d", DoubleType())]);
  const path = join(tempDir(), "stats.parquet");
  await writeParquet(path, schema, [batchOf(schema, [[5, "b", 1.5], [null, "a", NaN], [-3, "é", null], [9, null, -2.5]])]);
  const footer = await readFooter(fs, path);
  const cols = footer.metadata.rowGroups[0]!.columns.map((c) => c.metaData.statistics!);
  const dv = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  assert.equal(dv(cols[0]!.minValue!).getInt32(0, true), -3);
  assert.equal(dv(cols[0]!.maxValue!).getInt32(0, true), 9);
  assert.equal(cols[0]!.nullCount, 1);
  assert.equal(Buffer.from(cols[1]!.minValue!).toString(), "a");
  assert.equal(Buffer.from(cols[1]!.maxValue!).toString(), "é");
  assert.equal(cols[1]!.nullCount, 1);
  assert.equal(dv(cols[2]!.minValue!).getFloat64(0, true), -2.5);
  assert.equal(dv(cols[2]!.maxValue!).getFloat64(0, true), 1.5);
  assert.ok(readFileSync(path).subarray(0, 4).toString() === "PAR1");
});

test("an empty file (no rows) has a schema and reads as no batches", async () => {
  const schema = StructType([StructField("a", IntegerType())]);
  const path = join(tempDir(), "empty.parquet");
  await writeParquet(path, schema, []);
  const { schema: s, batches } = await readParquet(path);
  assert.deepEqual(s.fields.map((f) => f.name), ["a"]);
  assert.equal(batches.length, 0);
});

test("writing a calendar interval column fails as Spark does", () => {
  const schema = StructType([StructField("i", { kind: "calendar_interval" })]);
  assert.throws(
    () => parquetFormat.checkWriteSchema(schema, {}),
    /\[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE\] The Parquet datasource doesn't support the column `i` of the type "INTERVAL". SQLSTATE: 0A000/,
  );
});
