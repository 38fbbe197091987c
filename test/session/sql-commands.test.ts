// SQL commands through spark.sql: results as DataFrames, table files in the warehouse, caching,
// errors (expected values as PySpark 4.1.1 prints them).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { ParseException } from "../../src/index.js";
import { errorClassOf, sessionWithWarehouse } from "./helpers.js";

const { spark, warehouse } = sessionWithWarehouse();

test("a syntax error throws at spark.sql(), before anything runs", () => {
  assert.throws(() => spark.sql("SELEC 1"), (e: unknown) => e instanceof ParseException && e.errorClass === "PARSE_SYNTAX_ERROR");
});

test("a command runs without an action; its result rows are the DataFrame", async () => {
  spark.sql("CREATE OR REPLACE TEMPORARY VIEW cmd_v AS SELECT 1 AS a, 'x' AS b");
  const rows = await spark.sql("SHOW TABLES LIKE 'cmd_*'").collect();
  assert.deepEqual(rows.map((r) => [r.get("namespace"), r.get("tableName"), r.get("isTemporary")]), [["", "cmd_v", true]]);
  assert.deepEqual(await spark.sql("DESCRIBE cmd_v").columns(), ["col_name", "data_type", "comment"]);
  assert.deepEqual((await spark.sql("CREATE OR REPLACE TEMPORARY VIEW cmd_w AS SELECT 1").schema()).fields, []);
});

test("the failure of an unobserved command fails the next operation, with its class as cause", async () => {
  spark.sql("CREATE TEMPORARY VIEW cmd_dup AS SELECT 1");
  spark.sql("CREATE TEMPORARY VIEW cmd_dup AS SELECT 2");
  await assert.rejects(spark.sql("SELECT 1").collect(), (e: unknown) => errorClassOf(e) === "TEMP_TABLE_OR_VIEW_ALREADY_EXISTS");
  assert.equal((await spark.sql("SELECT * FROM cmd_dup").collect())[0]!.get(0), 1);
});

test("managed tables live under the warehouse; DROP deletes their files", async () => {
  await spark.sql("CREATE TABLE cmd_t (id INT, name STRING) USING json").collect();
  assert.ok(existsSync(join(warehouse, "cmd_t")));
  await spark.sql("INSERT INTO cmd_t VALUES (1, 'a'), (2, 'b')").collect();
  await spark.sql("INSERT INTO cmd_t (name, id) VALUES ('c', 3)").collect();
  const rows = await spark.sql("SELECT * FROM cmd_t ORDER BY id").collect();
  assert.deepEqual(rows.map((r) => [r.get("id"), r.get("name")]), [[1, "a"], [2, "b"], [3, "c"]]);
  assert.ok(readdirSync(join(warehouse, "cmd_t")).some((f) => f.endsWith(".json")));
  await spark.sql("DROP TABLE cmd_t").collect();
  assert.ok(!existsSync(join(warehouse, "cmd_t")));
});

test("tables of other databases go under <warehouse>/<db>.db", async () => {
  await spark.sql("CREATE DATABASE cmd_db").collect();
  await spark.sql("CREATE TABLE cmd_db.t USING parquet AS SELECT 1 AS a, 'x' AS b").collect();
  assert.ok(existsSync(join(warehouse, "cmd_db.db", "t")));
  assert.equal(await spark.table("cmd_db.t").count(), 1);
  await spark.sql("DROP DATABASE cmd_db CASCADE").collect();
  assert.ok(!existsSync(join(warehouse, "cmd_db.db")));
});

test("external tables keep their files on DROP and can be re-created over them", async () => {
  const dir = join(mkdtempSync(join(tmpdir(), "faisca-ext-")), "data");
  await spark.sql(`CREATE TABLE cmd_ext (a INT) USING parquet LOCATION '${dir}'`).collect();
  await spark.sql("INSERT INTO cmd_ext VALUES (7)").collect();
  await spark.sql("DROP TABLE cmd_ext").collect();
  assert.ok(existsSync(dir));
  await spark.sql(`CREATE TABLE cmd_ext USING parquet LOCATION '${dir}'`).collect();
  assert.deepEqual((await spark.sql("SELECT * FROM cmd_ext").collect()).map((r) => r.get("a")), [7]);
  await spark.sql("DROP TABLE cmd_ext").collect();
});

