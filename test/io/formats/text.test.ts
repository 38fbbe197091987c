import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { StructType, StructField, StringType } from "../../../src/types/data-type.js";
import { writeFiles } from "../../../src/io/commit/write-files.js";
import { asyncOf, batchOf, readAll, tempDir, writeTree } from "../helpers.js";

test("one value per line (\\n, \\r\\n), empty lines kept, as PySpark", async () => {
  const dir = writeTree(tempDir(), { "t.txt": "a\r\nb\n\nc" });
  const r = await readAll(join(dir, "t.txt"), "text");
  assert.equal(r.schema, "struct<value:string>");
  assert.deepEqual(r.rows, [["a"], ["b"], [""], ["c"]]);
});

test("wholetext gives one row per file; lineSep splits on a custom separator", async () => {
  const dir = writeTree(tempDir(), { "t.txt": "a\nb|c" });
  assert.deepEqual((await readAll(join(dir, "t.txt"), "text", { wholetext: "true" })).rows, [["a\nb|c"]]);
  assert.deepEqual((await readAll(join(dir, "t.txt"), "text", { lineSep: "|" })).rows, [["a\nb"], ["c"]]);
});

test("text writer writes one line per row, nulls as empty lines", async () => {
  const s = StructType([StructField("value", StringType())]);
  const out = join(tempDir(), "t");
  await writeFiles({ path: out, format: "text", schema: s, partitions: [asyncOf(batchOf(s, [["x"], [null], ["ü"]]))] });
  const f = readdirSync(out).filter((x) => x.startsWith("part-"));
  assert.match(f[0]!, /\.txt$/);
  assert.equal(readFileSync(join(out, f[0]!), "utf8"), "x\n\nü\n");
});
