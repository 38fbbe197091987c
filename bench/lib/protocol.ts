// Messages between the harness (bench/run.ts) and the engine child processes. A child prints one
// line per finished query, prefixed with RESULT_PREFIX, so a crash loses only the query it was on.

export const RESULT_PREFIX = "@@FAISCA_BENCH ";

/**
 * A result cell in a form every engine can produce and the comparer understands:
 * "i:<integer>", "d:<exact decimal>", "f:<double>", "s:<string>", "D:<yyyy-mm-dd>",
 * "b:true|false", "t:<timestamp text>", or null.
 */
export type Cell = string | null;

export interface QueryRun {
  query: string;
  ok: boolean;
  /** First line of the error when ok is false. */
  error?: string;
  /** First run in the process: file reading (views registered before it) + query + collect. */
  coldMs?: number;
  /** Later runs in the same process over the same files (no caching). */
  warmMs?: number[];
  /** Epoch ms when the cold run finished: the harness subtracts its spawn time for end-to-end. */
  coldEndEpochMs?: number;
  columns?: { name: string; type: string }[];
  rows?: Cell[][];
}

/** What an engine child receives as its single JSON argument. */
export interface EngineTask {
  engine: string;
  dataDir: string;
  format: "parquet" | "csv";
  /** Query names and SQL text (SQL engines) or names only (DataFrame programs). */
  queries: { name: string; sql: string }[];
  /** Number of warm runs after the cold one. */
  warmRuns: number;
  /** Engine-specific knobs (DuckDB threads, Faísca master, form). */
  options: Record<string, string | number | boolean>;
}

export interface EngineHello {
  /** Epoch ms when the engine was ready (session created, before any file is read). */
  readyEpochMs: number;
  /** What the engine actually used (e.g. Faísca falls back to CSV when Parquet is missing). */
  format?: string;
  note?: string;
  version?: string;
}

export function emit(kind: "hello" | "query" | "done", payload: unknown): void {
  process.stdout.write(RESULT_PREFIX + JSON.stringify({ kind, payload }) + "\n");
}

export function firstLine(e: unknown): string {
  const msg = e instanceof Error ? `${e.message}` : String(e);
  return msg.split("\n").find((l) => l.trim() !== "")?.trim().slice(0, 400) ?? "error";
}

export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}
