// Expected rows are what PySpark 4.1 returns for the same files and options.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { StructType, StructField, IntegerType, StringType, DoubleType, DecimalType, DateType, TimestampType, LongType, BooleanType } from "../../../src/types/data-type.js";
import { SparkError } from "../../../src/errors/spark-error.js";
import { readAll, tempDir, writeTree } from "../helpers.js";

const S = (...f: [string, ReturnType<typeof IntegerType> | ReturnType<typeof StringType> | ReturnType<typeof DoubleType> | ReturnType<typeof DecimalType> | ReturnType<typeof DateType> | ReturnType<typeof TimestampType> | ReturnType<typeof LongType> | ReturnType<typeof BooleanType>][]) =>
  StructType(f.map(([n, t]) => StructField(n, t)));

async function read(content: string | Uint8Array, options: Record<string, string> = {}, schema?: StructType, name = "f.csv") {
  const dir = writeTree(tempDir(), { [name]: content });
  return readAll(join(dir, name), "csv", options, schema);
}

const badCsv = "a,b\n1,2\n3\n4,5,6\nx,7\n";
const withCorrupt = S(["a", IntegerType()], ["b", IntegerType()], ["_corrupt_record", StringType()]);

test("PERMISSIVE keeps partial rows and fills _corrupt_record with the raw line", async () => {
  const r = await read(badCsv, { header: "true" }, withCorrupt);
  assert.deepEqual(r.rows, [
    [1, 2, null],
    [3, null, "3"],
    [4, 5, "4,5,6"],
    [null, 7, "x,7"],
  ]);
});

test("DROPMALFORMED drops short, long and unparsable rows", async () => {
  const r = await read(badCsv, { header: "true", mode: "DROPMALFORMED" }, withCorrupt);
  assert.deepEqual(r.rows, [[1, 2, null]]);
});

test("FAILFAST fails with MALFORMED_RECORD_IN_PARSING showing the partial row, inside FAILED_READ_FILE", async () => {
  const dir = writeTree(tempDir(), { "b.csv": badCsv });
  await assert.rejects(
    readAll(join(dir, "b.csv"), "csv", { header: "true", mode: "FAILFAST" }, S(["a", IntegerType()], ["b", IntegerType()])),
    (e: unknown) => {
      assert.ok(e instanceof SparkError);
      assert.equal(e.errorClass, "FAILED_READ_FILE.NO_HINT");
      assert.ok(e.message.startsWith(`[FAILED_READ_FILE.NO_HINT] Encountered error while reading file file://${join(dir, "b.csv")}.`));
      const cause = e.cause as SparkError;
      assert.equal(cause.errorClass, "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION");
      assert.ok(cause.message.startsWith(
        "[MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: [3,null].\nParse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.",
      ));
      return true;
    },
  );
});

test("quoted and unquoted empty fields are null by default", async () => {
  const r = await read('a,"",,x\n', {}, S(["a", StringType()], ["b", StringType()], ["c", StringType()], ["d", StringType()]));
  assert.deepEqual(r.rows, [["a", null, null, "x"]]);
});

test("typed values: long beyond 2^53 and decimals stay exact", async () => {
  const r = await read("9007199254740993,12345678901234567890.12,1.25\n", {}, S(["l", LongType()], ["d", DecimalType(22, 2)], ["r", DecimalType(10, 1)]));
  assert.deepEqual(r.rows, [[9007199254740993n, 1234567890123456789012n, 13n]]);
});

test("sep (multi-character), quote, escape and comment options", async () => {
  const r1 = await read("a||b||c\n1||2||3\n", { sep: "||", header: "true" });
  assert.deepEqual(r1.rows, [["1", "2", "3"]]);
  const r2 = await read("'a;b';c\n", { sep: ";", quote: "'" });
  assert.deepEqual(r2.rows, [["a;b", "c"]]);
  const r3 = await read('"a\\"b",c\n"x""y",z\n');
  // With the default escape (backslash) a doubled quote is an unescaped quote: the raw text stays.
  assert.deepEqual(r3.rows, [['a"b', "c"], ['"x""y"', "z"]]);
  const r3b = await read('"x""y",z\n', { escape: '"' });
  assert.deepEqual(r3b.rows, [['x"y', "z"]]);
  const r4 = await read("#skip\na,b\n#also\n", { comment: "#" });
  assert.deepEqual(r4.rows, [["a", "b"]]);
  const r5 = await read("a\tb\n", { delimiter: "\\t" });
  assert.deepEqual(r5.rows, [["a", "b"]]);
});

