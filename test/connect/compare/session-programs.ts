// Comparison programs for session-level features: temp and global temp views, spark.catalog
// calls, spark.conf get/set, and error mapping (the same exception type and Spark error class
// locally and from the server). Catalog and conf answers are turned into DataFrames so they
// compare like any other result.
import { functions as F } from "../../../src/api/functions.js";
import type { SparkSession } from "../../../src/api/spark-session.js";
import type { Row } from "../../../src/values/row.js";
import type { Program } from "./program.js";
import { depts, emp } from "./fixtures.js";

/** One row per answer, as strings, so mixed answers fit one schema. */
const answers = (s: SparkSession, values: unknown[]) => s.createDataFrame(values.map((v, i) => [i, v === undefined ? "undefined" : String(v)]), "i int, answer string");
const pick = (rows: Row[], ...fields: string[]) => rows.map((r) => fields.map((f) => String(r.get(f))).join("/"));

export const sessionPrograms: Program[] = [
  {
    name: "createOrReplaceTempView, then spark.table and SQL over the view",
    build: async (s, e) => {
      await emp(s).createOrReplaceTempView(`emp_${e.tag}`);
      return s.sql(`SELECT dept, count(*) AS n, max(salary) AS top FROM emp_${e.tag} GROUP BY dept`).join(s.table(`emp_${e.tag}`).select("dept", "name"), "dept");
    },
  },
  {
    name: "createOrReplaceTempView replaces the view",
    build: async (s, e) => {
      await emp(s).createOrReplaceTempView(`r_${e.tag}`);
      await depts(s).createOrReplaceTempView(`r_${e.tag}`);
      return s.table(`r_${e.tag}`);
    },
  },
  {
    name: "global temp view read through global_temp",
    build: async (s, e) => {
      await depts(s).createOrReplaceGlobalTempView(`g_${e.tag}`);
      return s.sql(`SELECT city FROM global_temp.g_${e.tag} WHERE floor > 0`);
    },
  },
  {
    name: "createTempView on an existing name fails",
    compare: "error",
    build: async (s, e) => {
      await emp(s).createTempView(`dup_${e.tag}`);
      await emp(s).createTempView(`dup_${e.tag}`);
      return s.table(`dup_${e.tag}`);
    },
  },
  {
    name: "catalog: tableExists, listTables, dropTempView",
    build: async (s, e) => {
      const v = `cat_${e.tag}`;
      await emp(s).createOrReplaceTempView(v);
      const before = await s.catalog.tableExists(v);
      const listed = pick((await s.catalog.listTables()).filter((t) => t.get("name") === v), "tableType", "isTemporary");
      const dropped = await s.catalog.dropTempView(v);
      const droppedAgain = await s.catalog.dropTempView(v);
      return answers(s, [before, ...listed, dropped, droppedAgain, await s.catalog.tableExists(v)]);
    },
  },
  {
    name: "catalog: listColumns of a view",
    build: async (s, e) => {
      await emp(s).createOrReplaceTempView(`cols_${e.tag}`);
      return answers(s, pick(await s.catalog.listColumns(`cols_${e.tag}`), "name", "dataType", "nullable", "isPartition", "isBucket"));
    },
  },
  {
    name: "catalog: databases",
    build: async (s) => {
      const dbs = pick(await s.catalog.listDatabases(), "name");
      return answers(s, [await s.catalog.currentDatabase(), await s.catalog.databaseExists("default"), await s.catalog.databaseExists("no_such_db"), dbs.includes("default"), (await s.catalog.getDatabase("default")).get("name")]);
    },
  },
  {
    name: "catalog: catalogs",
    build: async (s) => answers(s, [await s.catalog.currentCatalog(), ...pick(await s.catalog.listCatalogs(), "name")]),
  },
  {
    name: "catalog: functions",
    build: async (s) => {
      const fns = await s.catalog.listFunctions(undefined, "array_*");
      return answers(s, [await s.catalog.functionExists("abs"), await s.catalog.functionExists("no_such_fn"), fns.some((f) => f.get("name") === "array_contains"), pick([await s.catalog.getFunction("abs")], "name")[0]]);
    },
  },
  {
    name: "catalog: a built-in function is temporary",
    build: async (s) => answers(s, pick([await s.catalog.getFunction("abs")], "isTemporary")),
  },
  {
    name: "catalog: getTable of a saved table",
    build: async (s, e) => {
      const t = `gt_${e.tag}`;
      await depts(s).write.saveAsTable(t);
      return answers(s, [...pick([await s.catalog.getTable(t)], "tableType", "isTemporary"), (await s.catalog.getTable(t)).get("name") === t]);
    },
  },
  {
    name: "catalog: cacheTable, isCached, uncacheTable, clearCache",
    build: async (s, e) => {
      const v = `cache_${e.tag}`;
      await emp(s).createOrReplaceTempView(v);
      const out: unknown[] = [await s.catalog.isCached(v)];
      await s.catalog.cacheTable(v);
      out.push(await s.catalog.isCached(v));
      await s.catalog.uncacheTable(v);
      out.push(await s.catalog.isCached(v));
      await s.catalog.cacheTable(v);
      await s.catalog.clearCache();
      out.push(await s.catalog.isCached(v));
      return answers(s, out);
    },
  },
  {
    name: "catalog: refreshTable, recoverPartitions, refreshByPath on a partitioned table",
    build: async (s, e) => {
      const t = `parts_${e.tag}`;
      await depts(s).write.partitionBy("floor").saveAsTable(t);
      await s.catalog.refreshTable(t);
      await s.catalog.recoverPartitions(t);
      await s.catalog.refreshByPath(e.dir);
      return s.table(t);
    },
  },
  {
    name: "conf: set, get, getOption, unset, isModifiable",
    build: async (s, e) => {
      const key = `spark.faisca.test.${e.tag.split("_")[2]}`;
      const before = await s.conf.getOption(key);
      await s.conf.set(key, "v1");
      const got = await s.conf.get(key);
      const withDefault = await s.conf.get("spark.faisca.test.absent", "dflt");
      await s.conf.unset(key);
      const after = await s.conf.getOption(key);
      return answers(s, [before, got, withDefault, after, await s.conf.get("spark.sql.session.timeZone"), await s.conf.isModifiable("spark.sql.shuffle.partitions")]);
    },
  },
  { name: "error: unresolved column with suggestion", compare: "error", build: (s) => emp(s).select("nam") },
  { name: "error: unresolved column in a filter", compare: "error", build: (s) => emp(s).filter(F.col("salaryy").gt(1)) },
  { name: "error: table not found (spark.table)", compare: "error", build: (s) => s.table("no_such_table_anywhere") },
  { name: "error: table not found (SQL)", compare: "error", build: (s) => s.sql("SELECT * FROM no_such_table_anywhere") },
  { name: "error: SQL syntax error", compare: "error", build: (s) => s.sql("SELEC 1") },
  { name: "error: division by zero", compare: "error", build: (s) => s.range(1).select(F.lit(1).divide(F.lit(0))) },
  { name: "error: invalid cast input", compare: "error", build: (s) => s.range(1).select(F.lit("x1").cast("int")) },
  { name: "error: integer overflow", compare: "error", build: (s) => s.range(1).select(F.lit(2147483647).plus(F.lit(1))) },
  { name: "error: unknown function", compare: "error", build: (s) => s.range(1).select(F.call_function("no_such_function", F.col("id"))) },
  { name: "error: ambiguous column after a join", compare: "error", build: (s) => { const e = emp(s); const d = depts(s); return e.join(d, e.col("dept").eq(d.col("dept"))).select("dept"); } },
  { name: "error: type mismatch", compare: "error", build: (s) => s.range(1).select(F.expr("array(1) + 1")) },
  { name: "error: path not found", compare: "error", build: (s, e) => s.read.parquet(`${e.dir}/missing`) },
];
