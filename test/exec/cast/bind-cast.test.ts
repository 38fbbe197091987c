// Expected values come from PySpark 4.1.1 (fixtures/spark-cast-oracle.json, session zone UTC).
import { test } from "node:test";
import assert from "node:assert/strict";
import { bindCast, type CastMode } from "../../../src/exec/cast/index.js";
import { MapData } from "../../../src/values/map-data.js";
import {
  ArrayType, BinaryType, BooleanType, ByteType, DataType, DateType, DayTimeIntervalType, DecimalType, DoubleType,
  FloatType, IntegerType, LongType, MapType, ShortType, StringType, StructField, StructType, TimestampNTZType,
  TimestampType, YearMonthIntervalType,
} from "../../../src/types/data-type.js";

const S = StringType(), I = IntegerType(), L = LongType(), D = DoubleType(), F = FloatType(), B = BooleanType();
const cast = (v: unknown, from: DataType, to: DataType, mode: CastMode = "ansi", tz = "UTC") => bindCast(from, to, mode, tz)(v);
const MSG_INVALID = (v: string, from: string, to: string) =>
  `[CAST_INVALID_INPUT] The value ${v} of the type "${from}" cannot be cast to "${to}" because it is malformed. Correct the value as per the syntax, or change its target type. Use \`try_cast\` to tolerate malformed input and return NULL instead. SQLSTATE: 22018`;
const MSG_OVERFLOW = (v: string, from: string, to: string) =>
  `[CAST_OVERFLOW] The value ${v} of the type "${from}" cannot be cast to "${to}" due to an overflow. Use \`try_cast\` to tolerate overflow and return NULL instead. SQLSTATE: 22003`;
const throwsMsg = (f: () => unknown, msg: string) => assert.throws(f, (e: Error) => e.message === msg || assert.fail(e.message));

test("string → integral: trimming, signs, malformed input", () => {
  assert.equal(cast("  12 ", S, I), 12);
  assert.equal(cast("-0", S, I), 0);
  assert.equal(cast("+5", S, I), 5);
  assert.equal(cast("9223372036854775807", S, L), 9223372036854775807n);
  throwsMsg(() => cast("abc", S, I), MSG_INVALID("'abc'", "STRING", "INT"));
  throwsMsg(() => cast("1.5", S, I), MSG_INVALID("'1.5'", "STRING", "INT"));
  throwsMsg(() => cast("9223372036854775808", S, L), MSG_INVALID("'9223372036854775808'", "STRING", "BIGINT"));
  for (const bad of ["5.", "1_000", "", "١٢", "0x1A"]) assert.throws(() => cast(bad, S, I), /CAST_INVALID_INPUT/);
  assert.equal(cast("1.5", S, I, "try"), null);
  assert.equal(cast("0x1A", S, I, "try"), null);
  assert.equal(cast("1.9", S, I, "legacy"), 1); // non-ANSI truncates a fraction
  assert.equal(cast("x", S, I, "legacy"), null);
});

test("numeric narrowing: CAST_OVERFLOW in ANSI, null in try, wrap in legacy", () => {
  throwsMsg(() => cast(3000000000n, L, I), MSG_OVERFLOW("3000000000L", "BIGINT", "INT"));
  throwsMsg(() => cast(300, I, ByteType()), MSG_OVERFLOW("300", "INT", "TINYINT"));
  throwsMsg(() => cast(300, ShortType(), ByteType()), MSG_OVERFLOW("300S", "SMALLINT", "TINYINT"));
  throwsMsg(() => cast(1e10, D, I), MSG_OVERFLOW("1.0E10D", "DOUBLE", "INT"));
  throwsMsg(() => cast(NaN, D, I), MSG_OVERFLOW("NaN", "DOUBLE", "INT"));
  throwsMsg(() => cast(128.9, D, ByteType()), MSG_OVERFLOW("128.9D", "DOUBLE", "TINYINT"));
  throwsMsg(() => cast(Math.fround(1e30), F, I), MSG_OVERFLOW("1.0E30", "FLOAT", "INT"));
  throwsMsg(() => cast(-92233720368547758095n, DecimalType(20, 1), L), MSG_OVERFLOW("-9223372036854775809.5BD", "DECIMAL(20,1)", "BIGINT"));
  assert.equal(cast(128, I, ByteType(), "try"), null);
  assert.equal(cast(NaN, D, I, "try"), null);
  assert.equal(cast(127, I, ByteType()), 127);
  assert.equal(cast(1.9, D, I), 1);
  assert.equal(cast(-1.9, D, I), -1);
  assert.equal(cast(Math.fround(-1.5), F, L), -1n);
  assert.equal(cast(9.223372036854776e18, D, L), 9223372036854775807n);
  assert.equal(cast(-9223372036854775808, D, L), -9223372036854775808n);
  assert.equal(cast(15n, DecimalType(2, 1), I), 1);
  assert.equal(cast(-15n, DecimalType(2, 1), I), -1);
  // legacy: Java narrowing
  assert.equal(cast(300, I, ByteType(), "legacy"), 44);
  assert.equal(cast(3000000000n, L, I, "legacy"), -1294967296);
  assert.equal(cast(NaN, D, I, "legacy"), 0);
  assert.equal(cast(1e10, D, I, "legacy"), 2147483647);
});

