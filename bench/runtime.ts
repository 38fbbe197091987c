// Runtime benchmark: (1) speed-up from 1 to 2 executors on a CPU-bound job, (2) shuffle
// throughput in bytes/s, (3) a job over data 5× the executor memory budget, with its answer
// checked and the process's peak RSS. Run: node --import tsx bench/runtime.ts [--quick]

import { SparkContext } from "../src/rdd/spark-context.js";
import type { SparkListenerEvent } from "../src/runtime/events/listener-events.js";

const quick = process.argv.includes("--quick");
const conf = { "spark.ui.showConsoleProgress": "false" };

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

/** Wall time of the job and its effective parallelism (Σ task run time / wall time), which
 *  stays meaningful when other processes load the machine. */
async function cpuBound(executors: number): Promise<{ ms: number; parallelism: number }> {
  const sc = new SparkContext({ master: `local[${executors}]`, conf });
  let busy = 0;
  sc.addSparkListener({ onTaskEnd: (e) => (busy += e.taskMetrics.executorRunTime) });
  try {
    await sc.runtime.startExecutors();
    const n = quick ? 4_000 : 16_000;
    const job = () =>
      sc.range(0, n, 1, 8).map((i) => {
        let acc = 0;
        for (let k = 0; k < 20_000; k++) acc = (acc + Math.sqrt(i * k + 1)) % 1e9;
        return acc;
      }).sum();
    await job(); // warm up (JIT, worker start)
    await sc.runtime.bus.waitUntilEmpty();
    busy = 0;
    const [, ms] = await timed(job);
    await sc.runtime.bus.waitUntilEmpty();
    return { ms, parallelism: busy / ms };
  } finally {
    await sc.stop();
  }
}

async function shuffleThroughput(): Promise<{ bytes: number; ms: number; records: number }> {
  const sc = new SparkContext({ master: "local[2]", conf });
  const events: SparkListenerEvent[] = [];
  sc.addSparkListener({ onTaskEnd: (e) => events.push(e) });
  try {
    await sc.runtime.startExecutors();
    const n = quick ? 200_000 : 1_000_000;
    const pairs = sc.range(0, n, 1, 4).map((i) => [`user-${i % 50_000}`, i] as [string, number]);
    await pairs.partitionBy(200).count(); // warm up
    events.length = 0;
    const [, ms] = await timed(() => pairs.partitionBy(200).count());
    await sc.runtime.bus.waitUntilEmpty();
    let bytes = 0;
    for (const e of events) if (e.event === "SparkListenerTaskEnd") bytes += e.taskMetrics.shuffleBytesWritten;
    return { bytes, ms, records: n };
  } finally {
    await sc.stop();
  }
}

async function overBudget(): Promise<{ budgetMb: number; dataMb: number; ms: number; ok: boolean; peakRssMb: number }> {
  const budgetMb = 64;
  const sc = new SparkContext({ master: "local[2]", conf: { ...conf, "spark.executor.memory": `${budgetMb}m` } });
  try {
    // ~5× the budget: records of [key string, 200-char payload] ≈ 0.45 KB each in the heap.
    const n = quick ? 200_000 : 750_000;
    const keys = 100_000;
    const data = sc.range(0, n, 1, 8).map((i) => [`k${(i * 7919) % 100_000}`, "x".repeat(200) + i] as [string, string]);
    const [groups, ms] = await timed(() => data.groupByKey(8).mapValues((vs) => vs.length).values().sum());
    const dataMb = (n * 450) / 2 ** 20;
    return { budgetMb, dataMb, ms, ok: groups === n && keys > 0, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    await sc.stop();
  }
}

const one = await cpuBound(1);
const two = await cpuBound(2);
console.log(`CPU-bound job: 1 executor ${one.ms.toFixed(0)} ms (parallelism ${one.parallelism.toFixed(2)}), 2 executors ${two.ms.toFixed(0)} ms (parallelism ${two.parallelism.toFixed(2)}), speed-up ×${(one.ms / two.ms).toFixed(2)}`);
const sh = await shuffleThroughput();
console.log(`Shuffle (partitionBy 200, ${sh.records} records, ${(sh.bytes / 2 ** 20).toFixed(1)} MB written): ${sh.ms.toFixed(0)} ms, ${((sh.bytes / 2 ** 20) / (sh.ms / 1000)).toFixed(1)} MB/s, ${((sh.records / sh.ms) * 1000 / 1e6).toFixed(2)} M records/s`);
const ob = await overBudget();
console.log(`Over budget: executor memory ${ob.budgetMb} MB each, ~${ob.dataMb.toFixed(0)} MB of records grouped in ${ob.ms.toFixed(0)} ms, answer ${ob.ok ? "correct" : "WRONG"}, peak RSS ${ob.peakRssMb.toFixed(0)} MB`);
