// InferFiltersFromConstraints: IS NOT NULL on equi-join keys of the sides whose unmatched rows
// are dropped, added once (the optimizer's fixed point does not stack them).

import { test } from "node:test";
import assert from "node:assert/strict";
import { functions as F, type DataFrame } from "../../../../src/index.js";
import type { RPlan } from "../../../../src/plan/logical/resolved.js";
import type { JoinHow } from "../../../../src/api/dataframe.js";
import { InferFiltersFromConstraints } from "../../../../src/plan/optimizer/rules/infer-filters-from-constraints.js";
import { dept, emp, optimizedOf, sameRowsWithAndWithout, spark, tree, withOnly } from "../helpers.js";

const c = F.col;
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
const join = (how: JoinHow, nullSafe = false) => (): DataFrame => {
  const [e, d] = [emp(), dept()];
  return e.join(d, nullSafe ? e.col("dept").eqNullSafe(d.col("dept")) : e.col("dept").equalTo(d.col("dept")), how);
};
const sides = (p: RPlan): [boolean, boolean] => {
  assert.equal(p.kind, "join");
  if (p.kind !== "join") return [false, false];
  return [p.left.kind === "filter", p.right.kind === "filter"];
};

test("inner and semi joins filter both sides; outer joins only the side that must match", async () => {
  const expected: [JoinHow, [boolean, boolean]][] = [
    ["inner", [true, true]],
    ["left_semi", [true, true]],
    ["left", [false, true]],
    ["right", [true, false]],
    ["full", [false, false]],
    ["left_anti", [false, false]],
  ];
  for (const [how, want] of expected) {
    assert.deepEqual(sides(await withOnly(join(how)(), InferFiltersFromConstraints)), want, how);
    await sameRowsWithAndWithout(join(how), "InferFiltersFromConstraints");
  }
});

test("null-safe keys and non-nullable keys infer nothing", async () => {
  assert.deepEqual(sides(await withOnly(join("inner", true)(), InferFiltersFromConstraints)), [false, false]);
  const r = spark.range(5);
  const s = spark.range(3);
  const p = await withOnly(r.join(s, r.col("id").equalTo(s.col("id"))), InferFiltersFromConstraints);
  assert.deepEqual(sides(p), [false, false]);
  // null-safe join keeps the rows whose keys are both NULL
  const rows = await sameRowsWithAndWithout(join("inner", true), "InferFiltersFromConstraints");
  assert.equal(rows!.length, 6);
});

test("the inferred filters are added once and pushed to the scans", async () => {
  const df = join("inner")().filter(c("salary").gt(0)).select("name", "dname");
  const { plan, iterations } = (await optimizedOf(df)) as { plan: RPlan; iterations: number };
  const t = tree(plan);
  assert.equal(count(t, /IS NOT NULL/g), 2, t);
  assert.ok(iterations < 10);
  const rows = await sameRowsWithAndWithout(() => join("inner")().filter(c("salary").gt(0)).select("name", "dname"), "InferFiltersFromConstraints");
  assert.equal(rows!.length, 3); // ana (100.0), bia (250.5) and caio (NaN is above every double)
});