test("to floating point", () => {
  assert.equal(cast("1e3", S, D), 1000);
  assert.equal(cast("Infinity", S, D), Infinity);
  assert.equal(cast("-infinity", S, D), -Infinity);
  assert.equal(cast("inf", S, D), Infinity);
  assert.ok(Number.isNaN(cast("NaN", S, D) as number));
  assert.equal(cast(" 1.5 ", S, D), 1.5);
  assert.equal(cast("1.5d", S, D), 1.5);
  assert.equal(cast("1.5f", S, F), 1.5);
  assert.equal(cast("1.5e400", S, D), Infinity);
  assert.equal(cast(".5", S, D), 0.5);
  assert.equal(cast("5.", S, D), 5);
  throwsMsg(() => cast("x", S, D), MSG_INVALID("'x'", "STRING", "DOUBLE"));
  assert.throws(() => cast("1e", S, D), /CAST_INVALID_INPUT/);
  assert.equal(cast(1n, L, F), 1);
  assert.equal(cast(16777217, I, F), 16777216);
  assert.equal(cast(9007199254740993n, L, D), 9007199254740992);
  assert.equal(cast(15n, DecimalType(5, 1), D), 1.5);
  assert.equal(cast(true, B, D), 1);
});

test("to decimal: HALF_UP, overflow as NUMERIC_VALUE_OUT_OF_RANGE", () => {
  assert.equal(cast("1e3", S, DecimalType(10, 2)), 100000n);
  assert.equal(cast(" 1.235 ", S, DecimalType(10, 2)), 124n);
  assert.equal(cast(25n, DecimalType(3, 1), DecimalType(2, 0)), 3n);
  assert.equal(cast(-25n, DecimalType(3, 1), DecimalType(2, 0)), -3n);
  assert.equal(cast(1.005, D, DecimalType(10, 2)), 101n);
  assert.equal(cast(1e20, D, DecimalType(38, 2)), 10000000000000000000000n);
  assert.equal(cast(Math.fround(12.34), F, DecimalType(10, 4)), 123400n);
  assert.throws(
    () => cast(123, I, DecimalType(2, 0)),
    (e: Error) => e.message.startsWith("[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION]  123 cannot be represented as Decimal(2, 0)."),
  );
  assert.throws(() => cast(12345678n, DecimalType(8, 3), DecimalType(5, 2)), /  12345\.678 cannot be represented as Decimal\(5, 2\)/);
  assert.throws(() => cast(1.5e10, D, DecimalType(5, 1)), /  15000000000 cannot be represented/);
  assert.throws(() => cast("99999", S, DecimalType(3, 1)), /  99999 cannot be represented as Decimal\(3, 1\)/);
  throwsMsg(() => cast("x", S, DecimalType(5, 2)), MSG_INVALID("'x'", "STRING", "DECIMAL(5,2)"));
  assert.equal(cast(123, I, DecimalType(2, 0), "try"), null);
  assert.equal(cast(NaN, D, DecimalType(5, 2)), null);
});

test("booleans", () => {
  assert.equal(cast(true, B, I), 1);
  assert.equal(cast(2, I, B), true);
  assert.equal(cast(0n, DecimalType(2, 1), B), false);
  for (const [s, b] of [["t", true], [" yes ", true], ["0", false], ["y", true], ["FALSE", false]] as const) assert.equal(cast(s, S, B), b);
  throwsMsg(() => cast("x", S, B), MSG_INVALID("'x'", "STRING", "BOOLEAN"));
  assert.equal(cast("x", S, B, "try"), null);
});

test("to string: Java doubles, plain decimals, UTF-8 binary, nested values", () => {
  assert.equal(cast(1.5, D, S), "1.5");
  assert.equal(cast(1e7, D, S), "1.0E7");
  assert.equal(cast(-0, D, S), "-0.0");
  assert.equal(cast(Math.fround(0.1), F, S), "0.1");
  assert.equal(cast(1e10, F, S), "1.0E10");
  assert.equal(cast(100, F, S), "100.0");
  assert.equal(cast(Math.fround(1.23456789e10), F, S), "1.23456788E10");
  assert.equal(cast(1n, DecimalType(20, 10), S), "0.0000000001");
  assert.equal(cast(0n, DecimalType(20, 10), S), "0.0000000000");
  assert.equal(cast(new Uint8Array([0x48, 0x65, 0x6c, 0x6c, 0x6f]), BinaryType(), S), "Hello");
  assert.equal(cast([1, 2, null], ArrayType(I), S), "[1, 2, null]");
  assert.equal(cast(new MapData(["a", "b"], [1, null]), MapType(S, I), S), "{a -> 1, b -> null}");
  const st = StructType([StructField("a", I), StructField("b", S)]);
  assert.equal(cast([1, "abc"], st, S), "{1, abc}");
  const st2 = StructType([StructField("a", I), StructField("b", ArrayType(I))]);
  assert.equal(cast([null, [1]], st2, S), "{null, [1]}");
  assert.equal(cast([[1], null], ArrayType(ArrayType(I)), S), "[[1], null]");
  assert.equal(cast(true, B, S), "true");
});

