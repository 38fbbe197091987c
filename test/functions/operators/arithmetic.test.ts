import { test } from "node:test";
import assert from "node:assert/strict";
import { apply, bindType, LEGACY, ANSI } from "../../exec/eval/expr-builders.js";
import {
  ByteType,
  DateType,
  DayTimeIntervalType,
  DecimalType,
  DoubleType,
  FloatType,
  IntegerType,
  LongType,
  ShortType,
  StringType,
  TimestampType,
  YearMonthIntervalType,
  BooleanType,
} from "../../../src/types/data-type.js";
import { SparkArithmeticException, AnalysisException } from "../../../src/errors/spark-error.js";

const I = IntegerType();
const L = LongType();
const D = DoubleType();

const throwsMsg = (f: () => unknown, msg: string) =>
  assert.throws(f, (e: unknown) => e instanceof Error && e.message === msg);

test("int overflow raises ARITHMETIC_OVERFLOW with Spark's exact message", () => {
  throwsMsg(
    () => apply("+", [[2147483647, I], [1, I]]),
    `[ARITHMETIC_OVERFLOW] integer overflow. Use 'try_add' to tolerate overflow and return NULL instead. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error. SQLSTATE: 22003`,
  );
  throwsMsg(
    () => apply("-", [[-2147483648, I], [1, I]]),
    `[ARITHMETIC_OVERFLOW] integer overflow. Use 'try_subtract' to tolerate overflow and return NULL instead. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error. SQLSTATE: 22003`,
  );
  throwsMsg(
    () => apply("*", [[2147483647, I], [2, I]]),
    `[ARITHMETIC_OVERFLOW] integer overflow. Use 'try_multiply' to tolerate overflow and return NULL instead. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error. SQLSTATE: 22003`,
  );
  assert.equal(apply("+", [[2147483646, I], [1, I]]), 2147483647);
  assert.equal(apply("-", [[-2147483647, I], [1, I]]), -2147483648);
  // Spark: 2147483647 + 1 = -2147483648 with ansi off
  assert.equal(apply("+", [[2147483647, I], [1, I]], LEGACY), -2147483648);
  assert.equal(apply("*", [[65536, I], [65536, I]], LEGACY), 0);
});

test("long overflow and boundaries", () => {
  const MAX = 9223372036854775807n;
  const MIN = -9223372036854775808n;
  throwsMsg(
    () => apply("+", [[MAX, L], [1n, L]]),
    `[ARITHMETIC_OVERFLOW] long overflow. Use 'try_add' to tolerate overflow and return NULL instead. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error. SQLSTATE: 22003`,
  );
  assert.throws(() => apply("*", [[MAX, L], [2n, L]]), /long overflow. Use 'try_multiply'/);
  assert.equal(apply("+", [[MAX, L], [1n, L]], LEGACY), MIN);
  assert.equal(apply("-", [[MIN, L], [-1n, L]]), MIN + 1n);
  assert.equal(apply("try_add", [[MAX, L], [1n, L]]), null);
  assert.equal(apply("try_multiply", [[MAX, L], [2n, L]]), null);
  assert.equal(apply("try_subtract", [[-2147483648, I], [1, I]]), null);
  assert.equal(apply("try_add", [[2147483647, I], [1, I]]), null);
});

test("tinyint / smallint overflow uses BINARY_ARITHMETIC_OVERFLOW", () => {
  throwsMsg(
    () => apply("+", [[127, ByteType()], [1, ByteType()]]),
    "[BINARY_ARITHMETIC_OVERFLOW] 127S + 1S caused overflow. Use `try_add` to ignore overflow problem and return NULL. SQLSTATE: 22003",
  );
  throwsMsg(
    () => apply("*", [[100, ByteType()], [2, ByteType()]]),
    "[BINARY_ARITHMETIC_OVERFLOW] 100S * 2S caused overflow. Use `try_multiply` to ignore overflow problem and return NULL. SQLSTATE: 22003",
  );
  assert.throws(() => apply("+", [[32767, ShortType()], [1, ShortType()]]), /32767S \+ 1S caused overflow/);
  assert.equal(apply("try_add", [[127, ByteType()], [1, ByteType()]]), null);
  assert.equal(bindType("+", [ByteType(), ByteType()]), ByteType());
  assert.equal(apply("+", [[127, ByteType()], [1, ByteType()]], LEGACY), -128);
});

