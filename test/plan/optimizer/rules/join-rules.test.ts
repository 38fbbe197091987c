// ReorderJoin and PushExtraPredicateThroughJoin: where the joins and filters end up, that no
// cartesian product is left where a join condition connects the relations, and that the
// answers do not change.

import { test } from "node:test";
import assert from "node:assert/strict";
import { dept, emp, optimizedOf, sameRowsWithAndWithout, spark, tree } from "../helpers.js";
import type { RPlan } from "../../../../src/plan/logical/resolved.js";
import { planChildren } from "../../../../src/plan/logical/plan-transform.js";

const joins = (p: RPlan): string[] => [...(p.kind === "join" ? [p.joinType] : []), ...planChildren(p).flatMap(joins)];

for (const [n, df] of [["a", emp()], ["b", dept()], ["c", emp()]] as const) df.createOrReplaceTempView(`jr_${n}`);
// a and b share no condition; c connects both.
const commaJoin = () => spark.sql("SELECT a.id, b.dname, c.name FROM jr_a a, jr_b b, jr_c c WHERE a.bonus = c.id AND c.dept = b.dept");

test("ReorderJoin: relations connected by conditions join first, no cross join remains", async () => {
  const { plan } = await optimizedOf(commaJoin());
  assert.deepEqual(joins(plan), ["inner", "inner"]);
  // Without the rule the written order joins a with b as a cartesian product.
  spark.conf.set("spark.sql.optimizer.excludedRules", "ReorderJoin");
  try {
    assert.ok(joins((await optimizedOf(commaJoin())).plan).includes("cross"));
  } finally {
    spark.conf.set("spark.sql.optimizer.excludedRules", "");
  }
  // a1 (bonus 5) → c5 (dept 30) → b with a null name; a4 → c1 → eng; a6 → c2 → eng; a3 → c7 (dept 40) → none
  const rows = await sameRowsWithAndWithout(commaJoin, "ReorderJoin");
  assert.equal(rows!.length, 3);
});

test("ReorderJoin keeps the column order of the written joins", async () => {
  const cols = (await commaJoin().collect()).map((r) => r.fieldNames.join(","));
  assert.equal(cols[0], "id,dname,name");
});

test("PushExtraPredicateThroughJoin: each side gets the disjunction of its own parts", async () => {
  const make = () =>
    spark.sql(
      "SELECT a.id, b.dname FROM jr_a a JOIN jr_b b ON a.dept = b.dept AND ((a.id > 3 AND b.budget > 300) OR (a.id < 2 AND b.dname = 'eng'))",
    );
  const text = tree((await optimizedOf(make())).plan);
  assert.match(text, /Filter .*\(\(id > 3\) OR \(id < 2\)\)/);
  assert.match(text, /Filter .*\(\(budget > 300\) OR \(dname = eng\)\)/);
  // ids 1 (dept 10, eng) and 6 (dept 20, ops budget 500 > 300); 3 and 4 fail the rest
  const rows = await sameRowsWithAndWithout(make, "PushExtraPredicateThroughJoin");
  assert.equal(rows!.length, 2);
});
