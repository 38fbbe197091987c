// Expected values verified against PySpark 4.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Arr, B, D, I, L, LEGACY, NULL, S, bind, call, lit } from "../misc/call.js";
import * as T from "../../../src/types/data-type.js";
import { MapData } from "../../../src/values/internal.js";

const INT = T.IntegerType();
const ints = (...v: (number | null)[]) => Arr(v, INT);
const m = (keys: unknown[], values: unknown[], kt: T.DataType = INT, vt: T.DataType = T.StringType()) =>
  lit(new MapData(keys, values), T.MapType(kt, vt));

test("array, struct, named_struct types", () => {
  const a = bind("array", [I(1), L(2n)]);
  assert.deepEqual(a.returnType, T.ArrayType(T.LongType(), false));
  assert.deepEqual(bind("array", []).returnType, T.ArrayType(T.NullType(), false));
  assert.deepEqual(bind("array", [I(1), NULL]).returnType, T.ArrayType(INT, true));
  assert.deepEqual(call("array", [I(1), I(2)]), [1, 2]);
  assert.deepEqual(
    bind("struct", [I(1), S("a")]).returnType,
    T.StructType([T.StructField("col1", INT, false), T.StructField("col2", T.StringType(), false)]),
  );
  const ns = bind("named_struct", [S("x"), I(1), S("y"), NULL]);
  assert.deepEqual(ns.returnType, T.StructType([T.StructField("x", INT, false), T.StructField("y", T.NullType(), true)]));
  assert.deepEqual(ns.kernel("x", 1, "y", null), [1, null]);
});

test("size / cardinality", () => {
  assert.equal(call("size", [ints(1, 2)]), 2);
  assert.equal(call("size", [m([1], ["a"])]), 1);
  assert.equal(call("cardinality", [ints()]), 0);
  assert.equal(call("size", [lit(null, T.ArrayType(INT))]), null);
  assert.equal(call("size", [lit(null, T.ArrayType(INT))], LEGACY), -1);
});

test("array_contains, arrays_overlap, array_position, array_remove", () => {
  assert.equal(call("array_contains", [ints(1, 2), I(2)]), true);
  assert.equal(call("array_contains", [ints(1, null), I(3)]), null);
  assert.equal(call("array_contains", [ints(1, 2), I(null)]), null);
  assert.throws(() => bind("array_contains", [NULL, I(1)]), /DATATYPE_MISMATCH.NULL_TYPE/);
  assert.throws(
    () => bind("array_contains", [lit([1, 2], T.ArrayType(INT, false), "array(1, 2)"), lit("a", T.StringType(), "a")]),
    (e: Error) =>
      e.message ===
      '[DATATYPE_MISMATCH.ARRAY_FUNCTION_DIFF_TYPES] Cannot resolve "array_contains(array(1, 2), a)" due to data type mismatch: Input to `array_contains` should have been "ARRAY" followed by a value with same element type, but it\'s ["ARRAY<INT>", "STRING"]. SQLSTATE: 42K09',
  );
  assert.equal(call("arrays_overlap", [ints(1, 2), ints(2, 3)]), true);
  assert.equal(call("arrays_overlap", [ints(1, null), ints(3)]), null);
  assert.equal(call("arrays_overlap", [ints(1), ints(3)]), false);
  assert.equal(call("arrays_overlap", [ints(), ints(null)]), false);
  assert.equal(call("array_position", [ints(3, 2, 1, 2), I(2)]), 2n);
  assert.equal(call("array_position", [ints(1), I(5)]), 0n);
  assert.deepEqual(call("array_remove", [ints(1, 2, null, 2), I(2)]), [1, null]);
});

