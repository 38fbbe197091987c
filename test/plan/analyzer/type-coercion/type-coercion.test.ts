// Expected types are what PySpark 4.1 prints for typeof(...) of the same expressions.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  coerceBinaryOperands,
  coerceForCaseWhen,
  coerceForCoalesce,
  coerceForIn,
  coerceForUnion,
  findTightestCommonType,
  findWiderTypeForTwo,
} from "../../../../src/plan/analyzer/type-coercion/index.js";
import {
  ArrayType,
  BinaryType,
  BooleanType,
  ByteType,
  DateType,
  DayTimeIntervalType,
  DecimalType,
  DoubleType,
  FloatType,
  IntegerType,
  LongType,
  MapType,
  NullType,
  ShortType,
  StringType,
  StructField,
  StructType,
  TimestampNTZType,
  TimestampType,
} from "../../../../src/types/data-type.js";

const I = IntegerType();
const L = LongType();
const D = DoubleType();
const S = StringType();
const dec = DecimalType;

test("tightest common type: numeric precedence, decimals that hold the integral, datetimes", () => {
  assert.deepEqual(findTightestCommonType(I, L), L);
  assert.deepEqual(findTightestCommonType(ByteType(), ShortType()), ShortType());
  // PySpark 4.1: typeof(CAST(1 AS FLOAT) + 1L) and coalesce(float, bigint) are double.
  assert.deepEqual(findTightestCommonType(FloatType(), L), D);
  assert.deepEqual(findTightestCommonType(NullType(), I), I);
  assert.deepEqual(findTightestCommonType(I, dec(12, 2)), dec(12, 2));
  assert.equal(findTightestCommonType(I, dec(5, 2)), null);
  assert.deepEqual(findTightestCommonType(DateType(), TimestampType()), TimestampType());
  assert.deepEqual(findTightestCommonType(DateType(), TimestampNTZType()), TimestampNTZType());
  assert.deepEqual(findTightestCommonType(DayTimeIntervalType(0, 0), DayTimeIntervalType(1, 1)), DayTimeIntervalType(0, 1));
  assert.equal(findTightestCommonType(I, S), null);
});

test("wider type: decimal widening, string promotion, complex types", () => {
  assert.deepEqual(findWiderTypeForTwo(I, dec(5, 2)), dec(12, 2)); // array(1, cast(1 as decimal(5,2)))
  assert.deepEqual(findWiderTypeForTwo(L, dec(5, 2)), dec(22, 2));
  assert.deepEqual(findWiderTypeForTwo(dec(38, 2), L), dec(38, 2));
  assert.deepEqual(findWiderTypeForTwo(dec(5, 2), dec(7, 1)), dec(8, 2));
  assert.deepEqual(findWiderTypeForTwo(dec(2, 1), D), D);
  assert.deepEqual(findWiderTypeForTwo(FloatType(), L), D);
  assert.deepEqual(findWiderTypeForTwo(I, S), L); // array(1, 'a') is array<bigint>
  assert.deepEqual(findWiderTypeForTwo(S, D), D);
  assert.deepEqual(findWiderTypeForTwo(S, dec(5, 2)), D);
  assert.deepEqual(findWiderTypeForTwo(DateType(), S), DateType());
  assert.deepEqual(findWiderTypeForTwo(BooleanType(), S), BooleanType());
  assert.deepEqual(findWiderTypeForTwo(BinaryType(), S), BinaryType());
  assert.equal(findWiderTypeForTwo(I, BooleanType()), null);
  assert.equal(findWiderTypeForTwo(I, DayTimeIntervalType()), null);
  assert.equal(findWiderTypeForTwo(S, DayTimeIntervalType()), null);
  assert.deepEqual(findWiderTypeForTwo(ArrayType(I), ArrayType(L)), ArrayType(L));
  assert.deepEqual(findWiderTypeForTwo(MapType(I, S), MapType(L, S)), MapType(L, S));
  const s1 = StructType([StructField("a", I), StructField("b", S)]);
  const s2 = StructType([StructField("A", L), StructField("b", S)]);
  assert.deepEqual(findWiderTypeForTwo(s1, s2), StructType([StructField("a", L), StructField("b", S)]));
});

