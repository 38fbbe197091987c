// Runs the TPC-H queries on every engine, each engine in its own child processes, and checks every
// answer against DuckDB's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runChild, type ChildOutcome } from "./child.js";
import { compareResults } from "./compare.js";
import type { EngineDef } from "./engines.js";
import { QUERIES_DIR, REPO_DIR } from "./paths.js";
import type { Cell, EngineTask, QueryRun } from "./protocol.js";
import { median } from "./stats.js";

export const QUERY_NAMES = Array.from({ length: 22 }, (_, i) => `q${String(i + 1).padStart(2, "0")}`);

export function loadQuery(name: string): string {
  return readFileSync(join(QUERIES_DIR, `${name}.sql`), "utf8");
}

export interface Sample {
  /** Process start → first result (isolated), or engine start-up + cold run (shared). */
  coldE2eMs: number;
  coldMs: number;
  warmMs: number | null;
  peakRssBytes: number;
}

export type Status = "ok" | "mismatch" | "error" | "timeout" | "unverified";

export interface QueryResult {
  status: Status;
  /** First line of the error, or what differs from DuckDB's answer. */
  message?: string;
  samples: Sample[];
  coldE2eMs: number | null;
  coldMs: number | null;
  warmMs: number | null;
  peakRssBytes: number | null;
  columns?: { name: string; type: string }[];
  rowCount?: number;
}

export interface EngineInfo {
  id: string;
  label: string;
  format?: string;
  note?: string;
  version?: string;
  /** Shared mode: peak RSS of each engine process (one per run). */
  processPeakRssBytes: number[];
  startupMs: number[];
}

export interface TpchResults {
  sf: number;
  format: string;
  isolate: boolean;
  runs: number;
  queries: string[];
  engines: EngineInfo[];
  results: Record<string, Record<string, QueryResult>>;
}

interface RawRun {
  run?: QueryRun;
  failure?: { status: "error" | "timeout"; message: string };
  sample?: Sample;
}

/** The line of a crashed child's stderr that says what went wrong. */
export function stderrGist(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const err = lines.find((l) => /FATAL ERROR|out of memory/i.test(l)) ?? lines.find((l) => /(Error|Exception)\b.*:/.test(l));
  return (err ?? lines.slice(-3).join(" | ")).slice(0, 300);
}

function childFailure(o: ChildOutcome, timeoutSec: number): { status: "error" | "timeout"; message: string } {
  if (o.timedOut) return { status: "timeout", message: `timed out after ${timeoutSec} s` };
  return { status: "error", message: `process exited (${o.signal ?? o.exitCode}) before answering: ${stderrGist(o.stderrTail)}` };
}

export interface TpchOptions {
  sf: number;
  dataDir: string;
  format: "parquet" | "csv";
  queries: string[];
  runs: number;
  isolate: boolean;
  timeoutSec: number;
  log: (s: string) => void;
}

