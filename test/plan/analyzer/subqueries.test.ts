// Subquery expressions rewritten into joins (results checked against PySpark 4.1).
import { test } from "node:test";
import assert from "node:assert/strict";
import { testSession } from "../../api/helpers.js";

const spark = testSession();
spark.createDataFrame([[1, "a", 10], [2, "b", 20], [3, "a", 30], [4, null, 5]], "id INT, g STRING, v INT").createOrReplaceTempView("t");
spark.createDataFrame([[1, 100], [3, 300], [null, 0]], "id INT, w INT").createOrReplaceTempView("u");

const ids = async (sql: string) => (await spark.sql(sql).collect()).map((r) => r.values);

test("correlated EXISTS / NOT EXISTS become semi / anti joins", async () => {
  assert.deepEqual(await ids("SELECT id FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.id = t.id) ORDER BY id"), [[1], [3]]);
  assert.deepEqual(await ids("SELECT id FROM t WHERE NOT EXISTS (SELECT 1 FROM u WHERE u.id = t.id) ORDER BY id"), [[2], [4]]);
});

test("IN and null-aware NOT IN", async () => {
  assert.deepEqual(await ids("SELECT id FROM t WHERE id IN (SELECT id FROM u) ORDER BY id"), [[1], [3]]);
  // A NULL in the subquery makes NOT IN unknown for every row.
  assert.deepEqual(await ids("SELECT id FROM t WHERE id NOT IN (SELECT id FROM u) ORDER BY id"), []);
  assert.deepEqual(await ids("SELECT id FROM t WHERE id NOT IN (SELECT id FROM u WHERE id IS NOT NULL) ORDER BY id"), [[2], [4]]);
});

test("uncorrelated and correlated scalar subqueries", async () => {
  assert.deepEqual(await ids("SELECT id, v FROM t WHERE v > (SELECT avg(v) FROM t) ORDER BY id"), [[2, 20], [3, 30]]);
  assert.deepEqual(await ids("SELECT id, v FROM t t1 WHERE v >= (SELECT max(v) FROM t t2 WHERE t2.g = t1.g) ORDER BY id"), [[2, 20], [3, 30]]);
  assert.deepEqual(await ids("SELECT id, (SELECT sum(w) FROM u WHERE u.id = t.id) AS s FROM t ORDER BY id"), [[1, 100n], [2, null], [3, 300n], [4, null]]);
});

test("a scalar subquery returning two rows fails at run time", async () => {
  await assert.rejects(spark.sql("SELECT (SELECT id FROM u WHERE id IS NOT NULL) AS x").collect(), /SCALAR_SUBQUERY_TOO_MANY_ROWS/);
});

test("a join condition that is an OR of conjunctions uses their common equality as the hash key", async () => {
  spark.createDataFrame(Array.from({ length: 300 }, (_, i) => [i, i % 3]), "k INT, c INT").createOrReplaceTempView("big_l");
  spark.createDataFrame(Array.from({ length: 300 }, (_, i) => [i, i % 5]), "k INT, d INT").createOrReplaceTempView("big_r");
  const rows = await spark
    .sql("SELECT count(*) AS n FROM big_l, big_r WHERE (big_l.k = big_r.k AND c = 0) OR (big_l.k = big_r.k AND d = 0)")
    .collect();
  // k matches itself only; rows with k % 3 = 0 or k % 5 = 0: 100 + 60 - 20.
  assert.equal(rows[0]!.n, 140n);
  const plan = await spark.sql("SELECT big_l.k FROM big_l, big_r WHERE (big_l.k = big_r.k AND c = 0) OR (big_l.k = big_r.k AND d = 0)").explainString();
  assert.match(plan, /ShuffledHashJoin inner/);
});
