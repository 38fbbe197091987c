// nodejs-polars side of the micro-benchmarks (see bench/lib/micro-defs.ts): the tables are built
// eagerly in memory through Polars' SQL over an id column, then each bench runs as SQL (sort
// through the DataFrame API).
import pl from "nodejs-polars";
import { genericCell } from "../lib/cells.js";
import { D_EXPRS, D_ROWS, MICRO, SORT_TAIL, T_EXPRS, type MicroRun, type MicroTask } from "../lib/micro-defs.js";
import { emit, epochNow, firstLine } from "../lib/protocol.js";
import { TPCH_COLUMNS, type TpchTable } from "../lib/tpch-schema.js";

const task = JSON.parse(process.argv[2]) as MicroTask;

function cells(df: any): (string | null)[][] {
  const series = (df.getColumns() as any[]).map((s) => {
    const t = String(s.dtype);
    if (t.includes("Decimal")) return (s.cast(pl.Utf8).toArray() as (string | null)[]).map((v) => (v === null ? null : `d:${v}`));
    if (t.includes("Float")) return (s.toArray() as (number | null)[]).map((v) => (v === null ? null : `f:${v}`));
    if (t.includes("Date")) return (s.cast(pl.Utf8).toArray() as (string | null)[]).map((v) => (v === null ? null : `D:${v}`));
    return (s.toArray() as unknown[]).map(genericCell);
  });
  const out: (string | null)[][] = [];
  for (let i = 0; i < df.height; i++) out.push(series.map((a) => a[i]));
  return out;
}

function exec(ctx: any, sql: string): any {
  const lf = ctx.execute(sql);
  if (lf?._ldf instanceof Error) throw lf._ldf;
  return lf;
}

function idFrame(n: number): any {
  const ids = new Float64Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  return pl.DataFrame({ id: pl.Series("id", ids).cast(pl.Int64) });
}

function polarsTypes(table: TpchTable): Record<string, any> {
  return Object.fromEntries(TPCH_COLUMNS[table].map(([n, t]) => [n, t === "BIGINT" ? pl.Int64 : t === "INT" ? pl.Int32 : t === "DATE" ? pl.Date : t === "STRING" ? pl.Utf8 : pl.Float64]));
}

async function main(): Promise<void> {
  const f = task.files;
  const decimalsAsDouble = (lf: any) => lf.withColumns(...TPCH_COLUMNS.lineitem.filter(([, t]) => t.startsWith("DECIMAL")).map(([n]) => pl.col(n).cast(pl.Float64)));
  const ctx = pl.SQLContext({
    region_csv: pl.scanCSV(f.region, { hasHeader: true, schema: polarsTypes("region") as any }),
    lineitem_csv: pl.scanCSV(f.csv, { hasHeader: true, schema: polarsTypes("lineitem") as any }),
    lineitem_pq: decimalsAsDouble(pl.scanParquet(f.parquet)),
  });
  emit("hello", { readyEpochMs: epochNow() });
  let built = false;
  let t: any = null;
  for (const name of task.benches) {
    const def = MICRO.find((m) => m.name === name)!;
    const run: MicroRun = { name, ok: false, ms: [] };
    try {
      if (def.group === "memory" && !built) {
        const pcx = pl.SQLContext({ ids: idFrame(task.rows), dids: idFrame(D_ROWS) });
        t = await exec(pcx, `SELECT ${T_EXPRS.join(", ").replaceAll("STRING", "VARCHAR")} FROM ids`).collect();
        const d = await exec(pcx, `SELECT ${D_EXPRS.join(", ")} FROM dids`).collect();
        ctx.register("t", t);
        ctx.register("d", d);
        built = true;
      }
      for (let i = 0; i < (def.group === "startup" ? 1 : task.runs); i++) {
        const t0 = performance.now();
        if (name === "sort") {
          const sorted = t.select("id", "k_high", "v").sort(["v", "id"], [true, false]);
          run.cells = cells(sorted.tail(SORT_TAIL));
        } else {
          run.cells = cells(await exec(ctx, def.sql!).collect());
        }
        run.ms!.push(performance.now() - t0);
        run.endEpochMs ??= epochNow();
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
