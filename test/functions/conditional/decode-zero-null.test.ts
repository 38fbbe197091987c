// decode's search form, equal_null, zeroifnull / nullifzero and nullif's coercion through SQL.
// Expected values are PySpark 4.1's (functions-conditional/* differential cases).
import { test } from "node:test";
import assert from "node:assert/strict";
import { SparkSession } from "../../../src/index.js";

const spark = SparkSession.builder.getOrCreate();
const row = async (sql: string): Promise<unknown[]> => {
  const rows = await (await spark.sql(sql)).collect();
  return Object.values((rows[0] as { toJSON(): Record<string, unknown> }).toJSON());
};

test("decode matches null-safely; a missing default is a STRING NULL that widens the result", async () => {
  const r = await row("SELECT decode(2, 1, 'one', 2, 'two'), decode(2, 1, 1, 2, 2.5), decode(NULL, 1, 'a', NULL, 'b', 'c'), typeof(decode(1, 1, 1, 2L)), decode(3, 1, 'x')");
  assert.deepEqual(r, ["two", 2.5, "b", "bigint", null]);
  assert.equal((await row("SELECT typeof(decode(2, 1, 1, 2, 2.5))"))[0], "double");
});

test("equal_null is <=>", async () => {
  assert.deepEqual(await row("SELECT equal_null(1, 1), equal_null(1, NULL), equal_null(NULL, NULL), equal_null(1, 1.0)"), [true, false, true, true]);
});

test("nullif compares in the common type and keeps the first argument's type", async () => {
  assert.deepEqual(await row("SELECT nullif(1, 1.0), nullif(1, 2L), typeof(nullif(1, 2L)), nullif('a', NULL)"), [null, 1, "int", "a"]);
});

test("zeroifnull widens with INT; nullifzero treats -0.0 as zero", async () => {
  const r = await row("SELECT zeroifnull(CAST(NULL AS BIGINT)), typeof(zeroifnull(1.5)), nullifzero(0), nullifzero(-0.0D), nullifzero(2L)");
  assert.deepEqual(r, [0n, "decimal(11,1)", null, null, 2n]);
});
