// Expected file contents are what PySpark 4.1 writes for the same rows and options.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import {
  StructType, StructField, IntegerType, LongType, DoubleType, DecimalType, DateType, TimestampType, StringType, BooleanType, ArrayType,
} from "../../../src/types/data-type.js";
import { AnalysisException } from "../../../src/errors/spark-error.js";
import { writeFiles } from "../../../src/io/commit/write-files.js";
import { asyncOf, batchOf, tempDir } from "../helpers.js";

function partFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith("part-")).sort();
}
function content(dir: string): string {
  return partFiles(dir).map((f) => readFileSync(join(dir, f), "utf8")).join("");
}

const wide = StructType([
  StructField("i", IntegerType()), StructField("l", LongType()), StructField("d", DoubleType()), StructField("big", DoubleType()),
  StructField("small", DoubleType()), StructField("dec", DecimalType(10, 2)), StructField("dt", DateType()), StructField("ts", TimestampType()),
  StructField("ts2", TimestampType()), StructField("q", StringType()), StructField("sp", StringType()), StructField("c", StringType()),
  StructField("nl", StringType()), StructField("e", StringType()), StructField("n", StringType()), StructField("b", BooleanType()),
]);
// 2020-01-02 03:04:05.123456 UTC and 2020-01-02 03:04:05 UTC
const wideRow = [1, 1000000000000n, 1.5, 1e10, 1e-5, 150n, 18263, 1577934245123456n, 1577934245000000n, 'a"b', " sp ", "c,d", "e\nf", "", null, true];

test("CSV writer output matches Spark byte for byte (header, quoting, escaping, types)", async () => {
  const out = join(tempDir(), "csv");
  await writeFiles({ path: out, format: "csv", options: { header: "true", timeZone: "UTC" }, schema: wide, partitions: [asyncOf(batchOf(wide, [wideRow]))] });
  assert.equal(
    content(out),
    'i,l,d,big,small,dec,dt,ts,ts2,q,sp,c,nl,e,n,b\n1,1000000000000,1.5,1.0E10,1.0E-5,1.50,2020-01-02,2020-01-02T03:04:05.123Z,2020-01-02T03:04:05.000Z,"a\\"b",sp,"c,d","e\nf","",,true\n',
  );
  assert.match(partFiles(out)[0]!, /^part-00000-[0-9a-f-]{36}-c000\.csv$/);
});

test("quoteAll", async () => {
  const out = join(tempDir(), "csv");
  await writeFiles({ path: out, format: "csv", options: { quoteAll: "true", escapeQuotes: "false", timeZone: "UTC" }, schema: wide, partitions: [asyncOf(batchOf(wide, [wideRow]))] });
  assert.equal(
    content(out),
    '"1","1000000000000","1.5","1.0E10","1.0E-5","1.50","2020-01-02","2020-01-02T03:04:05.123Z","2020-01-02T03:04:05.000Z","a\\"b","sp","c,d","e\nf","","","true"\n',
  );
});

test("values with backslashes, surrounding quotes, tabs and a leading '#'", async () => {
  const s = StructType([StructField("s", StringType())]);
  const out = join(tempDir(), "csv");
  await writeFiles({ path: out, format: "csv", schema: s, partitions: [asyncOf(batchOf(s, [["a\\b"], [' "q" '], ["x\ty"], ["#h"]]))] });
  assert.equal(content(out), 'a\\b\n"\\"q\\""\nx\ty\n"#h"\n');
});

test("sep, nullValue, emptyValue, dateFormat, lineSep options", async () => {
  const s = StructType([StructField("a", StringType()), StructField("b", StringType()), StructField("d", DateType())]);
  const out = join(tempDir(), "csv");
  await writeFiles({
    path: out, format: "csv", schema: s,
    options: { sep: ";", nullValue: "NULL", emptyValue: "EMPTY", dateFormat: "dd/MM/yyyy", lineSep: "\r\n" },
    partitions: [asyncOf(batchOf(s, [[null, "", 18263]]))],
  });
  assert.equal(content(out), "NULL;EMPTY;02/01/2020\r\n");
});

test("gzip compression names files .csv.gz and round-trips", async () => {
  const s = StructType([StructField("i", IntegerType())]);
  const out = join(tempDir(), "csv");
  await writeFiles({ path: out, format: "csv", options: { compression: "gzip" }, schema: s, partitions: [asyncOf(batchOf(s, [[1], [2]]))] });
  const f = partFiles(out);
  assert.match(f[0]!, /\.csv\.gz$/);
  assert.equal(gunzipSync(readFileSync(join(out, f[0]!))).toString(), "1\n2\n");
});

test("CSV rejects nested types with Spark's error", async () => {
  const s = StructType([StructField("a", ArrayType(IntegerType()))]);
  await assert.rejects(writeFiles({ path: join(tempDir(), "x"), format: "csv", schema: s, partitions: [] }), (e: unknown) => {
    assert.ok(e instanceof AnalysisException);
    assert.equal(e.message, '[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The CSV datasource doesn\'t support the column `a` of the type "ARRAY<INT>". SQLSTATE: 0A000');
    return true;
  });
});

test("text writer needs one string column (Spark's error names the first bad column)", async () => {
  const s = StructType([StructField("i", IntegerType()), StructField("s", StringType())]);
  await assert.rejects(
    writeFiles({ path: join(tempDir(), "x"), format: "text", schema: s, partitions: [] }),
    { message: '[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The Text datasource doesn\'t support the column `i` of the type "INT". SQLSTATE: 0A000' },
  );
});

test("empty tasks write no file; an empty job writes one file (with the header)", async () => {
  const s = StructType([StructField("i", IntegerType())]);
  const out = join(tempDir(), "csv");
  await writeFiles({ path: out, format: "csv", schema: s, partitions: [asyncOf(batchOf(s, [[1]])), asyncOf(), asyncOf(batchOf(s, [[2]]))] });
  assert.deepEqual(partFiles(out).map((f) => f.slice(0, 10)), ["part-00000", "part-00002"]);
  const empty = join(tempDir(), "csv");
  await writeFiles({ path: empty, format: "csv", options: { header: "true" }, schema: s, partitions: [asyncOf(), asyncOf()] });
  assert.equal(partFiles(empty).length, 1);
  assert.equal(content(empty), "i\n");
});
