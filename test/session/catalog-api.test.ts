// spark.catalog: rows shaped as PySpark's catalog objects (Database, Table, Column, Function).
import { test } from "node:test";
import assert from "node:assert/strict";
import { errorClassOf, sessionWithWarehouse } from "./helpers.js";

const { spark } = sessionWithWarehouse();

test("databases: current, list, set, exists", async () => {
  assert.equal(await spark.catalog.currentDatabase(), "default");
  await spark.sql("CREATE DATABASE IF NOT EXISTS capi_db COMMENT 'for tests'").collect();
  const dbs = await spark.catalog.listDatabases("capi*");
  assert.deepEqual(dbs.map((d) => [d.get("name"), d.get("catalog"), d.get("description")]), [["capi_db", "spark_catalog", "for tests"]]);
  assert.match(dbs[0]!.get("locationUri") as string, /^file:.*capi_db\.db$/);
  await spark.catalog.setCurrentDatabase("capi_db");
  assert.equal(await spark.catalog.currentDatabase(), "capi_db");
  await spark.catalog.setCurrentDatabase("default");
  assert.equal(await spark.catalog.databaseExists("capi_db"), true);
  assert.equal(await spark.catalog.databaseExists("nope_db"), false);
  await assert.rejects(spark.catalog.setCurrentDatabase("nope_db"), (e: unknown) => errorClassOf(e) === "SCHEMA_NOT_FOUND");
});

test("tables and temp views: listTables, getTable, tableExists, dropTempView", async () => {
  await spark.createDataFrame([[1, "a"]], "id INT, v STRING").createOrReplaceTempView("capi_view");
  await spark.sql("CREATE TABLE capi_t (id INT, p STRING) USING parquet PARTITIONED BY (p)").collect();
  const tables = await spark.catalog.listTables();
  const byName = new Map(tables.map((t) => [t.get("name"), t]));
  const t = byName.get("capi_t")!;
  assert.deepEqual([t.get("catalog"), t.get("namespace"), t.get("tableType"), t.get("isTemporary")], ["spark_catalog", ["default"], "MANAGED", false]);
  const v = byName.get("capi_view")!;
  assert.deepEqual([v.get("catalog"), v.get("namespace"), v.get("tableType"), v.get("isTemporary")], [null, [], "TEMPORARY", true]);
  assert.equal((await spark.catalog.getTable("capi_t")).get("tableType"), "MANAGED");
  assert.equal(await spark.catalog.tableExists("capi_t"), true);
  assert.equal(await spark.catalog.tableExists("capi_t", "default"), true);
  assert.equal(await spark.catalog.tableExists("nope_t"), false);
  assert.equal(await spark.catalog.dropTempView("capi_view"), true);
  assert.equal(await spark.catalog.dropTempView("capi_view"), false);
  await assert.rejects(spark.catalog.getTable("capi_view"), (e: unknown) => errorClassOf(e) === "TABLE_OR_VIEW_NOT_FOUND");
});

test("listColumns marks partition columns and uses catalog type strings", async () => {
  const cols = await spark.catalog.listColumns("capi_t");
  assert.deepEqual(
    cols.map((c) => [c.get("name"), c.get("dataType"), c.get("nullable"), c.get("isPartition"), c.get("isBucket")]),
    [
      ["id", "int", true, false, false],
      ["p", "string", true, true, false],
    ],
  );
});

test("cacheTable / isCached / uncacheTable / clearCache", async () => {
  await spark.createDataFrame([[1], [2]], "x INT").createOrReplaceTempView("capi_c");
  assert.equal(await spark.catalog.isCached("capi_c"), false);
  await spark.catalog.cacheTable("capi_c");
  assert.equal(await spark.catalog.isCached("capi_c"), true);
  assert.equal(await spark.table("capi_c").count(), 2);
  await spark.catalog.uncacheTable("capi_c");
  assert.equal(await spark.catalog.isCached("capi_c"), false);
  await spark.catalog.cacheTable("capi_c");
  await spark.catalog.clearCache();
  assert.equal(await spark.catalog.isCached("capi_c"), false);
  await assert.rejects(spark.catalog.isCached("nope_c"), (e: unknown) => errorClassOf(e) === "TABLE_OR_VIEW_NOT_FOUND");
});

test("functions: listFunctions, functionExists, getFunction", async () => {
  const fns = await spark.catalog.listFunctions(undefined, "upp*");
  assert.deepEqual(fns.map((f) => [f.get("name"), f.get("isTemporary")]), [["upper", true]]); // Spark reports built-ins as temporary
  spark.udf.register("capi_plus_one", (x: number) => x + 1, "int");
  assert.equal(await spark.catalog.functionExists("capi_plus_one"), true);
  assert.equal((await spark.catalog.getFunction("capi_plus_one")).get("isTemporary"), true);
  assert.equal(await spark.catalog.functionExists("no_such_function"), false);
});

test("createTable registers an empty managed table readable through spark.table", async () => {
  const df = await spark.catalog.createTable("capi_new", { source: "json", schema: (await spark.createDataFrame([[1, "a"]], "k INT, w STRING").schema()) });
  assert.deepEqual(await df.columns(), ["k", "w"]);
  assert.equal(await df.count(), 0);
  assert.equal(await spark.catalog.tableExists("capi_new"), true);
});

test("global temp views live in global_temp and are dropped by dropGlobalTempView", async () => {
  await spark.createDataFrame([[1]], "x INT").createOrReplaceGlobalTempView("capi_g");
  assert.deepEqual((await spark.catalog.listTables("global_temp")).filter((t) => t.get("name") === "capi_g").map((t) => t.get("namespace")), [["global_temp"]]);
  assert.equal(await spark.catalog.dropGlobalTempView("capi_g"), true);
  assert.equal(await spark.catalog.tableExists("global_temp.capi_g"), false);
});
