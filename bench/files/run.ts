// File benchmark: CSV (TPC-H lineitem, ≥ 1 GB in full mode) read + count + aggregate, and the
// Parquet scan of lineitem, Faísca beside DuckDB, nodejs-polars and PySpark in one run on the
// same files. Reports MB/s (file bytes / median time) and each engine's time relative to DuckDB.
// Usage: npm run bench -- --files [--quick] [--sf N] [--runs N]
//        node --import tsx bench/files/run.ts [--quick] [--sf N] [--runs N]
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { BENCH_DIR, REPO_DIR, cacheRoot } from "../lib/paths.js";
import { MICRO_ENGINES, runMicro } from "../lib/micro-run.js";
import { sparkDdl } from "../lib/tpch-schema.js";
import { TPCHGEN_INSTALL_HINT, tpchgenVersion } from "../lib/tpch-data.js";
import { median } from "../lib/stats.js";

const log = (s: string) => console.log(s);
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const argOf = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
// Full mode: lineitem at sf 1.5 is ≈ 1.1 GB of CSV; quick: sf 0.1 ≈ 75 MB.
const SF = Number(argOf("--sf") ?? (quick ? 0.1 : 1.5));
const RUNS = Number(argOf("--runs") ?? (quick ? 1 : 3));
const TIMEOUT_S = quick ? 300 : 1800;

/** lineitem.csv, lineitem.parquet and region.csv at one scale, cached under ~/.cache/faisca/bench/files. */
function ensureFiles(sf: number): { csv: string; parquet: string; region: string } {
  const dir = join(cacheRoot(), "bench", "files", `sf${sf}`);
  const files = { csv: join(dir, "lineitem.csv"), parquet: join(dir, "lineitem.parquet"), region: join(dir, "region.csv") };
  if (existsSync(join(dir, ".complete"))) return files;
  const version = tpchgenVersion();
  if (!version) throw new Error(TPCHGEN_INSTALL_HINT);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating TPC-H lineitem sf${sf} (csv, parquet) into ${dir} ...`);
  for (const [fmt, table] of [["csv", "lineitem"], ["parquet", "lineitem"], ["csv", "region"]] as const) {
    const r = spawnSync("tpchgen-cli", [fmt, "-s", String(sf), "-T", table, "-o", dir], { stdio: "inherit" });
    if (r.status !== 0) throw new Error(`tpchgen-cli ${fmt} -s ${sf} -T ${table} failed (${r.status})`);
  }
  writeFileSync(join(dir, ".complete"), `${version}\n`);
  return files;
}

function runDistributedFaisca(files: { csv: string; parquet: string }, master: string): Record<string, number[] | string> {
  const task = JSON.stringify({ csv: files.csv, parquet: files.parquet, csvDdl: sparkDdl("lineitem"), runs: RUNS, master });
  const r = spawnSync(process.execPath, ["--import", "tsx", join(BENCH_DIR, "files", "faisca-distributed.ts"), task], {
    cwd: REPO_DIR,
    encoding: "utf8",
    timeout: TIMEOUT_S * 1000,
    maxBuffer: 1 << 24,
  });
  const line = (r.stdout ?? "").split("\n").find((l) => l.startsWith("RESULT "));
  if (!line) return { "csv-ingest": `failed: ${(r.stderr ?? "").split("\n").slice(-3).join(" ")}`, "parquet-scan": "failed" };
  return JSON.parse(line.slice(7)) as Record<string, number[] | string>;
}

async function main(): Promise<void> {
  const files = ensureFiles(SF);
  const bytes = { "csv-ingest": statSync(files.csv).size, "parquet-scan": statSync(files.parquet).size } as Record<string, number>;
  log(`files: ${files.csv} (${(bytes["csv-ingest"]! / 1e6).toFixed(0)} MB), ${files.parquet} (${(bytes["parquet-scan"]! / 1e6).toFixed(0)} MB); ${RUNS} run(s), median`);
  const engines = MICRO_ENGINES.filter((e) => e.id !== "duckdb-1t" || !quick);
  const micro = await runMicro({
    benches: ["csv-ingest", "parquet-scan"],
    rows: 1,
    runs: RUNS,
    engines,
    timeoutSec: TIMEOUT_S,
    log,
    files: { ...files, csvDdl: sparkDdl("lineitem"), regionDdl: sparkDdl("region") },
  });
  log("  faisca local[2] distributed");
  const dist = runDistributedFaisca(files, "local[2]");

  // name → engine → { mbs, ms, note }
  const rows: { bench: string; engine: string; mbs: number | null; ms: number | null; note: string }[] = [];
  for (const b of micro.benches) {
    for (const e of micro.engines) {
      const c = b.results[e.id]!;
      const ms = c.status === "ok" || c.status === "mismatch" ? median(c.ms) : null;
      rows.push({ bench: b.name, engine: e.label, mbs: ms === null ? null : bytes[b.name]! / 1e6 / (ms / 1000), ms, note: c.status === "ok" ? "" : `${c.status}: ${c.message ?? ""}`.slice(0, 80) });
    }
    const d = dist[b.name];
    const ms = Array.isArray(d) ? median(d) : null;
    rows.push({ bench: b.name, engine: "Faísca local[2] distributed", mbs: ms === null ? null : bytes[b.name]! / 1e6 / (ms / 1000), ms, note: Array.isArray(d) ? "" : String(d).slice(0, 80) });
  }
  const lines = [`# File benchmark (${new Date().toISOString().slice(0, 10)}, TPC-H lineitem sf${SF}, ${RUNS} run(s))`, ""];
  lines.push(`CSV ${(bytes["csv-ingest"]! / 1e6).toFixed(0)} MB, Parquet ${(bytes["parquet-scan"]! / 1e6).toFixed(0)} MB. Ratio = engine time / DuckDB time.`, "");
  lines.push("| bench | engine | MB/s | ms | × DuckDB | note |", "|---|---|---:|---:|---:|---|");
  for (const r of rows) {
    const duck = rows.find((x) => x.bench === r.bench && x.engine === "DuckDB");
    const ratio = r.ms !== null && duck?.ms ? (r.ms / duck.ms).toFixed(2) : "";
    lines.push(`| ${r.bench} | ${r.engine} | ${r.mbs === null ? "—" : r.mbs.toFixed(1)} | ${r.ms === null ? "—" : r.ms.toFixed(0)} | ${ratio} | ${r.note} |`);
  }
  const md = lines.join("\n") + "\n";
  log("\n" + md);
  const outDir = join(BENCH_DIR, "files", "results");
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `files-sf${SF}.md`);
  writeFileSync(out, md);
  log(`report: ${out}`);
}

await main();
process.exit(0);
