// Distributed DataFrame benchmark: a group-by over 10M rows (100k long keys, sum + count) on the
// runtime's executors with 1 vs 2 executors, beside the driver-only engine on the same query.
// `--keys=N` changes the number of groups (partial aggregation pays off when groups are few).
// Reports wall times, the 2-vs-1 ratio and the effective parallelism (Σ task time / wall),
// which stays meaningful on a loaded machine. Run: node --import tsx bench/dataframe-distributed.ts [--quick]

import { SparkSession, functions as F } from "../src/index.js";
import { SparkContext } from "../src/rdd/spark-context.js";

const quick = process.argv.includes("--quick");
const ROWS = quick ? 2_000_000 : 10_000_000;
const KEYS = Number(process.argv.find((a) => a.startsWith("--keys="))?.slice(7) ?? 100_000);
const base = { "spark.ui.showConsoleProgress": "false" };

function query(spark: SparkSession) {
  return spark
    .range(0, ROWS, 1, 8)
    .withColumn("k", F.col("id").mod(KEYS))
    .groupBy("k")
    .agg(F.sum("id").alias("s"), F.count("*").alias("c"))
    .agg(F.count("*").alias("groups"), F.sum("s").alias("total"));
}

const expectedTotal = (BigInt(ROWS) * BigInt(ROWS - 1)) / 2n;

async function run(label: string, master: string, distributed: boolean): Promise<{ ms: number; parallelism: number }> {
  const sc = new SparkContext({ master, conf: base });
  let busy = 0;
  sc.addSparkListener({ onTaskEnd: (e) => (busy += e.taskMetrics.executorRunTime) });
  const spark = SparkSession.builder.master(master).config("spark.faisca.distributed.enabled", String(distributed)).config(base).create();
  try {
    await sc.runtime.startExecutors();
    const once = async () => {
      const t0 = performance.now();
      const [row] = await query(spark).collect();
      const ms = performance.now() - t0;
      if (row!.get(0) !== BigInt(KEYS) || row!.get(1) !== expectedTotal) throw new Error(`${label}: wrong answer ${row}`);
      return ms;
    };
    await once(); // warm up: JIT, workers, executor bundle
    await sc.runtime.bus.waitUntilEmpty();
    busy = 0;
    const times: number[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) times.push(await once());
    await sc.runtime.bus.waitUntilEmpty();
    const ms = Math.min(...times);
    const total = times.reduce((a, b) => a + b, 0);
    return { ms, parallelism: busy / total };
  } finally {
    await sc.stop();
  }
}

const driver = await run("driver", "local[2]", false);
const one = await run("1 executor", "local[1]", true);
const two = await run("2 executors", "local[2]", true);
const fmt = (x: number) => x.toFixed(0).padStart(7);
console.log(`group-by of ${ROWS.toLocaleString("en")} rows into ${KEYS.toLocaleString("en")} groups (best of ${quick ? 1 : 3})`);
console.log(`  driver only (no executors)   ${fmt(driver.ms)} ms`);
console.log(`  distributed, 1 executor      ${fmt(one.ms)} ms   effective parallelism ${one.parallelism.toFixed(2)}`);
console.log(`  distributed, 2 executors     ${fmt(two.ms)} ms   effective parallelism ${two.parallelism.toFixed(2)}`);
console.log(`  1 → 2 executors speed-up     ${(one.ms / two.ms).toFixed(2)}×`);
console.log(`  2 executors vs driver only   ${(driver.ms / two.ms).toFixed(2)}×`);
