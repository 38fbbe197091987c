// Expected schemas are what PySpark 4.1 infers for the same files (spark.read.option("inferSchema", True)).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { AnalysisException } from "../../../src/errors/spark-error.js";
import { readAll, tempDir, writeTree } from "../helpers.js";

async function inferred(content: string, options: Record<string, string> = {}): Promise<string> {
  const dir = writeTree(tempDir(), { "f.csv": content });
  return (await readAll(join(dir, "f.csv"), "csv", { inferSchema: "true", ...options })).schema;
}

test("inference of every scalar kind with a header, as PySpark", async () => {
  const csv =
    "a,b,c,d,e,f,g,h,i\n1,10000000000,1.5,true,2020-01-01,2020-01-01 10:00:00,x,12345678901234567890,\n" +
    "2,3,2.5,false,2020-01-02,2020-01-01T10:00:00,y,1,\n";
  assert.equal(
    await inferred(csv, { header: "true" }),
    "struct<a:int,b:bigint,c:double,d:boolean,e:date,f:timestamp,g:string,h:decimal(20,0),i:string>",
  );
});

const cases: [string, string, string][] = [
  ["int then double", "1\n1.0\n", "double"],
  ["int then text", "1\nx\n", "string"],
  ["date then timestamp", "2020-01-01\n2020-01-01 10:00:00\n", "timestamp"],
  ["integral beyond long", "100000000000000000000000\n", "decimal(24,0)"],
  ["NaN and int", "NaN\n1\n", "double"],
  ["Infinity", "Infinity\n", "double"],
  ["booleans any case", "TRUE\nfalse\n", "boolean"],
  ["decimal text is double", "1.50\n", "double"],
  ["exponent", "1e5\n", "double"],
  ["zoned timestamp", "2020-01-01T10:00:00Z\n", "timestamp"],
  ["micros timestamp", "2020-01-01 10:00:00.123456\n", "timestamp"],
  ["leading blank is not an int", " 1\n", "double"],
  ["negative int", "-5\n", "int"],
  ["plus sign", "+5\n", "int"],
  ["int then long", "1\n10000000000\n", "bigint"],
  ["L suffix is text", "1L\n", "string"],
  ["d suffix is a double", "1.5d\n", "double"],
  ["non-ISO date is a timestamp", "2020-1-1\n", "timestamp"],
  ["minutes-only timestamp", "2020-01-01T10:00\n", "timestamp"],
];
for (const [name, content, type] of cases) {
  test(`inference: ${name} → ${type}`, async () => {
    assert.equal(await inferred(content), `struct<_c0:${type}>`);
  });
}

test("prefersDecimal does not change CSV inference of fractions (as PySpark)", async () => {
  assert.equal(await inferred("1.50\n", { prefersDecimal: "true" }), "struct<_c0:double>");
});

test("without inferSchema every column is a string; header names are made safe", async () => {
  const dir = writeTree(tempDir(), { "f.csv": "a,,a,b\n1,2,3,4\n" });
  const r = await readAll(join(dir, "f.csv"), "csv", { header: "true" });
  assert.equal(r.schema, "struct<a0:string,_c1:string,a2:string,b:string>");
  assert.deepEqual(r.rows, [["1", "2", "3", "4"]]);
});

test("only blank lines: empty schema → UNABLE_TO_INFER_SCHEMA; empty directory too", async () => {
  const dir = writeTree(tempDir(), { "f.csv": "\n\n" });
  const empty = tempDir();
  await assert.rejects(readAll(join(dir, "f.csv"), "csv", { inferSchema: "true" }), (e: unknown) => {
    assert.ok(e instanceof AnalysisException);
    assert.equal(e.message, "[UNABLE_TO_INFER_SCHEMA] Unable to infer schema for CSV. It must be specified manually. SQLSTATE: 42KD9");
    return true;
  });
  await assert.rejects(readAll(empty, "csv"), /UNABLE_TO_INFER_SCHEMA/);
  await assert.rejects(readAll(empty, "json"), /Unable to infer schema for JSON/);
});

test("preferDate=false infers dates as timestamps", async () => {
  assert.equal(await inferred("2020-01-01\n", { preferDate: "false" }), "struct<_c0:timestamp>");
  assert.equal(await inferred("2020-01-01\n"), "struct<_c0:date>");
});

test("custom dateFormat drives date inference", async () => {
  assert.equal(await inferred("01/02/2020\n", { dateFormat: "MM/dd/yyyy" }), "struct<_c0:date>");
});

test("samplingRatio below 1 still infers from a sample", async () => {
  const lines = Array.from({ length: 200 }, (_, i) => String(i)).join("\n") + "\n";
  assert.equal(await inferred(lines, { samplingRatio: "0.5" }), "struct<_c0:int>");
});
