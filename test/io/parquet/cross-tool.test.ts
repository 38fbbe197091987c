// Cross-tool checks: files we write read in pyarrow, PySpark and DuckDB with the values Spark
// collected; files DuckDB writes read in ours. Each tool's test runs where the tool is installed
// (CI installs pyarrow, PySpark and @duckdb/node-api); the fixture tests cover the rest offline.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { batchesToRows, fixture, fromTypedJson, loadExpected, normalizeExpected } from "./expected.js";
import { dataTypeToJson } from "../../../src/types/type-json.js";
import { asNullable } from "../../../src/io/formats/parquet/infer-schema.js";
import { batchOf, hasPython, readParquet, tempDir, writeParquet } from "./helpers.js";

const exp = loadExpected("spark_types_snappy");
const internalRows = exp.rows.map((r) => exp.schema.fields.map((f, i) => fromTypedJson(r[i], f.dataType)));
const CODECS = ["snappy", "gzip", "zstd", "none"];

async function writeAllCodecs(): Promise<{ dir: string; files: string[]; schemaFile: string }> {
  const dir = tempDir();
  const files: string[] = [];
  for (const compression of CODECS) {
    const path = join(dir, `t-${compression}.parquet`);
    // two batches: the second one through a selection, so batches meet inside a row group
    await writeParquet(path, exp.schema, [batchOf(exp.schema, internalRows.slice(0, 2)), { ...batchOf(exp.schema, [internalRows[0]!, ...internalRows.slice(2)]), selection: Int32Array.from([1, 2]) }], { compression });
    files.push(path);
  }
  const schemaFile = join(dir, "schema.json");
  writeFileSync(schemaFile, JSON.stringify(JSON.parse(readFixtureSchema())));
  return { dir, files, schemaFile };
}

function readFixtureSchema(): string {
  return JSON.stringify(JSON.parse(require_("spark_types_snappy.expected.json")).schema);
}

function require_(name: string): string {
  return spawnSync("cat", [fixture(name)], { encoding: "utf8" }).stdout;
}

function runReader(tool: "pyarrow" | "pyspark", schemaFile: string, files: string[]): Record<string, { rows: unknown[][] }> {
  const r = spawnSync("python3", [fixture("read_typed.py"), tool, schemaFile, ...files], { encoding: "utf8", maxBuffer: 64 << 20, timeout: 300_000 });
  assert.equal(r.status, 0, r.stderr.slice(-3000));
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, { rows: unknown[][] }>;
}

const expectedRows = normalizeExpected(exp.rows, exp.schema);

test("pyarrow reads every type and codec we write", { skip: !hasPython("pyarrow") && "pyarrow is not installed" }, async () => {
  const { files, schemaFile } = await writeAllCodecs();
  const out = runReader("pyarrow", schemaFile, files);
  for (const f of files) assert.deepEqual(normalizeExpected(out[f]!.rows, exp.schema), expectedRows, f);
});

test("PySpark reads every type and codec we write, with the exact schema", { skip: !hasPython("pyspark") && "PySpark is not installed" }, async () => {
  const { files, schemaFile } = await writeAllCodecs();
  const out = runReader("pyspark", schemaFile, files) as Record<string, { rows: unknown[][]; schema: unknown }>;
  for (const f of files) {
    assert.deepEqual(normalizeExpected(out[f]!.rows, exp.schema), expectedRows, f);
    // Spark reads files as nullable; everything else about the types is exact.
    assert.deepEqual(out[f]!.schema, JSON.parse(dataTypeToJson(asNullable(exp.schema))), f);
  }
});

async function duckdb(): Promise<typeof import("@duckdb/node-api") | null> {
  try {
    return await import("@duckdb/node-api");
  } catch {
    return null;
  }
}

const duck = await duckdb();

