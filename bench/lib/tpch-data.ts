// TPC-H data: generated once per scale factor with tpchgen-cli (Parquet and CSV) into the cache
// outside the repository; a marker file says the generation finished.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tablePath, tpchDir } from "./paths.js";
import { TPCH_TABLES } from "./tpch-schema.js";

const MARKER = ".complete";

export const TPCHGEN_INSTALL_HINT =
  "tpchgen-cli is not installed. Install it with:  pip install tpchgen-cli   (or: cargo install tpchgen-cli)";

export function tpchgenVersion(): string | null {
  const r = spawnSync("tpchgen-cli", ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return null;
  return r.stdout.trim();
}

/** Returns the data directory for `sf`, generating it first when missing. Throws with the install hint. */
export function ensureTpchData(sf: number, log: (s: string) => void): string {
  const dir = tpchDir(sf);
  if (existsSync(join(dir, MARKER))) return dir;
  const version = tpchgenVersion();
  if (!version) throw new Error(TPCHGEN_INSTALL_HINT);
  mkdirSync(dir, { recursive: true });
  for (const format of ["parquet", "csv"] as const) {
    const out = join(dir, format);
    rmSync(out, { recursive: true, force: true });
    log(`generating TPC-H sf${sf} as ${format} with ${version} into ${out} ...`);
    const t0 = performance.now();
    const r = spawnSync("tpchgen-cli", [format, "-s", String(sf), "-o", out], { stdio: "inherit" });
    if (r.status !== 0) throw new Error(`tpchgen-cli ${format} -s ${sf} failed with status ${r.status}`);
    log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  for (const t of TPCH_TABLES) for (const f of ["parquet", "csv"] as const) {
    if (!existsSync(tablePath(dir, f, t))) throw new Error(`tpchgen-cli did not write ${tablePath(dir, f, t)}`);
  }
  writeFileSync(join(dir, MARKER), `${version}\n`);
  return dir;
}

export function fileBytes(path: string): number {
  return statSync(path).size;
}

/** lineitem.csv alone at `sf` (the CSV-ingest micro-benchmark's big file), generated once. */
export function ensureLineitemCsv(sf: number, log: (s: string) => void): string {
  const full = tablePath(tpchDir(sf), "csv", "lineitem");
  if (existsSync(join(tpchDir(sf), MARKER))) return full;
  const dir = join(tpchDir(sf), "lineitem-only");
  const path = join(dir, "lineitem.csv");
  if (existsSync(join(dir, MARKER))) return path;
  const version = tpchgenVersion();
  if (!version) throw new Error(TPCHGEN_INSTALL_HINT);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating TPC-H lineitem sf${sf} as csv into ${dir} ...`);
  const r = spawnSync("tpchgen-cli", ["csv", "-s", String(sf), "-T", "lineitem", "-o", dir], { stdio: "inherit" });
  if (r.status !== 0 || !existsSync(path)) throw new Error(`tpchgen-cli csv -s ${sf} -T lineitem failed with status ${r.status}`);
  writeFileSync(join(dir, MARKER), `${version}\n`);
  return path;
}