test("nullValue, emptyValue, nanValue, positiveInf, negativeInf", async () => {
  const r = await read("NA,,\"\",nan,pinf,ninf\n", { nullValue: "NA", emptyValue: "EMPTY", nanValue: "nan", positiveInf: "pinf", negativeInf: "ninf" },
    S(["a", StringType()], ["b", StringType()], ["c", StringType()], ["d", DoubleType()], ["e", DoubleType()], ["f", DoubleType()]));
  // unquoted empty → nullValue text → null; quoted empty → emptyValue.
  assert.equal(r.rows[0]![0], null);
  assert.equal(r.rows[0]![1], null);
  assert.equal(r.rows[0]![2], "EMPTY");
  assert.ok(Number.isNaN(r.rows[0]![3] as number));
  assert.equal(r.rows[0]![4], Infinity);
  assert.equal(r.rows[0]![5], -Infinity);
});

test("ignoreLeadingWhiteSpace / ignoreTrailingWhiteSpace", async () => {
  const raw = await read(" a , b \n");
  assert.deepEqual(raw.rows, [[" a ", " b "]]);
  const trimmed = await read(" a , b \n", { ignoreLeadingWhiteSpace: "true", ignoreTrailingWhiteSpace: "true" });
  assert.deepEqual(trimmed.rows, [["a", "b"]]);
});

test("dateFormat and timestampFormat parse strictly when set; defaults are lenient", async () => {
  const schema = S(["d", DateType()], ["t", TimestampType()]);
  const r = await read("03/01/2020,2020/01/03 04:05\n", { dateFormat: "dd/MM/yyyy", timestampFormat: "yyyy/MM/dd HH:mm" }, schema);
  assert.deepEqual(r.rows, [[18264, 1578024300000000n]]); // 2020-01-03
  const lenient = await read("2020-1-3,2020-01-03 04:05:00.5+01:00\n", {}, schema);
  assert.deepEqual(lenient.rows, [[18264, 1578020700500000n]]);
});

test("multiLine: quoted fields span lines; without it each line is a record", async () => {
  const content = 'a,"x\ny",b\nc,d,e\n';
  const ml = await read(content, { multiLine: "true" });
  assert.deepEqual(ml.rows, [["a", "x\ny", "b"], ["c", "d", "e"]]);
});

test("lineSep and CRLF line endings", async () => {
  const r = await read("a,b\r\nc,d\r\n");
  assert.deepEqual(r.rows, [["a", "b"], ["c", "d"]]);
  const r2 = await read("a,b;c,d;", { lineSep: ";" });
  assert.deepEqual(r2.rows, [["a", "b"], ["c", "d"]]);
});

test("encoding: ISO-8859-1 and UTF-16LE files decode to the same strings", async () => {
  const latin = new Uint8Array(Buffer.from("café,ü\n", "latin1"));
  assert.deepEqual((await read(latin, { encoding: "ISO-8859-1" })).rows, [["café", "ü"]]);
  const utf16 = new Uint8Array(Buffer.from("ação,x\n", "utf16le"));
  assert.deepEqual((await read(utf16, { charset: "UTF-16LE" })).rows, [["ação", "x"]]);
});

test("gzip-compressed files are detected by extension", async () => {
  const gz = new Uint8Array(gzipSync(Buffer.from("h\n1\n2\n")));
  const r = await read(gz, { header: "true", inferSchema: "true" }, undefined, "f.csv.gz");
  assert.equal(r.schema, "struct<h:int>");
  assert.deepEqual(r.rows, [[1], [2]]);
});