test("element_at / try_element_at / get", () => {
  assert.equal(call("element_at", [ints(1, 2, 3), I(2)]), 2);
  assert.equal(call("element_at", [ints(1, 2, 3), I(-1)]), 3);
  assert.equal(call("element_at", [m(["a"], [1], T.StringType(), INT), S("a")]), 1);
  assert.equal(call("element_at", [m(["a"], [1], T.StringType(), INT), S("b")]), null);
  assert.throws(
    () => call("element_at", [ints(1, 2, 3), I(5)]),
    (e: Error) =>
      e.message ===
      "[INVALID_ARRAY_INDEX_IN_ELEMENT_AT] The index 5 is out of bounds. The array has 3 elements. Use `try_element_at` to tolerate accessing element at invalid index and return NULL instead. SQLSTATE: 22003",
  );
  assert.throws(() => call("element_at", [ints(1), I(0)]), /INVALID_INDEX_OF_ZERO/);
  assert.equal(call("element_at", [ints(1), I(5)], LEGACY), null);
  assert.equal(call("try_element_at", [ints(1), I(5)]), null);
  assert.equal(call("get", [ints(1, 2), I(0)]), 1);
  assert.equal(call("get", [ints(1, 2), I(2)]), null);
  assert.equal(call("get", [ints(1, 2), I(-1)]), null);
});

test("set operations keep first occurrences and one null", () => {
  assert.deepEqual(call("array_distinct", [ints(1, 2, null, 1, null)]), [1, 2, null]);
  assert.deepEqual(call("array_union", [ints(1, 2, 2), ints(3, 1, null)]), [1, 2, 3, null]);
  assert.deepEqual(call("array_intersect", [ints(1, 2, 2, null), ints(2, null)]), [2, null]);
  assert.deepEqual(call("array_except", [ints(1, 2, 2, 3, null), ints(2)]), [1, 3, null]);
  assert.deepEqual(call("array_distinct", [Arr([NaN, NaN, 1], T.DoubleType())]), [NaN, 1]);
});

test("ordering: array_max/min, array_sort, sort_array, array_join", () => {
  assert.equal(call("array_max", [ints(1, null, 3)]), 3);
  assert.equal(call("array_min", [Arr(["b", "a"], T.StringType())]), "a");
  assert.equal(call("array_max", [ints()]), null);
  assert.ok(Number.isNaN(call("array_max", [Arr([NaN, 1], T.DoubleType())]) as number));
  assert.deepEqual(call("array_sort", [ints(3, null, 1)]), [1, 3, null]);
  assert.deepEqual(call("sort_array", [ints(3, null, 1)]), [null, 1, 3]);
  assert.deepEqual(call("sort_array", [ints(3, null, 1), B(false)]), [3, 1, null]);
  assert.deepEqual(call("array_sort", [Arr(["b", "A", "a"], T.StringType())]), ["A", "a", "b"]);
  assert.deepEqual(call("sort_array", [Arr([NaN, 1, -0, 0], T.DoubleType())]), [-0, 0, 1, NaN]);
  assert.equal(call("array_join", [Arr(["a", null, "b"], T.StringType()), S(",")]), "a,b");
  assert.equal(call("array_join", [Arr(["a", null, "b"], T.StringType()), S(","), S("X")]), "a,X,b");
  assert.equal(call("array_join", [ints(1, 2), S("-")]), "1-2");
});