/** Runs one engine over `queries` once (one repetition), restarting the process after a crash. */
async function runEngineOnce(e: EngineDef, o: TpchOptions, info: EngineInfo): Promise<Map<string, RawRun>> {
  const out = new Map<string, RawRun>();
  const groups = o.isolate ? o.queries.map((q) => [q]) : [o.queries];
  for (const group of groups) {
    let remaining = group;
    while (remaining.length > 0) {
      const task: EngineTask = {
        engine: e.id,
        dataDir: o.dataDir,
        format: o.format,
        queries: remaining.map((name) => ({ name, sql: loadQuery(name) })),
        warmRuns: 1,
        options: e.options,
      };
      const [cmd, args] = e.command(task);
      const outcome = await runChild(cmd, args, {
        cwd: REPO_DIR,
        timeoutMs: o.timeoutSec * 1000,
        startupTimeoutMs: 300_000,
        onMessage: (m) => {
          if (m.kind === "query") {
            const r = m.payload as QueryRun;
            o.log(`  ${e.id.padEnd(10)} ${r.query}  ${r.ok ? `cold ${r.coldMs?.toFixed(0)} ms, warm ${r.warmMs?.[0]?.toFixed(0)} ms` : `FAILED: ${r.error}`}`);
          }
        },
      });
      const hello = outcome.messages.find((m) => m.kind === "hello")?.payload;
      if (hello) {
        info.format ??= hello.format;
        info.note ??= hello.note;
        info.version ??= hello.version;
        info.startupMs.push(hello.readyEpochMs - outcome.spawnEpochMs);
      }
      if (!o.isolate) info.processPeakRssBytes.push(outcome.peakRssBytes);
      const startup = hello ? hello.readyEpochMs - outcome.spawnEpochMs : 0;
      for (const m of outcome.messages) {
        if (m.kind !== "query") continue;
        const run = m.payload as QueryRun;
        const sample: Sample | undefined = run.ok
          ? {
              coldE2eMs: o.isolate ? run.coldEndEpochMs! - outcome.spawnEpochMs : startup + run.coldMs!,
              coldMs: run.coldMs!,
              warmMs: run.warmMs?.[0] ?? null,
              peakRssBytes: outcome.peakRssBytes,
            }
          : undefined;
        out.set(run.query, { run, sample });
      }
      const answered = new Set(outcome.messages.filter((m) => m.kind === "query").map((m) => (m.payload as QueryRun).query));
      const left = remaining.filter((q) => !answered.has(q));
      if (!hello) {
        // The engine did not even start: every query fails the same way.
        const failure = childFailure(outcome, o.timeoutSec);
        for (const q of left) out.set(q, { failure });
        o.log(`  ${e.id.padEnd(10)} could not start: ${failure.message}`);
        break;
      }
      if (left.length > 0) {
        // The first unanswered query is the one that crashed or hung the process.
        const failure = childFailure(outcome, o.timeoutSec);
        out.set(left[0], { failure });
        o.log(`  ${e.id.padEnd(10)} ${left[0]}  FAILED: ${failure.message}`);
      }
      remaining = left.slice(1);
    }
  }
  return out;
}

export async function runTpch(engines: EngineDef[], o: TpchOptions): Promise<TpchResults> {
  const results: Record<string, Record<string, QueryResult>> = {};
  const infos: EngineInfo[] = [];
  const reference = new Map<string, Cell[][]>();
  for (const e of engines) {
    o.log(`TPC-H sf${o.sf} on ${e.label} (${o.isolate ? "one process per query" : "one process"} × ${o.runs} run${o.runs > 1 ? "s" : ""})`);
    const info: EngineInfo = { id: e.id, label: e.label, processPeakRssBytes: [], startupMs: [] };
    infos.push(info);
    const perQuery = new Map<string, RawRun[]>();
    let queries = o.queries;
    for (let rep = 0; rep < o.runs && queries.length > 0; rep++) {
      const got = await runEngineOnce(e, { ...o, queries }, info);
      for (const [q, r] of got) perQuery.set(q, [...(perQuery.get(q) ?? []), r]);
      // A query that failed once is not repeated.
      queries = queries.filter((q) => got.get(q)?.sample !== undefined);
    }
    const byQuery: Record<string, QueryResult> = {};
    for (const q of o.queries) {
      const raws = perQuery.get(q) ?? [];
      const samples = raws.map((r) => r.sample).filter((s): s is Sample => s !== undefined);
      const firstRun = raws.find((r) => r.run?.ok)?.run;
      const failed = raws.find((r) => r.failure || (r.run && !r.run.ok));
      let qr: QueryResult = {
        status: "ok",
        samples,
        coldE2eMs: median(samples.map((s) => s.coldE2eMs)),
        coldMs: median(samples.map((s) => s.coldMs)),
        warmMs: median(samples.map((s) => s.warmMs ?? NaN)),
        peakRssBytes: median(samples.map((s) => s.peakRssBytes)),
        columns: firstRun?.columns,
        rowCount: firstRun?.rows?.length,
      };
      if (failed || !firstRun) {
        const f = failed?.failure ?? { status: "error" as const, message: failed?.run?.error ?? "no result" };
        qr = { ...qr, status: f.status, message: f.message };
      } else if (e.id === "duckdb") {
        reference.set(q, firstRun.rows ?? []);
      } else {
        const ref = reference.get(q);
        if (!ref) qr = { ...qr, status: "unverified", message: "no DuckDB answer to compare with" };
        else {
          const v = compareResults(firstRun.rows ?? [], ref);
          if (!v.ok) qr = { ...qr, status: "mismatch", message: v.detail };
        }
      }
      byQuery[q] = qr;
    }
    results[e.id] = byQuery;
  }
  return { sf: o.sf, format: o.format, isolate: o.isolate, runs: o.runs, queries: o.queries, engines: infos, results };
}
