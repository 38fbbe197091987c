// CollapseProject, RemoveNoopOperators, ColumnPruning, LimitPushDown, EliminateLimits and
// EliminateSorts: plan shapes after each rule alone, and unchanged answers.

import { test } from "node:test";
import assert from "node:assert/strict";
import { functions as F, Window } from "../../../../src/index.js";
import type { RPlan } from "../../../../src/plan/logical/resolved.js";
import { CollapseProject } from "../../../../src/plan/optimizer/rules/collapse-project.js";
import { RemoveNoopOperators } from "../../../../src/plan/optimizer/rules/remove-noop-operators.js";
import { ColumnPruning } from "../../../../src/plan/optimizer/rules/column-pruning.js";
import { LimitPushDown } from "../../../../src/plan/optimizer/rules/limit-push-down.js";
import { EliminateLimits } from "../../../../src/plan/optimizer/rules/eliminate-limits.js";
import { EliminateSorts } from "../../../../src/plan/optimizer/rules/eliminate-sorts.js";
import { optimize } from "../../../../src/plan/optimizer/optimizer.js";
import { analyzedOf, csv, dept, emp, optimizedOf, outline, sameRowsWithAndWithout, spark, tree as treeWithIds, withOnly } from "../helpers.js";

const c = F.col;
const lit = F.lit;
const tree = (p: RPlan) => treeWithIds(p).replace(/#\d+/g, "");
const outputNames = (p: RPlan) => p.output.map((a) => a.name);

test("CollapseProject merges projections, substituting aliases", async () => {
  const make = () => emp().select(c("id").plus(1).alias("a"), c("name")).select(c("a").multiply(2).alias("b"), c("name"));
  const p = await withOnly(make(), CollapseProject);
  assert.equal(outline(p), "project(local_scan)");
  assert.match(tree(p), /\(\(id \+ 1\) \* 2\) AS b/);
  assert.deepEqual(outputNames(p), ["b", "name"]);
  await sameRowsWithAndWithout(make, "CollapseProject");
});

test("CollapseProject keeps a non-deterministic or costly expression that is read twice", async () => {
  const r = await withOnly(spark.range(5).select(F.rand(5).alias("r")).select(c("r"), c("r").plus(1).alias("r1")), CollapseProject);
  assert.equal(outline(r), "project(project(range_scan))");
  const make = () => spark.range(5).select(F.rand(5).alias("r")).select(c("r"), c("r").plus(1).alias("r1"));
  for (const row of await make().collect()) assert.ok(Math.abs((row.get(1) as number) - (row.get(0) as number) - 1) < 1e-12);
  // Read once: merged.
  const once = await withOnly(spark.range(5).select(F.rand(5).alias("r")).select(c("r").plus(1).alias("r1")), CollapseProject);
  assert.equal(outline(once), "project(range_scan)");
});

test("RemoveNoopOperators drops re-qualifying projections but keeps renames", async () => {
  const a = await withOnly(emp().alias("e").select("e.id", "e.name", "e.dept", "e.salary", "e.bonus"), RemoveNoopOperators);
  assert.equal(outline(a), "local_scan");
  const renamed = await withOnly(emp().withColumnRenamed("id", "ident"), RemoveNoopOperators);
  assert.equal(outline(renamed), "project(local_scan)");
  assert.deepEqual(outputNames(renamed), ["ident", "name", "dept", "salary", "bonus"]);
});

test("ColumnPruning: scans below joins and aggregates carry only the columns read above", async () => {
  const make = () => {
    const [e, d] = [emp(), dept()];
    return e.join(d, e.col("dept").equalTo(d.col("dept"))).groupBy("dname").agg(F.sum("bonus").alias("b"));
  };
  const p = await withOnly(make(), ColumnPruning);
  const t = tree(p);
  assert.match(t, /Project \[dept, bonus\]\n\s+:?\s*\+- LocalRelation \[id, name, dept, salary, bonus\]/);
  assert.match(t, /Project \[dept, dname\]\n\s+\+- LocalRelation \[dept, dname, budget\]/);
  const rows = await sameRowsWithAndWithout(make, "ColumnPruning");
  assert.equal(rows!.length, 3); // eng, ops and the null dname of dept 30
});

test("ColumnPruning drops unread projections, aggregates and window columns, never the root's", async () => {
  const make = () =>
    emp()
      .withColumn("r", F.rank().over(Window.partitionBy("dept").orderBy("salary")))
      .withColumn("x", c("salary").multiply(3))
      .groupBy("dept")
      .agg(F.max("bonus").alias("m"), F.count("*").alias("n"))
      .select("dept", "n");
  const p = await withOnly(make(), ColumnPruning);
  assert.doesNotMatch(tree(p), /rank|salary \* 3|max\(/);
  assert.deepEqual(outputNames(p), ["dept", "n"]);
  await sameRowsWithAndWithout(make, "ColumnPruning");
  // Every column read at the root: nothing changes (same object).
  const whole = await analyzedOf(emp().select("id", "name"));
  assert.equal(ColumnPruning.apply(whole), whole);
});

test("ColumnPruning narrows a file scan's own output (the reader decodes only those columns)", async () => {
  const make = () => csv().filter(c("a").gt(1)).select("b");
  const p = await withOnly(make(), ColumnPruning);
  assert.equal(outline(p), "project(filter(file_scan))");
  assert.match(tree(p), /Relation \[a,b\] csv/);
  assert.deepEqual((await make().collect()).map((r) => r.get(0)), ["y", null, "x"]);
  await sameRowsWithAndWithout(make, "ColumnPruning");
  const count = await withOnly(csv().groupBy().count(), ColumnPruning);
  assert.match(tree(count), /Relation \[a\] csv/);
  assert.deepEqual((await csv().groupBy().count().collect()).map((r) => r.get(0)), [4n]);
});

test("ColumnPruning narrows Union positions in every child", async () => {
  const make = () => emp().select("id", "name", "bonus").union(emp().select("bonus", "name", "id")).select("name");
  const p = await withOnly(make(), ColumnPruning);
  assert.equal(outline(p), "project(union(project(local_scan), project(local_scan)))");
  assert.ok(p.kind === "project" && p.input.kind === "union" && p.input.output.length === 1);
  await sameRowsWithAndWithout(make, "ColumnPruning");
});

test("ColumnPruning keeps generator outputs and at least one column for a count", async () => {
  const make = () => emp().select(c("id"), F.explode(F.array(c("bonus"), c("dept"))).alias("v")).groupBy().count();
  const p = await withOnly(make(), ColumnPruning);
  assert.match(tree(p), /Generate explode/);
  assert.deepEqual((await make().collect()).map((r) => r.get(0)), [14n]);
  await sameRowsWithAndWithout(make, "ColumnPruning");
  const cnt = () => emp().select(c("id"), c("name")).groupBy().count();
  assert.deepEqual((await cnt().collect()).map((r) => r.get(0)), [7n]);
});

test("LimitPushDown moves limits below projections and into union children", async () => {
  const make = () => emp().select(c("id").plus(1).alias("i")).union(dept().select("dept")).limit(3);
  const p = await withOnly(make(), LimitPushDown);
  assert.equal(outline(p), "limit(union(project(limit(local_scan)), project(limit(local_scan))))");
  assert.equal((await sameRowsWithAndWithout(make, "LimitPushDown"))!.length, 3);
  // Sort + Limit is a top-K: it stays.
  const s = await withOnly(emp().orderBy("id").limit(2), LimitPushDown);
  assert.equal(outline(s), "limit(sort(local_scan))");
  // Stable: applying it again changes nothing.
  assert.equal(LimitPushDown.apply(p), p);
});

test("EliminateLimits keeps the smaller of two stacked limits", async () => {
  const p = await withOnly(emp().limit(5).limit(3), EliminateLimits);
  assert.equal(tree(p).split("\n")[0], "GlobalLimit 3");
  const q = await withOnly(emp().limit(2).limit(6), EliminateLimits);
  assert.equal(tree(q).split("\n")[0], "GlobalLimit 2");
  assert.equal((await sameRowsWithAndWithout(() => emp().limit(5).limit(3), "EliminateLimits"))!.length, 3);
});

test("EliminateSorts: literal keys, sorts under a global sort, an aggregate or a join", async () => {
  // (an integer literal is an ordinal in orderBy, as in Spark; a string literal is a constant)
  assert.equal(outline(await withOnly(emp().orderBy(lit("k")), EliminateSorts)), "local_scan");
  assert.match(tree(await withOnly(emp().orderBy(lit("k"), c("name")), EliminateSorts)), /^Sort \[name ASC NULLS FIRST\], true/);
  assert.equal(outline(await withOnly(emp().orderBy("name").orderBy("id"), EliminateSorts)), "sort(local_scan)");
  const agg = () => emp().orderBy(c("salary").desc()).groupBy("dept").agg(F.sum("bonus").alias("s"));
  assert.equal(outline(await withOnly(agg(), EliminateSorts)), "aggregate(local_scan)");
  await sameRowsWithAndWithout(agg, "EliminateSorts");
  // first() depends on input order: the sort stays.
  const first = await withOnly(emp().orderBy(c("salary").desc()).groupBy("dept").agg(F.first("name").alias("f")), EliminateSorts);
  assert.equal(outline(first), "aggregate(sort(local_scan))");
  // A partition-local sort does not remove a global one below it.
  assert.equal(outline(await withOnly(emp().orderBy("id").sortWithinPartitions("name"), EliminateSorts)), "sort(sort(local_scan))");
});

test("the whole optimizer reaches a fixed point and the result is stable", async () => {
  const df = emp().alias("e").join(dept().alias("d"), c("e.dept").equalTo(c("d.dept")), "left").filter(c("e.id").gt(1)).select("e.name", "d.dname").limit(4);
  const { plan, applied } = await optimizedOf(df);
  assert.ok(applied.includes("PushDownPredicates") && applied.includes("ColumnPruning"));
  assert.equal(optimize(plan).plan, plan);
});