test("slice, sequence, flatten, array_repeat, arrays_zip", () => {
  assert.deepEqual(call("slice", [ints(1, 2, 3, 4), I(2), I(2)]), [2, 3]);
  assert.deepEqual(call("slice", [ints(1, 2, 3, 4), I(-2), I(5)]), [3, 4]);
  assert.deepEqual(call("slice", [ints(1, 2, 3), I(5), I(1)]), []);
  assert.throws(() => call("slice", [ints(1, 2, 3), I(0), I(1)]), /\[INVALID_PARAMETER_VALUE.START\] The value of parameter\(s\) `start` in `slice` is invalid: Expects a positive or a negative value for `start`, but got 0\./);
  assert.throws(() => call("slice", [ints(1), I(1), I(-1)]), /Expects `length` greater than or equal to 0, but got -1\./);
  assert.deepEqual(call("sequence", [I(1), I(5)]), [1, 2, 3, 4, 5]);
  assert.deepEqual(call("sequence", [I(5), I(1)]), [5, 4, 3, 2, 1]);
  assert.deepEqual(call("sequence", [I(1), I(10), I(3)]), [1, 4, 7, 10]);
  assert.deepEqual(call("sequence", [L(1n), L(3n)]), [1n, 2n, 3n]);
  assert.throws(() => call("sequence", [I(1), I(5), I(-1)]), /Illegal sequence boundaries: 1 to 5 by -1/);
  const nested = T.ArrayType(T.ArrayType(INT));
  assert.equal(call("flatten", [lit([[1, 2], [3], null], nested)]), null);
  assert.deepEqual(call("flatten", [lit([[1, 2], [3]], nested)]), [1, 2, 3]);
  assert.deepEqual(call("array_repeat", [S("a"), I(3)]), ["a", "a", "a"]);
  assert.deepEqual(call("array_repeat", [S("a"), I(-1)]), []);
  assert.deepEqual(call("array_repeat", [NULL, I(2)]), [null, null]);
  const z = bind("arrays_zip", [lit([1, 2], T.ArrayType(INT), "array(1, 2)"), lit(["a"], T.ArrayType(T.StringType()), "array(a)")]);
  assert.deepEqual(z.returnType, T.ArrayType(T.StructType([T.StructField("0", INT), T.StructField("1", T.StringType())]), false));
  assert.deepEqual(z.kernel([1, 2], ["a"]), [[1, "a"], [2, null]]);
});

test("maps", () => {
  const mm = call("map", [I(1), S("a"), I(2), S("b")]) as MapData;
  assert.deepEqual([mm.keys, mm.values], [[1, 2], ["a", "b"]]);
  assert.deepEqual(bind("map", []).returnType, T.MapType(T.NullType(), T.NullType(), false));
  assert.throws(() => call("map", [I(1), S("a"), I(1), S("b")]), /\[DUPLICATED_MAP_KEY\] Duplicate map key 1 was found, please check the input data\./);
  assert.throws(() => call("map", [NULL, I(1)]), /\[NULL_MAP_KEY\] Cannot use null as map key\. SQLSTATE: 2200E/);
  const lastWin = { ansi: true, timeZone: "UTC", conf: (k: string, f: string) => (k === "spark.sql.mapKeyDedupPolicy" ? "LAST_WIN" : f) };
  assert.deepEqual((call("map", [I(1), S("a"), I(1), S("b")], lastWin) as MapData).values, ["b"]);
  const fa = call("map_from_arrays", [ints(1, 2), Arr(["a", "b"], T.StringType())]) as MapData;
  assert.deepEqual([fa.keys, fa.values], [[1, 2], ["a", "b"]]);
  const entries = lit([[1, "a"]], T.ArrayType(T.StructType([T.StructField("a", INT), T.StructField("b", T.StringType())])));
  assert.deepEqual((call("map_from_entries", [entries]) as MapData).keys, [1]);
  assert.deepEqual(call("map_keys", [m([1], ["a"])]), [1]);
  assert.deepEqual(call("map_values", [m([1], ["a"])]), ["a"]);
  assert.deepEqual(call("map_entries", [m([1], ["a"])]), [[1, "a"]]);
  const me = bind("map_entries", [m([1], ["a"])]).returnType as T.ArrayType;
  assert.deepEqual((me.elementType as T.StructType).fields.map((f) => f.name), ["key", "value"]);
  const mc = call("map_concat", [m([1], ["a"]), m([2], ["b"])]) as MapData;
  assert.deepEqual(mc.keys, [1, 2]);
  assert.throws(() => call("map_concat", [m([1], ["a"]), m([1], ["b"])]), /DUPLICATED_MAP_KEY/);
  assert.equal(call("map_contains_key", [m([1], ["a"]), I(1)]), true);
  const sm = call("str_to_map", [S("a:1,b:2")]) as MapData;
  assert.deepEqual([sm.keys, sm.values], [["a", "b"], ["1", "2"]]);
  const sm2 = call("str_to_map", [S("a=1;b"), S(";"), S("=")]) as MapData;
  assert.deepEqual([sm2.keys, sm2.values], [["a", "b"], ["1", null]]);
  const sm3 = call("str_to_map", [S("")]) as MapData;
  assert.deepEqual([sm3.keys, sm3.values], [[""], [null]]);
  void D;
});
