// The oracle: real PySpark answering the cases. Answers are cached outside the repository,
// keyed by a hash of (what Spark is asked + ORACLE_VERSION + the oracle scripts), so a rerun
// with nothing changed never starts Spark. Cache misses are answered by ONE Python process
// (scripts/oracle/run_cases.py) running every missing case in one SparkSession.
//
// Environment:
//   FAISCA_CACHE_DIR       cache root (default ~/.cache/faisca); answers in <root>/oracle/<version>/
//   FAISCA_ORACLE_PYTHON   interpreter with the pinned pyspark (else the install script's venv,
//                          else python3)
//   FAISCA_ORACLE_REFRESH  "1" ignores cached answers and asks Spark again

import { createHash } from "node:crypto";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, openSync, closeSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isSqlCase, type DiffCase, type ShowSpec } from "./case.js";
import { isOrdered } from "./ordering.js";
import { jsonSafe } from "./fixture-values.js";
import type { Canon } from "./canonical.js";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const ORACLE_VERSION = readFileSync(join(REPO_ROOT, "ORACLE_VERSION"), "utf8").trim();
export const ORACLE_DIR = join(REPO_ROOT, "scripts", "oracle");

export const cacheRoot = (): string => process.env.FAISCA_CACHE_DIR ?? join(homedir(), ".cache", "faisca");
export const answersDir = (): string => join(cacheRoot(), "oracle", ORACLE_VERSION);

export interface SchemaField {
  name: string;
  type: string;
  nullable: boolean;
}
export interface ErrorInfo {
  class: string;
  message: string;
  parameters: Record<string, string>;
}
export type ShowOutcome = string | { error: ErrorInfo } | null;
export type Outcome =
  | { ok: true; schema: SchemaField[]; tree: string; rows: Canon[][]; shows: ShowOutcome[] }
  | { ok: false; error: ErrorInfo };
export type Answer = Outcome & { key: string; id: string; ms: number };

/** What Spark is asked for one case (also what its cache key hashes). */
export interface OracleRequest {
  id: string;
  fixtures: { name: string; schema: string; rows: unknown[] }[];
  conf: Record<string, string>;
  sql: string | null;
  py: string | null;
  shows: [number, number, boolean][];
  /** Rename the result's columns c0, c1, ... before anything is computed. */
  renameColumns: boolean;
  /** When the default show (shows[0]) is deterministic enough to be worth computing. */
  defaultShow: "always" | "never" | "if-single-row";
}

export const DEFAULT_SHOW: ShowSpec = { n: 20, truncate: true, vertical: false };

export function showArgs(s: ShowSpec): [number, number, boolean] {
  const t = s.truncate ?? true;
  return [s.n ?? 20, t === true ? 20 : t === false ? 0 : t, s.vertical ?? false];
}

/** The default show() first, then the case's own variants. */
export const showsOf = (c: DiffCase): ShowSpec[] => [DEFAULT_SHOW, ...(c.shows ?? [])];

/** The default show() text is compared for ordered results, or a single row, unless the case says. */
export function defaultShowPolicy(c: DiffCase): OracleRequest["defaultShow"] {
  if (c.compareShow !== undefined) return c.compareShow ? "always" : "never";
  return isOrdered(c) ? "always" : "if-single-row";
}

export function requestOf(c: DiffCase): OracleRequest {
  return {
    id: c.id,
    fixtures: (c.fixtures ?? []).map((f) => ({ name: f.name, schema: f.schema, rows: jsonSafe(f.rows) as unknown[] })),
    conf: { ...(c.conf ?? {}) },
    sql: isSqlCase(c) ? c.sql : null,
    py: isSqlCase(c) ? null : c.py,
    shows: showsOf(c).map(showArgs),
    renameColumns: c.compareNames === false,
    defaultShow: defaultShowPolicy(c),
  };
}

const digests = new Map<string, string>();
/** A hash of the oracle scripts an answer depends on (a change re-asks Spark). */
export function oracleScriptsDigest(scripts: readonly string[] = ["run_cases.py", "values.py"]): string {
  const id = scripts.join("\0");
  let d = digests.get(id);
  if (d === undefined) {
    const h = createHash("sha256");
    for (const f of [...scripts].sort()) h.update(f).update("\0").update(readFileSync(join(ORACLE_DIR, f))).update("\0");
    d = h.digest("hex");
    digests.set(id, d);
  }
  return d;
}

