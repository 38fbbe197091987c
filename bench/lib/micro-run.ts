// Runs the micro-benchmarks on every engine: one process per engine and group (the start-up
// bench gets a fresh process per run), answers checked against DuckDB's.
import { join } from "node:path";
import { runChild } from "./child.js";
import { compareResults } from "./compare.js";
import { fileBytes } from "./tpch-data.js";
import { BENCH_DIR, REPO_DIR } from "./paths.js";
import { D_EXPRS, D_ROWS, MICRO, SORT_TAIL, T_EXPRS, type MicroDef, type MicroRun, type MicroTask } from "./micro-defs.js";
import { median } from "./stats.js";
import { stderrGist } from "./tpch-run.js";

export interface MicroEngine {
  id: string;
  label: string;
  options: Record<string, string | number | boolean>;
}

export const MICRO_ENGINES: MicroEngine[] = [
  { id: "duckdb", label: "DuckDB", options: {} },
  { id: "duckdb-1t", label: "DuckDB threads=1", options: { threads: 1 } },
  { id: "faisca", label: "Faísca local[*]", options: { master: "local[*]" } },
  { id: "polars", label: "nodejs-polars", options: {} },
  { id: "pyspark", label: "PySpark local[*]", options: { master: "local[*]" } },
];

export interface MicroCell {
  status: "ok" | "mismatch" | "error" | "timeout";
  message?: string;
  value: number | null;
  ms: number[];
}

export interface MicroResults {
  rows: number;
  runs: number;
  files: MicroTask["files"];
  engines: { id: string; label: string }[];
  benches: { name: string; unit: string; higherIsBetter: boolean; description: string; results: Record<string, MicroCell> }[];
}

function command(e: MicroEngine, task: MicroTask): [string, string[]] {
  const json = JSON.stringify(task);
  if (e.id === "pyspark") {
    const extra = JSON.stringify({ T_EXPRS, D_EXPRS, D_ROWS, SORT_TAIL });
    return [process.env.PYTHON ?? "python3", [join(BENCH_DIR, "micro", "pyspark_micro.py"), json, JSON.stringify(MICRO), extra]];
  }
  const file = e.id.startsWith("duckdb") ? "duckdb.ts" : `${e.id}.ts`;
  return [process.execPath, ["--import", "tsx", join(BENCH_DIR, "micro", file), json]];
}

function toValue(def: MicroDef, ms: number, rows: number, files: MicroTask["files"]): number {
  if (def.unit === "ns/row") return (ms * 1e6) / rows;
  if (def.unit === "MB/s") return fileBytes(def.name === "csv-ingest" ? files.csv : files.parquet) / 1e6 / (ms / 1000);
  return ms;
}

export async function runMicro(opts: { benches: string[]; rows: number; runs: number; files: MicroTask["files"]; engines: MicroEngine[]; timeoutSec: number; log: (s: string) => void }): Promise<MicroResults> {
  const defs = MICRO.filter((m) => opts.benches.includes(m.name));
  const raw = new Map<string, Map<string, { runs: MicroRun[]; failure?: string; timedOut?: boolean; startups: number[] }>>();
  for (const e of opts.engines) {
    const perBench = new Map<string, { runs: MicroRun[]; failure?: string; timedOut?: boolean; startups: number[] }>();
    raw.set(e.id, perBench);
    // Each group in its own process; start-up gets a fresh process per run.
    const batches: string[][] = [];
    for (const g of ["startup", "file", "memory"] as const) {
      const names = defs.filter((d) => d.group === g).map((d) => d.name);
      if (names.length === 0) continue;
      if (g === "startup") for (let i = 0; i < opts.runs; i++) batches.push(names);
      else batches.push(names);
    }
    for (const names of batches) {
      opts.log(`  micro ${e.id.padEnd(10)} ${names.join(", ")}`);
      const task: MicroTask = { benches: names, rows: opts.rows, runs: opts.runs, files: opts.files, options: e.options };
      const [cmd, args] = command(e, task);
      const outcome = await runChild(cmd, args, { cwd: REPO_DIR, timeoutMs: opts.timeoutSec * 1000, startupTimeoutMs: 300_000 });
      for (const name of names) {
        const slot = perBench.get(name) ?? { runs: [], startups: [] };
        perBench.set(name, slot);
        const m = outcome.messages.find((x) => x.kind === "query" && x.payload.name === name);
        if (!m) {
          slot.failure = outcome.timedOut ? `timed out after ${opts.timeoutSec} s` : `process exited (${outcome.signal ?? outcome.exitCode}): ${stderrGist(outcome.stderrTail)}`;
          slot.timedOut = outcome.timedOut;
          continue;
        }
        const run = m.payload as MicroRun;
        slot.runs.push(run);
        if (name === "startup" && run.ok && run.endEpochMs) slot.startups.push(run.endEpochMs - outcome.spawnEpochMs);
      }
    }
  }
  const benches: MicroResults["benches"] = [];
  for (const def of defs) {
    const results: Record<string, MicroCell> = {};
    const ref = raw.get("duckdb")?.get(def.name)?.runs.find((r) => r.ok)?.cells;
    for (const e of opts.engines) {
      const slot = raw.get(e.id)!.get(def.name)!;
      const bad = slot.runs.find((r) => !r.ok);
      if (slot.failure || bad || slot.runs.length === 0) {
        results[e.id] = { status: slot.timedOut ? "timeout" : "error", message: slot.failure ?? bad?.error ?? "no result", value: null, ms: [] };
        continue;
      }
      const ms = def.name === "startup" ? slot.startups : slot.runs.flatMap((r) => r.ms ?? []);
      const med = median(ms);
      const cell: MicroCell = { status: "ok", value: med === null ? null : toValue(def, med, opts.rows, opts.files), ms };
      if (ref && e.id !== "duckdb") {
        const v = compareResults(slot.runs[0].cells ?? [], ref);
        if (!v.ok) Object.assign(cell, { status: "mismatch", message: v.detail });
      }
      results[e.id] = cell;
    }
    benches.push({ name: def.name, unit: def.unit, higherIsBetter: def.higherIsBetter, description: def.description, results });
  }
  return { rows: opts.rows, runs: opts.runs, files: opts.files, engines: opts.engines.map((e) => ({ id: e.id, label: e.label })), benches };
}
