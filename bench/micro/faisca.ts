// Faísca side of the micro-benchmarks (see bench/lib/micro-defs.ts).
import { SparkSession, functions as F } from "../../src/index.js";
import { faiscaCell } from "../lib/faisca-cells.js";
import { D_EXPRS, D_ROWS, MICRO, SORT_TAIL, T_EXPRS, type MicroRun, type MicroTask } from "../lib/micro-defs.js";
import { emit, epochNow, firstLine } from "../lib/protocol.js";
import type { DataFrame } from "../../src/index.js";

const task = JSON.parse(process.argv[2]) as MicroTask;

async function cellsOf(df: DataFrame, rows?: Awaited<ReturnType<DataFrame["collect"]>>) {
  const got = rows ?? (await df.collect());
  const schema = await df.schema();
  return got.map((r) => r.values.map((v, i) => faiscaCell(schema.fields[i].dataType, v)));
}

async function main(): Promise<void> {
  const spark = SparkSession.builder.appName("faisca-micro").master(String(task.options.master ?? "local[*]")).getOrCreate();
  const f = task.files;
  spark.read.option("header", "true").schema(f.regionDdl).csv(f.region).createOrReplaceTempView("region_csv");
  spark.read.option("header", "true").schema(f.csvDdl).csv(f.csv).createOrReplaceTempView("lineitem_csv");
  spark.read.parquet(f.parquet).createOrReplaceTempView("lineitem_pq");
  emit("hello", { readyEpochMs: epochNow() });
  let built = false;
  for (const name of task.benches) {
    const def = MICRO.find((m) => m.name === name)!;
    const run: MicroRun = { name, ok: false, ms: [] };
    try {
      if (def.group === "memory" && !built) {
        const t = spark.range(task.rows).selectExpr(...T_EXPRS).cache();
        await t.count();
        t.createOrReplaceTempView("t");
        const d = spark.range(D_ROWS).selectExpr(...D_EXPRS).cache();
        await d.count();
        d.createOrReplaceTempView("d");
        built = true;
      }
      for (let i = 0; i < (def.group === "startup" ? 1 : task.runs); i++) {
        const t0 = performance.now();
        if (name === "sort") {
          const df = spark.table("t").select("id", "k_high", "v").orderBy(F.col("v").desc(), F.col("id"));
          const rows = await df.tail(SORT_TAIL);
          run.ms!.push(performance.now() - t0);
          run.cells = await cellsOf(df, rows);
        } else {
          const df = spark.sql(def.sql!);
          const rows = await df.collect();
          run.ms!.push(performance.now() - t0);
          run.cells = await cellsOf(df, rows);
        }
        run.endEpochMs ??= epochNow();
      }
      run.ok = true;
    } catch (e) {
      run.error = firstLine(e);
    }
    emit("query", run);
  }
  emit("done", { maxRssBytes: process.resourceUsage().maxRSS * 1024 });
  await spark.stop();
  process.exit(0);
}

await main();
