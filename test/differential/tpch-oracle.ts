// The TPC-H side of the oracle: PySpark (classic local session) runs the 22 queries of
// bench/tpch/queries/ over the generated Parquet files. Answers are cached like the cases'
// (<cache>/oracle/<version>/tpch-<key>.json), the key hashing the query text, the generator
// version and scale factor, ORACLE_VERSION and the oracle scripts; misses are answered by ONE
// `scripts/oracle/run_tpch.py` process.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { answersDir, cacheRoot, findPython, oracleScriptsDigest, ORACLE_VERSION, REPO_ROOT, runPython, type ErrorInfo, type SchemaField } from "./oracle.js";
import type { Canon } from "./canonical.js";

export const TPCH_TABLES = ["region", "nation", "supplier", "customer", "part", "partsupp", "orders", "lineitem"] as const;
const SCRIPTS = ["run_tpch.py", "run_cases.py", "values.py"];

export interface TpchQuery {
  /** "tpch/q01" */
  id: string;
  sql: string;
}

export type TpchOutcome = { ok: true; schema: SchemaField[]; rows: Canon[][] } | { ok: false; error: ErrorInfo };

export function tpchQueries(): TpchQuery[] {
  const dir = join(REPO_ROOT, "bench", "tpch", "queries");
  return readdirSync(dir)
    .filter((f) => /^q\d\d\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: `tpch/${f.slice(0, 3)}`, sql: readFileSync(join(dir, f), "utf8") }));
}

/** What the data is: the generator's version (the data directory's marker) and the scale factor. */
const dataIdentity = (dataDir: string, sf: number): string => {
  const marker = join(dataDir, ".complete");
  return `${existsSync(marker) ? readFileSync(marker, "utf8").trim() : "unknown generator"} sf${sf}`;
};

export interface TpchOracleRun {
  answers: Map<string, TpchOutcome>;
  cached: number;
  ran: number;
  sparkMs: number;
  problem?: string;
}

export async function tpchOracleAnswers(dataDir: string, sf: number, queries: readonly TpchQuery[]): Promise<TpchOracleRun> {
  const dir = answersDir();
  mkdirSync(dir, { recursive: true });
  const refresh = process.env.FAISCA_ORACLE_REFRESH === "1";
  const data = dataIdentity(dataDir, sf);
  const run: TpchOracleRun = { answers: new Map(), cached: 0, ran: 0, sparkMs: 0 };
  const missing: { key: string; id: string; sql: string }[] = [];
  for (const q of queries) {
    const key = createHash("sha256")
      .update(JSON.stringify({ id: q.id, sql: q.sql, data }))
      .update("\0" + ORACLE_VERSION + "\0" + oracleScriptsDigest(SCRIPTS))
      .digest("hex")
      .slice(0, 32);
    const file = join(dir, `tpch-${key}.json`);
    if (!refresh && existsSync(file)) {
      run.answers.set(q.id, JSON.parse(readFileSync(file, "utf8")) as TpchOutcome);
      run.cached++;
    } else missing.push({ key, id: q.id, sql: q.sql });
  }
  if (missing.length === 0) return run;
  const found = findPython();
  if ("problem" in found) return { ...run, problem: found.problem };
  const stamp = `${process.pid}-${Date.now()}`;
  const requestPath = join(dir, `tpch-request-${stamp}.json`);
  const outPath = join(dir, `tpch-answers-${stamp}.jsonl`);
  const logPath = join(cacheRoot(), "oracle", "last-tpch-run.log");
  writeFileSync(requestPath, JSON.stringify({ version: ORACLE_VERSION, dataDir, tables: TPCH_TABLES, cases: missing }));
  const t0 = Date.now();
  const code = await runPython(found.python, requestPath, outPath, logPath, "run_tpch.py");
  run.sparkMs = Date.now() - t0;
  const idOf = new Map(missing.map((m) => [m.key, m.id]));
  if (existsSync(outPath)) {
    for (const line of readFileSync(outPath, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as TpchOutcome & { key: string };
      const id = idOf.get(a.key);
      if (id === undefined) continue;
      writeFileSync(join(dir, `tpch-${a.key}.json`), JSON.stringify(a));
      run.answers.set(id, a);
      run.ran++;
    }
  }
  rmSync(requestPath, { force: true });
  rmSync(outPath, { force: true });
  if (code !== 0 || run.ran < missing.length) {
    const tail = existsSync(logPath) ? readFileSync(logPath, "utf8").trim().split("\n").slice(-15).join("\n") : "";
    run.problem = `the PySpark TPC-H oracle exited with ${code} after ${run.ran}/${missing.length} queries; log ${logPath}:\n${tail}`;
  }
  return run;
}
