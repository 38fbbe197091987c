// PushDownPredicates (with CombineFilters / PruneFilters): where each conjunct ends up, per
// operator and join type, and that the answers never change.

import { test } from "node:test";
import assert from "node:assert/strict";
import { functions as F, Window } from "../../../../src/index.js";
import { PushDownPredicates } from "../../../../src/plan/optimizer/rules/push-down-predicates.js";
import { CombineFilters } from "../../../../src/plan/optimizer/rules/combine-filters.js";
import { PruneFilters } from "../../../../src/plan/optimizer/rules/prune-filters.js";
import { dept, emp, outline, sameRowsWithAndWithout, spark, tree as treeWithIds, withOnly } from "../helpers.js";
import type { RPlan } from "../../../../src/plan/logical/resolved.js";
import type { JoinHow } from "../../../../src/api/dataframe.js";

/** The plan text without #exprIds and casts of literals (printing of ids varies by node). */
const tree = (p: RPlan) => treeWithIds(p).replace(/#\d+/g, "").replace(/cast\((\d+) as \w+\)/g, "$1");

const c = F.col;
const lit = F.lit;

test("through a Project, substituting the alias", async () => {
  const make = () => emp().select(c("id"), c("salary").multiply(2).alias("s2")).filter(c("s2").gt(150));
  const p = await withOnly(make(), PushDownPredicates);
  assert.equal(outline(p), "project(filter(local_scan))");
  assert.match(tree(p), /Filter \(\(salary \* 2\) > 150/);
  // 100, 250.5, 75.25 and NaN (NaN is larger than any double in Spark)
  assert.equal((await sameRowsWithAndWithout(make, "PushDownPredicates"))!.length, 4);
});

test("not through a non-deterministic Project, and a non-deterministic conjunct stays with what follows it", async () => {
  const p1 = await withOnly(spark.range(10).select(c("id"), F.rand(1).alias("r")).filter(c("id").gt(3)), PushDownPredicates);
  assert.equal(outline(p1), "filter(project(range_scan))");
  const p2 = await withOnly(spark.range(10).select(c("id")).filter(c("id").gt(1).and(F.rand(2).lt(0.5)).and(c("id").lt(8))), PushDownPredicates);
  assert.equal(outline(p2), "filter(project(filter(range_scan)))");
  assert.match(tree(p2).split("\n")[0]!, /rand\(2\).*id < 8/);
});

const joinOf = (how: JoinHow, on?: "extra") => () => {
  const e = emp().alias("e");
  const d = dept().alias("d");
  const cond = on ? c("e.dept").equalTo(c("d.dept")).and(c("e.id").gt(1)).and(c("d.budget").gt(300)) : c("e.dept").equalTo(c("d.dept"));
  const j = e.join(d, cond, how);
  return on ? j : j.filter(c("e.id").gt(1).and(c("d.budget").gt(300)).and(c("e.bonus").lt(c("d.budget"))));
};

test("filter above joins: each side only where the join type allows", async () => {
  const expected: Record<string, string> = {
    inner: "join(filter(project(local_scan)), filter(project(local_scan)))",
    left: "filter(join(filter(project(local_scan)), project(local_scan)))",
    right: "filter(join(project(local_scan), filter(project(local_scan))))",
    full: "filter(join(project(local_scan), project(local_scan)))",
  };
  for (const [how, shape] of Object.entries(expected)) {
    const p = await withOnly(joinOf(how as JoinHow)(), PushDownPredicates);
    // The analyzer's alias() Projects sit between; the filter lands just above the scan's alias.
    assert.equal(outline(p).replace(/filter\(project\(local_scan\)\)/g, "F").replace(/project\(filter\(local_scan\)\)/g, "F"), shape.replace(/filter\(project\(local_scan\)\)/g, "F"), how);
    await sameRowsWithAndWithout(joinOf(how as JoinHow), "PushDownPredicates");
  }
  // Inner: the cross-side conjunct joins the ON condition.
  const inner = tree(await withOnly(joinOf("inner")(), PushDownPredicates));
  assert.match(inner.split("\n")[0]!, /^Join Inner, .*bonus < budget/);
});

test("ON conditions of joins: one-sided conjuncts move only where the join type allows", async () => {
  const cases: Record<string, [boolean, boolean]> = {
    inner: [true, true],
    left: [false, true],
    right: [true, false],
    full: [false, false],
    left_semi: [true, true],
    left_anti: [false, true],
  };
  for (const [how, [leftPushed, rightPushed]] of Object.entries(cases)) {
    const p = await withOnly(joinOf(how as JoinHow, "extra")(), PushDownPredicates);
    assert.equal(p.kind, "join", how);
    if (p.kind !== "join") continue;
    const hasFilter = (side: typeof p.left) => side.kind === "filter" || (side.kind === "project" && side.input.kind === "filter");
    assert.equal(hasFilter(p.left), leftPushed, `${how} left`);
    assert.equal(hasFilter(p.right), rightPushed, `${how} right`);
    await sameRowsWithAndWithout(joinOf(how as JoinHow, "extra"), "PushDownPredicates");
  }
});

test("through Aggregate only on grouping columns", async () => {
  const make = () => emp().groupBy("dept").agg(F.sum("bonus").alias("s")).filter(c("dept").gt(10).and(c("s").gt(3)));
  const p = await withOnly(make(), PushDownPredicates);
  assert.equal(outline(p), "filter(aggregate(filter(local_scan)))");
  assert.match(tree(p).split("\n")[0]!, /^Filter \(s > 3\)$/);
  assert.equal((await sameRowsWithAndWithout(make, "PushDownPredicates"))!.length, 2);
  // A global aggregate yields one row even over no input: nothing moves below it.
  const g = await withOnly(emp().agg(F.count("*").alias("n")).filter(lit(false)), PushDownPredicates);
  assert.equal(outline(g), "filter(aggregate(local_scan))");
});

test("into every Union child, by position", async () => {
  const make = () => emp().select("id", "name").union(dept().select("dept", "dname")).filter(c("id").gt(5));
  const p = await withOnly(make(), PushDownPredicates);
  assert.equal(outline(p), "union(project(filter(local_scan)), project(filter(local_scan)))");
  assert.match(tree(p), /Filter \(dept > 5\)/);
  const rows = await sameRowsWithAndWithout(make, "PushDownPredicates");
  assert.equal(rows!.length, 6); // emp 6, 7 and dept 10, 20, 30, 50
});

test("through Window on partition columns only; through Generate on its input's columns", async () => {
  const w = () => emp().withColumn("rn", F.row_number().over(Window.partitionBy("dept").orderBy("id"))).filter(c("dept").gt(10).and(c("rn").equalTo(1)));
  const p = await withOnly(w(), PushDownPredicates);
  assert.match(outline(p), /^project\(filter\(window\(filter\(local_scan\)\)\)\)$/);
  assert.equal((await sameRowsWithAndWithout(w, "PushDownPredicates"))!.length, 3);
  const g = () => emp().select(c("id"), F.explode(F.array(c("bonus"), c("dept"))).alias("v")).filter(c("id").gt(2).and(c("v").isNotNull()));
  const pg = await withOnly(g(), PushDownPredicates);
  assert.equal(outline(pg), "project(filter(generate(filter(local_scan))))");
  await sameRowsWithAndWithout(g, "PushDownPredicates");
});

test("not through Limit or Sample", async () => {
  const p = await withOnly(emp().limit(3).filter(c("id").gt(1)), PushDownPredicates);
  assert.equal(outline(p), "filter(limit(local_scan))");
});

test("CombineFilters merges stacked filters, inner condition first", async () => {
  const make = () => emp().filter(c("dept").isNotNull()).filter(c("bonus").gt(1)).filter(c("dept").isNotNull());
  const p = await withOnly(make(), CombineFilters);
  assert.equal(outline(p), "filter(local_scan)");
  assert.match(tree(p), /^Filter \(\(dept IS NOT NULL\) AND \(bonus > 1\)\)$/m);
  await sameRowsWithAndWithout(make, "CombineFilters");
});

test("PruneFilters: TRUE filters vanish, FALSE/NULL filters become an empty relation", async () => {
  const t = await withOnly(emp().filter(lit(true)), PruneFilters);
  assert.equal(outline(t), "local_scan");
  const f = await withOnly(emp().filter(lit(false)).select("id"), PruneFilters);
  assert.equal(outline(f), "project(local_scan)");
  assert.equal(f.kind === "project" && f.input.kind === "local_scan" ? f.input.rows.length : -1, 0);
  const make = () => emp().filter(lit(null).cast("boolean")).groupBy().count();
  const rows = await sameRowsWithAndWithout(make, "PruneFilters");
  assert.deepEqual((await make().collect()).map((r) => r.get(0)), [0n]);
  assert.equal(rows!.length, 1);
});
