// DuckDB side of the micro-benchmarks (see bench/lib/micro-defs.ts).
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { duckCell } from "../lib/duckdb-cells.js";
import { TPCH_COLUMNS, type TpchTable } from "../lib/tpch-schema.js";
import { D_EXPRS, D_ROWS, MICRO, SORT_TAIL, T_EXPRS, type MicroRun, type MicroTask } from "../lib/micro-defs.js";
import { emit, epochNow, firstLine } from "../lib/protocol.js";

const task = JSON.parse(process.argv[2]) as MicroTask;

function csvColumns(table: TpchTable): string {
  return TPCH_COLUMNS[table].map(([n, t]) => `'${n}': '${t === "STRING" ? "VARCHAR" : t}'`).join(", ");
}

async function query(conn: DuckDBConnection, sql: string) {
  const r = await conn.runAndReadAll(sql);
  const types = r.columnTypes();
  return r.getRows().map((row) => row.map((v, i) => duckCell(types[i], v)));
}

async function main(): Promise<void> {
  const threads = task.options.threads;
  const instance = await DuckDBInstance.create(":memory:", threads ? { threads: String(threads) } : {});
  const conn = await instance.connect();
  const f = task.files;
  const q = (p: string) => p.replaceAll("'", "''");
  await conn.run(`CREATE VIEW region_csv AS SELECT * FROM read_csv('${q(f.region)}', header = true, columns = {${csvColumns("region")}})`);
  await conn.run(`CREATE VIEW lineitem_csv AS SELECT * FROM read_csv('${q(f.csv)}', header = true, columns = {${csvColumns("lineitem")}})`);
  await conn.run(`CREATE VIEW lineitem_pq AS SELECT * FROM read_parquet('${q(f.parquet)}')`);
  emit("hello", { readyEpochMs: epochNow() });
  let built = false;
  for (const name of task.benches) {
    const def = MICRO.find((m) => m.name === name)!;
    const run: MicroRun = { name, ok: false, ms: [] };
    try {
      if (def.group === "memory" && !built) {
        await conn.run(`CREATE TABLE t AS SELECT ${T_EXPRS.join(", ")} FROM (SELECT range AS id FROM range(${task.rows}))`);
        await conn.run(`CREATE TABLE d AS SELECT ${D_EXPRS.join(", ")} FROM (SELECT range AS id FROM range(${D_ROWS}))`);
        built = true;
      }
      for (let i = 0; i < (def.group === "startup" ? 1 : task.runs); i++) {
        const t0 = performance.now();
        if (name === "sort") {
          await conn.run("CREATE OR REPLACE TEMP TABLE sorted AS SELECT id, k_high, v FROM t ORDER BY v DESC, id");
          run.cells = await query(conn, `SELECT * FROM sorted LIMIT ${SORT_TAIL} OFFSET ${task.rows - SORT_TAIL}`);
        } else {
          run.cells = await query(conn, def.sql!);
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
