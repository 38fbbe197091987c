// The engines a TPC-H run compares, and how each one's child process is started.
import { join } from "node:path";
import { BENCH_DIR } from "./paths.js";
import type { EngineTask } from "./protocol.js";
import { TPCH_TABLES, sparkDdl } from "./tpch-schema.js";

export interface EngineDef {
  id: string;
  label: string;
  /** Part of a --quick run. */
  quick: boolean;
  /** The DataFrame-program form of Faísca runs programs, not SQL text. */
  form: "sql" | "dataframe";
  options: EngineTask["options"];
  command(task: EngineTask): [string, string[]];
}

const nodeChild = (file: string) => (task: EngineTask): [string, string[]] => [
  process.execPath,
  ["--import", "tsx", join(BENCH_DIR, "engines", file), JSON.stringify(task)],
];

const pythonChild = (file: string) => (task: EngineTask): [string, string[]] => [
  process.env.PYTHON ?? "python3",
  [join(BENCH_DIR, "engines", file), JSON.stringify(task)],
];

export const ENGINES: EngineDef[] = [
  { id: "duckdb", label: "DuckDB", quick: true, form: "sql", options: {}, command: nodeChild("duckdb.ts") },
  { id: "duckdb-1t", label: "DuckDB threads=1", quick: true, form: "sql", options: { threads: 1 }, command: nodeChild("duckdb.ts") },
  { id: "faisca", label: "Faísca SQL local[*]", quick: true, form: "sql", options: { master: "local[*]", form: "sql" }, command: nodeChild("faisca.ts") },
  { id: "faisca-1", label: "Faísca SQL local[1]", quick: false, form: "sql", options: { master: "local[1]", form: "sql" }, command: nodeChild("faisca.ts") },
  { id: "faisca-df", label: "Faísca DataFrame API", quick: true, form: "dataframe", options: { master: "local[*]", form: "dataframe" }, command: nodeChild("faisca.ts") },
  { id: "polars", label: "nodejs-polars SQL", quick: true, form: "sql", options: {}, command: nodeChild("polars.ts") },
  {
    id: "pyspark",
    label: "PySpark local[*]",
    quick: true,
    form: "sql",
    options: { master: "local[*]", tables: Object.fromEntries(TPCH_TABLES.map((t) => [t, sparkDdl(t)])) as never },
    command: pythonChild("pyspark_tpch.py"),
  },
];

/** Faísca's ratios are taken against these, pairing single-threaded with single-threaded. */
export const RATIO_PAIRS: { faisca: string; peer: string }[] = [
  { faisca: "faisca", peer: "duckdb" },
  { faisca: "faisca", peer: "polars" },
  { faisca: "faisca", peer: "pyspark" },
  { faisca: "faisca-1", peer: "duckdb-1t" },
];
