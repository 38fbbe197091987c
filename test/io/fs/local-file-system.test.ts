import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { LocalFileSystem } from "../../../src/io/fs/local-file-system.js";
import { getFileSystem, schemeOf } from "../../../src/io/fs/registry.js";
import { listLeafFiles, isHiddenName } from "../../../src/io/fs/list-files.js";
import { globToRegExp, hasGlob } from "../../../src/io/fs/glob.js";
import { AnalysisException } from "../../../src/errors/spark-error.js";
import { tempDir, writeTree } from "../helpers.js";

const fs = new LocalFileSystem();

test("file: URIs in URL and Hadoop forms resolve to the same local path", () => {
  const dir = tempDir();
  const p = join(dir, "a b.csv");
  assert.equal(fs.resolve(pathToFileURL(p).href), p);
  assert.equal(fs.resolve("file:" + p), p);
  assert.equal(fs.qualify(p), "file:" + p);
});

test("schemes: plain and drive-letter paths are local; s3a and hdfs are rejected clearly", () => {
  assert.equal(schemeOf("/tmp/x"), "file");
  assert.equal(schemeOf("C:\\data\\x.csv"), "file");
  assert.equal(schemeOf("file:///tmp/x"), "file");
  assert.ok(getFileSystem("/tmp/x") instanceof LocalFileSystem);
  assert.throws(
    () => getFileSystem("s3a://bucket/key"),
    { message: "Scheme 's3a' is not supported by the embedded engine; use a remote Spark session (SparkSession.builder.remote(...))" },
  );
  assert.throws(() => getFileSystem("hdfs://nn/x"), /Scheme 'hdfs' is not supported/);
});

test("glob syntax: *, ?, [..], {a,b} and escapes", () => {
  assert.ok(hasGlob("a*.csv") && hasGlob("x{a,b}") && !hasGlob("plain.csv") && !hasGlob("a\\*b"));
  assert.ok(globToRegExp("part-*.csv").test("part-0001.csv"));
  assert.ok(!globToRegExp("part-?.csv").test("part-10.csv"));
  assert.ok(globToRegExp("[a-c]x").test("bx") && !globToRegExp("[^a-c]x").test("bx"));
  assert.ok(globToRegExp("{jan,feb}.csv").test("feb.csv") && !globToRegExp("{jan,feb}.csv").test("mar.csv"));
  assert.ok(globToRegExp("a\\*b").test("a*b") && !globToRegExp("a\\*b").test("axb"));
});

test("listing expands globs across directories and skips hidden and bookkeeping files", async () => {
  const dir = writeTree(tempDir(), {
    "2024/jan.csv": "1\n",
    "2024/feb.csv": "2\n",
    "2025/jan.csv": "3\n",
    "2025/_SUCCESS": "",
    "2025/.jan.csv.crc": "x",
    "2025/_tmp/x.csv": "4\n",
    "2025/c=1/y.csv": "5\n",
    "2025/_c=2/z.csv": "6\n",
  });
  const byGlob = await listLeafFiles([join(dir, "*", "jan.csv")]);
  assert.deepEqual(byGlob.files.map((f) => f.path.slice(dir.length + 1).split(/[\\/]/).join("/")), ["2024/jan.csv", "2025/jan.csv"]);
  const braces = await listLeafFiles([join(dir, "2024", "{jan,feb}.csv")]);
  assert.equal(braces.files.length, 2);
  const all = await listLeafFiles([join(dir, "2025")]);
  assert.deepEqual(
    all.files.map((f) => f.path.slice(dir.length + 1).split(/[\\/]/).join("/")),
    ["2025/_c=2/z.csv", "2025/c=1/y.csv", "2025/jan.csv"],
  );
  assert.ok(all.files.every((f) => f.size > 0 && f.mtimeMs > 0));
  assert.ok(isHiddenName("_SUCCESS") && isHiddenName(".x") && !isHiddenName("_a=1") && isHiddenName("f.csv._COPYING_"));
});

test("a hidden file named explicitly is skipped too (Spark filters root files)", async () => {
  const dir = writeTree(tempDir(), { "_x.csv": "1\n" });
  const r = await listLeafFiles([join(dir, "_x.csv")]);
  assert.equal(r.files.length, 0);
});

test("missing paths and globs without matches raise PATH_NOT_FOUND as Spark words it", async () => {
  const dir = tempDir();
  const missing = join(dir, "nope.csv");
  await assert.rejects(listLeafFiles([missing]), (e: unknown) => {
    assert.ok(e instanceof AnalysisException);
    assert.equal(e.errorClass, "PATH_NOT_FOUND");
    assert.equal(e.message, `[PATH_NOT_FOUND] Path does not exist: file:${missing}. SQLSTATE: 42K03`);
    return true;
  });
  await assert.rejects(listLeafFiles([join(dir, "nomatch*.csv")]), /\[PATH_NOT_FOUND\] Path does not exist: file:.*nomatch\*\.csv\. SQLSTATE: 42K03/);
});

test("ranged reads return exactly the requested bytes in chunks", async () => {
  const dir = tempDir();
  const p = join(dir, "f.bin");
  const data = new Uint8Array(10_000).map((_, i) => i % 251);
  await fs.writeFile(p, data);
  const chunks: Uint8Array[] = [];
  for await (const c of fs.open(p, { start: 100, end: 5_100, chunkSize: 999 })) chunks.push(c);
  assert.ok(chunks.length > 1);
  const got = Buffer.concat(chunks);
  assert.deepEqual(new Uint8Array(got), data.subarray(100, 5_100));
});

test("rename refuses to replace an existing target; delete is recursive on request", async () => {
  const dir = writeTree(tempDir(), { "a/x": "1", "b/y": "2" });
  await assert.rejects(fs.rename(join(dir, "a"), join(dir, "b")), /destination exists/);
  await fs.rename(join(dir, "a"), join(dir, "c"));
  assert.equal(await fs.exists(join(dir, "c", "x")), true);
  assert.equal(await fs.delete(join(dir, "c"), true), true);
  assert.equal(await fs.exists(join(dir, "c")), false);
  assert.equal(await fs.delete(join(dir, "zzz")), false);
});

test("create streams writes and abort removes the file", async () => {
  const dir = tempDir();
  const out = await fs.create(join(dir, "sub", "o.txt"));
  await out.write(new TextEncoder().encode("hello "));
  await out.write(new TextEncoder().encode("world"));
  await out.close();
  assert.equal(new TextDecoder().decode(await fs.readFile(join(dir, "sub", "o.txt"))), "hello world");
  const out2 = await fs.create(join(dir, "p.txt"));
  await out2.write(new Uint8Array([1]));
  await out2.abort();
  assert.equal(await fs.exists(join(dir, "p.txt")), false);
});
