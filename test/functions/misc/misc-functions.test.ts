// Expected values verified against PySpark 4.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { B, I, L, NULL, S, bind, call, lit } from "./call.js";
import * as T from "../../../src/types/data-type.js";

test("nullif / nvl2", () => {
  assert.equal(call("nullif", [I(1), I(1)]), null);
  assert.equal(call("nullif", [I(1), I(2)]), 1);
  assert.deepEqual(bind("nullif", [I(1), L(2n)]).returnType, T.IntegerType());
  assert.equal(call("nvl2", [NULL, I(1), I(2)]), 2);
  assert.equal(call("nvl2", [I(0), I(1), I(2)]), 1);
});

test("assert_true / raise_error raise USER_RAISED_EXCEPTION", () => {
  assert.equal(call("assert_true", [B(true)]), null);
  assert.deepEqual(bind("assert_true", [B(true)]).returnType, T.NullType());
  assert.throws(
    () => call("assert_true", [lit(false, T.BooleanType(), "(1 < 0)")]),
    (e: Error) => e.message === "[USER_RAISED_EXCEPTION] '(1 < 0)' is not true! SQLSTATE: P0001",
  );
  assert.throws(() => call("assert_true", [B(false), S("custom msg")]), (e: Error) => e.message === "[USER_RAISED_EXCEPTION] custom msg SQLSTATE: P0001");
  assert.throws(() => call("raise_error", [S("boom")]), (e: Error) => e.message === "[USER_RAISED_EXCEPTION] boom SQLSTATE: P0001");
});

test("typeof and session info", () => {
  assert.equal(call("typeof", [I(1)]), "int");
  assert.equal(call("typeof", [L(1n)]), "bigint");
  assert.equal(call("typeof", [lit(15n, T.DecimalType(2, 1))]), "decimal(2,1)");
  assert.equal(call("typeof", [lit(null, T.MapType(T.StringType(), T.IntegerType()))]), "map<string,int>");
  assert.equal(call("typeof", [lit(null, T.StructType([T.StructField("a", T.IntegerType())]))]), "struct<a:int>");
  assert.equal(call("typeof", [NULL]), "void");
  assert.equal(call("current_database", []), "default");
  assert.equal(call("current_schema", []), "default");
  assert.equal(call("current_catalog", []), "spark_catalog");
  assert.equal(typeof call("current_user", []), "string");
});

test("monotonically_increasing_id and spark_partition_id follow the partition", () => {
  // spark.range(0, 4, 1, 2).select(spark_partition_id(), monotonically_increasing_id())
  const m = bind("monotonically_increasing_id", []);
  const p1 = m.perPartition!(1);
  assert.deepEqual([p1(), p1()], [8589934592n, 8589934593n]);
  const p0 = m.perPartition!(0);
  assert.deepEqual([p0(), p0()], [0n, 1n]);
  assert.equal(bind("spark_partition_id", []).perPartition!(1)(), 1);
  assert.equal(m.deterministic, false);
});
