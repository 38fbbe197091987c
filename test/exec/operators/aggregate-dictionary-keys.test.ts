import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SparkSession } from "../../../src/index.js";

// A filter keeps a batch's whole dictionary; entries no surviving row uses must not become
// groups (this once turned TPC-H q12's two ship modes into seven, five counted 0).
test("grouping a filtered dictionary-encoded string column yields only the values present", async () => {
  const spark = SparkSession.builder.master("local[1]").appName("dict-keys").getOrCreate();
  const dir = mkdtempSync(join(tmpdir(), "faisca-dict-keys-"));
  try {
    const rows = ["MAIL", "SHIP", "AIR", "RAIL", "MAIL", null, "TRUCK"].map((m, i) => [m, i]);
    await spark.createDataFrame(rows, "m string, v int").write.mode("overwrite").parquet(join(dir, "t"));
    await spark.read.parquet(join(dir, "t")).createOrReplaceTempView("t");
    const filtered = await spark.sql("SELECT m, count(*) AS n FROM t WHERE m IN ('MAIL', 'SHIP') GROUP BY m ORDER BY m").collect();
    assert.deepEqual(filtered.map((r) => [r.m, Number(r.n)]), [["MAIL", 2], ["SHIP", 1]]);
    const withNull = await spark.sql("SELECT m, sum(v) AS s FROM t WHERE v >= 4 GROUP BY m ORDER BY m").collect();
    assert.deepEqual(withNull.map((r) => [r.m, Number(r.s)]), [[null, 5], ["MAIL", 4], ["TRUCK", 6]]);
  } finally {
    await spark.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
