import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { maxSplitBytes, packSplits, splitFiles } from "../../../src/io/partitioning/split-files.js";
import { readAll, tempDir, writeTree } from "../helpers.js";

const MB = 1024 * 1024;

test("maxSplitBytes follows Spark's formula", () => {
  const files = [{ path: "a", size: 1000 * MB, mtimeMs: 0, splittable: true, partitionValues: [] }];
  assert.equal(maxSplitBytes(files), 128 * MB);
  assert.equal(maxSplitBytes(files, { minPartitionNum: 20 }), Math.floor((1004 * MB) / 20));
  assert.equal(maxSplitBytes([{ ...files[0]!, size: 10 }], { minPartitionNum: 2 }), 4 * MB);
});

test("splittable files are cut at maxSplitBytes; compressed ones are not; small files are packed", () => {
  const files = [
    { path: "big", size: 300 * MB, mtimeMs: 0, splittable: true, partitionValues: [] },
    { path: "gz", size: 300 * MB, mtimeMs: 0, splittable: false, partitionValues: [] },
    { path: "s1", size: 1 * MB, mtimeMs: 0, splittable: true, partitionValues: [] },
    { path: "s2", size: 1 * MB, mtimeMs: 0, splittable: true, partitionValues: [] },
  ];
  const splits = splitFiles(files);
  assert.deepEqual(splits.filter((s) => s.path === "big").map((s) => [s.start, s.length]), [[0, 128 * MB], [128 * MB, 128 * MB], [256 * MB, 44 * MB]]);
  assert.equal(splits.filter((s) => s.path === "gz").length, 1);
  const parts = packSplits(splits, 128 * MB);
  // 300MB gz alone; three big splits; the 44MB tail packs with the two small files.
  assert.equal(parts.length, 4);
  assert.deepEqual(parts[3]!.map((s) => s.path), ["big", "s1", "s2"]);
});

test("line-based readers read every record exactly once across byte-range splits", async () => {
  const lines: string[] = [];
  for (let i = 0; i < 5000; i++) lines.push(`${i},${"x".repeat(i % 17)}`);
  const csv = "id,pad\n" + lines.join("\r\n") + "\n";
  const json = lines.map((l, i) => JSON.stringify({ id: i, pad: l })).join("\n");
  const dir = writeTree(tempDir(), { "f.csv": csv, "f.json": json, "f.txt": lines.join("\n") });
  const conf = { maxPartitionBytes: 997, openCostInBytes: 1 };
  const c = await readAll(join(dir, "f.csv"), "csv", { header: "true", inferSchema: "true" }, undefined, conf);
  assert.ok(c.plan.partitions.length > 50);
  assert.deepEqual(c.rows.map((r) => r[0]).sort((a, b) => (a as number) - (b as number)), [...Array(5000).keys()]);
  const j = await readAll(join(dir, "f.json"), "json", {}, undefined, conf);
  assert.equal(j.rows.length, 5000);
  assert.equal(new Set(j.rows.map((r) => r[0])).size, 5000);
  const t = await readAll(join(dir, "f.txt"), "text", {}, undefined, conf);
  assert.deepEqual(t.rows.map((r) => r[0]).sort(), [...lines].sort());
});
