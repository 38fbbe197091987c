import { test } from "node:test";
import assert from "node:assert/strict";
import type { Literal } from "../../src/plan/expr/unresolved.js";
import { parseExpression } from "../../src/sql/parser.js";
import { typeToString } from "../../src/sql/plan-debug.js";
import { Decimal } from "../../src/values/decimal.js";
import { DayTimeInterval, YearMonthInterval } from "../../src/values/interval.js";
import { SparkDate } from "../../src/values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../../src/values/timestamp.js";

const litOf = (sql: string): Literal => {
  const e = parseExpression(sql);
  assert.equal(e.kind, "literal", `${sql} should be a literal, got ${e.kind}`);
  return e as Literal;
};

// Types as PySpark 4.1 reports them for `SELECT <literal>`.
const typeCases: [string, string][] = [
  ["1", "int"],
  ["-1", "int"],
  ["2147483647", "int"],
  ["-2147483648", "int"],
  ["2147483648", "bigint"],
  ["9223372036854775807", "bigint"],
  ["12345678901234567890", "decimal(20,0)"],
  ["1L", "bigint"],
  ["2S", "smallint"],
  ["3Y", "tinyint"],
  ["1.5", "decimal(2,1)"],
  [".5", "decimal(1,1)"],
  ["1.", "decimal(1,0)"],
  ["0.05", "decimal(2,2)"],
  ["1.50", "decimal(3,2)"],
  ["1e3", "double"],
  ["1.5e-2", "double"],
  ["1.5D", "double"],
  ["1.5F", "float"],
  ["1.5BD", "decimal(2,1)"],
  ["1e2BD", "decimal(3,0)"],
  ["X'1'", "binary"],
  ["'s'", "string"],
  ["TRUE", "boolean"],
  ["NULL", "void"],
  ["DATE '2024-01-01'", "date"],
  ["TIMESTAMP_NTZ '2024-01-01 10:00:00'", "timestamp_ntz"],
  ["TIMESTAMP '2024-01-01 10:00:00Z'", "timestamp"],
  ["INTERVAL '1' DAY", "interval day"],
  ["INTERVAL 3 HOURS", "interval hour"],
  ["INTERVAL '1 2:03:04.5' DAY TO SECOND", "interval day to second"],
  ["INTERVAL 1 DAY 2 HOURS", "interval day to hour"],
  ["INTERVAL '1 day 2 hours'", "interval day to hour"],
  ["INTERVAL -1 WEEK", "interval day"],
  ["INTERVAL 1.5 SECONDS", "interval second"],
  ["INTERVAL '10:20' HOUR TO MINUTE", "interval hour to minute"],
  ["INTERVAL 100 MILLISECONDS", "interval second"],
  ["INTERVAL '12:30:15' HOUR TO SECOND", "interval hour to second"],
  ["INTERVAL 1 YEAR 2 MONTHS", "interval year to month"],
  ["INTERVAL '1-2' YEAR TO MONTH", "interval year to month"],
  ["INTERVAL 1 YEAR", "interval year"],
  ["INTERVAL '2 years'", "interval year"],
];
for (const [sql, want] of typeCases) {
  test(`literal type ${sql} → ${want}`, () => assert.equal(typeToString(litOf(sql).dataType), want));
}

test("literal values use the user-facing value classes", () => {
  assert.equal(litOf("42").value, 42);
  assert.equal(litOf("-2147483648").value, -2147483648);
  assert.equal(litOf("2147483648").value, 2147483648n);
  assert.equal(litOf("1L").value, 1n);
  assert.equal(litOf("3Y").value, 3);
  assert.deepEqual(litOf("1.50").value, new Decimal(150n, 2));
  assert.deepEqual(litOf("-0.05").value, new Decimal(-5n, 2));
  assert.deepEqual(litOf("12345678901234567890").value, new Decimal(12345678901234567890n, 0));
  assert.equal(litOf("1.5F").value, 1.5);
  assert.equal(litOf("1e3").value, 1000);
  assert.deepEqual(litOf("X'0A1B'").value, new Uint8Array([0x0a, 0x1b]));
  assert.deepEqual(litOf("X'1'").value, new Uint8Array([0x01]));
  assert.deepEqual(litOf("DATE '2024-01-01'").value, new SparkDate(19723));
  assert.deepEqual(litOf("DATE '2024-2-3'").value, new SparkDate(19756));
  assert.deepEqual(litOf("DATE '2024'").value, new SparkDate(19723));
  assert.deepEqual(litOf("DATE '2024-01'").value, new SparkDate(19723));
  assert.deepEqual(litOf("DATE '2024-01-01 garbage'").value, new SparkDate(19723));
  assert.deepEqual(litOf("DATE '1969-12-31'").value, new SparkDate(-1));
  // 2024-01-01 10:00:00+01:00 is 09:00 UTC
  assert.deepEqual(litOf("TIMESTAMP '2024-01-01 10:00:00+01:00'").value, new Timestamp(1704099600000000n));
  assert.deepEqual(litOf("TIMESTAMP '2024-01-01T10:00:00.123456Z'").value, new Timestamp(1704103200123456n));
  assert.deepEqual(litOf("TIMESTAMP_NTZ '2024-01-01 10:00'").value, new TimestampNTZ(1704103200000000n));
  assert.deepEqual(litOf("INTERVAL '1 2:03:04.5' DAY TO SECOND").value, new DayTimeInterval(93784500000n));
  assert.deepEqual(litOf("INTERVAL -1 WEEK").value, new DayTimeInterval(-604800000000n));
  assert.deepEqual(litOf("INTERVAL '-1-2' YEAR TO MONTH").value, new YearMonthInterval(-14));
  assert.deepEqual(litOf("INTERVAL 1 YEAR 2 MONTHS").value, new YearMonthInterval(14));
  assert.deepEqual(litOf("INTERVAL 100 MILLISECONDS").value, new DayTimeInterval(100000n));
});

test("strings: escapes and adjacent literals (values as PySpark returns them)", () => {
  assert.equal(litOf("'it''s'").value, "it's");
  assert.equal(litOf(`'a' "b" 'c'`).value, "abc");
  assert.equal(litOf(String.raw`'x\ty\\z\''`).value, "x\ty\\z'");
  assert.equal(litOf(String.raw`r'a\nb'`).value, "a\\nb");
  assert.equal(litOf(String.raw`'\u00e9\101\Z\%'`).value, "éA\u001a\\%");
  assert.equal(litOf(String.raw`"q\"q"`).value, 'q"q');
});

test("TIMESTAMP without an offset depends on the session zone: kept as a cast of the string", () => {
  const e = parseExpression("TIMESTAMP '2024-01-01 10:00:00'");
  assert.equal(e.kind, "cast");
  if (e.kind === "cast") {
    assert.equal(e.dataType.kind, "timestamp");
    assert.deepEqual(e.child, { kind: "literal", value: "2024-01-01 10:00:00", dataType: { kind: "string" } });
  }
});
