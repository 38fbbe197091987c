// A write process killed with SIGKILL (no cleanup code runs) at different points of an
// overwrite: the next reader finds the old output intact, or, once the commit had begun, the
// new output complete — never a mix, never nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IntegerType, StringType, StructField, StructType } from "../../../src/types/data-type.js";
import { writeFiles } from "../../../src/io/commit/write-files.js";
import { asyncOf, batchOf, readAll, tempDir } from "../helpers.js";

const CHILD = join(fileURLToPath(new URL(".", import.meta.url)), "killed-write-child.ts");
const schema = StructType([StructField("i", IntegerType()), StructField("s", StringType())]);

/** Runs the child until it prints `until` (then SIGKILLs it) or exits; returns what it printed. */
function runChild(path: string, batches: number, until: string | null, extraDelayMs = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, path, "new", String(batches)], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (until !== null && out.includes(until)) setTimeout(() => child.kill("SIGKILL"), extraDelayMs);
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => (signal === "SIGKILL" || code === 0 ? resolve(out) : reject(new Error(`child failed (${code}): ${err}`))));
  });
}

async function oldOutput(): Promise<string> {
  const path = join(tempDir(), "out");
  await writeFiles({ path, format: "parquet", mode: "overwrite", schema, partitions: [asyncOf(batchOf(schema, [[1, "old"], [2, "old"]]))] });
  return path;
}

async function tags(path: string): Promise<{ rows: number; tags: string[] }> {
  const { rows } = await readAll(path, "parquet");
  return { rows: rows.length, tags: [...new Set(rows.map((r) => String(r[1])))].sort() };
}

test("killed while tasks are writing: the old output is intact", async () => {
  const path = await oldOutput();
  const out = await runChild(path, 200, "writing");
  assert.ok(!out.includes("done"), "the child was killed before finishing");
  assert.deepEqual(await tags(path), { rows: 2, tags: ["old"] });
  // A later overwrite succeeds over the leftovers.
  await runChild(path, 2, null);
  assert.deepEqual(await tags(path), { rows: 3 * 2 * 1000, tags: ["new"] });
});

test("killed at any point of the commit: old output or the complete new one", async () => {
  for (const delay of [0, 1, 3, 10, 30]) {
    const path = await oldOutput();
    await runChild(path, 2, "committing", delay);
    const got = await tags(path);
    assert.ok(
      (got.rows === 2 && got.tags.join() === "old") || (got.rows === 6000 && got.tags.join() === "new"),
      `kill ${delay} ms after the commit began left ${JSON.stringify(got)}`,
    );
  }
});
