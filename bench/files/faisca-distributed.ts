// Faísca with the DataFrame runtime on executors (local[N], spark.faisca.distributed.enabled):
// the csv-ingest and parquet-scan queries of bench/lib/micro-defs.ts, times as one JSON line.
// Usage: node --import tsx bench/files/faisca-distributed.ts '<json task>'
import { SparkSession } from "../../src/index.js";
import { MICRO } from "../lib/micro-defs.js";

interface Task {
  csv: string;
  parquet: string;
  csvDdl: string;
  runs: number;
  master: string;
}

const task = JSON.parse(process.argv[2]!) as Task;
const spark = SparkSession.builder.appName("faisca-files").master(task.master).config("spark.faisca.distributed.enabled", "true").getOrCreate();
spark.read.option("header", "true").schema(task.csvDdl).csv(task.csv).createOrReplaceTempView("lineitem_csv");
spark.read.parquet(task.parquet).createOrReplaceTempView("lineitem_pq");
const out: Record<string, number[] | string> = {};
for (const name of ["csv-ingest", "parquet-scan"]) {
  const def = MICRO.find((m) => m.name === name)!;
  try {
    const ms: number[] = [];
    for (let i = 0; i < task.runs; i++) {
      const t0 = performance.now();
      await spark.sql(def.sql!).collect();
      ms.push(performance.now() - t0);
    }
    out[name] = ms;
  } catch (e) {
    out[name] = String((e as Error).message).split("\n")[0]!;
  }
}
console.log("RESULT " + JSON.stringify(out));
await spark.stop();
process.exit(0);
