// Unit tests of the differential harness itself (no Spark needed; part of `npm test`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { canonEqual, encode, floatsEqual, floatText, type Canon } from "./canonical.js";
import { compareOutcomes } from "./compare.js";
import { sql, df, group } from "./case.js";
import { programIsOrdered, sqlIsOrdered } from "./ordering.js";
import { jsonSafe, fixtureValue } from "./fixture-values.js";
import { keyOf, requestOf } from "./oracle.js";
import type { Outcome } from "./oracle.js";
import { errorOf } from "./run-ours.js";
import { ArrayType, DecimalType, DoubleType, IntegerType, LongType, MapType, StringType, StructField, StructType } from "../../src/types/data-type.js";
import { Decimal } from "../../src/values/decimal.js";
import { Row } from "../../src/values/row.js";
import { SparkError } from "../../src/errors/spark-error.js";

test("ORDER BY is detected only at the query's outer level", () => {
  assert.equal(sqlIsOrdered("SELECT a FROM t ORDER BY a"), true);
  assert.equal(sqlIsOrdered("SELECT a FROM t order\n by a"), true);
  assert.equal(sqlIsOrdered("SELECT * FROM (SELECT a FROM t ORDER BY a)"), false);
  assert.equal(sqlIsOrdered("SELECT rank() OVER (ORDER BY a) FROM t"), false);
  assert.equal(sqlIsOrdered("SELECT 'ORDER BY' FROM t"), false);
  assert.equal(sqlIsOrdered("SELECT a FROM t -- ORDER BY a"), false);
  assert.equal(sqlIsOrdered("SELECT a FROM t UNION SELECT b FROM u ORDER BY 1"), true);
});

test("a program is ordered when nothing after its last sort reorders rows", () => {
  assert.equal(programIsOrdered(`spark.table("t").orderBy("a").limit(3)`), true);
  assert.equal(programIsOrdered(`spark.table("t").orderBy("a").select("a")`), true);
  assert.equal(programIsOrdered(`spark.table("t").orderBy("a").groupBy("a").count()`), false);
  assert.equal(programIsOrdered(`spark.table("t").distinct()`), false);
});

test("doubles compare within 1e-12 relative; zero signs and NaN exactly", () => {
  assert.equal(floatsEqual("0.30000000000000004", "0.3"), true); // summation-order noise
  assert.equal(floatsEqual("1.0000000000000002", "1.0"), true);
  assert.equal(floatsEqual("1.000001", "1.0"), false);
  assert.equal(floatsEqual("-0.0", "0"), false);
  assert.equal(floatsEqual("NaN", "NaN"), true);
  assert.equal(floatsEqual("Infinity", "1e308"), false);
  assert.equal(floatsEqual("1e+16", "10000000000000000"), true);
  assert.equal(floatText(-0), "-0.0");
  assert.equal(floatText(NaN), "NaN");
});

test("our values encode with the oracle's type tags", () => {
  assert.deepEqual(encode(5n, LongType()), { i: "5" });
  assert.deepEqual(encode(new Decimal(1250n, 2), DecimalType(10, 2)), { d: "12.50" });
  assert.deepEqual(encode([1, null], ArrayType(IntegerType())), [{ i: "1" }, null]);
  assert.deepEqual(encode(new Map([["a", 1.5]]), MapType(StringType(), DoubleType())), { map: [["a", { f: "1.5" }]] });
  const st = StructType([StructField("x", IntegerType()), StructField("y", StringType())]);
  assert.deepEqual(encode(new Row(["x", "y"], [1, "z"]), st), { struct: [{ i: "1" }, "z"] });
  // a value of the wrong JS type is flagged, never silently equal
  assert.equal(canonEqual(encode(5, DecimalType(10, 0)), { d: "5" }), false);
});

test("fixture cells survive JSON and become engine values", () => {
  assert.deepEqual(jsonSafe([1n << 62n, -0, NaN, Infinity, "x"]), [String(1n << 62n), "-0.0", "NaN", "Infinity", "x"]);
  assert.equal(fixtureValue("9223372036854775807", LongType()), 9223372036854775807n);
  assert.ok(Object.is(fixtureValue("-0.0", DoubleType()), -0));
  assert.equal(fixtureValue("1.50", DecimalType(5, 2)), "1.50");
});