test("enforceSchema=false checks the header against the schema", async () => {
  const schema = S(["x", IntegerType()], ["y", IntegerType()]);
  await assert.rejects(read("a,b\n1,2\n", { header: "true", enforceSchema: "false" }, schema), /CSV header does not conform to the schema/);
  const ok = await read("X,y\n1,2\n", { header: "true", enforceSchema: "false" }, schema);
  assert.deepEqual(ok.rows, [[1, 2]]);
  const enforced = await read("a,b\n1,2\n", { header: "true" }, schema);
  assert.deepEqual(enforced.rows, [[1, 2]]);
});

test("maxColumns and maxCharsPerColumn limits", async () => {
  await assert.rejects(read("a,b,c\n", { maxColumns: "2" }), /exceeded limit of 2 columns/);
  await assert.rejects(read("abcdef\n", { maxCharsPerColumn: "3" }), /exceeds the maximum number of characters/);
});

test("booleans, doubles with Java syntax, and bad values under PERMISSIVE without a corrupt column", async () => {
  const r = await read("TRUE,1.5d,x\nfalse,-2E3,7\n", {}, S(["b", BooleanType()], ["d", DoubleType()], ["i", IntegerType()]));
  assert.deepEqual(r.rows, [[true, 1.5, null], [false, -2000, 7]]);
});

test("column pruning: only requested columns are converted", async () => {
  const dir = writeTree(tempDir(), { "f.csv": "1,x\n2,y\n" });
  const { planFileScan, readFileSplit } = await import("../../../src/io/file-scan.js");
  const plan = await planFileScan(join(dir, "f.csv"), "csv", {}, S(["a", IntegerType()], ["b", StringType()]));
  const batches = [];
  for await (const b of readFileSplit(plan, plan.partitions[0]![0]!, [1])) batches.push(b);
  assert.equal(batches[0]!.columns.length, 1);
  assert.equal(batches[0]!.columns[0]!.type.kind, "string");
  assert.equal(batches[0]!.columns[0]!.encoding, "utf8");
});

// Each case is the row PySpark 4.1 returns for the line (default options, then with both
// ignore*WhiteSpace options on).
const tokenCases: [string, string, string[], string[]][] = [
  ["doubled quote, backslash escape", '"a""b",x', ['"a""b"', "x"], ['"a""b"', "x"]],
  ["text after closing quote", '"ab"cd,e', ['"ab"cd', "e"], ['"ab"cd', "e"]],
  ["quote inside unquoted field", 'a"b,c', ['a"b', "c"], ['a"b', "c"]],
  ["backslash-escaped quote", '"a\\"b",x', ['a"b', "x"], ['a"b', "x"]],
  ["blanks around a quoted field", '  "x" ,y', ['  "x" ', "y"], ["x", "y"]],
  ["trailing delimiter", "a,b,", ["a", "b", null as unknown as string], ["a", "b", null as unknown as string]],
  ["backslash in unquoted text", "a\\b,x", ["a\\b", "x"], ["a\\b", "x"]],
  ["unterminated quote", '"abc,d', ["abc,d"], ["abc,d"]],
];
for (const [name, line, plain, trimmed] of tokenCases) {
  test(`tokenizer: ${name}`, async () => {
    assert.deepEqual((await read(line + "\n")).rows, [plain]);
    assert.deepEqual((await read(line + "\n", { ignoreLeadingWhiteSpace: "true", ignoreTrailingWhiteSpace: "true" })).rows, [trimmed]);
  });
}

test("a DDL schema string is accepted", async () => {
  const dir = writeTree(tempDir(), { "f.csv": "1,x\n" });
  const r = await readAll(join(dir, "f.csv"), "csv", {}, undefined);
  assert.equal(r.schema, "struct<_c0:string,_c1:string>");
  const { planFileScan } = await import("../../../src/io/file-scan.js");
  const plan = await planFileScan(join(dir, "f.csv"), "csv", {}, "a INT, b STRING");
  assert.deepEqual(plan.schema.fields.map((f) => [f.name, f.dataType.kind]), [["a", "integer"], ["b", "string"]]);
});
