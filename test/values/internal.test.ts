import { test } from "node:test";
import assert from "node:assert/strict";
import {
  toInternal, toExternal, compareInternal, equalsInternal, normalizeForKey, canonicalKey, compareStrings, MapData,
} from "../../src/values/internal.js";
import { Decimal } from "../../src/values/decimal.js";
import { SparkDate } from "../../src/values/spark-date.js";
import { Timestamp } from "../../src/values/timestamp.js";
import { Row } from "../../src/values/row.js";
import {
  IntegerType, LongType, DoubleType, FloatType, DecimalType, StringType, ArrayType, MapType, StructType, StructField,
  DateType, TimestampType, BinaryType, ByteType, BooleanType,
} from "../../src/types/data-type.js";

test("toInternal validates and converts user values", () => {
  assert.equal(toInternal(5, IntegerType()), 5);
  assert.throws(() => toInternal(1.5, IntegerType()), /Cannot use 1\.5 as a int value: not a whole number/);
  assert.throws(() => toInternal(200, ByteType()), /out of range/);
  assert.throws(() => toInternal("5", IntegerType()), TypeError);
  assert.equal(toInternal(5, LongType()), 5n);
  assert.throws(() => toInternal(2 ** 60, LongType()), /bigint/);
  assert.equal(toInternal(0.1, FloatType()), Math.fround(0.1));
  assert.equal(toInternal(Decimal.fromString("12.5"), DecimalType(10, 2)), 1250n);
  assert.equal(toInternal("1.005", DecimalType(10, 2)), 101n);
  assert.throws(() => toInternal(Decimal.fromString("123456"), DecimalType(5, 2)), /precision/);
  assert.equal(toInternal(new SparkDate(19000), DateType()), 19000);
  assert.equal(toInternal(new Date(Date.UTC(1970, 0, 2, 5)), DateType()), 1);
  assert.equal(toInternal(new Date(1500), TimestampType()), 1_500_000n);
  assert.equal(toInternal(undefined, StringType()), null);
  assert.throws(() => toInternal(true, StringType()));
  assert.deepEqual(toInternal([1, null], ArrayType(IntegerType())), [1, null]);
  assert.throws(() => toInternal([1, null], ArrayType(IntegerType(), false)), /null element/);
  const m = toInternal(new Map([["a", 1]]), MapType(StringType(), IntegerType())) as MapData;
  assert.deepEqual([m.keys, m.values], [["a"], [1]]);
  const m2 = toInternal({ x: 2 }, MapType(StringType(), LongType())) as MapData;
  assert.deepEqual([m2.keys, m2.values], [["x"], [2n]]);
  const st = StructType([StructField("a", IntegerType()), StructField("b", StringType())]);
  assert.deepEqual(toInternal({ a: 1, b: "x" }, st), [1, "x"]);
  assert.deepEqual(toInternal([1, "x"], st), [1, "x"]);
  assert.deepEqual(toInternal(new Row(["b", "a"], ["y", 2]), st), [2, "y"]);
  assert.throws(() => toInternal({ a: 1, b: null }, StructType([StructField("a", IntegerType()), StructField("b", StringType(), false)])), /not nullable/);
});

test("toExternal builds Decimal, SparkDate, Timestamp, Row, Map", () => {
  const d = toExternal(1250n, DecimalType(10, 2)) as Decimal;
  assert.ok(d instanceof Decimal);
  assert.equal(d.toString(), "12.50");
  assert.ok(toExternal(3, DateType()) instanceof SparkDate);
  assert.ok(toExternal(3n, TimestampType()) instanceof Timestamp);
  const st = StructType([StructField("a", IntegerType()), StructField("m", MapType(StringType(), DecimalType(3, 1)))]);
  const r = toExternal([1, new MapData(["k"], [15n])], st) as Row;
  assert.ok(r instanceof Row);
  assert.equal(r.get("a"), 1);
  const mm = r.get("m") as Map<string, Decimal>;
  assert.equal(mm.get("k")!.toString(), "1.5");
  const bytes = new Uint8Array([1, 2]);
  assert.equal(toExternal(bytes, BinaryType()), bytes);
});

test("compareInternal: Spark's order for floats, strings, arrays, structs", () => {
  const D = DoubleType();
  const sorted = [NaN, Infinity, -0, 0, -Infinity, 1.5, -2].sort((a, b) => compareInternal(a, b, D));
  assert.deepEqual(sorted.slice(0, 2), [-Infinity, -2]);
  assert.equal(compareInternal(-0, 0, D), 0);
  assert.ok(Number.isNaN(sorted[6]));
  assert.equal(compareInternal(NaN, NaN, D), 0);
  assert.equal(compareInternal(NaN, Infinity, D), 1);
  // code point order: U+1F600 (surrogate pair in UTF-16) sorts after U+FF5E
  assert.equal(compareStrings("\u{1F600}", "\uFF5E"), 1);
  assert.equal("\u{1F600}" < "\uFF5E", true); // what JS would have said
  assert.equal(compareStrings("a", "ab"), -1);
  assert.equal(compareStrings("b", "ab"), 1);
  assert.equal(compareInternal("é", "z", StringType()), 1);
  const A = ArrayType(IntegerType());
  assert.equal(compareInternal([1, 2], [1, 2, 0], A), -1);
  assert.equal(compareInternal([1, null], [1, 0], A), -1);
  assert.equal(compareInternal([2], [1, 5], A), 1);
  const S = StructType([StructField("a", IntegerType()), StructField("b", StringType())]);
  assert.equal(compareInternal([1, "b"], [1, "a"], S), 1);
  assert.equal(compareInternal(10n ** 30n, 5n, DecimalType(38, 0)), 1);
  assert.equal(compareInternal(false, true, BooleanType()), -1);
  assert.equal(compareInternal(new Uint8Array([1, 255]), new Uint8Array([1, 2]), BinaryType()), 1);
  assert.equal(compareInternal(null, 1, IntegerType()), -1);
});

test("equality and key normalization", () => {
  assert.ok(equalsInternal(NaN, NaN, DoubleType()));
  assert.ok(equalsInternal(-0, 0, DoubleType()));
  assert.ok(Object.is(normalizeForKey(-0, DoubleType()), 0));
  const A = ArrayType(DoubleType());
  assert.ok(Object.is((normalizeForKey([-0, 1], A) as number[])[0], 0));
  const plain = ["x"];
  assert.equal(normalizeForKey(plain, ArrayType(StringType())), plain);
  assert.equal(canonicalKey([-0, NaN], A), canonicalKey([0, NaN], A));
  assert.notEqual(canonicalKey([1, 2], ArrayType(IntegerType())), canonicalKey([12], ArrayType(IntegerType())));
  assert.equal(canonicalKey(-0, DoubleType()), 0);
});
