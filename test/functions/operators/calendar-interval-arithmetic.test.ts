import { test } from "node:test";
import assert from "node:assert/strict";
import { apply, ANSI, LEGACY } from "../../exec/eval/expr-builders.js";
import { CalendarIntervalType, DateType, TimestampNTZType, TimestampType } from "../../../src/types/data-type.js";
import { CalendarInterval } from "../../../src/values/interval.js";
import { SparkIllegalArgumentException } from "../../../src/errors/spark-error.js";

const CI = CalendarIntervalType();
const day = (s: string) => Date.parse(s + "T00:00:00Z") / 86_400_000;
const micros = (s: string) => BigInt(Date.parse(s + "Z")) * 1000n;

// Expected values from PySpark 4.1.1 (session time zone UTC).
test("date ± CalendarInterval: months clamp to the month's end, then days", () => {
  const iv = new CalendarInterval(1, 1, 0n);
  assert.equal(apply("+", [[day("2024-01-31"), DateType()], [iv, CI]]), day("2024-03-01"));
  assert.equal(apply("-", [[day("2024-01-31"), DateType()], [iv, CI]]), day("2023-12-30"));
  assert.equal(apply("+", [[new CalendarInterval(0, 2, 0n), CI], [day("2024-02-28"), DateType()]]), day("2024-03-01"));
});

test("date + CalendarInterval with microseconds is refused under ANSI", () => {
  assert.throws(
    () => apply("+", [[day("2024-01-31"), DateType()], [new CalendarInterval(0, 0, 1n), CI]], ANSI),
    (e: unknown) => e instanceof SparkIllegalArgumentException && e.errorClass === "INVALID_INTERVAL_WITH_MICROSECONDS_ADDITION",
  );
  assert.equal(apply("+", [[day("2024-01-31"), DateType()], [new CalendarInterval(0, 1, 1n), CI]], LEGACY), day("2024-02-01"));
});

test("timestamp ± CalendarInterval", () => {
  const iv = new CalendarInterval(1, 1, 7_200_500_000n);
  assert.equal(apply("+", [[micros("2024-01-31T10:00:00"), TimestampType()], [iv, CI]]), micros("2024-03-01T12:00:00.500"));
  assert.equal(apply("-", [[micros("2024-03-31T00:00:00"), TimestampNTZType()], [new CalendarInterval(1, 0, 0n), CI]]), micros("2024-02-29T00:00:00"));
});
