// IGNORE NULLS reaches first/last/lag/lead as their boolean argument.
import { test } from "node:test";
import assert from "node:assert/strict";
import { testSession } from "../../api/helpers.js";

const spark = testSession();
spark.createDataFrame([[1, null], [2, 5], [3, null], [4, 7]], "id INT, v INT").createOrReplaceTempView("ign");

test("first/last IGNORE NULLS skip nulls; without it the first value is null", async () => {
  const [r] = await spark.sql("SELECT first(v) IGNORE NULLS AS f, last(v) IGNORE NULLS AS l, first(v) AS f0 FROM ign").collect();
  assert.deepEqual(r!.asDict(), { f: 5, l: 7, f0: null });
});

test("lag IGNORE NULLS returns the previous non-null value", async () => {
  const rows = await spark.sql("SELECT id, lag(v) IGNORE NULLS OVER (ORDER BY id) AS lg, lag(v) OVER (ORDER BY id) AS lg0 FROM ign ORDER BY id").collect();
  assert.deepEqual(rows.map((r) => [r.lg, r.lg0]), [[null, null], [null, null], [5, 5], [5, null]]);
});
