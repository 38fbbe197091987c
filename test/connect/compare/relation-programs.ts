// Comparison programs for every relation the DataFrame API builds: project, filter, joins of
// every type, aggregates (group by, rollup, cube, pivot, grouping sets), sorts, limit/offset/
// tail, set operations, column edits, deduplication, repartitioning, na functions,
// describe/summary, unpivot, hints, aliases, range and SQL.
import assert from "node:assert/strict";
import { functions as F } from "../../../src/api/functions.js";
import { newPlanId } from "../../../src/plan/logical/unresolved.js";
import type { Program } from "./program.js";
import { depts, dupes, dupesB, emp, sales } from "./fixtures.js";

const JOIN_HOWS = ["inner", "left", "right", "full", "left_semi", "left_anti"] as const;

export const relationPrograms: Program[] = [
  { name: "range(start, end, step, partitions)", build: (s) => s.range(-5, 40, 7, 3) },
  { name: "range(n)", build: (s) => s.range(4) },
  { name: "select columns, expressions and aliases", build: (s) => emp(s).select("name", F.col("salary").multiply(2).alias("double_pay"), F.col("id").plus(1)) },
  { name: "select * and qualified star", build: (s) => emp(s).alias("e").select("e.*") },
  { name: "selectExpr", build: (s) => emp(s).selectExpr("id", "upper(name) AS up", "salary / 2 half", "bonus IS NULL") },
  { name: "filter with a Column", build: (s) => emp(s).filter(F.col("salary").gt(3900).and(F.col("dept").isNotNull())) },
  { name: "where with SQL text", build: (s) => emp(s).where("dept = 'eng' OR mgr IS NULL") },
  { name: "withColumn (replace and add)", build: (s) => emp(s).withColumn("salary", F.coalesce(F.col("salary"), F.lit(0))).withColumn("tag", F.concat(F.col("name"), F.lit("#"))) },
  { name: "withColumns", build: (s) => emp(s).withColumns({ a: F.col("id").multiply(10), b: F.lower(F.col("name")), id: F.col("id").minus(1) }) },
  { name: "withColumnRenamed / withColumnsRenamed", build: (s) => emp(s).withColumnRenamed("name", "nome").withColumnsRenamed({ dept: "depto", missing: "x" }) },
  { name: "drop by name and by Column", build: (s) => { const e = emp(s); return e.drop("bonus", "nope").drop(e.col("hired")); } },
  { name: "toDF renames all columns", build: (s) => depts(s).toDF("d", "f", "c") },
  { name: "alias and qualified columns", build: (s) => emp(s).alias("x").select("x.name", "x.dept").filter("x.id < 4") },
  { name: "orderBy with every null ordering", ordered: true, build: (s) => emp(s).orderBy(F.col("dept").asc_nulls_last(), F.col("salary").desc_nulls_first(), "id") },
  { name: "sort desc / asc_nulls_first", ordered: true, build: (s) => emp(s).sort(F.desc("mgr"), F.col("bonus").asc_nulls_first(), F.col("id").desc_nulls_last()) },
  { name: "sortWithinPartitions after coalesce(1)", ordered: true, build: (s) => emp(s).coalesce(1).sortWithinPartitions(F.col("salary").desc(), "id") },
  { name: "limit after sort", ordered: true, build: (s) => emp(s).orderBy("id").limit(3) },
  { name: "offset after sort", ordered: true, build: (s) => emp(s).orderBy("id").offset(4) },
  { name: "limit and offset together", ordered: true, build: (s) => s.range(100).orderBy(F.desc("id")).offset(10).limit(5) },
  {
    name: "tail",
    ordered: true,
    build: (s) => s.dataFrame({ kind: "tail", planId: newPlanId(), input: emp(s).orderBy("id").plan, limit: 3 }),
  },
  ...JOIN_HOWS.map(
    (how): Program => ({
      name: `join ${how} on a condition`,
      build: (s) => {
        const e = emp(s);
        const d = depts(s);
        return e.join(d, e.col("dept").eq(d.col("dept")), how);
      },
    }),
  ),
  ...JOIN_HOWS.map(
    (how): Program => ({
      name: `join ${how} using a column`,
      build: (s) => emp(s).join(depts(s), "dept", how),
    }),
  ),
  { name: "join full outer using two columns", build: (s) => dupes(s).join(dupesB(s), ["k", "v"], "full") },
  { name: "crossJoin", build: (s) => depts(s).crossJoin(s.range(2)) },
  { name: "join cross with a condition", build: (s) => depts(s).join(s.range(3), F.col("floor").gt(F.col("id")), "cross") },
  {
    name: "self-join through DataFrame aliases",
    build: (s) => {
      const e = emp(s);
      return e.alias("w").join(e.alias("m"), F.col("w.mgr").eq(F.col("m.id")), "left").select(F.col("w.name").alias("worker"), F.col("m.name").alias("boss"));
    },
  },
  { name: "join with several conditions", build: (s) => { const a = dupes(s); const b = dupesB(s); return a.join(b, [a.col("k").eq(b.col("k")), a.col("v").eq(b.col("v"))]); } },
  { name: "groupBy().agg", build: (s) => emp(s).groupBy("dept").agg(F.count("*").alias("n"), F.sum("salary"), F.avg("bonus"), F.max("hired"), F.min("name")) },
  { name: "groupBy with shortcut aggregates", build: (s) => sales(s).groupBy("year", "item").sum("qty", "price") },
  { name: "groupBy().count / mean / min / max", build: (s) => sales(s).groupBy("quarter").count() },
  { name: "agg with dict spelling", build: (s) => sales(s).groupBy("year").agg({ qty: "max", price: "avg" }) },
  { name: "global agg", build: (s) => emp(s).agg(F.count("dept"), F.countDistinct("dept"), F.sum("bonus")) },
  { name: "rollup", build: (s) => sales(s).rollup("year", "quarter").agg(F.sum("qty").alias("q"), F.grouping("quarter").alias("g")) },
  { name: "cube", build: (s) => sales(s).cube("year", "item").agg(F.count("*").alias("n"), F.grouping_id().alias("gid")) },
  { name: "pivot with values", build: (s) => sales(s).groupBy("year").pivot("quarter", ["Q1", "Q2", "Q3"]).agg(F.sum("qty")) },
  { name: "pivot with computed values", build: (s) => sales(s).groupBy("item").pivot("year").sum("qty") },
  { name: "pivot with two aggregates", build: (s) => sales(s).groupBy("item").pivot("quarter", ["Q1", "Q2"]).agg(F.sum("qty").alias("q"), F.max("price").alias("p")) },
  {
    name: "grouping sets",
    build: (s) => {
      const col = (n: string) => ({ kind: "unresolved_attribute" as const, nameParts: [n] });
      const cnt = { kind: "alias" as const, child: { kind: "unresolved_function" as const, name: "count", args: [{ kind: "unresolved_star" as const }], isDistinct: false }, names: ["n"] };
      return s.dataFrame({
        kind: "aggregate",
        planId: newPlanId(),
        input: sales(s).plan,
        groupType: "grouping_sets",
        groupingExpressions: [col("year"), col("item")],
        aggregateExpressions: [col("year"), col("item"), cnt],
        groupingSets: [[col("year")], [col("item")], []],
      });
    },
  },
  { name: "union (all)", build: (s) => dupes(s).union(dupesB(s)) },
  { name: "unionAll", build: (s) => dupesB(s).unionAll(dupesB(s)) },
  { name: "unionByName", build: (s) => dupes(s).unionByName(dupesB(s).select("v", "k")) },
  { name: "unionByName allowMissingColumns", build: (s) => dupes(s).unionByName(depts(s).select(F.col("floor").alias("k"), "city"), true) },
  { name: "intersect", build: (s) => dupes(s).intersect(dupesB(s)) },
  { name: "intersectAll", build: (s) => dupes(s).intersectAll(dupes(s).union(dupesB(s))) },
  { name: "subtract", build: (s) => dupes(s).subtract(dupesB(s)) },
  { name: "exceptAll", build: (s) => dupes(s).exceptAll(dupesB(s)) },
  { name: "distinct", build: (s) => dupes(s).distinct() },
  { name: "dropDuplicates on a subset", build: (s) => dupes(s).dropDuplicates(["k"]).select("k") },
  { name: "repartition(n)", build: (s) => emp(s).repartition(3) },
  { name: "repartition(n, col)", build: (s) => emp(s).repartition(2, "dept") },
  { name: "repartition(col)", build: (s) => emp(s).repartition(F.col("mgr")) },
  { name: "repartitionByRange", build: (s) => emp(s).repartitionByRange(2, F.col("salary").desc(), "id") },
  { name: "coalesce", build: (s) => s.range(10, 0, -1, 4).coalesce(2) },
  { name: "na.fill with a scalar", localNullabilityDiffers: "Spark marks filled columns not null", build: (s) => emp(s).na.fill(0) },
  { name: "na.fill strings on a subset", build: (s) => emp(s).na.fill("none", ["dept"]) },
  { name: "fillna with a dict", localNullabilityDiffers: "Spark marks filled columns not null", build: (s) => emp(s).fillna({ dept: "?", salary: -1, mgr: 0 }) },
  { name: "na.drop any", build: (s) => emp(s).na.drop() },
  { name: "dropna all on a subset", build: (s) => emp(s).dropna("all", undefined, ["salary", "bonus"]) },
  { name: "dropna thresh", build: (s) => emp(s).dropna("any", 7) },
  { name: "na.replace values", build: (s) => emp(s).na.replace(["eng", "ops"], ["ENG", "OPS"], "dept") },
  { name: "na.replace numbers", build: (s) => emp(s).na.replace(3900.25, 1.0) },
  { name: "describe", build: (s) => emp(s).describe("id", "name", "salary") },
  { name: "describe: columns in the order asked", build: (s) => emp(s).describe("salary", "id") },
  { name: "summary (default statistics)", build: (s) => emp(s).select("id", "salary").summary() },
  { name: "summary (chosen statistics)", build: (s) => emp(s).select("salary", "dept").summary("count", "min", "25%", "max") },
  { name: "unpivot", build: (s) => sales(s).select("item", "qty", F.col("qty").multiply(2).alias("qty2")).unpivot(["item"], ["qty", "qty2"], "metric", "value") },
  { name: "unpivot widens value types", build: (s) => sales(s).select("item", "qty", "price").unpivot(["item"], ["qty", "price"], "metric", "value") },
  { name: "melt with implicit values", build: (s) => depts(s).select("city", "floor").melt(["city"], null, "k", "v") },
  { name: "hint broadcast join", build: (s) => emp(s).join(depts(s).hint("broadcast"), "dept") },
  { name: "hint with a numeric parameter", build: (s) => emp(s).hint("repartition", 2) },
  { name: "sample(0.0) is empty, sample(1.0) keeps all", build: (s) => emp(s).sample(0.0, 1).union(emp(s).sample(false, 1.0, 5)) },
  {
    name: "sample(fraction, seed): size plausible, same rows for the same seed",
    compare: "schema",
    build: (s) => s.range(1000).sample(0.3, 11),
    async check(df) {
      const a = (await df.collect()).map((r) => r.get(0) as bigint);
      const b = (await df.collect()).map((r) => r.get(0) as bigint);
      assert.deepEqual(a, b, "same seed, same sample");
      // Binomial(1000, 0.3): mean 300, sd 14.5; six sd either way.
      assert.ok(a.length > 213 && a.length < 387, `sample size ${a.length}`);
      assert.equal(new Set(a).size, a.length);
    },
  },
  {
    name: "sample with replacement: size plausible",
    compare: "schema",
    build: (s) => s.range(500).sample(true, 2.0, 3),
    async check(df) {
      const n = (await df.collect()).length;
      // Poisson(2) per row: mean 1000, sd 31.6.
      assert.ok(n > 810 && n < 1190, `sample size ${n}`);
    },
  },
  {
    name: "randomSplit: the pieces partition the rows",
    build: (s) => {
      const [a, b, c] = emp(s).randomSplit([1, 2, 1], 42);
      return a!.union(b!).union(c!);
    },
  },
  { name: "spark.sql query", build: (s) => s.sql("SELECT id, id * id AS sq FROM range(5) WHERE id % 2 = 0") },
  { name: "spark.sql with named arguments", build: (s) => s.sql("SELECT :a + id AS x, :b AS s FROM range(3)", { a: 10, b: "txt" }) },
  { name: "spark.sql with positional arguments", build: (s) => s.sql("SELECT ? AS a, ? AS b", [1.5, true]) },
  { name: "spark.sql then DataFrame ops", localNullabilityDiffers: "VALUES columns without nulls are not null in Spark", build: (s) => s.sql("SELECT * FROM VALUES (1, 'x'), (2, 'y'), (3, NULL) AS t(a, b)").filter("a > 1").withColumn("c", F.col("a").multiply(3)) },
];
