// Runs DataFrame and SQL programs on a real Spark Connect server (one per file) and checks the
// answers Spark gives: show() text, collected values of every kind, SQL commands, views, joins,
// windows, writes and reads, schemas, explain, conf, catalog, errors and reattachment.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SparkSession } from "../../src/api/spark-session.js";
import { functions as F } from "../../src/api/functions.js";
import { Window } from "../../src/api/window.js";
import { remoteBackendOf } from "../../src/connect/remote-session.js";
import type { RemoteBackend } from "../../src/connect/remote-backend.js";
import { ConnectUnsupportedError } from "../../src/connect/errors.js";
import { AnalysisException, ParseException, SparkArithmeticException } from "../../src/errors/spark-error.js";
import { Decimal } from "../../src/values/decimal.js";
import { SparkDate } from "../../src/values/spark-date.js";
import { Timestamp } from "../../src/values/timestamp.js";
import { Row } from "../../src/values/row.js";
import type { DataFrame } from "../../src/api/dataframe.js";
import { startConnectServer, type ConnectServer } from "./server-harness.js";

let server: ConnectServer;
let spark: SparkSession;
let be: RemoteBackend;
const tmp = mkdtempSync(path.join(os.tmpdir(), "faisca-connect-"));

before(
  async () => {
    // Small sender streams make the server cut every result stream early, so every query
    // below also exercises ReattachExecute / ReleaseExecute.
    server = await startConnectServer({ "spark.connect.execute.reattachable.senderMaxStreamSize": "4096" });
    spark = SparkSession.builder.remote(server.url).config({ "spark.sql.session.timeZone": "UTC", "spark.sql.shuffle.partitions": "2" }).getOrCreate();
    be = remoteBackendOf(spark)!;
  },
  { timeout: 180_000 },
);

