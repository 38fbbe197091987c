// Expected schemas, rows and files are what PySpark 4.1 produces for the same input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  StructType, StructField, IntegerType, LongType, DoubleType, DecimalType, StringType, BinaryType, MapType, ArrayType, DateType, TimestampType,
} from "../../../src/types/data-type.js";
import { SparkError } from "../../../src/errors/spark-error.js";
import { MapData } from "../../../src/values/map-data.js";
import { writeFiles } from "../../../src/io/commit/write-files.js";
import { asyncOf, batchOf, readAll, tempDir, writeTree } from "../helpers.js";

async function read(content: string, options: Record<string, string> = {}, schema?: StructType) {
  const dir = writeTree(tempDir(), { "f.json": content });
  return readAll(join(dir, "f.json"), "json", options, schema);
}

test("inference: nested structs sorted by name, arrays widened, bigints beyond long, corrupt records", async () => {
  const r = await read('{"a":1,"b":{"y":1.5,"x":"s"}}\n{"a":12345678901234567890,"c":[1,2.0]}\nnotjson\n{"d":null}\n');
  assert.equal(r.schema, "struct<_corrupt_record:string,a:decimal(20,0),b:struct<x:string,y:double>,c:array<double>,d:string>");
  assert.deepEqual(r.rows, [
    [null, 1n, ["s", 1.5], null, null],
    [null, 12345678901234567890n, null, [1, 2], null],
    ["notjson", null, null, null, null],
    [null, null, null, null, null],
  ]);
});

const cases: [string, string, string, string][] = [
  ["long then double", '{"a":1}\n{"a":1.5}\n', "struct<a:double>", "struct<a:decimal(21,1)>"],
  ["long then string", '{"a":1}\n{"a":"x"}\n', "struct<a:string>", "struct<a:string>"],
  ["struct then string", '{"a":{"b":1}}\n{"a":"x"}\n', "struct<a:string>", "struct<a:string>"],
  ["arrays", '{"a":[1,2]}\n{"a":[]}\n', "struct<a:array<bigint>>", "struct<a:array<bigint>>"],
  ["only null", '{"a":null}\n', "struct<a:string>", "struct<a:string>"],
  ["empty array", '{"a":[]}\n', "struct<a:array<string>>", "struct<a:array<string>>"],
  ["decimal text", '{"a":1.50}\n', "struct<a:double>", "struct<a:decimal(3,2)>"],
  ["boolean then long", '{"a":true}\n{"a":1}\n', "struct<a:string>", "struct<a:string>"],
  ["top-level array of objects", '[{"a":1},{"b":2}]\n', "struct<a:bigint,b:bigint>", "struct<a:bigint,b:bigint>"],
  ["top-level scalar is corrupt", '1\n{"a":1}\n', "struct<_corrupt_record:string,a:bigint>", "struct<_corrupt_record:string,a:bigint>"],
  ["field order", '{"b":1,"a":2}\n', "struct<a:bigint,b:bigint>", "struct<a:bigint,b:bigint>"],
];
for (const [name, content, plain, dec] of cases) {
  test(`inference: ${name}`, async () => {
    assert.equal((await read(content)).schema, plain);
    assert.equal((await read(content, { prefersDecimal: "true" })).schema, dec);
  });
}

test("string columns receive non-string values as JSON text; empty objects infer to nothing", async () => {
  assert.deepEqual((await read('{"a":1}\n{"a":"x"}\n')).rows, [["1"], ["x"]]);
  assert.deepEqual((await read('{"a":{"b":1}}\n{"a":"x"}\n')).rows, [['{"b":1}'], ["x"]]);
  assert.equal((await read('{"a":{"b":1}}\n{"a":{}}\n')).schema, "struct<a:struct<b:bigint>>");
});

test("blank lines are skipped; multiLine reads arrays and pretty-printed objects", async () => {
  assert.deepEqual((await read('{"a":1}\n\n{"a":2}\n')).rows, [[1n], [2n]]);
  assert.deepEqual((await read('[{"a":1},\n{"a":2}]', { multiLine: "true" })).rows, [[1n], [2n]]);
  const ml = await read('{"a":1,\n"b":[1,\n2]}', { multiLine: "true" });
  assert.equal(ml.schema, "struct<a:bigint,b:array<bigint>>");
  assert.deepEqual(ml.rows, [[1n, [1n, 2n]]]);
});

test("primitivesAsString, dropFieldIfAllNull", async () => {
  assert.equal((await read('{"a":1,"b":true,"c":[1.5]}\n', { primitivesAsString: "true" })).schema, "struct<a:string,b:string,c:array<string>>");
  assert.equal((await read('{"a":1,"b":null,"c":[]}\n', { dropFieldIfAllNull: "true" })).schema, "struct<a:bigint>");
});