test("DuckDB reads what we write", { skip: !duck && "@duckdb/node-api is not installed" }, async () => {
  const { files } = await writeAllCodecs();
  const instance = await duck!.DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  for (const f of files) {
    const reader = await conn.runAndReadAll(
      `SELECT b, y, s, i, l::VARCHAR, str, hex(bin), (dt - DATE '1970-01-01')::INTEGER, epoch_us(ts)::VARCHAR, epoch_us(ntz)::VARCHAR,
              dec1::VARCHAR, dec3::VARCHAR, to_json(ai)::VARCHAR, to_json(m)::VARCHAR, to_json(st)::VARCHAR, nn
       FROM read_parquet('${f}') ORDER BY nn`,
    );
    const rows = reader.getRowsJS();
    assert.equal(rows.length, 4);
    const e = exp.rows;
    const col = (name: string) => exp.schema.fields.findIndex((x) => x.name === name);
    for (let r = 0; r < 4; r++) {
      const got = rows[r]!;
      assert.equal(got[0], e[r]![col("b")]);
      assert.equal(got[1], e[r]![col("y")]);
      assert.equal(got[2], e[r]![col("s")]);
      assert.equal(got[3], e[r]![col("i")]);
      assert.equal(got[4], e[r]![col("l")]);
      assert.equal(got[5], e[r]![col("str")]);
      assert.equal(got[6] === null ? null : String(got[6]).toLowerCase(), e[r]![col("bin")]);
      assert.equal(got[7], e[r]![col("dt")]);
      assert.equal(got[8], e[r]![col("ts")]);
      assert.equal(got[9], e[r]![col("ntz")]);
      assert.equal(got[15], r + 1);
    }
    // decimals print with their scale; lists, maps and structs as JSON
    assert.deepEqual(rows.map((x) => x[10]), ["123.45", null, "-999.99", "0.01"]);
    assert.deepEqual(rows.map((x) => x[11]), ["1234567890123456789012345.12345", null, "-9999999999999999999999999.99999", "0.00001"]);
    assert.deepEqual(rows.map((x) => x[12]), ["[1,null,3]", null, "[]", "[null]"]);
    assert.deepEqual(rows.map((x) => x[13]), ['{"k1":1,"k2":null}', null, "{}", '{"only":5}']);
    assert.deepEqual(rows.map((x) => x[14]), ['{"a":7,"b":"seven"}', null, '{"a":null,"b":null}', '{"a":null,"b":"b"}']);
  }
  conn.closeSync();
});

test("we read what DuckDB writes (snappy and zstd, nested, decimals, timestamps)", { skip: !duck && "@duckdb/node-api is not installed" }, async () => {
  const instance = await duck!.DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  const dir = tempDir();
  for (const codec of ["snappy", "zstd"]) {
    const path = join(dir, `duck-${codec}.parquet`);
    await conn.run(
      `COPY (SELECT i::INTEGER AS i, (i * 1000000007)::BIGINT AS l, 'k' || (i % 3) AS s, (i / 4)::DOUBLE AS d,
                    (i / 100)::DECIMAL(9,2) AS dec, TIMESTAMPTZ '2024-01-01 00:00:00+00' + INTERVAL (i) SECOND AS ts,
                    [i, i + 1] AS lst, {'a': i, 'b': 'x' || i} AS st, CASE WHEN i % 2 = 0 THEN NULL ELSE i END AS maybe
             FROM range(0, 5000) t(i)) TO '${path}' (FORMAT PARQUET, COMPRESSION ${codec}, ROW_GROUP_SIZE 2048)`,
    );
    const { schema, batches } = await readParquet(path);
    assert.deepEqual(schema.fields.map((f) => `${f.name}:${f.dataType.kind}`), [
      "i:integer", "l:long", "s:string", "d:double", "dec:decimal", "ts:timestamp", "lst:array", "st:struct", "maybe:long",
    ]);
    const rows = batchesToRows(batches, schema);
    assert.equal(rows.length, 5000);
    for (const i of [0, 1, 2047, 2048, 4999]) {
      assert.deepEqual(rows[i], [
        i, String(BigInt(i) * 1000000007n), `k${i % 3}`, i / 4, String(i), String(1704067200000000n + BigInt(i) * 1000000n),
        [String(i), String(i + 1)], [String(i), `x${i}`], i % 2 === 0 ? null : String(i),
      ]);
    }
  }
  conn.closeSync();
});