after(async () => {
  await be?.stop();
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

// spark.sql on a remote session goes through the back end (DataFrame/SparkSession are switched
// over to SessionBackend separately); until then the tests call it directly.
const sql = (q: string, args?: Record<string, unknown>) => spark.dataFrame(be.sql(q, args));
const collect = (df: DataFrame) => be.collect(df.plan);
const show = (df: DataFrame, n = 20, truncate = 20) => be.showString(df.plan, n, truncate, false);

const sales = () =>
  spark.createDataFrame(
    [
      { store: "lisboa", item: "pão", qty: 3n, price: new Decimal(150n, 2) },
      { store: "lisboa", item: "café", qty: 10n, price: new Decimal(80n, 2) },
      { store: "porto", item: "pão", qty: 5n, price: new Decimal(140n, 2) },
      { store: "porto", item: "vinho", qty: 1n, price: new Decimal(1250n, 2) },
      { store: "faro", item: "café", qty: null, price: new Decimal(90n, 2) },
    ],
    "store string, item string, qty bigint, price decimal(10,2)",
  );

test("builder.remote returns a remote-backed session talking to Spark 4", async () => {
  assert.equal(be.kind, "remote");
  assert.match(await be.version(), /^4\./);
  // builder.config(...) pairs were sent to the server's session conf.
  assert.equal(await be.conf.get("spark.sql.session.timeZone"), "UTC");
});

test("filter / withColumn / groupBy / agg / orderBy: show() is Spark's own text", async () => {
  const df = sales()
    .filter(F.col("qty").isNotNull())
    .withColumn("total", F.col("price").multiply(F.col("qty")))
    .groupBy("store")
    .agg(F.sum("total").alias("revenue"), F.count("*").alias("n"))
    .orderBy(F.col("revenue").desc());
  assert.equal(
    await show(df),
    [
      "+------+-------+---+",
      "| store|revenue|  n|",
      "+------+-------+---+",
      "| porto|  19.50|  2|",
      "|lisboa|  12.50|  2|",
      "+------+-------+---+",
      "",
    ].join("\n"),
  );
  const rows = await collect(df);
  assert.deepEqual(rows.map((r) => r.asDict()), [
    { store: "porto", revenue: new Decimal(1950n, 2), n: 2n },
    { store: "lisboa", revenue: new Decimal(1250n, 2), n: 2n },
  ]);
});

test("collected values: long beyond 2^53, decimal, date, timestamp, null, nested", async () => {
  const df = sql(
    "SELECT 9007199254740993L AS big, CAST('12345678901234567890.123' AS DECIMAL(38,3)) AS dec, DATE'1969-12-31' AS d, " +
      "TIMESTAMP'2024-02-29 23:59:59.123456' AS ts, CAST(NULL AS INT) AS n, array(1, NULL, 3) AS arr, " +
      "map('a', named_struct('x', 1L, 'y', array('p'))) AS m, named_struct('s', 'z', 'when', DATE'2000-01-01') AS st, X'CAFE' AS bin",
  );
  const [row] = await collect(df);
  assert.ok(row instanceof Row);
  assert.equal(row.get("big"), 9007199254740993n);
  assert.ok((row.get("dec") as Decimal).equals(Decimal.parse("12345678901234567890.123")!));
  assert.equal((row.get("d") as SparkDate).days, -1);
  // 2024-02-29T23:59:59.123456Z in microseconds.
  assert.equal((row.get("ts") as Timestamp).micros, 1709251199123456n);
  assert.equal(row.get("n"), null);
  assert.deepEqual(row.get("arr"), [1, null, 3]);
  const m = row.get("m") as Map<string, Row>;
  assert.deepEqual(m.get("a")!.asDict(), { x: 1n, y: ["p"] });
  const st = row.get("st") as Row;
  assert.equal(st.get("s"), "z");
  assert.equal((st.get("when") as SparkDate).days, 10957);
  assert.deepEqual([...(row.get("bin") as Uint8Array)], [0xca, 0xfe]);
});

test("local rows of every kind round-trip through Arrow to the server and back", async () => {
  const df = spark.createDataFrame(
    [[1, 2n ** 62n, new Decimal(-12345n, 3), new SparkDate(19000), new Timestamp(-1n), "olá", [1.5, null], new Map([["k", 7]]), { a: true }]],
    "i int, l bigint, d decimal(9,3), dt date, ts timestamp, s string, a array<double>, m map<string,int>, st struct<a:boolean>",
  );
  const [r] = await collect(df.select("*", F.expr("d * 2 AS d2"), F.expr("date_add(dt, 1) AS next")));
  assert.equal(r!.get("i"), 1);
  assert.equal(r!.get("l"), 2n ** 62n);
  assert.equal((r!.get("d2") as Decimal).toString(), "-24.690");
  assert.equal((r!.get("next") as SparkDate).days, 19001);
  assert.equal((r!.get("ts") as Timestamp).micros, -1n);
  assert.equal(r!.get("s"), "olá");
  assert.deepEqual(r!.get("a"), [1.5, null]);
  assert.equal((r!.get("m") as Map<string, number>).get("k"), 7);
  assert.equal((r!.get("st") as Row).get("a"), true);
});

test("SQL commands run eagerly; temp views from DataFrames and from SQL", async () => {
  await be.createView(sales().plan, "sales", { global: false, replace: true });
  sql("CREATE OR REPLACE TEMP VIEW big_sales AS SELECT * FROM sales WHERE qty >= 5");
  const rows = await collect(sql("SELECT item, qty FROM big_sales ORDER BY qty"));
  assert.deepEqual(rows.map((r) => [r.get("item"), r.get("qty")]), [["pão", 5n], ["café", 10n]]);
  const viaTable = await collect(spark.table("sales").groupBy().count());
  assert.equal(viaTable[0]!.get(0), 5n);
  // Named parameters travel as literals.
  const p = await collect(sql("SELECT :x + 1 AS y", { x: 41 }));
  assert.equal(p[0]!.get("y"), 42);
});

test("join with DataFrame-qualified columns and a window function", async () => {
  const s = sales();
  const stores = spark.createDataFrame([{ store: "lisboa", region: "sul" }, { store: "porto", region: "norte" }]);
  const joined = s.join(stores, s.col("store").eq(stores.col("store")), "left").select(s.col("store"), "item", "region");
  const rows = await collect(joined.orderBy("store", "item"));
  assert.deepEqual(rows.map((r) => r.values), [
    ["faro", "café", null],
    ["lisboa", "café", "sul"],
    ["lisboa", "pão", "sul"],
    ["porto", "pão", "norte"],
    ["porto", "vinho", "norte"],
  ]);
  const w = Window.partitionBy("store").orderBy(F.col("price").desc());
  const ranked = s.withColumn("rk", F.row_number().over(w)).withColumn("running", F.sum("price").over(w.rowsBetween(Window.unboundedPreceding, 0)));
  const top = await collect(ranked.filter(F.col("rk").eq(1)).orderBy("store").select("store", "item", "running"));
  assert.deepEqual(top.map((r) => [r.get("store"), r.get("item"), String(r.get("running"))]), [
    ["faro", "café", "0.90"],
    ["lisboa", "pão", "1.50"],
    ["porto", "vinho", "12.50"],
  ]);
});

test("write parquet partitioned by a column, read it back", async () => {
  const out = path.join(tmp, "sales_parquet");
  await be.write(sales().plan, { format: "parquet", mode: "overwrite", options: {}, partitionBy: ["store"], sortBy: [] }, { path: out });
  assert.deepEqual(readdirSync(out).filter((n) => n.startsWith("store=")).sort(), ["store=faro", "store=lisboa", "store=porto"]);
  const back = spark.read.parquet(out);
  const rows = await collect(back.groupBy("store").agg(F.sum("qty").alias("q")).orderBy("store"));
  assert.deepEqual(rows.map((r) => [r.get("store"), r.get("q")]), [["faro", null], ["lisboa", 13n], ["porto", 6n]]);
  await assert.rejects(
    be.write(sales().plan, { format: "parquet", mode: "errorifexists", options: {}, partitionBy: [], sortBy: [] }, { path: out }),
    (e: Error) => e instanceof AnalysisException && e.errorClass === "PATH_ALREADY_EXISTS",
  );
});

test("schema, printSchema tree, explain come from the server", async () => {
  const df = sales().select("store", F.col("qty").plus(1).alias("q1"));
  const schema = await be.schema(df.plan);
  assert.deepEqual(schema.fields.map((f) => [f.name, f.dataType.kind, f.nullable]), [["store", "string", true], ["q1", "long", true]]);
  assert.equal(await be.treeString(df.plan), "root\n |-- store: string (nullable = true)\n |-- q1: long (nullable = true)\n");
  const plan = await be.explain(df.plan, "extended");
  assert.match(plan, /== Parsed Logical Plan ==/);
  assert.match(plan, /== Physical Plan ==\n.*LocalTableScan/s);
});

test("server errors keep Spark's error class, SQLSTATE and message", async () => {
  await assert.rejects(collect(sales().select("stor")), (e: unknown) => {
    assert.ok(e instanceof AnalysisException, `got ${(e as Error).constructor.name}`);
    assert.equal(e.errorClass, "UNRESOLVED_COLUMN.WITH_SUGGESTION");
    assert.equal(e.sqlState, "42703");
    assert.match(e.message, /^\[UNRESOLVED_COLUMN\.WITH_SUGGESTION\] A column, variable, or function parameter with name `stor` cannot be resolved\. Did you mean one of the following\? \[`store`/);
    return true;
  });
  await assert.rejects(collect(sql("SELEC 1")), (e: unknown) => e instanceof ParseException && e.errorClass === "PARSE_SYNTAX_ERROR");
  await assert.rejects(collect(spark.range(1).select(F.lit(1).divide(F.lit(0)))), (e: unknown) => e instanceof SparkArithmeticException && e.errorClass === "DIVIDE_BY_ZERO");
});

test("conf get/set/unset and catalog calls", async () => {
  await be.conf.set("spark.sql.shuffle.partitions", 7);
  assert.equal(await be.conf.get("spark.sql.shuffle.partitions"), "7");
  await be.conf.unset("spark.sql.shuffle.partitions");
  assert.notEqual(await be.conf.get("spark.sql.shuffle.partitions"), "7");
  await be.conf.set("spark.sql.shuffle.partitions", 2);
  assert.equal(await be.conf.getOption("spark.faisca.no.such.key"), undefined);
  await assert.rejects(be.conf.get("spark.faisca.no.such.key"), (e: unknown) => e instanceof Error && /SQL_CONF_NOT_FOUND/.test(e.message));

  await be.createView(spark.range(3).plan, "three", { global: false, replace: true });
  assert.equal(await be.catalog.currentDatabase(), "default");
  assert.equal(await be.catalog.tableExists("three"), true);
  const tables = await be.catalog.listTables();
  assert.ok(tables.some((t) => t.get("name") === "three" && t.get("isTemporary") === true));
  const cols = await be.catalog.listColumns("three");
  assert.deepEqual(cols.map((c) => [c.get("name"), c.get("dataType")]), [["id", "bigint"]]);
  assert.equal(await be.catalog.dropTempView("three"), true);
  assert.equal(await be.catalog.tableExists("three"), false);
});

test("large results arrive across reattached streams", async () => {
  const before = be.client.stats.reattaches;
  const rows = await collect(spark.range(0, 50_000).select(F.col("id"), F.col("id").multiply(2).alias("twice")));
  assert.equal(rows.length, 50_000);
  assert.equal(rows[49_999]!.get("twice"), 99_998n);
  assert.ok(be.client.stats.reattaches > before, "the server cut the stream, the client reattached");
});

test("features a remote Spark cannot run fail clearly", async () => {
  const plus1 = F.udf((x: number) => x + 1, "int");
  await assert.rejects(be.relation(spark.range(1).select(plus1("id")).plan), (e: unknown) => {
    assert.ok(e instanceof ConnectUnsupportedError);
    assert.match(e.message, /TypeScript UDF 'udf'|TypeScript UDF/);
    return true;
  });
});

test("a wrong token is refused", async () => {
  const bad = SparkSession.builder.remote(`sc://127.0.0.1:${server.port}/;token=wrong`).getOrCreate();
  const badBe = remoteBackendOf(bad)!;
  try {
    await assert.rejects(badBe.version(), /UNAUTHENTICATED|token|auth/i);
  } finally {
    await badBe.stop();
  }
  SparkSession.active = spark;
});

test("the same DataFrame program prints the same show() text locally and on Spark (public API)", async () => {
  const local = SparkSession.builder.config("spark.sql.session.timeZone", "UTC").create();
  const program = (s: SparkSession) =>
    s
      .createDataFrame(
        [
          { loja: "SP", produto: "café", valor: 12.5, qtd: 3 },
          { loja: "SP", produto: "pão", valor: 0.75, qtd: 10 },
          { loja: "RJ", produto: "café", valor: 13.0, qtd: 2 },
          { loja: "RJ", produto: "leite", valor: 4.2, qtd: 0 },
        ],
        "loja STRING, produto STRING, valor DOUBLE, qtd INT",
      )
      .where(F.col("qtd").gt(0))
      .withColumn("total", F.col("valor").multiply(F.col("qtd")))
      .groupBy("loja")
      .agg(F.sum("total").alias("receita"), F.countDistinct("produto").alias("produtos"))
      .orderBy(F.desc("receita"));
  const remoteDf = program(spark);
  const localDf = program(local);
  assert.equal(await remoteDf.showString(), await localDf.showString());
  assert.deepEqual((await remoteDf.collect()).map(String), (await localDf.collect()).map(String));
  assert.deepEqual(await remoteDf.columns(), ["loja", "receita", "produtos"]);
  remoteDf.createOrReplaceTempView("resumo_remoto");
  const viaSql = await spark.sql("SELECT loja FROM resumo_remoto ORDER BY receita DESC").collect();
  assert.deepEqual(viaSql.map((r) => r.loja), ["SP", "RJ"]);
});