test("cache keys change with what Spark is asked, not with our side of the case", () => {
  const a = sql("x", "SELECT 1");
  const b = sql("x", "SELECT 2");
  assert.notEqual(keyOf(requestOf(a)), keyOf(requestOf(b)));
  const p1 = df("y", (spark) => spark.range(1), "spark.range(1)");
  const p2 = df("y", (spark) => spark.range(2), "spark.range(1)");
  assert.equal(keyOf(requestOf(p1)), keyOf(requestOf(p2)));
  assert.equal(keyOf(requestOf({ ...a, expectedToFail: "why" })), keyOf(requestOf(a)));
});

test("group prefixes ids and merges fixtures, the case's own winning", () => {
  const f1 = { name: "t", schema: "a INT", rows: [[1]] };
  const f2 = { name: "t", schema: "a INT", rows: [[2]] };
  const [c] = group("g", { fixtures: [f1] }, [sql("c", "SELECT * FROM t", { fixtures: [f2] })]);
  assert.equal(c!.id, "g/c");
  assert.deepEqual(c!.fixtures, [f2]);
});

const ok = (rows: Canon[][], show = ""): Outcome => ({
  ok: true,
  schema: [{ name: "a", type: "int", nullable: true }],
  tree: "root\n |-- a: integer (nullable = true)\n",
  rows,
  shows: [show],
});

test("comparison: unordered rows as a multiset, ordered rows by position", () => {
  const unordered = sql("u", "SELECT a FROM t");
  const ordered = sql("o", "SELECT a FROM t ORDER BY a");
  const r12 = [[{ i: "1" }], [{ i: "2" }]];
  const r21 = [[{ i: "2" }], [{ i: "1" }]];
  assert.deepEqual(compareOutcomes(unordered, ok(r12), ok(r21)), []);
  assert.equal(compareOutcomes(ordered, ok(r12), ok(r21)).length, 1);
  assert.equal(compareOutcomes(unordered, ok(r12), ok([[{ i: "1" }], [{ i: "1" }]])).length, 1);
});

test("comparison: show text only where deterministic; schema and errors", () => {
  const r12 = [[{ i: "1" }], [{ i: "2" }]];
  assert.deepEqual(compareOutcomes(sql("u", "SELECT a FROM t"), ok(r12, "x"), ok(r12, "y")), []);
  assert.equal(compareOutcomes(sql("o", "SELECT a FROM t ORDER BY a"), ok(r12, "x"), ok(r12, "y")).length, 1);
  const other: Outcome = { ...ok(r12), schema: [{ name: "a", type: "bigint", nullable: true }] } as Outcome;
  assert.equal(compareOutcomes(sql("u", "SELECT a FROM t"), ok(r12), other)[0]!.what, "schema");
  const err = (cls: string, parameters: Record<string, string> = {}): Outcome => ({ ok: false, error: { class: cls, message: `[${cls}] x`, parameters } });
  const c = sql("e", "SELECT 1/0", { compareError: "parameters" });
  assert.deepEqual(compareOutcomes(c, err("DIVIDE_BY_ZERO"), err("DIVIDE_BY_ZERO")), []);
  assert.equal(compareOutcomes(c, err("DIVIDE_BY_ZERO", { a: "1" }), err("DIVIDE_BY_ZERO")).length, 1);
  assert.equal(compareOutcomes(c, err("DIVIDE_BY_ZERO"), ok(r12)).length, 1);
});

test("error classes come from errorClass, a [CLASS] message prefix, or mark a crash", () => {
  assert.equal(errorOf(new SparkError("DIVIDE_BY_ZERO", { config: "x" })).class, "DIVIDE_BY_ZERO");
  assert.equal(errorOf(new Error("[UNSUPPORTED_JOIN_TYPE] Unsupported join type 'x'.")).class, "UNSUPPORTED_JOIN_TYPE");
  assert.equal(errorOf(new TypeError("x is undefined")).class, "JS:TypeError");
});
