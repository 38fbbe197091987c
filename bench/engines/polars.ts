// nodejs-polars engine child: TPC-H SQL through Polars' SQLContext over lazy scans of the same
// files. Polars' SQL dialect differs from Spark's in interval literals; polarsDialect() rewrites
// just that (documented in docs/benchmarks.md), nothing query-specific. Decimal columns are read
// as Float64, as Polars' own TPC-H benchmarks do: Polars' decimal multiply keeps the operands'
// scale (0.01 * 0.01 = 0.00), which would make every revenue sum differ from Spark's.
import pl from "nodejs-polars";
import { genericCell } from "../lib/cells.js";
import { polarsDialect } from "../lib/polars-dialect.js";
import { emit, epochNow, firstLine, type Cell, type EngineTask, type QueryRun } from "../lib/protocol.js";
import { tablePath } from "../lib/paths.js";
import { TPCH_COLUMNS, TPCH_TABLES } from "../lib/tpch-schema.js";

const task = JSON.parse(process.argv[2]) as EngineTask;


function polarsType(t: string): any {
  switch (t) {
    case "BIGINT":
      return pl.Int64;
    case "INT":
      return pl.Int32;
    case "DATE":
      return pl.Date;
    case "STRING":
      return pl.Utf8;
    default:
      return pl.Float64;
  }
}

function scans(): Record<string, any> {
  const frames: Record<string, any> = {};
  for (const t of TPCH_TABLES) {
    const path = tablePath(task.dataDir, task.format, t);
    const scan =
      task.format === "parquet"
        ? pl.scanParquet(path)
        : pl.scanCSV(path, { hasHeader: true, schema: Object.fromEntries(TPCH_COLUMNS[t].map(([n, ty]) => [n, polarsType(ty)])) as any });
    const decimals = TPCH_COLUMNS[t].filter(([, ty]) => ty.startsWith("DECIMAL")).map(([n]) => pl.col(n).cast(pl.Float64));
    frames[t] = decimals.length > 0 ? scan.withColumns(...decimals) : scan;
  }
  return frames;
}

async function runOnce(ctx: any, sql: string): Promise<any> {
  const lf = ctx.execute(sql);
  // nodejs-polars wraps a planning error as the frame's native plan instead of throwing it.
  if (lf?._ldf instanceof Error) throw lf._ldf;
  if (typeof lf?._ldf?.collect !== "function") throw new Error("Polars SQL could not plan this query");
  return await lf.collect();
}

function toCells(df: any): { columns: { name: string; type: string }[]; rows: Cell[][] } {
  const series = df.getColumns() as any[];
  const columns = series.map((s) => ({ name: s.name as string, type: String(s.dtype) }));
  const arrays = series.map((s) => {
    const t = String(s.dtype);
    if (t.includes("Decimal")) return (s.cast(pl.Utf8).toArray() as (string | null)[]).map((v) => (v === null ? null : `d:${v}`));
    if (t.includes("Float")) return (s.toArray() as (number | null)[]).map((v) => (v === null ? null : `f:${v}`));
    if (t.includes("Date")) return (s.cast(pl.Utf8).toArray() as (string | null)[]).map((v) => (v === null ? null : `D:${v}`));
    return (s.toArray() as unknown[]).map(genericCell);
  });
  const n = df.height as number;
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) rows.push(arrays.map((a) => a[i]));
  return { columns, rows };
}

async function main(): Promise<void> {
  emit("hello", { readyEpochMs: epochNow(), format: task.format, note: "SQLContext over lazy scans" });
  for (const q of task.queries) {
    const run: QueryRun = { query: q.name, ok: false };
    const sql = polarsDialect(q.sql);
    try {
      const t0 = performance.now();
      const ctx = pl.SQLContext(scans());
      const df = await runOnce(ctx, sql);
      run.coldMs = performance.now() - t0;
      run.coldEndEpochMs = epochNow();
      Object.assign(run, toCells(df));
      run.warmMs = [];
      for (let i = 0; i < task.warmRuns; i++) {
        const t1 = performance.now();
        await runOnce(pl.SQLContext(scans()), sql);
        run.warmMs.push(performance.now() - t1);
      }
      run.ok = true;
    } catch (e) {
      run.error = firstLine(e);
    }
    emit("query", run);
  }
  emit("done", { maxRssBytes: process.resourceUsage().maxRSS * 1024 });
}

await main();
