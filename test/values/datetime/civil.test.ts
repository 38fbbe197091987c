import { test } from "node:test";
import assert from "node:assert/strict";
import { civilToDays, daysToCivil, dayOfWeek, dayOfYear, isLeapYear, isValidCivil } from "../../../src/values/datetime/civil.js";
import { formatDate } from "../../../src/values/datetime/format-date.js";

test("civilToDays matches Spark's unix_date, proleptic across the 1582 cutover and year 0", () => {
  // Values from Spark 4.1: unix_date(make_date(...)).
  assert.equal(civilToDays(1970, 1, 1), 0);
  assert.equal(civilToDays(1582, 10, 10), -141432); // does not exist in the Julian/Gregorian hybrid
  assert.equal(civilToDays(0, 1, 1), -719528);
  assert.equal(civilToDays(-1, 12, 31), -719529);
  assert.equal(civilToDays(2024, 1, 31), 19753);
  assert.equal(civilToDays(2024, 2, 29), 19782);
});

test("daysToCivil inverts civilToDays over the whole DateType range", () => {
  const samples = [-2147483648, -719529, -719528, -141432, -1, 0, 1, 19782, 2932896, 2147483647];
  for (let d = -800000; d <= 800000; d += 997) samples.push(d);
  for (const days of samples) {
    const { year, month, day } = daysToCivil(days);
    assert.ok(isValidCivil(year, month, day), `${days}`);
    assert.equal(civilToDays(year, month, day), days);
  }
  assert.deepEqual(daysToCivil(2147483647), { year: 5881580, month: 7, day: 11 });
  assert.deepEqual(daysToCivil(-2147483648), { year: -5877641, month: 6, day: 23 });
});

test("leap years and day-of-week/day-of-year", () => {
  assert.ok(isLeapYear(2000) && isLeapYear(2024) && isLeapYear(0) && isLeapYear(-4));
  assert.ok(!isLeapYear(1900) && !isLeapYear(1500) && !isLeapYear(2023) && !isLeapYear(-1)); // 1500 leaps only in the Julian calendar
  assert.ok(!isValidCivil(2023, 2, 29) && isValidCivil(2024, 2, 29) && !isValidCivil(2024, 13, 1));
  assert.equal(dayOfWeek(0), 4); // 1970-01-01 was a Thursday
  assert.equal(dayOfWeek(civilToDays(2024, 1, 31)), 3); // Wednesday
  assert.equal(dayOfYear(civilToDays(2024, 12, 31)), 366);
});

test("formatDate prints years as Spark casts dates to string", () => {
  // Values from Spark 4.1: cast(make_date(y, 3, 4) as string).
  const cases: [number, string][] = [
    [1, "0001-03-04"],
    [999, "0999-03-04"],
    [9999, "9999-03-04"],
    [10000, "+10000-03-04"],
    [0, "0000-03-04"],
    [-1, "-0001-03-04"],
    [-44, "-0044-03-04"],
    [-10000, "-10000-03-04"],
    [294247, "+294247-03-04"],
  ];
  for (const [y, s] of cases) assert.equal(formatDate(civilToDays(y, 3, 4)), s);
  assert.equal(formatDate(2147483647), "+5881580-07-11");
  assert.equal(formatDate(-2147483648), "-5877641-06-23");
});
