// TPC-H against PySpark: the 22 queries of bench/tpch/queries/ through spark.sql on our engine,
// on PySpark (classic local session, the same Parquet files) and on DuckDB as a second check.
// Data: TPC-H sf 0.01 generated once with tpchgen-cli into ~/.cache/faisca/tpch (installed into
// the oracle's Python when missing). Run with `npm run test:differential:tpch`.
//
// Against PySpark: column names and types equal, rows equal (in order where the query orders;
// doubles within 1e-12 relative, decimals exact). Against DuckDB: rows at our (Spark's) result
// types, DuckDB's decimals rounded to our scale, doubles within 1e-9 (bench/lib/compare.ts).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { dirname } from "node:path";
import { spawnSync } from "node:child_process";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { SparkSession } from "../../src/index.js";
import { simpleString } from "../../src/types/type-strings.js";
import { ensureTpchData, tpchgenVersion } from "../../bench/lib/tpch-data.js";
import { tablePath } from "../../bench/lib/paths.js";
import { faiscaCell } from "../../bench/lib/faisca-cells.js";
import { duckCell } from "../../bench/lib/duckdb-cells.js";
import { compareResults } from "../../bench/lib/compare.js";
import type { Cell } from "../../bench/lib/protocol.js";
import { encode } from "./canonical.js";
import { compareRows } from "./compare.js";
import { findPython, ORACLE_VERSION } from "./oracle.js";
import { sqlIsOrdered } from "./ordering.js";
import { errorOf } from "./run-ours.js";
import { TPCH_TABLES, tpchOracleAnswers, tpchQueries, type TpchOutcome } from "./tpch-oracle.js";

const SF = 0.01;
const started = Date.now();

/** tpchgen-cli from PyPI, into the oracle's Python, when it is not on the PATH. */
function ensureTpchgen(): void {
  if (tpchgenVersion()) return;
  const found = findPython();
  if ("problem" in found) throw new Error(`tpchgen-cli is missing and cannot be installed: ${found.problem}`);
  console.log(`installing tpchgen-cli into ${found.python}`);
  const r = spawnSync(found.python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "tpchgen-cli"], { stdio: "inherit" });
  if (r.status !== 0) throw new Error(`pip install tpchgen-cli failed (${r.status})`);
  process.env.PATH = `${dirname(found.python)}:${process.env.PATH ?? ""}`;
  if (!tpchgenVersion()) throw new Error("tpchgen-cli installed but not runnable");
}

ensureTpchgen();
const dataDir = ensureTpchData(SF, (s) => console.log(s));
const queries = tpchQueries();
const oracle = await tpchOracleAnswers(dataDir, SF, queries);
const oracleDone = Date.now();

const spark = SparkSession.builder
  .master("local[2]")
  .appName("faisca-tpch-differential")
  .config("spark.sql.shuffle.partitions", "4")
  .config("spark.sql.session.timeZone", "UTC")
  .getOrCreate();
let duck: DuckDBConnection;

interface Ours {
  outcome: TpchOutcome;
  cells: Cell[][];
  ms: number;
}
const ours = new Map<string, Promise<Ours>>();
const tally = { spark: 0, duck: 0, oursMs: 0, duckMs: 0 };

before(async () => {
  for (const t of TPCH_TABLES) await spark.read.parquet(tablePath(dataDir, "parquet", t)).createOrReplaceTempView(t);
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  duck = await instance.connect();
  for (const t of TPCH_TABLES) {
    await duck.run(`CREATE OR REPLACE VIEW ${t} AS SELECT * FROM read_parquet('${tablePath(dataDir, "parquet", t).replaceAll("'", "''")}')`);
  }
});

after(async () => {
  await spark.stop();
  console.log(
    `TPC-H sf${SF}: ${tally.spark}/${queries.length} identical to PySpark ${ORACLE_VERSION}, ${tally.duck}/${queries.length} agree with DuckDB; ` +
      `oracle ${oracle.cached} cached + ${oracle.ran} run (${(oracle.sparkMs / 1000).toFixed(1)} s in Spark); ` +
      `ours ${(tally.oursMs / 1000).toFixed(1)} s, DuckDB ${(tally.duckMs / 1000).toFixed(1)} s; total ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(data + oracle ${((oracleDone - started) / 1000).toFixed(1)} s)`,
  );
});

async function runOurs(sql: string): Promise<Ours> {
  const t0 = performance.now();
  try {
    const df = spark.sql(sql);
    const schema = await df.schema();
    const rows = await df.collect();
    const ms = performance.now() - t0;
    tally.oursMs += ms;
    return {
      outcome: {
        ok: true,
        schema: schema.fields.map((f) => ({ name: f.name, type: simpleString(f.dataType), nullable: f.nullable })),
        rows: rows.map((r) => schema.fields.map((f, i) => encode(r.values[i], f.dataType))),
      },
      cells: rows.map((r) => schema.fields.map((f, i) => faiscaCell(f.dataType, r.values[i]))),
      ms,
    };
  } catch (e) {
    return { outcome: { ok: false, error: errorOf(e) }, cells: [], ms: performance.now() - t0 };
  }
}

const oursFor = (id: string, sql: string): Promise<Ours> => {
  if (!ours.has(id)) ours.set(id, runOurs(sql));
  return ours.get(id)!;
};

const fieldsText = (o: TpchOutcome): string => (o.ok ? o.schema.map((f) => `${f.name}: ${f.type}`).join(", ") : `error [${o.error.class}] ${o.error.message.split("\n")[0]}`);

for (const q of queries) {
  test(`${q.id}: same rows as PySpark`, { timeout: 300_000 }, async () => {
    const spark = oracle.answers.get(q.id);
    if (!spark) assert.fail(`no answer from PySpark for ${q.id}: ${oracle.problem ?? "unknown reason"}`);
    if (!spark.ok) assert.fail(`PySpark raised on ${q.id}: ${spark.error.class} ${spark.error.message.split("\n")[0]}`);
    const { outcome } = await oursFor(q.id, q.sql);
    if (!outcome.ok) assert.fail(`ours raised on ${q.id}: ${outcome.error.class} ${outcome.error.message.split("\n")[0]}`);
    assert.equal(fieldsText(outcome), fieldsText(spark), `${q.id}: result columns (names and types)`);
    const d = compareRows(spark.rows, outcome.rows, sqlIsOrdered(q.sql));
    if (d) assert.fail(`${q.id}: ${d.what}\n  PySpark:\n${d.spark}\n  ours:\n${d.ours}`);
    tally.spark++;
  });

  test(`${q.id}: same rows as DuckDB (at Spark's result types)`, { timeout: 300_000 }, async () => {
    const t0 = performance.now();
    const reader = await duck.runAndReadAll(q.sql);
    const types = reader.columnTypes();
    const reference = reader.getRows().map((r) => r.map((v, i) => duckCell(types[i]!, v)));
    tally.duckMs += performance.now() - t0;
    const { outcome, cells } = await oursFor(q.id, q.sql);
    if (!outcome.ok) assert.fail(`ours raised on ${q.id}: ${outcome.error.class} ${outcome.error.message.split("\n")[0]}`);
    const verdict = compareResults(cells, reference);
    assert.ok(verdict.ok, `${q.id} vs DuckDB: ${verdict.detail}`);
    tally.duck++;
  });
}
