// count, sum, avg, min/max, first/last, bool/bit aggregates, collect_*: result types, nulls,
// empty input, overflow and decimals. Expected values recorded from PySpark 4.1 (ANSI on).
import { test } from "node:test";
import assert from "node:assert/strict";
import { CTX, LEGACY, agg1, bindAgg, col, lit, runAgg } from "./agg-harness.js";
import {
  ArrayType,
  BooleanType,
  DayTimeIntervalType,
  DecimalType,
  DoubleType,
  FloatType,
  IntegerType,
  LongType,
  MapType,
  StringType,
  YearMonthIntervalType,
  ByteType,
} from "../../../src/types/data-type.js";

const INT = IntegerType();
const I = [1, 2, null, 4];
const D = [2.5, null, 4.0, 1.0];
const DEC52 = DecimalType(5, 2);
const DEC = [125n, 250n, null, 300n];
const S = ["b", "a", "c", null];

test("count: rows with all arguments non-null, bigint not null, 0 over no rows", () => {
  const c = bindAgg("count", [col(INT)]);
  assert.deepEqual(c.returnType, LongType());
  assert.equal(c.nullable, false);
  assert.equal(runAgg(c, I.map((v) => [v])), 3n);
  const c2 = bindAgg("count", [col(INT), col(DoubleType())]);
  assert.equal(runAgg(c2, I.map((v, i) => [v, D[i]])), 2n);
  assert.equal(runAgg(c, []), 0n);
  assert.equal(agg1("count", INT, [1, 1]), 2n);
  const ci = bindAgg("count_if", [col(BooleanType())]);
  assert.equal(runAgg(ci, [[true], [false], [null], [true]]), 2n);
  assert.equal(runAgg(ci, []), 0n);
  assert.throws(() => bindAgg("count_if", [col(INT)]), /DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE.*"BOOLEAN"/);
});

test("sum: types, nulls, empty, overflow", () => {
  assert.deepEqual(bindAgg("sum", [col(INT)]).returnType, LongType());
  assert.deepEqual(bindAgg("sum", [col(ByteType())]).returnType, LongType());
  assert.equal(agg1("sum", INT, I), 7n);
  assert.equal(agg1("sum", DoubleType(), D), 7.5);
  assert.equal(agg1("sum", INT, []), null);
  assert.equal(agg1("sum", INT, [null, null]), null);
  assert.equal(agg1("sum", INT, [2147483647, 1]), 2147483648n);
  // decimal(5,2) → decimal(15,2)
  assert.deepEqual(bindAgg("sum", [col(DEC52)]).returnType, DecimalType(15, 2));
  assert.deepEqual(bindAgg("sum", [col(DecimalType(30, 0))]).returnType, DecimalType(38, 0));
  assert.equal(agg1("sum", DEC52, DEC), 675n);
  // long overflow: ANSI error on the step that overflows, try_sum → NULL, legacy wraps
  const MAX = 9223372036854775807n;
  assert.throws(
    () => agg1("sum", LongType(), [MAX, 1n, -5n]),
    (e: Error) =>
      e.message ===
      `[ARITHMETIC_OVERFLOW] long overflow. Use 'try_add' to tolerate overflow and return NULL instead. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error. SQLSTATE: 22003`,
  );
  assert.equal(agg1("try_sum", LongType(), [MAX, 1n]), null);
  assert.equal(agg1("sum", LongType(), [MAX, 1n], [], LEGACY), -9223372036854775808n);
  // int inputs cross 2^53 exactly
  assert.equal(agg1("sum", INT, Array(5000).fill(2147483647)), 2147483647n * 5000n);
  // decimal(38,0): the final sum must fit; a partial overflow that comes back is fine (Spark)
  const D38 = DecimalType(38, 0);
  const NINES = 10n ** 38n - 1n;
  // Spark 4.1 names the overflowing value (checked against PySpark: functions-aggregate/sum-decimal-overflow)
  assert.throws(() => agg1("sum", D38, [NINES, 1n]), /\[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION\]  100000000000000000000000000000000000000 cannot be represented as Decimal\(38, 0\)/);
  assert.equal(agg1("sum", D38, [NINES, 1n, -5n]), NINES - 4n);
  assert.equal(agg1("try_sum", D38, [NINES, 1n]), null);
  // strings are summed as doubles; booleans are rejected
  assert.deepEqual(bindAgg("sum", [col(StringType())]).returnType, DoubleType());
  assert.throws(
    () => bindAgg("sum", [col(BooleanType())]),
    /The first parameter requires the \("NUMERIC" or "ANSI INTERVAL"\) type, however "x" has the type "BOOLEAN"/,
  );
  // intervals keep their type
  const dt = DayTimeIntervalType(0, 1);
  assert.deepEqual(bindAgg("sum", [col(dt)]).returnType, dt);
  assert.equal(agg1("sum", dt, [86_400_000_000n, 7_200_000_000n]), 93_600_000_000n);
  assert.equal(agg1("sum", YearMonthIntervalType(), [12, 2]), 14);
  // NaN and infinities
  assert.ok(Number.isNaN(agg1("sum", DoubleType(), [1, NaN, -1]) as number));
  assert.equal(agg1("sum", DoubleType(), [1e308, 1e308]), Infinity);
});

