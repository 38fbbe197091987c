// ConstantFolding, NullPropagation, SimplifyConditionals, BooleanSimplification: each applied
// alone to analyzed plans, checking the rewritten expressions and that answers do not change.

import { test } from "node:test";
import assert from "node:assert/strict";
import { functions as F } from "../../../../src/index.js";
import { ConstantFolding } from "../../../../src/plan/optimizer/rules/constant-folding.js";
import { NullPropagation } from "../../../../src/plan/optimizer/rules/null-propagation.js";
import { SimplifyConditionals } from "../../../../src/plan/optimizer/rules/simplify-conditionals.js";
import { BooleanSimplification } from "../../../../src/plan/optimizer/rules/boolean-simplification.js";
import { collectWith, emp, sameRowsWithAndWithout, spark, tree, withOnly } from "../helpers.js";

const c = F.col;
const lit = F.lit;

test("ConstantFolding evaluates literal-only expressions, keeping alias names", async () => {
  const make = () => emp().select(c("id").plus(lit(1).plus(lit(2))).alias("x"), F.upper(lit("ab")).alias("u"), F.concat(lit("a"), lit("b")));
  const plan = tree(await withOnly(make(), ConstantFolding));
  assert.match(plan, /\(id#\d+ \+ 3\) AS x#/);
  assert.match(plan, /ab|AB/);
  assert.doesNotMatch(plan, /1 \+ 2/);
  assert.match(plan, /AS concat\(a, b\)#/);
  const rows = await sameRowsWithAndWithout(make, "ConstantFolding");
  assert.equal(rows!.length, 7);
  const r = (await make().collect())[0]!;
  assert.deepEqual([r.get(1), r.get(2)], ["AB", "ab"]);
});

test("ConstantFolding never folds an expression that raises; the error surfaces at execution", async () => {
  const make = () => emp().select(lit(1).divide(lit(0)).alias("x"), lit(5).plus(lit(5)).alias("ten"));
  const plan = tree(await withOnly(make(), ConstantFolding));
  assert.match(plan, /\(1(\.0)? \/ 0(\.0)?\) AS x#/);
  assert.match(plan, /10 AS ten#/);
  const on = await collectWith(make, []);
  assert.match(on.error ?? "", /DIVIDE_BY_ZERO/);
  assert.deepEqual(await collectWith(make, ["ConstantFolding"]), on);
});

test("ConstantFolding leaves non-deterministic and column-dependent expressions alone", async () => {
  const plan = tree(await withOnly(spark.range(3).select(F.rand(1).alias("r"), c("id").plus(1).alias("p")), ConstantFolding));
  assert.match(plan, /rand\(1\)/);
  assert.match(plan, /\(id#\d+ \+ 1\)/);
});

test("a skipped branch that would raise is not evaluated (folding keeps the CASE lazy)", async () => {
  const make = () => emp().select(F.when(c("id").gt(100), lit(1).divide(lit(0))).otherwise(lit(2.0)).alias("v"));
  const rows = await sameRowsWithAndWithout(make, "ConstantFolding");
  assert.equal(rows!.length, 7);
});

test("NullPropagation: null-intolerant call with a NULL literal is NULL; IS NULL of a non-null column is FALSE", async () => {
  const make = () => spark.range(3).select(c("id").plus(lit(null).cast("long")).alias("x"), c("id").isNull().alias("n"), c("id").isNotNull().alias("nn"));
  const plan = tree(await withOnly(make(), NullPropagation));
  assert.match(plan, /null AS x#/i);
  assert.match(plan, /false AS n#/);
  assert.match(plan, /true AS nn#/);
  const rows = await sameRowsWithAndWithout(make, "NullPropagation");
  assert.equal(rows!.length, 3);
  assert.deepEqual((await make().collect()).map((r) => [r.get(0), r.get(1), r.get(2)]), [[null, false, true], [null, false, true], [null, false, true]]);
});

test("NullPropagation keeps IS NULL over nullable columns", async () => {
  const plan = tree(await withOnly(emp().select(c("name").isNull().alias("n")), NullPropagation));
  assert.match(plan, /isnull\(name#\d+\)|\(name#\d+ IS NULL\)/i);
});

test("SimplifyConditionals: literal CASE conditions and COALESCE arguments", async () => {
  const make = () =>
    emp().select(
      F.when(lit(false), lit("no")).when(lit(true), c("name")).otherwise(lit("z")).alias("a"),
      F.when(lit(false), lit(1)).when(c("id").gt(3), lit(2)).otherwise(lit(3)).alias("b"),
      F.coalesce(lit(null).cast("string"), c("name"), lit("none"), c("name")).alias("c"),
      F.coalesce(lit("first"), c("name")).alias("d"),
    );
  const plan = tree(await withOnly(make(), SimplifyConditionals));
  assert.match(plan, /\[name#\d+ AS a#/);
  assert.match(plan, /CASE WHEN \(id(#\d+)? > 3\) THEN 2 ELSE 3 END AS b#/);
  assert.match(plan, /coalesce\(name#\d+, none\) AS c#/);
  assert.match(plan, /first AS d#/);
  const rows = await sameRowsWithAndWithout(make, "SimplifyConditionals");
  assert.equal(rows!.length, 7);
});

test("BooleanSimplification under three-valued logic", async () => {
  const make = () =>
    emp().filter(
      lit(true).and(c("bonus").gt(1)).and(F.not(F.not(c("dept").isNotNull()))).or(lit(false)).and(c("name").isNull().or(lit(true)).or(c("id").gt(0))),
    );
  const plan = tree(await withOnly(make(), BooleanSimplification));
  const filter = plan.split("\n")[0]!;
  assert.doesNotMatch(filter, /true|false|NOT \(|NOT NOT/);
  assert.match(filter, /bonus(#\d+)? > 1/);
  const rows = await sameRowsWithAndWithout(make, "BooleanSimplification");
  // bonus > 1 and dept not null: ids 1 (5), 3 (7), 5 (9), 6 (2)
  assert.equal(rows!.length, 4);
});

test("BooleanSimplification keeps a non-deterministic operand on the left of AND FALSE", async () => {
  const plan = tree(await withOnly(spark.range(5).filter(F.rand(3).lt(0.5).and(lit(false))), BooleanSimplification));
  assert.match(plan.split("\n")[0]!, /rand\(3\)/);
  const plan2 = tree(await withOnly(spark.range(5).filter(c("id").lt(2).and(lit(false))), BooleanSimplification));
  assert.match(plan2.split("\n")[0]!, /^Filter false$/);
});

test("NULL AND x is not simplified (it is NULL or FALSE depending on x)", async () => {
  const make = () => emp().select(lit(null).cast("boolean").and(c("bonus").gt(4)).alias("v"), c("id"));
  const rows = await sameRowsWithAndWithout(make, "BooleanSimplification");
  const vals = (await make().collect()).map((r) => r.get(0));
  // bonus: 5, null, 7, 1, 9, 2, null → null, null, null, false, null, false, null
  assert.deepEqual(vals, [null, null, null, false, null, false, null]);
  assert.equal(rows!.length, 7);
});