test("division: always double, ANSI divide by zero, null without ANSI", () => {
  assert.deepEqual(bindType("/", [I, I]), D);
  assert.deepEqual(bindType("/", [L, L]), D);
  assert.deepEqual(bindType("/", [FloatType(), FloatType()]), D);
  assert.equal(apply("/", [[1, D], [2, D]]), 0.5);
  throwsMsg(
    () => apply("/", [[1, D], [0, D]]),
    '[DIVIDE_BY_ZERO] Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error. SQLSTATE: 22012',
  );
  assert.throws(() => apply("/", [[1.5, D], [-0, D]]), /DIVIDE_BY_ZERO/);
  assert.equal(apply("/", [[1, D], [0, D]], LEGACY), null);
  assert.equal(apply("try_divide", [[1, D], [0, D]]), null);
  assert.ok(Number.isNaN(apply("/", [[NaN, D], [1, D]]) as number));
});

test("remainder and div", () => {
  assert.equal(apply("%", [[-7, I], [3, I]]), -1);
  assert.equal(apply("%", [[7, I], [-3, I]]), 1);
  assert.ok(Object.is(apply("%", [[-4, I], [2, I]]), 0));
  assert.equal(apply("%", [[-2147483648, I], [-1, I]]), 0);
  assert.equal(apply("%", [[-9223372036854775808n, L], [-1n, L]]), 0n);
  assert.equal(apply("%", [[-7.5, D], [2, D]]), -1.5);
  throwsMsg(
    () => apply("%", [[1, I], [0, I]]),
    '[REMAINDER_BY_ZERO] Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error. SQLSTATE: 22012',
  );
  assert.throws(() => apply("%", [[1.5, D], [0, D]]), /REMAINDER_BY_ZERO/);
  assert.equal(apply("mod", [[1, I], [0, I]], LEGACY), null);
  assert.equal(apply("try_mod", [[-7, I], [2, I]]), -1);
  assert.equal(apply("try_mod", [[1, I], [0, I]]), null);
  assert.deepEqual(bindType("%", [I, I]), I);
  assert.deepEqual(bindType("%", [L, I]), L);
  assert.deepEqual(bindType("div", [ByteType(), ByteType()]), L);
  assert.equal(apply("div", [[-7n, L], [2n, L]]), -3n);
  assert.throws(() => apply("div", [[1n, L], [0n, L]]), /DIVIDE_BY_ZERO/);
  throwsMsg(
    () => apply("div", [[-9223372036854775808n, L], [-1n, L]]),
    `[ARITHMETIC_OVERFLOW] Overflow in integral divide. Use 'try_divide' to tolerate overflow and return NULL instead. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error. SQLSTATE: 22003`,
  );
  assert.equal(apply("div", [[-9223372036854775808n, L], [-1n, L]], LEGACY), -9223372036854775808n);
  assert.throws(() => bindType("div", [D, I]), (e: unknown) => e instanceof AnalysisException && /BINARY_OP_DIFF_TYPES/.test(e.message));
});

test("unary minus overflow messages have no try_ suggestion", () => {
  throwsMsg(
    () => apply("negative", [[-2147483648, I]]),
    '[ARITHMETIC_OVERFLOW] integer overflow. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error. SQLSTATE: 22003',
  );
  assert.throws(() => apply("negative", [[-128, ByteType()]]), /\] byte overflow\. If necessary/);
  assert.equal(apply("negative", [[-2147483648, I]], LEGACY), -2147483648);
  assert.equal(apply("negative", [[5, I]]), -5);
  assert.equal(apply("positive", [[-1, I]]), -1);
  assert.deepEqual(bindType("negative", [ByteType()]), ByteType());
});

test("decimal arithmetic result types follow Spark (checked against PySpark 4.1)", () => {
  const dec = DecimalType;
  assert.deepEqual(bindType("+", [I, dec(5, 2)]), dec(13, 2));
  assert.deepEqual(bindType("+", [L, dec(5, 2)]), dec(23, 2));
  assert.deepEqual(bindType("+", [ByteType(), dec(5, 2)]), dec(6, 2));
  assert.deepEqual(bindType("/", [I, dec(5, 2)]), dec(18, 6));
  assert.deepEqual(bindType("*", [I, dec(5, 2)]), dec(16, 2));
  assert.deepEqual(bindType("%", [dec(5, 2), I]), dec(5, 2));
  assert.deepEqual(bindType("*", [dec(5, 2), dec(7, 3)]), dec(13, 5));
  assert.deepEqual(bindType("*", [dec(38, 10), dec(38, 10)]), dec(38, 6));
  assert.deepEqual(bindType("/", [dec(5, 2), dec(7, 3)]), dec(16, 10));
  assert.deepEqual(bindType("+", [dec(5, 2), D]), D);
  assert.deepEqual(bindType("+", [dec(5, 2), StringType()]), D);
  assert.deepEqual(bindType("div", [dec(5, 2), I]), L);
  // integral literals take the fewest digits: dec(5,2) / 3 → decimal(9,6)
  // values: 10.00 / 3.0 = 3.333333 at decimal(?,6)
  assert.equal(apply("/", [[1000n, dec(4, 2)], [30n, dec(3, 1)]]), 3333333n);
  assert.equal(apply("+", [[150n, dec(5, 2)], [25n, dec(5, 1)]]), 400n);
  assert.throws(() => apply("/", [[100n, dec(5, 2)], [0n, dec(5, 2)]]), /DIVIDE_BY_ZERO/);
  assert.equal(apply("try_divide", [[100n, dec(5, 2)], [0n, dec(5, 2)]]), null);
  assert.equal(apply("%", [[-75n, dec(3, 1)], [2n, dec(1, 0)]]), -15n);
});