test("avg / mean / try_avg", () => {
  assert.equal(agg1("avg", INT, I), 2.3333333333333335);
  assert.equal(agg1("mean", INT, I), 2.3333333333333335);
  assert.equal(agg1("avg", DoubleType(), D), 2.5);
  assert.equal(agg1("avg", INT, []), null);
  // long average is summed in double (Spark): 4.611686018427388E18
  // (the analyzer casts the LONG input to DOUBLE through inputTypes)
  assert.deepEqual(bindAgg("avg", [col(LongType())]).inputTypes, [DoubleType()]);
  assert.equal(agg1("avg", LongType(), [Number(9223372036854775807n), 1]), 4.611686018427388e18);
  // decimal(p, s) → decimal(p + 4, s + 4), HALF_UP
  assert.deepEqual(bindAgg("avg", [col(DEC52)]).returnType, DecimalType(9, 6));
  assert.equal(agg1("avg", DEC52, DEC), 2250000n);
  assert.deepEqual(bindAgg("avg", [col(DecimalType(10, 2))]).returnType, DecimalType(14, 6));
  assert.equal(agg1("avg", DecimalType(10, 2), [100n, 200n, 200n]), 1666667n);
  assert.deepEqual(bindAgg("avg", [col(DecimalType(30, 10))]).returnType, DecimalType(34, 14));
  assert.equal(agg1("avg", DecimalType(30, 10), [10n ** 10n, 2n * 10n ** 10n, 2n * 10n ** 10n]), 166666666666667n);
  assert.deepEqual(bindAgg("avg", [col(DecimalType(38, 10))]).returnType, DecimalType(38, 14));
  assert.deepEqual(bindAgg("avg", [col(DecimalType(36, 4))]).returnType, DecimalType(38, 8));
  assert.deepEqual(bindAgg("avg", [col(DecimalType(38, 30))]).returnType, DecimalType(38, 34));
  assert.equal(agg1("avg", DecimalType(38, 30), [10n ** 30n, 2n * 10n ** 30n]), 15n * 10n ** 33n);
  assert.throws(() => agg1("avg", DecimalType(38, 0), [10n ** 38n - 1n, 1n]), /Overflow in sum of decimals/);
  assert.equal(agg1("avg", StringType(), [1, 2.5]), 1.75);
  // day-time interval average: (1 day + 2 hours) / 2 = 13 hours, typed DAY TO SECOND
  const fn = bindAgg("avg", [col(DayTimeIntervalType(0, 1))]);
  assert.deepEqual(fn.returnType, DayTimeIntervalType());
  assert.equal(runAgg(fn, [[86_400_000_000n], [7_200_000_000n]]), 46_800_000_000n);
  assert.equal(agg1("try_avg", INT, I), 2.3333333333333335);
});

test("min / max: any orderable type; NaN is the largest", () => {
  assert.equal(agg1("min", StringType(), S), "a");
  assert.equal(agg1("max", StringType(), S), "c");
  assert.equal(agg1("min", DEC52, DEC), 125n);
  assert.equal(agg1("min", DoubleType(), [1, NaN, -1]), -1);
  assert.ok(Number.isNaN(agg1("max", DoubleType(), [1, NaN, -1]) as number));
  assert.equal(agg1("min", FloatType(), [NaN, Infinity]), Infinity);
  assert.equal(agg1("min", INT, []), null);
  assert.deepEqual(agg1("max", ArrayType(INT), [[1, 2], [1, 3], [1]]), [1, 3]);
  assert.deepEqual(bindAgg("min", [col(DEC52)]).returnType, DEC52);
  assert.throws(
    () => bindAgg("min", [col(MapType(INT, INT))]),
    (e: Error) =>
      e.message ===
      '[DATATYPE_MISMATCH.INVALID_ORDERING_TYPE] Cannot resolve "min(x)" due to data type mismatch: The `min` does not support ordering on type "MAP<INT, INT>". SQLSTATE: 42K09',
  );
});

