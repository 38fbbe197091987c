// Faísca engine child: TPC-H as SQL text (form "sql") or as DataFrame programs (form
// "dataframe", bench/tpch/dataframe/qNN.ts) over the same files through spark.read.
// Reads Parquet when the Parquet format is registered, otherwise the CSV files (and says so).
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { SparkSession, type DataFrame, type Row } from "../../src/index.js";
import { faiscaCell } from "../lib/faisca-cells.js";
import { simpleString } from "../../src/types/type-strings.js";
import { emit, epochNow, firstLine, type EngineTask, type QueryRun } from "../lib/protocol.js";
import { DATAFRAME_DIR, tablePath } from "../lib/paths.js";
import { TPCH_TABLES, sparkDdl } from "../lib/tpch-schema.js";

const task = JSON.parse(process.argv[2]) as EngineTask;

/** Is the Parquet reader usable yet? Reads one small file's schema to find out. */
async function parquetWorks(spark: SparkSession): Promise<string | null> {
  try {
    await spark.read.parquet(tablePath(task.dataDir, "parquet", "region")).schema();
    return null;
  } catch (e) {
    return firstLine(e);
  }
}

function registerViews(spark: SparkSession, format: "parquet" | "csv"): void {
  for (const t of TPCH_TABLES) {
    const path = tablePath(task.dataDir, format, t);
    const df = format === "parquet" ? spark.read.parquet(path) : spark.read.option("header", "true").schema(sparkDdl(t)).csv(path);
    df.createOrReplaceTempView(t);
  }
}

type DataFrameProgram = (spark: SparkSession) => DataFrame;

async function loadProgram(name: string): Promise<DataFrameProgram> {
  const file = join(DATAFRAME_DIR, `${name}.ts`);
  if (!existsSync(file)) throw new Error(`no DataFrame program ${name}.ts yet`);
  const mod = (await import(pathToFileURL(file).href)) as { default: DataFrameProgram };
  return mod.default;
}

async function main(): Promise<void> {
  const master = String(task.options.master ?? "local[*]");
  const form = String(task.options.form ?? "sql");
  const spark = SparkSession.builder.appName("faisca-bench").master(master).getOrCreate();
  let format = task.format;
  let note = `${form} form, master ${master}`;
  if (format === "parquet") {
    const why = await parquetWorks(spark);
    if (why !== null) {
      format = "csv";
      note += `; Parquet not readable yet (${why}), read the CSV files instead`;
    }
  }
  emit("hello", { readyEpochMs: epochNow(), format, note });
  let viewsMade = false;
  for (const q of task.queries) {
    const run: QueryRun = { query: q.name, ok: false };
    try {
      const program = form === "dataframe" ? await loadProgram(q.name) : null;
      const build = () => (program ? program(spark) : spark.sql(q.sql));
      const t0 = performance.now();
      if (!viewsMade) {
        registerViews(spark, format);
        viewsMade = true;
      }
      const df = build();
      const rows: Row[] = await df.collect();
      run.coldMs = performance.now() - t0;
      run.coldEndEpochMs = epochNow();
      const schema = await df.schema();
      run.columns = schema.fields.map((f) => ({ name: f.name, type: simpleString(f.dataType) }));
      run.rows = rows.map((r) => r.values.map((v, i) => faiscaCell(schema.fields[i].dataType, v)));
      run.warmMs = [];
      for (let i = 0; i < task.warmRuns; i++) {
        const t1 = performance.now();
        await build().collect();
        run.warmMs.push(performance.now() - t1);
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