export function keyOf(req: OracleRequest): string {
  return createHash("sha256")
    .update(JSON.stringify(req))
    .update("\0" + ORACLE_VERSION + "\0" + oracleScriptsDigest())
    .digest("hex")
    .slice(0, 32);
}

/** The interpreter that imports exactly the pinned pyspark, or an explanation of why none does. */
export function findPython(): { python: string } | { problem: string } {
  const candidates = [
    process.env.FAISCA_ORACLE_PYTHON,
    join(cacheRoot(), `pyspark-${ORACLE_VERSION}`, "bin", "python"),
    "python3",
  ].filter((c): c is string => !!c && (c === "python3" || existsSync(c)));
  const seen: string[] = [];
  for (const python of candidates) {
    const r = spawnSync(python, ["-c", "import pyspark; print(pyspark.__version__)"], { encoding: "utf8" });
    const version = r.status === 0 ? r.stdout.trim() : `none (${(r.stderr || String(r.error ?? "")).trim().split("\n").pop()})`;
    if (version === ORACLE_VERSION) return { python };
    seen.push(`${python}: pyspark ${version}`);
  }
  return { problem: `no Python with pyspark ${ORACLE_VERSION} (${seen.join("; ")}); run scripts/install-oracle.sh` };
}

export interface OracleRun {
  answers: Map<string, Answer>;
  /** Cases answered from the cache / by running Spark now. */
  cached: number;
  ran: number;
  /** Why some answers are missing (Spark unavailable or crashed), if they are. */
  problem?: string;
  sparkMs: number;
}

export function runPython(python: string, requestPath: string, outPath: string, logPath: string, script = "run_cases.py"): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const log = openSync(logPath, "w");
    const child = spawn(python, [join(ORACLE_DIR, script), requestPath, outPath], {
      stdio: ["ignore", log, log],
      env: { ...process.env, TZ: "UTC", PYSPARK_PYTHON: python },
    });
    child.on("error", (e) => {
      closeSync(log);
      reject(e);
    });
    child.on("exit", (code) => {
      closeSync(log);
      resolve(code);
    });
  });
}

/** Answers for every case: from the cache, else from one PySpark run over all misses. */
export async function oracleAnswers(cases: readonly DiffCase[]): Promise<OracleRun> {
  const dir = answersDir();
  mkdirSync(dir, { recursive: true });
  const refresh = process.env.FAISCA_ORACLE_REFRESH === "1";
  const answers = new Map<string, Answer>();
  const missing: (OracleRequest & { key: string })[] = [];
  for (const c of cases) {
    const req = requestOf(c);
    const key = keyOf(req);
    const file = join(dir, `${key}.json`);
    if (!refresh && existsSync(file)) answers.set(c.id, JSON.parse(readFileSync(file, "utf8")) as Answer);
    else missing.push({ ...req, key });
  }
  const run: OracleRun = { answers, cached: answers.size, ran: 0, sparkMs: 0 };
  if (missing.length === 0) return run;

  const found = findPython();
  if ("problem" in found) return { ...run, problem: found.problem };
  const stamp = `${process.pid}-${Date.now()}`;
  const requestPath = join(dir, `request-${stamp}.json`);
  const outPath = join(dir, `answers-${stamp}.jsonl`);
  const logPath = join(cacheRoot(), "oracle", "last-run.log");
  writeFileSync(requestPath, JSON.stringify({ version: ORACLE_VERSION, cases: missing }));
  const t0 = Date.now();
  const code = await runPython(found.python, requestPath, outPath, logPath);
  run.sparkMs = Date.now() - t0;
  const byKey = new Map(missing.map((m) => [m.key, m.id]));
  if (existsSync(outPath)) {
    for (const line of readFileSync(outPath, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as Answer;
      if (!byKey.has(a.key)) continue;
      writeFileSync(join(dir, `${a.key}.json`), JSON.stringify(a));
      answers.set(byKey.get(a.key)!, a);
      run.ran++;
    }
  }
  rmSync(requestPath, { force: true });
  rmSync(outPath, { force: true });
  if (code !== 0 || run.ran < missing.length) {
    const tail = existsSync(logPath) ? readFileSync(logPath, "utf8").trim().split("\n").slice(-15).map((l) => l.slice(0, 300)).join("\n") : "";
    run.problem = `the PySpark oracle exited with ${code} after ${run.ran}/${missing.length} cases; log ${logPath}:\n${tail}`;
  }
  return run;
}
