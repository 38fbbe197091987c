// Where things live: the repository, the data cache (outside the repository), results.
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_DIR = join(BENCH_DIR, "..");
export const RESULTS_DIR = join(BENCH_DIR, "results");
export const QUERIES_DIR = join(BENCH_DIR, "tpch", "queries");
export const DATAFRAME_DIR = join(BENCH_DIR, "tpch", "dataframe");

/** ~/.cache/faisca (or $FAISCA_BENCH_CACHE, or $XDG_CACHE_HOME/faisca). */
export function cacheRoot(): string {
  if (process.env.FAISCA_BENCH_CACHE) return process.env.FAISCA_BENCH_CACHE;
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg && xdg !== "" ? xdg : join(homedir(), ".cache"), "faisca");
}

/** "1" → "sf1", "0.01" → "sf0.01". */
export function sfLabel(sf: number): string {
  return `sf${sf}`;
}

export function tpchDir(sf: number): string {
  return join(cacheRoot(), "tpch", sfLabel(sf));
}

export function tablePath(dataDir: string, format: "parquet" | "csv", table: string): string {
  return join(dataDir, format, `${table}.${format}`);
}
