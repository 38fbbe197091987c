// The demo pipeline end to end: run it into a temporary lake and compare its refined table with
// the same pipeline run by PySpark 4.1 (recorded in test/fixtures/demo/refined-pyspark.txt).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SparkSession } from "../../src/index.js";

const root = path.resolve(new URL("../..", import.meta.url).pathname);

test("demo pipeline writes trusted and refined layers matching PySpark", async () => {
  const lake = path.join(mkdtempSync(path.join(os.tmpdir(), "faisca-demo-")), "lake");
  const run = spawnSync(process.execPath, ["--import", "tsx", "examples/demo-pipeline.ts", lake], { cwd: root, encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /linhas brutas: 406/);
  assert.match(run.stdout, /linhas malformadas: 1/);
  assert.match(run.stdout, /linhas confiáveis: 402/);

  // Trusted: Parquet partitioned by month, committed with _SUCCESS.
  const trusted = readdirSync(path.join(lake, "trusted", "vendas"));
  assert.ok(trusted.includes("_SUCCESS"));
  assert.ok(trusted.some((d) => d.startsWith("mes=2024-0")));

  const spark = SparkSession.builder.config("spark.sql.session.timeZone", "UTC").create();
  const refined = spark.read.parquet(path.join(lake, "refined", "receita_por_loja")).orderBy("cidade", "nome", "mes");
  const expected = readFileSync(path.join(root, "test", "fixtures", "demo", "refined-pyspark.txt"), "utf8");
  assert.equal(await refined.showString(100, 0), expected);
});