test("parser features: comments, single quotes, unquoted names, leading zeros, backslash escapes", async () => {
  assert.equal((await read('{"a":1 /* c */}\n')).schema, "struct<_corrupt_record:string>");
  assert.deepEqual((await read('{"a":1 /* c */}\n', { allowComments: "true" })).rows, [[1n]]);
  assert.deepEqual((await read("{'a':'x'}\n")).rows, [["x"]]);
  assert.equal((await read("{'a':'x'}\n", { allowSingleQuotes: "false" })).schema, "struct<_corrupt_record:string>");
  assert.deepEqual((await read("{a:1}\n", { allowUnquotedFieldNames: "true" })).rows, [[1n]]);
  assert.deepEqual((await read('{"a":007}\n', { allowNumericLeadingZeros: "true" })).rows, [[7n]]);
  assert.equal((await read('{"a":007}\n')).schema, "struct<_corrupt_record:string>");
  assert.deepEqual((await read('{"a":"\\q"}\n', { allowBackslashEscapingAnyCharacter: "true" })).rows, [["q"]]);
});

test("reading with a schema: exact longs/decimals, dates, timestamps, maps; mismatches are malformed", async () => {
  const schema = StructType([
    StructField("l", LongType()), StructField("d", DecimalType(25, 3)), StructField("dt", DateType()), StructField("ts", TimestampType()),
    StructField("m", MapType(StringType(), IntegerType())), StructField("i", IntegerType()), StructField("_corrupt_record", StringType()),
  ]);
  const r = await read(
    '{"l":9007199254740993,"d":1234567890123456789012.5,"dt":"2020-01-02","ts":"2020-01-02T03:04:05Z","m":{"k":1},"i":1}\n{"i":"x","l":1}\n',
    {}, schema,
  );
  assert.deepEqual(r.rows[0], [9007199254740993n, 1234567890123456789012500n, 18263, 1577934245000000n, new MapData(["k"], [1]), 1, null]);
  assert.deepEqual(r.rows[1], [1n, null, null, null, null, null, '{"i":"x","l":1}']);
});

test("DROPMALFORMED and FAILFAST", async () => {
  const schema = StructType([StructField("a", LongType())]);
  assert.deepEqual((await read('{"a":1}\nbad\n{"a":"x"}\n', { mode: "DROPMALFORMED" }, schema)).rows, [[1n]]);
  await assert.rejects(read('{"a":1}\nbad\n', { mode: "FAILFAST" }, schema), (e: unknown) => {
    assert.ok(e instanceof SparkError && e.errorClass === "FAILED_READ_FILE.NO_HINT");
    assert.equal((e.cause as SparkError).errorClass, "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION");
    return true;
  });
  await assert.rejects(read('{"a":1}\nbad\n', { mode: "FAILFAST" }), /Malformed records are detected in record parsing: _corrupt_record/);
});

test("JSON writer output matches Spark (null fields omitted, NaN quoted, maps, binary, nested)", async () => {
  const s = StructType([
    StructField("d", DoubleType()), StructField("m", MapType(StringType(), IntegerType())), StructField("b", BinaryType()),
    StructField("a", ArrayType(IntegerType())), StructField("n", StringType()),
    StructField("s", StructType([StructField("x", IntegerType()), StructField("y", StringType())])),
  ]);
  const out = join(tempDir(), "json");
  await writeFiles({
    path: out, format: "json", schema: s,
    partitions: [asyncOf(batchOf(s, [[NaN, new MapData(["k"], [null]), new Uint8Array([97, 98]), [null, 1], null, [null, "x"]]]))],
  });
  const files = readdirSync(out).filter((f) => f.startsWith("part-"));
  assert.match(files[0]!, /^part-00000-.*-c000\.json$/);
  assert.equal(readFileSync(join(out, files[0]!), "utf8"), '{"d":"NaN","m":{"k":null},"b":"YWI=","a":[null,1],"s":{"y":"x"}}\n');
  const out2 = join(tempDir(), "json");
  await writeFiles({ path: out2, format: "json", options: { ignoreNullFields: "false" }, schema: StructType([StructField("n", StringType())]), partitions: [asyncOf(batchOf(StructType([StructField("n", StringType())]), [[null]]))] });
  const f2 = readdirSync(out2).filter((f) => f.startsWith("part-"));
  assert.equal(readFileSync(join(out2, f2[0]!), "utf8"), '{"n":null}\n');
});