test("string operands widen to bigint / double; booleans are rejected", () => {
  assert.deepEqual(bindType("+", [I, StringType()]), L);
  assert.deepEqual(bindType("+", [D, StringType()]), D);
  assert.deepEqual(bindType("/", [StringType(), I]), D);
  assert.throws(
    () => bindType("+", [BooleanType(), I]),
    (e: unknown) =>
      e instanceof AnalysisException &&
      e.message.includes("the left and right operands of the binary operator have incompatible types (\"BOOLEAN\" and \"INT\")"),
  );
});

test("datetime arithmetic", () => {
  assert.deepEqual(bindType("+", [DateType(), I]), DateType());
  assert.equal(apply("+", [[19723, DateType()], [1, I]]), 19724);
  assert.equal(apply("-", [[19723, DateType()], [1, I]]), 19722);
  assert.deepEqual(bindType("-", [DateType(), DateType()]), DayTimeIntervalType(0, 0));
  // 2024-03-01 - 2024-01-01 = 60 days
  assert.equal(apply("-", [[19783, DateType()], [19723, DateType()]]), 60n * 86_400_000_000n);
  assert.deepEqual(bindType("-", [TimestampType(), TimestampType()]), DayTimeIntervalType(0, 3));
  // date + INTERVAL DAY stays a date; with hours it becomes a timestamp (Spark 4.1)
  assert.deepEqual(bindType("+", [DateType(), DayTimeIntervalType(0, 0)]), DateType());
  assert.equal(apply("+", [[19723, DateType()], [2n * 86_400_000_000n, DayTimeIntervalType(0, 0)]]), 19725);
  assert.deepEqual(bindType("+", [DateType(), DayTimeIntervalType(1, 1)]), TimestampType());
  assert.deepEqual(bindType("+", [DateType(), YearMonthIntervalType(1, 1)]), DateType());
  // 2024-01-31 10:00 + 1 month = 2024-02-29 10:00 (UTC session)
  const jan31 = BigInt(Date.UTC(2024, 0, 31, 10)) * 1000n;
  const feb29 = BigInt(Date.UTC(2024, 1, 29, 10)) * 1000n;
  assert.equal(apply("+", [[jan31, TimestampType()], [1, YearMonthIntervalType(1, 1)]]), feb29);
  assert.deepEqual(bindType("+", [DayTimeIntervalType(0, 0), DayTimeIntervalType(1, 1)]), DayTimeIntervalType(0, 1));
  assert.throws(
    () => apply("+", [[106751991n * 86_400_000_000n, DayTimeIntervalType(0, 0)], [106751991n * 86_400_000_000n, DayTimeIntervalType(0, 0)]]),
    /INTERVAL_ARITHMETIC_OVERFLOW.WITH_SUGGESTION\] Integer overflow while operating with intervals. Use `try_add`/,
  );
  assert.throws(() => bindType("+", [TimestampType(), I]), /BINARY_OP_DIFF_TYPES/);
  void ANSI;
});

test("bitwise and shifts", () => {
  assert.equal(apply("&", [[5, I], [3, I]]), 1);
  assert.equal(apply("|", [[5, I], [3, I]]), 7);
  assert.equal(apply("^", [[5, I], [3, I]]), 6);
  assert.equal(apply("~", [[5, I]]), -6);
  assert.deepEqual(bindType("&", [I, L]), L);
  assert.deepEqual(bindType("&", [ByteType(), ByteType()]), ByteType());
  assert.equal(apply("shiftleft", [[1, I], [33, I]]), 2);
  assert.equal(apply("shiftleft", [[1n, L], [65, I]]), 2n);
  assert.equal(apply("shiftright", [[-8, I], [1, I]]), -4);
  assert.equal(apply("shiftright", [[-8n, L], [65, I]]), -4n);
  assert.equal(apply("shiftrightunsigned", [[-8, I], [1, I]]), 2147483644);
  assert.deepEqual(bindType("shiftleft", [ByteType(), I]), I);
  assert.equal(apply("~", [[5, ByteType()]]), -6);
});

test("arithmetic errors are SparkArithmeticException", () => {
  assert.throws(() => apply("+", [[2147483647, I], [1, I]]), SparkArithmeticException);
});
