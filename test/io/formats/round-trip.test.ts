// write → read returns the same internal values for every type each format supports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  StructType, StructField, BooleanType, ByteType, ShortType, IntegerType, LongType, FloatType, DoubleType, DecimalType,
  StringType, DateType, TimestampType, TimestampNTZType, ArrayType, MapType, BinaryType, type DataType,
} from "../../../src/types/data-type.js";
import { MapData } from "../../../src/values/map-data.js";
import { writeFiles } from "../../../src/io/commit/write-files.js";
import { asyncOf, batchOf, readAll, tempDir } from "../helpers.js";

const scalarFields: [string, DataType, unknown[]][] = [
  ["bo", BooleanType(), [true, false, null]],
  ["by", ByteType(), [-128, 127, null]],
  ["sh", ShortType(), [-32768, 32767, null]],
  ["i", IntegerType(), [-2147483648, 2147483647, null]],
  ["l", LongType(), [-(2n ** 63n), 2n ** 63n - 1n, null]],
  ["f", FloatType(), [Math.fround(1.1), -0.5, null]],
  ["d", DoubleType(), [0.1 + 0.2, -1e300, null]],
  ["dec", DecimalType(10, 2), [12345678n, -1n, null]],
  ["wide", DecimalType(38, 6), [10n ** 37n + 7n, -(10n ** 20n), null]],
  ["s", StringType(), ["héllo, \"wörld\"", "line\nbreak", null]],
  ["dt", DateType(), [0, -719162, null]],
  ["ts", TimestampType(), [1577934245123000n, -1000n, null]],
  ["ntz", TimestampNTZType(), [1577934245123000n, 0n, null]],
];
const scalarSchema = StructType(scalarFields.map(([n, t]) => StructField(n, t)));
const scalarRows = [0, 1, 2].map((r) => scalarFields.map(([, , vals]) => vals[r]));

for (const format of ["csv", "json"]) {
  test(`${format}: every scalar type round-trips`, async () => {
    const out = join(tempDir(), format);
    // Millisecond timestamps: the default write formats carry milliseconds, as Spark's do.
    await writeFiles({ path: out, format, options: { timeZone: "UTC" }, schema: scalarSchema, partitions: [asyncOf(batchOf(scalarSchema, scalarRows))] });
    // A quoted line break needs multiLine on read, in Spark too.
    const back = await readAll(out, format, { timeZone: "UTC", ...(format === "csv" ? { multiLine: "true" } : {}) }, scalarSchema);
    assert.deepEqual(back.rows, scalarRows);
  });
}

test("json: nested arrays, structs, maps and binary round-trip", async () => {
  const schema = StructType([
    StructField("a", ArrayType(LongType())),
    StructField("st", StructType([StructField("x", IntegerType()), StructField("y", ArrayType(StringType()))])),
    StructField("m", MapType(StringType(), DoubleType())),
    StructField("b", BinaryType()),
  ]);
  const rows = [
    [[1n, null, 2n ** 62n], [1, ["p", "q"]], new MapData(["k1", "k2"], [1.5, null]), new Uint8Array([0, 255, 7])],
    [null, null, null, null],
  ];
  const out = join(tempDir(), "json");
  await writeFiles({ path: out, format: "json", schema, partitions: [asyncOf(batchOf(schema, rows))] });
  const back = await readAll(out, "json", {}, schema);
  assert.deepEqual(back.rows, rows);
});

test("csv with header and inferSchema reads back the written types", async () => {
  const schema = StructType([StructField("i", IntegerType()), StructField("l", LongType()), StructField("d", DoubleType()), StructField("dt", DateType()), StructField("b", BooleanType())]);
  const out = join(tempDir(), "csv");
  await writeFiles({ path: out, format: "csv", options: { header: "true" }, schema, partitions: [asyncOf(batchOf(schema, [[1, 10000000000n, 1.5, 18263, true]]))] });
  const back = await readAll(out, "csv", { header: "true", inferSchema: "true" });
  assert.equal(back.schema, "struct<i:int,l:bigint,d:double,dt:date,b:boolean>");
  assert.deepEqual(back.rows, [[1, 10000000000n, 1.5, 18263, true]]);
});
