// DuckDB engine child: runs TPC-H SQL over views on the same Parquet/CSV files.
// Usage (by the harness): node --import tsx bench/engines/duckdb.ts '<EngineTask JSON>'
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { duckCell } from "../lib/duckdb-cells.js";
import { emit, epochNow, firstLine, type Cell, type EngineTask, type QueryRun } from "../lib/protocol.js";
import { tablePath } from "../lib/paths.js";
import { TPCH_COLUMNS, TPCH_TABLES } from "../lib/tpch-schema.js";

const task = JSON.parse(process.argv[2]) as EngineTask;

function duckType(t: string): string {
  return t === "STRING" ? "VARCHAR" : t;
}

export async function createViews(conn: DuckDBConnection, dataDir: string, format: "parquet" | "csv"): Promise<void> {
  for (const t of TPCH_TABLES) {
    const path = tablePath(dataDir, format, t).replaceAll("'", "''");
    const source =
      format === "parquet"
        ? `read_parquet('${path}')`
        : `read_csv('${path}', header = true, columns = {${TPCH_COLUMNS[t].map(([n, ty]) => `'${n}': '${duckType(ty)}'`).join(", ")}})`;
    await conn.run(`CREATE OR REPLACE VIEW ${t} AS SELECT * FROM ${source}`);
  }
}

async function runOnce(conn: DuckDBConnection, sql: string) {
  const reader = await conn.runAndReadAll(sql);
  return reader;
}

async function main(): Promise<void> {
  const threads = task.options.threads;
  const instance = await DuckDBInstance.create(":memory:", threads ? { threads: String(threads) } : {});
  const conn = await instance.connect();
  emit("hello", { readyEpochMs: epochNow(), format: task.format, version: (await (await conn.runAndReadAll("select version()")).getRows())[0][0] });
  let viewsMade = false;
  for (const q of task.queries) {
    const run: QueryRun = { query: q.name, ok: false };
    try {
      const t0 = performance.now();
      if (!viewsMade) {
        await createViews(conn, task.dataDir, task.format);
        viewsMade = true;
      }
      const reader = await runOnce(conn, q.sql);
      const rows = reader.getRows();
      run.coldMs = performance.now() - t0;
      run.coldEndEpochMs = epochNow();
      const types = reader.columnTypes();
      run.columns = reader.columnNames().map((n, i) => ({ name: n, type: types[i].toString() }));
      run.rows = rows.map((r) => r.map((v, i) => duckCell(types[i], v)));
      run.warmMs = [];
      for (let i = 0; i < task.warmRuns; i++) {
        const t1 = performance.now();
        (await runOnce(conn, q.sql)).getRows();
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