test("INSERT OVERWRITE ... PARTITION replaces only that partition", async () => {
  await spark.sql("CREATE TABLE cmd_p (a INT, b STRING, p INT) USING parquet PARTITIONED BY (p)").collect();
  await spark.sql("INSERT INTO cmd_p VALUES (1, 'x', 1), (2, 'y', 2)").collect();
  await spark.sql("INSERT OVERWRITE cmd_p PARTITION (p = 2) SELECT 3, 'z'").collect();
  const rows = await spark.sql("SELECT a, b, p FROM cmd_p ORDER BY a").collect();
  assert.deepEqual(rows.map((r) => [r.get("a"), r.get("b"), r.get("p")]), [[1, "x", 1], [3, "z", 2]]);
  assert.deepEqual((await spark.sql("SHOW PARTITIONS cmd_p").collect()).map((r) => r.get(0)), ["p=1", "p=2"]);
  await spark.sql("DROP TABLE cmd_p").collect();
});

test("a cached table is refreshed by INSERT", async () => {
  await spark.sql("CREATE TABLE cmd_c (a INT) USING json").collect();
  await spark.sql("INSERT INTO cmd_c VALUES (1)").collect();
  await spark.sql("CACHE TABLE cmd_c").collect();
  assert.equal(await spark.catalog.isCached("cmd_c"), true);
  assert.equal(await spark.table("cmd_c").count(), 1);
  await spark.sql("INSERT INTO cmd_c VALUES (2)").collect();
  assert.equal(await spark.table("cmd_c").count(), 2);
  await spark.sql("UNCACHE TABLE cmd_c").collect();
  assert.equal(await spark.catalog.isCached("cmd_c"), false);
  await spark.sql("DROP TABLE cmd_c").collect();
});

test("SET / RESET and current_database() follow USE", async () => {
  assert.deepEqual((await spark.sql("SET spark.sql.shuffle.partitions=3").collect()).map((r) => [r.get("key"), r.get("value")]), [["spark.sql.shuffle.partitions", "3"]]);
  assert.equal(spark.conf.get("spark.sql.shuffle.partitions"), "3");
  await spark.sql("RESET spark.sql.shuffle.partitions").collect();
  assert.equal(spark.conf.get("spark.sql.shuffle.partitions"), "200");
  assert.deepEqual((await spark.sql("SET no.such.key").collect()).map((r) => r.get("value")), ["<undefined>"]);
  await spark.sql("CREATE DATABASE IF NOT EXISTS cmd_use").collect();
  await spark.sql("USE cmd_use").collect();
  assert.equal((await spark.sql("SELECT current_database()").collect())[0]!.get(0), "cmd_use");
  await spark.sql("USE default").collect();
  await spark.sql("DROP DATABASE cmd_use").collect();
});

test("catalog errors carry Spark's classes", async () => {
  const cases: [string, string][] = [
    ["DROP TABLE no_such_t", "TABLE_OR_VIEW_NOT_FOUND"],
    ["DROP DATABASE no_such_db", "SCHEMA_NOT_FOUND"],
    ["USE global_temp", "_LEGACY_ERROR_TEMP_1068"],
    ["SET spark.sql.warehouse.dir=/x", "CANNOT_MODIFY_STATIC_CONFIG"],
    ["DESCRIBE FUNCTION no_such_fn", "UNRESOLVED_ROUTINE"],
  ];
  for (const [sql, cls] of cases) {
    await assert.rejects(spark.sql(sql).collect(), (e: unknown) => errorClassOf(e) === cls, sql);
  }
});

test("EXPLAIN returns the plan text in one `plan` column", async () => {
  const rows = await spark.sql("EXPLAIN EXTENDED SELECT 1 AS one").collect();
  assert.equal(rows.length, 1);
  const text = rows[0]!.get("plan") as string;
  assert.match(text, /== Parsed Logical Plan ==/);
  assert.match(text, /== Physical Plan ==/);
});
