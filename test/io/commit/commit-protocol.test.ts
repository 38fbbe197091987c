import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { StructType, StructField, IntegerType, StringType } from "../../../src/types/data-type.js";
import type { Batch } from "../../../src/exec/batch/column-vector.js";
import { AnalysisException } from "../../../src/errors/spark-error.js";
import { writeFiles } from "../../../src/io/commit/write-files.js";
import { setupWriteJob, runWriteTask, commitWriteJob } from "../../../src/io/commit/write-job.js";
import { asyncOf, batchOf, readAll, sortRows, tempDir } from "../helpers.js";

const s = StructType([StructField("i", IntegerType()), StructField("s", StringType())]);
const rowsA = [[1, "a"], [2, "b"]];
const rowsB = [[10, "x"]];
const write = (path: string, rows: unknown[][], mode?: "overwrite" | "append" | "ignore" | "error" | "errorifexists", extra: object = {}) =>
  writeFiles({ path, format: "csv", mode, schema: s, partitions: [asyncOf(batchOf(s, rows))], ...extra });
const readBack = async (path: string) => sortRows((await readAll(path, "csv", {}, s)).rows);
const visible = (dir: string) => readdirSync(dir).sort();

test("a job publishes part files and _SUCCESS; nothing is left under _temporary", async () => {
  const out = join(tempDir(), "o");
  const r = await write(out, rowsA);
  const names = visible(out);
  assert.equal(names.length, 2);
  assert.equal(names[0], "_SUCCESS");
  assert.match(names[1]!, /^part-00000-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-c000\.csv$/);
  assert.equal(r.numRows, 2);
  assert.deepEqual(await readBack(out), rowsA);
});

test("modes: errorifexists (default) / error raise PATH_ALREADY_EXISTS; ignore skips; append adds; overwrite replaces", async () => {
  const out = join(tempDir(), "o");
  await write(out, rowsA);
  for (const mode of [undefined, "error", "errorifexists"] as const) {
    await assert.rejects(write(out, rowsB, mode), (e: unknown) => {
      assert.ok(e instanceof AnalysisException);
      assert.equal(e.message, `[PATH_ALREADY_EXISTS] Path file:${out} already exists. Set mode as "overwrite" to overwrite the existing path. SQLSTATE: 42K04`);
      return true;
    });
  }
  assert.equal((await write(out, rowsB, "ignore")).skipped, true);
  assert.deepEqual(await readBack(out), rowsA);
  await write(out, rowsB, "append");
  assert.deepEqual(await readBack(out), sortRows([...rowsA, ...rowsB]));
  await write(out, rowsB, "overwrite");
  assert.deepEqual(await readBack(out), rowsB);
  // No staging, trash or marker left next to the output.
  assert.deepEqual(readdirSync(dirname(out)), ["o"]);
});

async function* failingTask(): AsyncIterable<Batch> {
  yield batchOf(s, rowsB);
  throw new Error("task exploded");
}

test("a task failing midway leaves the previous output intact and no partial files visible", async () => {
  const out = join(tempDir(), "o");
  await write(out, rowsA);
  const before = visible(out);
  await assert.rejects(
    writeFiles({ path: out, format: "csv", mode: "overwrite", schema: s, partitions: [asyncOf(batchOf(s, rowsB)), failingTask] }),
    /task exploded/,
  );
  assert.deepEqual(visible(out), before);
  assert.deepEqual(await readBack(out), rowsA);
  assert.deepEqual(readdirSync(dirname(out)), ["o"]);
  // Same for append: the failed job's files never appear.
  await assert.rejects(
    writeFiles({ path: out, format: "csv", mode: "append", schema: s, partitions: [asyncOf(batchOf(s, rowsB)), failingTask] }),
    /task exploded/,
  );
  assert.deepEqual(visible(out), before);
});

const swapSteps = ["write-marker", "move-old-aside", "move-new-into-place", "delete-trash", "delete-marker"];
for (const step of swapSteps) {
  test(`overwrite crashing at '${step}' is recovered by the next reader: old or new data, never neither`, async () => {
    const out = join(tempDir(), "o");
    await write(out, rowsA);
    await assert.rejects(
      write(out, rowsB, "overwrite", { crash: (st: string) => { if (st === step) throw new Error("crash at " + st); } }),
      /crash at/,
    );
    // The next reader sees a complete output: the old one if the marker was not yet written, else the new one.
    const rows = await readBack(out);
    assert.deepEqual(rows, step === "write-marker" ? rowsA : rowsB);
    assert.equal(existsSync(join(out, "_SUCCESS")), true);
    // Recovery cleaned the swap's leftovers except, before the marker existed, the unpublished staging dir.
    const siblings = readdirSync(dirname(out)).filter((n) => n !== "o");
    if (step === "write-marker") assert.ok(siblings.every((n) => n.includes("faisca-staging")));
    else assert.deepEqual(siblings, []);
    // And the next writer works normally.
    await write(out, rowsA, "overwrite");
    assert.deepEqual(await readBack(out), rowsA);
  });
}

test("a job commit interrupted while moving files is rolled forward by the next reader", async () => {
  const out = join(tempDir(), "o");
  await write(out, rowsA);
  const job = await setupWriteJob({ path: out, format: "csv", mode: "append", schema: s });
  const m0 = await runWriteTask(job, 0, asyncOf(batchOf(s, rowsB)));
  const m1 = await runWriteTask(job, 1, asyncOf(batchOf(s, [[11, "y"]])));
  let moves = 0;
  await assert.rejects(
    commitWriteJob(job, [m0, m1], (st) => { if (st === "move-task-file" && ++moves === 2) throw new Error("crash"); }),
    /crash/,
  );
  assert.deepEqual(await readBack(out), sortRows([...rowsA, ...rowsB, [11, "y"]]));
  assert.equal(existsSync(join(out, "_temporary")), false);
});

test("dynamic partition overwrite replaces only the partitions written", async () => {
  const out = join(tempDir(), "o");
  await writeFiles({ path: out, format: "csv", schema: s, partitionBy: ["s"], partitions: [asyncOf(batchOf(s, [[1, "a"], [2, "b"]]))] });
  await writeFiles({
    path: out, format: "csv", mode: "overwrite", partitionOverwriteMode: "dynamic", schema: s, partitionBy: ["s"],
    partitions: [asyncOf(batchOf(s, [[3, "b"], [4, "c"]]))],
  });
  assert.deepEqual(sortRows((await readAll(out, "csv", {}, s)).rows), [[1, "a"], [3, "b"], [4, "c"]]);
  // Static overwrite (default) replaces everything.
  await writeFiles({ path: out, format: "csv", mode: "overwrite", schema: s, partitionBy: ["s"], partitions: [asyncOf(batchOf(s, [[5, "z"]]))] });
  assert.deepEqual((await readAll(out, "csv", {}, s)).rows, [[5, "z"]]);
  assert.ok(readdirSync(out).every((n) => !n.startsWith(".") && !n.startsWith("_faisca")));
});

test("a retried task attempt replaces an earlier committed attempt", async () => {
  const out = join(tempDir(), "o");
  const job = await setupWriteJob({ path: out, format: "csv", schema: s });
  await runWriteTask(job, 0, asyncOf(batchOf(s, rowsB)), 0);
  const m = await runWriteTask(job, 0, asyncOf(batchOf(s, rowsA)), 1);
  await commitWriteJob(job, [m]);
  assert.deepEqual(await readBack(out), rowsA);
  assert.equal(readFileSync(join(out, "_SUCCESS"), "utf8"), "");
});