test("conditional expressions fold left to right", () => {
  assert.deepEqual(coerceForCoalesce([I, L]), L);
  assert.deepEqual(coerceForCoalesce([I, S]), L);
  assert.deepEqual(coerceForCoalesce([I, dec(2, 1)]), dec(11, 1));
  assert.deepEqual(coerceForCoalesce([S, I, dec(2, 1)]), dec(21, 1));
  assert.deepEqual(coerceForCoalesce([I, dec(2, 1), S]), D);
  assert.deepEqual(coerceForCoalesce([DateType(), S, TimestampType()]), TimestampType());
  assert.equal(coerceForCoalesce([I, DayTimeIntervalType(0, 0)]), null);
  assert.deepEqual(coerceForCaseWhen([I, S]), L);
  assert.deepEqual(coerceForCaseWhen([DateType(), TimestampType()]), TimestampType());
  assert.deepEqual(coerceForIn(I, [S, I]), L);
  assert.deepEqual(coerceForUnion([[I, S], [L, S]]), [L, S]);
  assert.deepEqual(coerceForUnion([[I], [BooleanType()]]), [null]);
});

test("binary operands", () => {
  assert.deepEqual(coerceBinaryOperands("+", I, L), { left: L, right: L });
  assert.deepEqual(coerceBinaryOperands("+", I, S), { left: L, right: L });
  assert.deepEqual(coerceBinaryOperands("+", D, S), { left: D, right: D });
  assert.equal(coerceBinaryOperands("+", S, S), null); // '1' + '2' is BINARY_OP_WRONG_TYPE
  assert.deepEqual(coerceBinaryOperands("+", NullType(), NullType()), { left: D, right: D });
  assert.deepEqual(coerceBinaryOperands("+", NullType(), I), { left: I, right: I });
  assert.deepEqual(coerceBinaryOperands("+", I, dec(5, 2)), { left: dec(10, 0), right: dec(5, 2) });
  // an integral literal takes the fewest digits: 1 + cast(1 as decimal(5,2)) is decimal(6,2)
  assert.deepEqual(coerceBinaryOperands("+", { dataType: I, foldable: true, value: 1 }, dec(5, 2)), { left: dec(1, 0), right: dec(5, 2) });
  assert.deepEqual(coerceBinaryOperands("/", I, I), { left: D, right: D });
  assert.deepEqual(coerceBinaryOperands("/", S, I), { left: D, right: D });
  assert.deepEqual(coerceBinaryOperands("div", ByteType(), ByteType()), { left: L, right: L });
  assert.equal(coerceBinaryOperands("div", D, I), null);
  assert.deepEqual(coerceBinaryOperands("=", I, S), { left: L, right: L });
  assert.deepEqual(coerceBinaryOperands("=", D, S), { left: D, right: D });
  assert.deepEqual(coerceBinaryOperands("=", DateType(), S), { left: DateType(), right: DateType() });
  assert.deepEqual(coerceBinaryOperands("=", I, dec(5, 2)), { left: dec(12, 2), right: dec(12, 2) });
  assert.deepEqual(coerceBinaryOperands("=", dec(5, 2), { dataType: I, foldable: true, value: 1 }), { left: dec(5, 2), right: dec(5, 2) });
  assert.deepEqual(coerceBinaryOperands("<", DateType(), TimestampType()), { left: TimestampType(), right: TimestampType() });
  assert.equal(coerceBinaryOperands("=", BooleanType(), I), null);
  assert.deepEqual(coerceBinaryOperands("+", DateType(), I), { left: DateType(), right: I });
  assert.equal(coerceBinaryOperands("+", DateType(), L), null); // date_add wants INT/SMALLINT/TINYINT
  assert.deepEqual(coerceBinaryOperands("-", DateType(), TimestampType()), { left: TimestampType(), right: TimestampType() });
  assert.equal(coerceBinaryOperands("+", TimestampType(), I), null);
  assert.deepEqual(coerceBinaryOperands("&", I, L), { left: L, right: L });
  assert.equal(coerceBinaryOperands("&", D, I), null);
});