test("intervals to string and numbers", () => {
  const ym = YearMonthIntervalType(0, 1);
  assert.equal(cast(14, ym, S), "INTERVAL '1-2' YEAR TO MONTH");
  assert.equal(cast(-14, ym, S), "INTERVAL '-1-2' YEAR TO MONTH");
  assert.equal(cast(12, YearMonthIntervalType(0, 0), S), "INTERVAL '1' YEAR");
  assert.equal(cast(10, YearMonthIntervalType(1, 1), S), "INTERVAL '10' MONTH");
  const dt = DayTimeIntervalType(0, 3);
  assert.equal(cast(93784500000n, dt, S), "INTERVAL '1 02:03:04.5' DAY TO SECOND");
  assert.equal(cast(3n * 86400000000n, DayTimeIntervalType(0, 0), S), "INTERVAL '3' DAY");
  assert.equal(cast(-(3n * 86400000000n + 4n * 3600000000n), DayTimeIntervalType(0, 1), S), "INTERVAL '-3 04' DAY TO HOUR");
  assert.equal(cast(90n * 60000000n, DayTimeIntervalType(2, 2), S), "INTERVAL '90' MINUTE");
  assert.equal(cast(1000001n, DayTimeIntervalType(3, 3), S), "INTERVAL '01.000001' SECOND");
  assert.equal(cast(12, YearMonthIntervalType(0, 0), I), 1);
  assert.equal(cast(3n * 86400000000n, DayTimeIntervalType(0, 0), L), 3n);
  assert.equal(cast(5, I, DayTimeIntervalType(0, 0)), 5n * 86400000000n);
  assert.equal(cast("1-2", S, ym), 14);
  assert.equal(cast("INTERVAL '-1-2' YEAR TO MONTH", S, ym), -14);
  assert.equal(cast("INTERVAL '1 02:03:04.5' DAY TO SECOND", S, dt), 93784500000n);
  assert.throws(() => cast("nope", S, dt), /CAST_INVALID_INPUT/);
});

test("datetime casts (UTC session)", () => {
  assert.equal(cast(1.5, D, TimestampType()), 1500000n);
  assert.equal(cast(1577836801500000n, TimestampType(), D), 1577836801.5);
  assert.equal(cast(1577836801500000n, TimestampType(), L), 1577836801n);
  assert.equal(cast(-500000n, TimestampType(), L), -1n);
  assert.equal(cast(18262, DateType(), TimestampType()), 1577836800000000n);
  assert.equal(cast(1577919600000000n, TimestampType(), DateType()), 18262);
  assert.equal(cast("2020-01-01T10:00:00Z", S, TimestampType()), 1577872800000000n);
  assert.equal(cast("2020-1-1", S, DateType()), 18262);
  assert.equal(cast(" 2020-01-01 ", S, DateType()), 18262);
  assert.equal(cast("2020-01-01 10:00:00+02:00", S, TimestampNTZType()), 1577872800000000n);
  assert.equal(cast(1577836800000000n, TimestampType(), TimestampNTZType()), 1577836800000000n);
  throwsMsg(() => cast("2020-13-01", S, DateType()), MSG_INVALID("'2020-13-01'", "STRING", "DATE"));
  throwsMsg(() => cast("x", S, TimestampType()), MSG_INVALID("'x'", "STRING", "TIMESTAMP"));
  throwsMsg(() => cast(NaN, D, TimestampType()), MSG_INVALID("NaN", "DOUBLE", "TIMESTAMP"));
  throwsMsg(() => cast(1e20, D, TimestampType()), MSG_OVERFLOW("1.0E26D", "DOUBLE", "BIGINT"));
  assert.equal(cast("x", S, DateType(), "try"), null);
  assert.equal(cast(18262, DateType(), S), "2020-01-01");
  assert.equal(cast(1578186123500000n, TimestampType(), S), "2020-01-05 01:02:03.5");
  assert.equal(cast(1578186123123456n, TimestampNTZType(), S), "2020-01-05 01:02:03.123456");
});

test("complex casts element by element", () => {
  assert.throws(() => cast(["1", "x"], ArrayType(S), ArrayType(I)), /The value 'x' of the type "STRING" cannot be cast to "INT"/);
  assert.deepEqual(cast(["1", "x"], ArrayType(S), ArrayType(I), "try"), [1, null]);
  const m = cast(new MapData([1], ["2"]), MapType(I, S), MapType(S, I)) as MapData;
  assert.deepEqual([m.keys, m.values], [["1"], [2]]);
  const from = StructType([StructField("a", S), StructField("b", S)]);
  const to = StructType([StructField("x", I), StructField("y", L)]);
  assert.deepEqual(cast(["1", "2"], from, to), [1, 2n]);
  assert.deepEqual(cast("abc", S, BinaryType()), new Uint8Array([97, 98, 99]));
  assert.throws(() => bindCast(DateType(), I, "ansi", "UTC"), TypeError);
});
