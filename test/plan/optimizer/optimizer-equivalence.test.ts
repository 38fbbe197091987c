// The optimizer must never change a query's answer: every query of this corpus runs with the
// optimizer on and with every rule excluded (spark.sql.optimizer.excludedRules), and both runs
// must give the same rows (or the same error). Across the corpus every rule must fire at least
// once, and each optimization must reach its fixed point in a few passes.

import { test } from "node:test";
import assert from "node:assert/strict";
import { functions as F, Window, type DataFrame } from "../../../src/index.js";
import { ALL_RULES, collectWith, csv, dept, emp, nums, optimizedOf, spark } from "./helpers.js";

const c = F.col;
const lit = F.lit;

const corpus: [string, () => DataFrame][] = [
  // --- filters over projections, expression simplification ---
  ["filter on a column", () => emp().filter(c("salary").gt(100))],
  ["filter over aliased projection", () => emp().select(c("id"), c("salary").multiply(2).alias("s2")).filter(c("s2").gt(150))],
  ["stacked filters", () => emp().filter(c("dept").isNotNull()).filter(c("bonus").gt(1)).filter(c("id").lt(6))],
  ["constant true conjunct", () => emp().filter(lit(1).equalTo(lit(1)).and(c("id").gt(2)))],
  ["constant false disjunct", () => emp().filter(lit(false).or(c("id").lt(3)))],
  ["filter by null literal", () => emp().filter(lit(null).cast("boolean"))],
  ["filter by false literal", () => emp().filter(lit(2).lt(lit(1)))],
  ["double negation", () => emp().filter(F.not(F.not(c("id").gt(2))))],
  ["not isnull", () => emp().filter(F.not(c("name").isNull()))],
  ["case when with literal condition", () => emp().select(c("id"), F.when(lit(true), c("name")).otherwise(lit("z")).alias("n"))],
  ["case when with false branches", () => emp().select(F.when(lit(false), lit(1)).when(c("id").gt(3), lit(2)).otherwise(lit(3)).alias("w"), c("id"))],
  ["coalesce with leading null", () => emp().select(F.coalesce(lit(null).cast("string"), c("name"), lit("none")).alias("n"))],
  ["coalesce with non-null literal first", () => emp().select(F.coalesce(lit("a"), c("name")).alias("n"), c("id"))],
  ["null propagation in arithmetic", () => emp().select(c("id").plus(lit(null).cast("int")).alias("x"), c("id"))],
  ["isnull on non-nullable column", () => spark.range(6).filter(c("id").isNull().or(c("id").gt(3)))],
  ["isnotnull on non-nullable column", () => spark.range(4).select(c("id"), c("id").isNotNull().alias("nn"))],
  ["folded arithmetic in projection", () => emp().select(c("id").plus(lit(1).plus(lit(2))).alias("x"), lit(3).multiply(lit(4)).alias("twelve"))],
  ["chained projections", () => emp().select(c("id").plus(1).alias("a")).select(c("a").multiply(2).alias("b")).select(c("b"), c("b").plus(1).alias("b1"))],
  ["withColumn then drop", () => emp().withColumn("t", c("salary").plus(c("bonus"))).drop("name", "dept").filter(c("t").gt(0))],
  ["renamed and aliased DataFrame", () => emp().alias("e").select(c("e.id"), c("e.name")).withColumnRenamed("name", "nm").filter(c("nm").isNotNull())],
  // --- ANSI errors must survive folding (or vanish exactly where Spark skips them) ---
  ["division by zero literal raises", () => emp().select(lit(1).divide(lit(0)).alias("x"))],
  ["integer overflow literal raises", () => emp().select(lit(2147483647).plus(lit(1)).alias("x"))],
  ["guarded division by zero", () => emp().select(F.when(lit(false), lit(1).divide(lit(0))).otherwise(lit(1.0)).alias("x"), c("id"))],
  ["division by a zero column raises", () => emp().filter(c("id").gt(3)).select(c("id").divide(c("bonus").minus(c("bonus"))).alias("x"))],
  // --- joins of every type, filters above and ON conditions ---
  ["inner join with filters on both sides and across", () => {
    const [e, d] = [emp(), dept()];
    return e.join(d, e.col("dept").equalTo(d.col("dept"))).filter(c("salary").gt(50).and(c("dname").notEqual("ops")).and(c("budget").gt(c("bonus"))));
  }],
  ["left join with filters above", () =>
    emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")), "left").filter(c("e.id").gt(1).and(c("d.budget").isNull().or(c("d.budget").gt(300))))],
  ["right join with filters above", () =>
    emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")), "right").filter(c("d.budget").gt(1).and(c("e.bonus").isNull()))],
  ["full join with filters above", () =>
    emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")), "full").filter(c("e.id").isNull().or(c("d.dname").isNotNull()))],
  ["left semi join with filter", () => emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")), "left_semi").filter(c("e.salary").gt(0))],
  ["left anti join with filter", () => emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")), "left_anti").filter(c("e.id").gt(1))],
  ["cross join with filter", () => emp().select("id").crossJoin(dept().select("dname")).filter(c("id").lt(3).and(c("dname").startswith("e")))],
  ["inner join ON with one-sided conditions", () =>
    emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")).and(c("e.salary").gt(80)).and(c("d.budget").lt(800)))],
  ["left join ON with one-sided conditions", () =>
    emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")).and(c("e.salary").gt(80)).and(c("d.dname").notEqual("ops")), "left")],
  ["right join ON with one-sided conditions", () =>
    emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")).and(c("e.bonus").gt(2)).and(c("d.budget").gt(300)), "right")],
  ["full join ON with one-sided conditions", () =>
    emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")).and(c("e.bonus").gt(2)), "full")],
  ["semi join ON with one-sided conditions", () =>
    emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")).and(c("e.id").gt(1)).and(c("d.dname").isNotNull()), "left_semi")],
  ["anti join ON with one-sided conditions", () =>
    emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")).and(c("e.id").gt(1)).and(c("d.dname").isNotNull()), "left_anti")],
  ["null-safe join", () => emp().alias("e").join(dept().alias("d"), c("e.dept").eqNullSafe(c("d.dept"))).select("e.id", "d.dname")],
  ["using join then filter", () => emp().join(dept(), "dept", "left").filter(c("dept").gt(10)).select("id", "dname")],
  ["self join", () => emp().alias("a").join(emp().alias("b"), c("a.id").equalTo(c("b.bonus"))).select(c("a.name"), c("b.name").alias("other")).filter(c("other").isNotNull())],
  ["comma join reordered along the join conditions (no cartesian product)", () => {
    for (const [n, df] of [["e", emp()], ["d", dept()], ["x", emp()]] as const) df.createOrReplaceTempView(`reorder_${n}`);
    return spark.sql("SELECT e.id, d.dname, x.name FROM reorder_e e, reorder_d d, reorder_x x WHERE e.bonus = x.id AND x.dept = d.dept AND e.id > 1");
  }],
  ["disjunction across join sides pushes its one-side parts", () =>
    emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")).and(c("e.id").gt(3).and(c("d.budget").gt(300)).or(c("e.id").lt(2).and(c("d.dname").equalTo("eng")))))],
  ["join with an aggregate filtered by a scalar subquery (grouping alias is not null below)", () => {
    emp().createOrReplaceTempView("agg_e");
    dept().createOrReplaceTempView("agg_d");
    return spark.sql(
      "WITH r AS (SELECT dept AS dno, sum(bonus) AS total FROM agg_e GROUP BY dept) " +
        "SELECT d.dname, r.total FROM agg_d d JOIN r ON d.dept = r.dno WHERE r.total = (SELECT max(total) FROM r)",
    );
  }],
  ["join with constant ON", () => emp().select("id").join(dept().select("dname"), lit(1).equalTo(lit(2)), "left")],
  // --- aggregates ---
  ["filter on grouping key above aggregate", () => emp().groupBy("dept").agg(F.sum("bonus").alias("b"), F.count("*").alias("n")).filter(c("dept").gt(10))],
  ["filter on aggregate value", () => emp().groupBy("dept").agg(F.max("salary").alias("m")).filter(c("m").gt(90))],
  ["filter below aggregate", () => emp().filter(c("bonus").isNotNull()).groupBy("dept").agg(F.avg("salary").alias("a"))],
  ["global aggregate with filter above", () => emp().agg(F.count("*").alias("n")).filter(lit(false))],
  ["aggregate over sorted input", () => emp().orderBy(c("salary").desc()).groupBy("dept").agg(F.min("id").alias("i"), F.sum("bonus").alias("s"))],
  ["aggregate on expression keys", () => emp().groupBy(c("id").mod(lit(2))).agg(F.count("name").alias("n")).filter(c("n").gt(2))],
  ["count of a projection", () => emp().select(c("id"), c("name").alias("nm")).groupBy().count()],
  ["distinct then filter", () => emp().select("dept").distinct().filter(c("dept").isNotNull())],
  ["dropDuplicates then filter", () => emp().dropDuplicates(["dept"]).filter(c("dept").gt(10)).select("dept")],
  ["rollup with filter", () => emp().rollup("dept").agg(F.sum("bonus").alias("s")).filter(c("s").gt(3))],
  ["grouping on NaN and -0.0", () => nums().groupBy("x").agg(F.count("*").alias("n"))],
  ["distinct doubles with NaN", () => nums().select("x").distinct().filter(c("x").isNotNull())],
  ["NaN comparisons", () => nums().filter(c("x").gt(0).or(c("x").equalTo(lit(NaN))))],
  // --- unions, set operations, limits, sorts ---
  ["union then filter", () => emp().select("id", "name").union(dept().select("dept", "dname")).filter(c("id").gt(5))],
  ["union then select one column", () => emp().select("id", "name", "bonus").union(emp().select("bonus", "name", "id")).select("name")],
  ["unionByName with missing columns", () => emp().select("id", "name").unionByName(dept().select("dname"), true).filter(c("id").isNull())],
  ["union then limit", () => emp().select("id").union(dept().select("dept")).limit(9)],
  ["intersect then filter", () => emp().select("dept").intersect(dept().select("dept")).filter(c("dept").gt(10))],
  ["except then filter", () => emp().select("dept").subtract(dept().select("dept")).filter(c("dept").isNotNull())],
  ["order by then limit", () => emp().orderBy(c("id").desc()).limit(3).select("name")],
  ["limit then filter", () => emp().limit(5).filter(c("id").gt(2))],
  ["limit over limit", () => emp().limit(5).select("id", "name").limit(3)],
  ["offset", () => emp().orderBy("id").offset(2).select("id")],
  ["sort on a literal", () => emp().orderBy(lit("k"), c("id")).select("id")],
  ["sort over sort", () => emp().orderBy("name").orderBy(c("id").desc()).limit(4)],
  ["sortWithinPartitions then filter", () => emp().sortWithinPartitions("salary").filter(c("id").gt(2))],
  ["repartition then filter", () => emp().repartition(3).filter(c("id").gt(2)).select("id")],
  // --- file scans (the scan's own output is narrowed) ---
  ["file scan: filter and select one column", () => csv().filter(c("a").gt(1)).select("b")],
  ["file scan: count", () => csv().groupBy().count()],
  ["file scan joined with a local table", () => csv().join(emp(), c("a").equalTo(c("id"))).filter(c("c").isNotNull()).select("b", "name")],
  // --- windows, generators, non-determinism ---
  ["window with filter on partition column", () =>
    emp().withColumn("rn", F.row_number().over(Window.partitionBy("dept").orderBy("id"))).filter(c("dept").gt(10).and(c("rn").equalTo(1)))],
  ["unused window column", () => emp().withColumn("r", F.rank().over(Window.partitionBy("dept").orderBy("salary"))).select("id")],
  ["explode then filter on input column", () => emp().select(c("id"), F.explode(F.array(c("bonus"), c("dept"))).alias("v")).filter(c("id").gt(2).and(c("v").isNotNull()))],
  ["non-deterministic filter over projection", () => spark.range(0, 40, 1, 2).select(c("id"), F.rand(7).alias("r")).filter(c("r").lt(0.5)).select("id")],
  ["monotonically increasing id after filter", () => spark.range(0, 20, 1, 3).filter(c("id").mod(2).equalTo(0)).select(c("id"), F.monotonically_increasing_id().alias("m"))],
  ["sample then filter", () => spark.range(0, 100, 1, 2).sample(0.3, 11).filter(c("id").gt(20))],
];

const fired = new Set<string>();

for (const [name, make] of corpus) {
  test(`optimizer on = off: ${name}`, async () => {
    const on = await collectWith(make, []);
    const off = await collectWith(make, ALL_RULES);
    assert.deepEqual(on, off);
    if (on.rows === undefined) assert.ok(on.error, "either rows or an error");
    const df = make();
    const result = await optimizedOf(df);
    for (const r of result.applied) fired.add(r);
    assert.ok((result.iterations ?? 1) < 15, `fixed point after ${result.iterations} passes`);
  });
}

test("the corpus is large enough and exercises every rule", () => {
  assert.ok(corpus.length >= 40);
  const missing = ALL_RULES.filter((r) => !fired.has(r));
  assert.deepEqual(missing, []);
});