test("max_by / min_by: nulls in the ordering are ignored, a null value is kept, first wins ties", () => {
  const rows = [["a", 1], ["b", 3], ["c", 3], ["d", null], [null, 5]];
  assert.equal(runAgg(bindAgg("max_by", [col(StringType()), col(INT, "y")]), rows), null);
  assert.equal(runAgg(bindAgg("min_by", [col(StringType()), col(INT, "y")]), rows), "a");
  assert.equal(runAgg(bindAgg("max_by", [col(StringType()), col(INT, "y")]), rows.slice(0, 4)), "b");
  assert.equal(runAgg(bindAgg("max_by", [col(INT), col(INT, "y")]), []), null);
});

test("first / last respect nulls unless ignoreNulls; any_value, first_value, last_value", () => {
  const xs = [null, 1, 2, null];
  assert.equal(agg1("first", INT, xs), null);
  assert.equal(agg1("last", INT, xs), null);
  assert.equal(agg1("first", INT, xs, [lit(BooleanType(), true)]), 1);
  assert.equal(agg1("last", INT, xs, [lit(BooleanType(), true)]), 2);
  assert.equal(agg1("first_value", INT, I), 1);
  assert.equal(agg1("last_value", INT, I), 4);
  assert.equal(agg1("last", StringType(), S), null);
  assert.equal(agg1("last", StringType(), S, [lit(BooleanType(), true)]), "c");
  assert.equal(agg1("any_value", DoubleType(), D), 2.5);
  assert.equal(agg1("first", INT, []), null);
  assert.throws(() => bindAgg("first", [col(INT), col(BooleanType(), "b")]), /NON_FOLDABLE_INPUT/);
  assert.equal(bindAgg("first", [col(INT)]).skipNulls, false);
});

test("bool_and / every, bool_or / some / any", () => {
  const B = BooleanType();
  assert.equal(agg1("bool_and", B, [true, null, true]), true);
  assert.equal(agg1("every", B, [true, false]), false);
  assert.equal(agg1("bool_or", B, [false, null, true]), true);
  assert.equal(agg1("some", B, [false]), false);
  assert.equal(agg1("any", B, [false, true]), true);
  assert.equal(agg1("bool_and", B, []), null);
  assert.throws(
    () => bindAgg("bool_and", [col(INT)]),
    /Cannot resolve "bool_and\(x\)" due to data type mismatch: The first parameter requires the "BOOLEAN" type, however "x" has the type "INT"/,
  );
});

test("bit_and / bit_or / bit_xor keep the input type", () => {
  assert.equal(agg1("bit_and", INT, I), 0);
  assert.equal(agg1("bit_or", INT, I), 7);
  assert.equal(agg1("bit_xor", INT, I), 7);
  assert.deepEqual(bindAgg("bit_or", [col(INT)]).returnType, INT);
  assert.equal(agg1("bit_xor", LongType(), [-1n, 5n]), -6n);
});

test("collect_list / array_agg / collect_set", () => {
  const cl = bindAgg("collect_list", [col(INT)]);
  assert.deepEqual(cl.returnType, ArrayType(INT, false));
  assert.equal(cl.nullable, false);
  assert.deepEqual(runAgg(cl, I.map((v) => [v])), [1, 2, 4]);
  assert.deepEqual(runAgg(cl, []), []);
  assert.deepEqual(agg1("array_agg", INT, [null, null]), []);
  assert.deepEqual(
    (agg1("collect_set", StringType(), S) as string[]).slice().sort(),
    ["a", "b", "c"],
  );
  // Spark: [0.0, NaN, NaN] — 0.0 and -0.0 collapse, NaNs do not
  const set = agg1("collect_set", DoubleType(), [NaN, NaN, 0, -0]) as number[];
  assert.equal(set.length, 3);
  assert.equal(set.filter((x) => Number.isNaN(x)).length, 2);
  assert.deepEqual(agg1("collect_set", ArrayType(INT), [[1, 2], [1, 2], [3]]), [[1, 2], [3]]);
});

test("sum DISTINCT through the engine protocol: update sees distinct values only", () => {
  const fn = bindAgg("sum", [col(INT)], CTX, true);
  assert.equal(runAgg(fn, [[1], [2], [4]]), 7n);
});
