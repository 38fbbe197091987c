import { test } from "node:test";
import assert from "node:assert/strict";
import { SparkDate } from "../../../src/values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../../../src/values/timestamp.js";
import { inspect } from "node:util";

test("SparkDate prints, parses and converts", () => {
  assert.equal(String(new SparkDate(19753)), "2024-01-31");
  assert.equal(SparkDate.of(-44, 3, 15).toString(), "-0044-03-15");
  assert.equal(SparkDate.fromString(" 2024-1-5 ").days, SparkDate.of(2024, 1, 5).days);
  assert.equal(SparkDate.fromString("2024-01-31T23:59").toString(), "2024-01-31");
  assert.throws(() => SparkDate.of(2023, 2, 29), RangeError);
  assert.throws(() => SparkDate.fromString("2024-13-01"), {
    message:
      "[CAST_INVALID_INPUT] The value '2024-13-01' of the type \"STRING\" cannot be cast to \"DATE\" because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead. SQLSTATE: 22018",
  });
  const d = SparkDate.of(2024, 2, 29);
  assert.equal(d.toDate().toISOString(), "2024-02-29T00:00:00.000Z");
  assert.deepEqual([d.year, d.month, d.day], [2024, 2, 29]);
  assert.equal(SparkDate.fromDate(new Date(2024, 1, 29, 23, 0)).toString(), "2024-02-29");
  assert.ok(d.equals(new SparkDate(d.days)) && !d.equals(new SparkDate(0)));
  assert.equal(JSON.stringify({ d }), '{"d":"2024-02-29"}');
  assert.equal(inspect(d), "SparkDate(2024-02-29)");
});

test("Timestamp prints in UTC or a given zone, parses with zones, converts to JS Date", () => {
  const t = new Timestamp(1706704496123456n);
  assert.equal(t.toString(), "2024-01-31 12:34:56.123456");
  assert.equal(t.toString("America/Sao_Paulo"), "2024-01-31 09:34:56.123456");
  assert.equal(`${t}`, "2024-01-31 12:34:56.123456");
  assert.equal(Timestamp.fromString("2024-01-31T12:34:56.123Z", "Asia/Kolkata").micros, 1706704496123000n);
  assert.equal(Timestamp.fromString("2024-01-31 12:34:56+01:00").micros, 1706700896000000n);
  assert.equal(Timestamp.fromString("2024-01-31 12:34:56", "Europe/Berlin").micros, 1706700896000000n);
  assert.throws(() => Timestamp.fromString("2024-01-31 25:00"), /CAST_INVALID_INPUT.*"TIMESTAMP"/);
  assert.equal(t.toDate().toISOString(), "2024-01-31T12:34:56.123Z");
  assert.equal(new Timestamp(-1n).toDate().getTime(), -1);
  assert.equal(Timestamp.fromDate(new Date("2024-01-31T12:34:56.789Z")).micros, 1706704496789000n);
  assert.equal(JSON.stringify(t), '"2024-01-31T12:34:56.123456Z"');
  assert.equal(inspect(t), "Timestamp(2024-01-31 12:34:56.123456)");
  assert.equal(Timestamp.of(2024, 1, 31, 12, 34, 56, 123456).micros, t.micros);
  assert.equal(Timestamp.of(2024, 3, 31, 2, 30, 0, 0, "Europe/Berlin").micros, 1711848600000000n); // gap → 03:30 CEST
});

test("TimestampNTZ prints without zone and parses ignoring one", () => {
  const n = TimestampNTZ.of(2024, 1, 31, 12, 34, 56, 500000);
  assert.equal(n.toString(), "2024-01-31 12:34:56.5");
  assert.equal(TimestampNTZ.fromString("2024-01-31 12:34:56.5+09:00").micros, n.micros);
  assert.throws(() => TimestampNTZ.fromString("12:34:56"), /CAST_INVALID_INPUT.*"TIMESTAMP_NTZ"/);
  assert.throws(() => TimestampNTZ.of(2024, 1, 31, 24), RangeError);
});
