// Plan serialization (src/plan/serde) and AQE partition coalescing, without worker threads:
// a plan that went through serialize → structured clone → deserialize must give the same rows
// as the original on the driver, and coalescing must follow Spark's target-size rule.

import { test } from "node:test";
import assert from "node:assert/strict";
import { SparkSession, functions as F, Window } from "../../../src/index.js";
import type { DataFrame } from "../../../src/api/dataframe.js";
import { deserializePlan, serializePlan, NotDistributable } from "../../../src/plan/serde/index.js";
import { executePlan } from "../../../src/exec/physical/execute.js";
import type { ExecContext } from "../../../src/exec/physical/exec-context.js";
import { batchToRows } from "../../../src/exec/batch/batch-ops.js";
import { coalescePartitions } from "../../../src/exec/distributed/coalesce-partitions.js";

const spark = SparkSession.builder.master("local[1]").config("spark.sql.session.timeZone", "UTC").create();

async function rowsOf(df: DataFrame, roundTrip: boolean): Promise<string[]> {
  const { plan } = await df.queryExecution().optimized();
  const state = spark.state;
  const ctx: ExecContext = {
    fnCtx: state.functionContext(),
    eval: { subqueries: new Map() },
    shufflePartitions: 4,
    defaultParallelism: 1,
    codegen: true,
    batchSize: 4096,
    cached: () => undefined,
    storeCache: () => undefined,
    execute: (p) => executePlan(p, ctx),
  };
  const p = roundTrip ? deserializePlan(structuredClone(serializePlan(plan)), { fnCtx: ctx.fnCtx, resolveUdf: () => () => null }) : plan;
  const parts = await executePlan(p, ctx);
  return parts.flatMap((b) => b.flatMap((x) => batchToRows(x))).map((r) => JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? `${v}n` : v)));
}

test("a serialized plan rebinds registry functions, analyzer-made calls and literals", async () => {
  const df = spark.createDataFrame(
    [
      ["a", 1, 2.5, null],
      ["b", null, 3.5, "x"],
      ["a", 3, null, "y"],
    ],
    "k STRING, n INT, d DOUBLE, s STRING",
  );
  const q = df
    .na.drop("any", 3)
    .select(
      F.upper(F.col("k")).alias("u"),
      F.struct("n", "d").getField("d").alias("sd"),
      F.array("k", "s").getItem(1).alias("a1"),
      F.create_map(F.col("k"), F.col("n")).getItem("a").alias("ma"),
      F.col("n").plus(F.lit(10)).multiply(2).alias("n2"),
      F.concat_ws("-", F.col("k"), F.lit("é"), F.col("s")).alias("c"),
      F.lit(12345678901234n).alias("big"),
      F.col("d").cast("decimal(10,2)").alias("dec"),
      F.lag("n", 1).over(Window.partitionBy("k").orderBy("n")).alias("lag"),
      F.sum("n").over(Window.partitionBy("k")).alias("tot"),
    )
    .groupBy("u")
    .agg(F.countDistinct("c"), F.max("dec"), F.first("big"), F.sum("n2"));
  const direct = await rowsOf(q, false);
  assert.ok(direct.length > 0);
  assert.deepEqual(await rowsOf(q, true), direct);
});

test("serializing a UDF whose closure is not shippable raises NotDistributable", async () => {
  const hidden = 7;
  const df = spark.range(0, 3).select(F.udf((x: bigint) => Number(x) + hidden, "int")(F.col("id")));
  const { plan } = await df.queryExecution().optimized();
  assert.throws(() => serializePlan(plan), (e: unknown) => e instanceof NotDistributable && /hidden/.test(e.message));
  const ok = spark.range(0, 3).select(F.udf((x: bigint) => Number(x) + 1, "int")(F.col("id")));
  const shipped = JSON.stringify(serializePlan((await ok.queryExecution().optimized()).plan), (_k, v) => (typeof v === "bigint" ? String(v) : v));
  assert.match(shipped, /"\$rebind":"udf"/);
});

test("AQE coalescing merges adjacent small partitions up to the target size", () => {
  const MB = 1024 * 1024;
  const o = { advisoryBytes: 64 * MB, minPartitionBytes: 1 * MB, minPartitions: 2 };
  // Tiny data: everything fits the 1 MB minimum → one partition.
  assert.deepEqual(coalescePartitions([[10, 0, 20, 5]], o), [[0, 4]]);
  // 40 MB over 2 executors → target 20 MB.
  assert.deepEqual(coalescePartitions([[10 * MB, 10 * MB, 10 * MB, 10 * MB]], o), [[0, 2], [2, 4]]);
  // A partition bigger than the target stays alone; sides of a join are summed.
  assert.deepEqual(coalescePartitions([[30 * MB, 1 * MB, 1 * MB], [0, 0, 8 * MB]], o), [[0, 1], [1, 3]]);
  // Without parallelism-first, the advisory size rules.
  assert.deepEqual(coalescePartitions([[10 * MB, 10 * MB, 10 * MB]], { ...o, minPartitions: 1 }), [[0, 3]]);
  assert.deepEqual(coalescePartitions([[]], o), []);
});
