// Faísca benchmark harness: TPC-H (22 queries, SQL text and DataFrame programs) and
// micro-benchmarks, Faísca beside DuckDB, nodejs-polars and PySpark in one run, on the same data.
// Usage: npm run bench -- [--quick] [--sf N] [--only q01,q06,groupby-int-low,...] (see --help)
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { normalizeName, parseArgs, USAGE } from "./lib/args.js";
import { ENGINES } from "./lib/engines.js";
import { MICRO } from "./lib/micro-defs.js";
import { MICRO_ENGINES, runMicro, type MicroResults } from "./lib/micro-run.js";
import { REPO_DIR, tablePath, tpchDir } from "./lib/paths.js";
import { machineInfo, ratio, writeReport, type RunReport } from "./lib/report.js";
import { geomean } from "./lib/stats.js";
import { ensureLineitemCsv, ensureTpchData, fileBytes } from "./lib/tpch-data.js";
import { QUERY_NAMES, runTpch, type TpchResults } from "./lib/tpch-run.js";
import { sparkDdl } from "./lib/tpch-schema.js";

const log = (s: string) => console.log(s);

/**
 * npm skips nodejs-polars' native binding on Node 20 (the binding declares engines node >= 22,
 * but works). Install it without touching package.json or the lock file when it is missing.
 */
function ensurePolarsBinding(): string | null {
  const require = createRequire(join(REPO_DIR, "package.json"));
  try {
    require("nodejs-polars");
    return null;
  } catch (e) {
    const pkg = `nodejs-polars-${process.platform}-${process.arch}${process.platform === "linux" ? "-gnu" : process.platform === "win32" ? "-msvc" : ""}`;
    const version = (require("nodejs-polars/package.json") as { version: string }).version;
    log(`nodejs-polars' native binding is missing; installing ${pkg}@${version} (--no-save) ...`);
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const r = spawnSync(npm, ["install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", `${pkg}@${version}`], { cwd: REPO_DIR, stdio: "inherit" });
    if (r.status !== 0) return `nodejs-polars native binding missing and \`npm install --no-save ${pkg}@${version}\` failed`;
    return null;
  }
}

function pysparkAvailable(): string | null {
  const r = spawnSync(process.env.PYTHON ?? "python3", ["-c", "import pyspark; print(pyspark.__version__)"], { encoding: "utf8" });
  return r.status === 0 ? null : "PySpark is not installed (pip install pyspark==4.1.1; needs Java 17)";
}

async function main(): Promise<void> {
  // `npm run bench -- --files [--quick]`: the file benchmark (bench/files/run.ts).
  if (process.argv.includes("--files")) {
    const polars = ensurePolarsBinding();
    if (polars) log(`polars: ${polars}`);
    return void (await import("./files/run.js"));
  }
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const date = new Date().toISOString().slice(0, 10);
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  const notes: string[] = [];
  const only = new Set(args.only);
  const queries = QUERY_NAMES.filter((q) => only.size === 0 || only.has(q));
  const benches = MICRO.map((m) => m.name).filter((n) => only.size === 0 || only.has(n));
  const unknown = [...only].filter((n) => !QUERY_NAMES.includes(n) && !MICRO.some((m) => m.name === n));
  if (unknown.length) {
    console.error(`unknown names in --only: ${unknown.join(", ")}\n${USAGE}`);
    process.exit(2);
  }

  const skip = new Map<string, string>();
  const polarsProblem = ensurePolarsBinding();
  if (polarsProblem) skip.set("polars", polarsProblem);
  const sparkProblem = pysparkAvailable();
  if (sparkProblem) skip.set("pyspark", sparkProblem);
  for (const [id, why] of skip) notes.push(`${id} skipped: ${why}`);

  let dataDir: string;
  try {
    dataDir = ensureTpchData(args.sf, log);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }

  let tpch: TpchResults | null = null;
  if (args.tpch && queries.length > 0) {
    const wanted = args.engines ?? ENGINES.filter((e) => !args.quick || e.quick).map((e) => e.id);
    // DuckDB's answers are the reference, so it always runs, first.
    const engines = ENGINES.filter((e) => (e.id === "duckdb" || wanted.includes(e.id)) && !skip.has(e.id));
    tpch = await runTpch(engines, { sf: args.sf, dataDir, format: args.format, queries, runs: args.runs, isolate: args.isolate, timeoutSec: args.timeoutSec, log });
  }

  let micro: MicroResults | null = null;
  if (args.micro && benches.length > 0) {
    let ingestCsv = tablePath(dataDir, "csv", "lineitem");
    if (benches.includes("csv-ingest") && args.csvIngestSf !== args.sf) {
      // Full mode: a ≥ 1 GB CSV (lineitem at sf 1.5 ≈ 1.1 GB).
      try {
        ingestCsv = ensureLineitemCsv(args.csvIngestSf, log);
      } catch (e) {
        notes.push(`csv-ingest used sf${args.sf} lineitem.csv: ${(e as Error).message}`);
      }
    }
    notes.push(`csv-ingest file: ${ingestCsv} (${(fileBytes(ingestCsv) / 1e6).toFixed(0)} MB); parquet-scan file: ${tablePath(dataDir, "parquet", "lineitem")} (${(fileBytes(tablePath(dataDir, "parquet", "lineitem")) / 1e6).toFixed(0)} MB)`);
    const wanted = args.engines ?? MICRO_ENGINES.map((e) => e.id);
    const engines = MICRO_ENGINES.filter((e) => (e.id === "duckdb" || wanted.includes(e.id)) && !skip.has(e.id));
    log(`micro-benchmarks over ${args.rows.toLocaleString("en-US")} rows: ${benches.join(", ")}`);
    micro = await runMicro({
      benches,
      rows: args.rows,
      runs: args.runs,
      engines,
      timeoutSec: args.timeoutSec,
      log,
      files: { csv: ingestCsv, parquet: tablePath(dataDir, "parquet", "lineitem"), region: tablePath(dataDir, "csv", "region"), csvDdl: sparkDdl("lineitem"), regionDdl: sparkDdl("region") },
    });
  }

  if (tpch?.engines.some((e) => e.id.startsWith("faisca") && e.format === "csv" && args.format === "parquet")) {
    notes.push("Faísca could not read Parquet yet and read the CSV files (the peers read Parquet): its times include CSV parsing.");
  }
  const report: RunReport = { date, command, machine: machineInfo(), tpch, micro, notes };
  const md = writeReport(report, args.sf);
  log(`\nreport: ${md}`);
  if (tpch) {
    for (const peer of ["duckdb", "polars", "pyspark", "duckdb-1t"]) {
      const f = peer === "duckdb-1t" ? "faisca-1" : "faisca";
      const rs = tpch.queries.map((q) => ratio(tpch!, f, peer, q, "warmMs")).filter((x): x is number => x !== null);
      if (rs.length) log(`${f}/${peer} warm geomean ${geomean(rs)!.toFixed(2)}× over ${rs.length} queries`);
    }
    const bad = tpch.engines.flatMap((e) => tpch!.queries.filter((q) => tpch!.results[e.id][q].status !== "ok").map((q) => `${e.id}:${q}`));
    log(`${bad.length} failed or unverified (engine:query): ${bad.join(" ") || "none"}`);
  }
  // The harness itself succeeded: engines failing queries is data, not a harness error.
  process.exit(0);
}

void normalizeName;
void existsSync;
await main();
