// Date/time functions in the America/Sao_Paulo session time zone (ANSI on). Expected values
// recorded from PySpark 4.1 with spark.sql.session.timeZone=America/Sao_Paulo; Python printed
// instants in UTC, which is how the expected timestamps below are written (utc(...)).
import { test } from "node:test";
import assert from "node:assert/strict";
import { LEGACY, SAO_PAULO, bindFn, call, col, days, lit, utc } from "./dt-harness.js";
import {
  BooleanType,
  ByteType,
  DateType,
  DayTimeIntervalType,
  DecimalType,
  DoubleType,
  IntegerType,
  LongType,
  StringType,
  TimestampNTZType,
  TimestampType,
  YearMonthIntervalType,
} from "../../../src/types/data-type.js";
import { localToUtcMicros } from "../../../src/values/datetime/zone-conversion.js";

const DATE = DateType();
const TS = TimestampType();
const INT = IntegerType();
const STR = StringType();
/** A TIMESTAMP literal typed in the session zone. */
const sp = (text: string): bigint => localToUtcMicros(utc(text), "America/Sao_Paulo");
const f1 = (name: string, t: any, v: unknown, ctx = SAO_PAULO) => call(bindFn(name, [col(t)], ctx), v);

test("date_add / date_sub / dateadd / datediff / date_diff", () => {
  const add = bindFn("date_add", [col(DATE), col(INT)]);
  assert.deepEqual(add.returnType, DATE);
  assert.deepEqual(add.inputTypes, [DATE, INT]);
  assert.equal(call(add, days("2020-02-28"), 1), days("2020-02-29"));
  assert.equal(call(bindFn("date_sub", [col(DATE), col(INT)]), days("2020-03-01"), 1), days("2020-02-29"));
  assert.equal(call(bindFn("dateadd", [col(DATE), col(INT)]), days("2020-03-01"), -1), days("2020-02-29"));
  assert.equal(call(add, null, 1), null);
  // strings cast to DATE / INT; timestamps to their local date
  assert.deepEqual(bindFn("date_add", [col(STR), col(STR)]).inputTypes, [DATE, INT]);
  assert.deepEqual(bindFn("date_add", [col(TS), col(INT)]).inputTypes, [DATE, INT]);
  assert.throws(
    () => bindFn("date_add", [col(DATE, "DATE '2020-01-01'"), col(LongType(), "1")]),
    /The second parameter requires the \("INT" or "SMALLINT" or "TINYINT"\) type, however "1" has the type "BIGINT"/,
  );
  const diff = bindFn("datediff", [col(DATE), col(DATE)]);
  assert.deepEqual(diff.returnType, INT);
  assert.equal(call(diff, days("2020-03-01"), days("2020-02-01")), 29);
  assert.equal(call(bindFn("date_diff", [col(DATE), col(DATE)]), days("2020-03-01"), days("2021-02-01")), -337);
});

test("add_months keeps the day, clamped to the month end", () => {
  const am = bindFn("add_months", [col(DATE), col(INT)]);
  const a = (d: string, n: number) => call(am, days(d), n);
  assert.equal(a("2020-01-31", 1), days("2020-02-29"));
  assert.equal(a("2020-02-29", 12), days("2021-02-28"));
  assert.equal(a("2019-02-28", 1), days("2019-03-28"));
  assert.equal(a("2020-01-31", -13), days("2018-12-31"));
  assert.throws(
    () => a("2020-01-01", 2147483647),
    (e: Error) =>
      e.message ===
      '[ARITHMETIC_OVERFLOW] integer overflow. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error. SQLSTATE: 22003',
  );
});

test("months_between: 31-day months, month ends, rounding", () => {
  const mb = bindFn("months_between", [col(TS), col(TS)]);
  assert.deepEqual(mb.returnType, DoubleType());
  const mb3 = bindFn("months_between", [col(TS), col(TS), col(BooleanType())]);
  const d = (s: string) => sp(s + " 00:00:00");
  assert.equal(call(mb, sp("1997-02-28 10:30:00"), d("1996-10-30")), 3.94959677);
  assert.equal(call(mb3, sp("1997-02-28 10:30:00"), d("1996-10-30"), false), 3.9495967741935485);
  assert.equal(call(mb, d("2020-02-29"), d("2020-01-31")), 1.0);
  assert.equal(call(mb, d("2020-03-31"), d("2020-02-29")), 1.0);
  assert.equal(call(mb, d("2020-04-30"), d("2020-03-15")), 1.48387097);
  assert.equal(call(mb, sp("2020-03-31 12:00:00"), sp("2020-02-29 00:00:00")), 1.0);
  assert.equal(call(mb, d("2020-01-01"), d("2020-01-01")), 0);
  assert.equal(call(mb, d("2020-01-31"), d("2020-02-29")), -1.0);
  assert.equal(call(mb, sp("2020-01-01 10:00:00"), sp("2020-02-15 12:00:00")), -1.45430108);
});

test("date_format and from_unixtime", () => {
  const df = bindFn("date_format", [col(TS), lit(STR, "yyyy-MM-dd HH:mm:ss.SSSSSS EEE a")]);
  assert.deepEqual(df.returnType, STR);
  assert.equal(call(df, sp("2020-01-02 03:04:05.123456"), "yyyy-MM-dd HH:mm:ss.SSSSSS EEE a"), "2020-01-02 03:04:05.123456 Thu AM");
  const fmt = (ts: bigint, p: string) => call(bindFn("date_format", [col(TS), lit(STR, p)]), ts, p);
  assert.equal(fmt(sp("2020-01-02 00:00:00"), "dd/MM/yy"), "02/01/20");
  assert.equal(fmt(sp("2020-01-02 03:04:05"), "XXX"), "-03:00");
  // DST (Sao Paulo, 2018-11-04 00:00 → 01:00 at -02:00)
  assert.equal(fmt(sp("2018-11-04 01:30:00"), "yyyy-MM-dd HH:mm:ss XXX"), "2018-11-04 01:30:00 -02:00");
  assert.equal(fmt(sp("1969-12-31 23:59:59.999"), "yyyy-MM-dd HH:mm:ss.SSS"), "1969-12-31 23:59:59.999");
  assert.equal(call(bindFn("date_format", [col(TS), lit(STR, null)]), sp("2020-01-01 00:00:00"), null), null);
  const fu = bindFn("from_unixtime", [col(LongType())]);
  assert.deepEqual(fu.returnType, STR);
  assert.equal(call(fu, 0n), "1969-12-31 21:00:00");
  assert.equal(call(fu, -1n), "1969-12-31 20:59:59");
  assert.equal(call(fu, 10000000000n), "2286-11-20 14:46:40");
  assert.equal(call(bindFn("from_unixtime", [col(LongType()), lit(STR, "yyyy-MM-dd")]), 0n, "yyyy-MM-dd"), "1969-12-31");
  assert.equal(call(bindFn("from_unixtime", [col(LongType()), lit(STR, "yyyy-MM-dd HH:mm:ss XXX")]), 1n, "yyyy-MM-dd HH:mm:ss XXX"), "1969-12-31 21:00:01 -03:00");
  assert.throws(() => bindFn("date_format", [col(TS), lit(STR, "yyyy-MM-dd bbb")]), /INVALID_DATETIME_PATTERN|ILLEGAL|Unknown/);
});

test("to_date / to_timestamp / to_timestamp_ntz / try_to_timestamp", () => {
  const td = bindFn("to_date", [col(STR)]);
  assert.deepEqual(td.returnType, DATE);
  assert.equal(call(td, "2020-01-02"), days("2020-01-02"));
  assert.equal(call(td, "2020-01-02 10:00:00"), days("2020-01-02"));
  assert.equal(call(td, null), null);
  assert.throws(
    () => call(td, "abc"),
    (e: Error) =>
      e.message ===
      `[CAST_INVALID_INPUT] The value 'abc' of the type "STRING" cannot be cast to "DATE" because it is malformed. Correct the value as per the syntax, or change its target type. Use \`try_cast\` to tolerate malformed input and return NULL instead. SQLSTATE: 22018`,
  );
  const tdf = bindFn("to_date", [col(STR), lit(STR, "dd/MM/yyyy")]);
  assert.equal(call(tdf, "02/01/2020", "dd/MM/yyyy"), days("2020-01-02"));
  const tdf2 = bindFn("to_date", [col(STR), lit(STR, "yyyy-MM-dd")]);
  assert.throws(
    () => call(tdf2, "abc", "yyyy-MM-dd"),
    (e: Error) =>
      e.message ===
      "[CANNOT_PARSE_TIMESTAMP] Text 'abc' could not be parsed at index 0. Use `try_to_date` to tolerate invalid input string and return NULL instead. SQLSTATE: 22007",
  );
  assert.throws(() => call(tdf2, "2020-13-01", "yyyy-MM-dd"), /CANNOT_PARSE_TIMESTAMP.*try_to_date/);
  assert.equal(call(bindFn("to_date", [col(STR), lit(STR, "yyyy-MM-dd")], LEGACY), "abc", "yyyy-MM-dd"), null);
  assert.equal(call(bindFn("try_to_date", [col(STR), lit(STR, "yyyy-MM-dd")]), "abc", "yyyy-MM-dd"), null);
  assert.equal(call(bindFn("to_date", [col(STR), lit(STR, null)]), "2020-01-02", null), null);
  assert.equal(call(bindFn("to_date", [col(TS)]), sp("2020-01-02 00:30:00")), days("2020-01-02"));

  const tt = bindFn("to_timestamp", [col(STR)]);
  assert.deepEqual(tt.returnType, TS);
  assert.equal(call(tt, "2020-01-02 03:04:05"), utc("2020-01-02 06:04:05"));
  assert.equal(call(tt, "2020-01-02"), utc("2020-01-02 03:00:00"));
  // inside the DST gap: moves forward
  assert.equal(call(tt, "2018-11-04 00:30:00"), utc("2018-11-04 03:30:00"));
  const ttf = bindFn("to_timestamp", [col(STR), lit(STR, "yyyy/MM/dd HH:mm")]);
  assert.equal(call(ttf, "2020/01/02 03:04", "yyyy/MM/dd HH:mm"), utc("2020-01-02 06:04:00"));
  assert.throws(
    () => call(bindFn("to_timestamp", [col(STR), lit(STR, "yyyy")]), "xx", "yyyy"),
    (e: Error) =>
      e.message ===
      "[CANNOT_PARSE_TIMESTAMP] Text 'xx' could not be parsed at index 0. Use `try_to_timestamp` to tolerate invalid input string and return NULL instead. SQLSTATE: 22007",
  );
  assert.equal(call(bindFn("try_to_timestamp", [col(STR), lit(STR, "yyyy")]), "xx", "yyyy"), null);
  assert.equal(call(bindFn("try_to_timestamp", [col(STR)]), "bad"), null);
  assert.equal(call(bindFn("try_to_timestamp", [col(STR)]), "2020-01-01"), utc("2020-01-01 03:00:00"));
  assert.equal(call(bindFn("to_timestamp", [col(INT)]), 1230219000), utc("2008-12-25 15:30:00"));
  assert.equal(call(bindFn("to_timestamp", [col(DoubleType())]), 1230219000.123), utc("2008-12-25 15:30:00.123"));
  assert.equal(call(bindFn("to_timestamp", [col(DATE)]), days("2020-01-01")), utc("2020-01-01 03:00:00"));
  const ntz = bindFn("to_timestamp_ntz", [col(STR)]);
  assert.deepEqual(ntz.returnType, TimestampNTZType());
  assert.equal(call(ntz, "2020-01-02 03:04:05"), utc("2020-01-02 03:04:05"));
  assert.equal(call(bindFn("to_timestamp_ntz", [col(STR), lit(STR, "yyyy/MM/dd")]), "2020/01/02", "yyyy/MM/dd"), utc("2020-01-02 00:00:00"));
  assert.equal(call(bindFn("to_timestamp_ltz", [col(STR)]), "2020-01-02 03:04:05"), utc("2020-01-02 06:04:05"));
});

test("unix_timestamp / to_unix_timestamp", () => {
  const ut = bindFn("unix_timestamp", [col(STR)]);
  assert.deepEqual(ut.returnType, LongType());
  assert.equal(call(ut, "2020-01-01 00:00:00"), 1577847600n);
  assert.equal(call(bindFn("unix_timestamp", [col(STR), lit(STR, "yyyy/MM/dd")]), "2020/01/01", "yyyy/MM/dd"), 1577847600n);
  assert.equal(call(bindFn("unix_timestamp", [col(DATE)]), days("2020-01-01")), 1577847600n);
  assert.equal(call(bindFn("unix_timestamp", [col(TS)]), sp("1969-12-31 23:59:59.5")), 10799n);
  assert.equal(call(bindFn("unix_timestamp", [col(TS)]), sp("1960-01-01 00:00:00")), -315608400n);
  assert.throws(() => call(ut, "bad"), /\[CANNOT_PARSE_TIMESTAMP\] Text 'bad' could not be parsed at index 0. Use `try_to_timestamp`/);
  assert.equal(call(bindFn("unix_timestamp", [col(STR)], LEGACY), "bad"), null);
  assert.equal(call(bindFn("to_unix_timestamp", [col(STR)]), "2020-01-01 00:00:00"), 1577847600n);
  const now = call(bindFn("unix_timestamp", [])) as bigint;
  assert.ok(now > 1_700_000_000n);
});

test("field extraction: year .. second, weekofyear (ISO), dayofweek (1 = Sunday)", () => {
  const dateF = (name: string, d: string) => f1(name, DATE, days(d));
  assert.equal(dateF("year", "2020-02-29"), 2020);
  assert.equal(dateF("year", "-0044-03-15"), -44);
  assert.equal(dateF("quarter", "2020-11-29"), 4);
  assert.equal(dateF("day", "2020-02-29"), 29);
  assert.equal(dateF("dayofmonth", "2020-02-29"), 29);
  assert.equal(dateF("dayofweek", "2020-01-05"), 1);
  assert.equal(dateF("dayofweek", "1969-12-31"), 4);
  assert.equal(dateF("weekday", "2020-01-05"), 6);
  assert.equal(dateF("dayofyear", "2020-12-31"), 366);
  assert.equal(dateF("weekofyear", "2021-01-01"), 53);
  assert.equal(dateF("weekofyear", "2020-12-31"), 53);
  assert.equal(dateF("weekofyear", "2019-12-30"), 1);
  assert.equal(dateF("weekofyear", "2020-01-01"), 1);
  assert.deepEqual(bindFn("month", [col(TS)]).inputTypes, [DATE]); // timestamps → local date
  assert.throws(
    () => bindFn("year", [col(INT, "-1")]),
    /Cannot resolve "year\(-1\)" due to data type mismatch: The first parameter requires the "DATE" type, however "-1" has the type "INT"/,
  );
  const ts = sp("2020-01-01 13:14:15.5");
  assert.equal(f1("hour", TS, ts), 13);
  assert.equal(f1("minute", TS, ts), 14);
  assert.equal(f1("second", TS, ts), 15);
  assert.equal(f1("second", TS, sp("2020-01-01 00:00:59.999999")), 59);
  assert.equal(f1("hour", TimestampNTZType(), utc("2020-01-01 13:14:15")), 13);
  assert.equal(f1("hour", TS, sp("2019-11-03 00:30:00")), 0);
  assert.equal(f1("hour", TS, sp("2018-11-04 01:30:00")), 1); // first hour after the DST gap
  assert.equal(f1("hour", TS, -1n), 20); // 1969-12-31 20:59:59.999999 in Sao Paulo
});

test("trunc and date_trunc", () => {
  const tr = (d: string, f: string) => call(bindFn("trunc", [col(DATE), lit(STR, f)]), days(d), f);
  assert.equal(tr("2020-05-17", "year"), days("2020-01-01"));
  assert.equal(tr("2020-05-17", "YY"), days("2020-01-01"));
  assert.equal(tr("2020-05-17", "quarter"), days("2020-04-01"));
  assert.equal(tr("2020-05-17", "MM"), days("2020-05-01"));
  assert.equal(tr("2020-05-17", "mon"), days("2020-05-01"));
  assert.equal(tr("2020-05-17", "week"), days("2020-05-11"));
  assert.equal(tr("2020-05-17", "day"), null);
  assert.equal(tr("2020-05-17", "bad"), null);
  const dt = (f: string, ts: bigint) => call(bindFn("date_trunc", [lit(STR, f), col(TS)]), f, ts);
  const t = sp("2020-05-17 10:11:12.345678");
  assert.equal(dt("year", t), utc("2020-01-01 03:00:00"));
  assert.equal(dt("QUARTER", t), utc("2020-04-01 03:00:00"));
  assert.equal(dt("week", t), utc("2020-05-11 03:00:00"));
  assert.equal(dt("DAY", t), utc("2020-05-17 03:00:00"));
  assert.equal(dt("dd", t), utc("2020-05-17 03:00:00"));
  assert.equal(dt("HOUR", t), utc("2020-05-17 13:00:00"));
  assert.equal(dt("minute", t), utc("2020-05-17 13:11:00"));
  assert.equal(dt("second", t), utc("2020-05-17 13:11:12"));
  assert.equal(dt("millisecond", t), utc("2020-05-17 13:11:12.345"));
  assert.equal(dt("microsecond", t), utc("2020-05-17 13:11:12.345678"));
  assert.equal(dt("bad", t), null);
  // midnight of 2018-11-04 does not exist in Sao Paulo: the day starts at 01:00 (-02:00)
  assert.equal(dt("day", sp("2018-11-04 12:00:00")), utc("2018-11-04 03:00:00"));
});

test("make_date / make_timestamp", () => {
  const md = bindFn("make_date", [col(INT), col(INT), col(INT)]);
  assert.equal(call(md, 2020, 2, 29), days("2020-02-29"));
  assert.equal(call(md, 2020, 1, null), null);
  assert.throws(
    () => call(md, 2019, 2, 29),
    (e: Error) =>
      e.message ===
      `[DATETIME_FIELD_OUT_OF_BOUNDS.WITH_SUGGESTION] Invalid date 'February 29' as '2019' is not a leap year. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error. SQLSTATE: 22023`,
  );
  assert.throws(() => call(md, 2019, 13, 1), /Invalid value for MonthOfYear \(valid values 1 - 12\): 13\. If necessary/);
  assert.equal(call(bindFn("make_date", [col(INT), col(INT), col(INT)], LEGACY), 2019, 2, 29), null);
  const mt = bindFn("make_timestamp", [col(INT), col(INT), col(INT), col(INT), col(INT), col(DecimalType(16, 6))]);
  assert.deepEqual(mt.returnType, TS);
  assert.equal(call(mt, 2020, 1, 2, 3, 4, 5_500_000n), utc("2020-01-02 06:04:05.5"));
  assert.equal(call(mt, 2020, 1, 2, 3, 4, 60_000_000n), utc("2020-01-02 06:05:00"));
  assert.throws(() => call(mt, 2020, 1, 2, 25, 4, 5_000_000n), /Invalid value for HourOfDay \(valid values 0 - 23\): 25/);
  const mtz = bindFn("make_timestamp", [col(INT), col(INT), col(INT), col(INT), col(INT), col(DecimalType(16, 6)), col(STR)]);
  assert.equal(call(mtz, 2020, 1, 2, 3, 4, 5_000_000n, "UTC"), utc("2020-01-02 03:04:05"));
  const ntz = bindFn("make_timestamp_ntz", [col(INT), col(INT), col(INT), col(INT), col(INT), col(DecimalType(16, 6))]);
  assert.deepEqual(ntz.returnType, TimestampNTZType());
  assert.equal(call(ntz, 2020, 1, 2, 3, 4, 5_500_000n), utc("2020-01-02 03:04:05.5"));
});

test("last_day / next_day", () => {
  assert.equal(f1("last_day", DATE, days("2020-02-10")), days("2020-02-29"));
  assert.equal(f1("last_day", DATE, days("2019-02-10")), days("2019-02-28"));
  const nd = bindFn("next_day", [col(DATE), col(STR)]);
  assert.equal(call(nd, days("2020-01-01"), "MO"), days("2020-01-06"));
  assert.equal(call(nd, days("2020-01-06"), "monday"), days("2020-01-13"));
  assert.equal(call(nd, days("2020-01-06"), "Tue"), days("2020-01-07"));
  assert.throws(
    () => call(nd, days("2020-01-06"), "xx"),
    (e: Error) => e.message === "[ILLEGAL_DAY_OF_WEEK] Illegal input for day of week: xx. SQLSTATE: 22009",
  );
});

test("from_utc_timestamp / to_utc_timestamp", () => {
  const from = bindFn("from_utc_timestamp", [col(TS), col(STR)]);
  const to = bindFn("to_utc_timestamp", [col(TS), col(STR)]);
  const t = sp("2020-01-01 00:00:00");
  assert.equal(call(from, t, "Asia/Tokyo"), utc("2020-01-01 12:00:00"));
  assert.equal(call(to, t, "Asia/Tokyo"), utc("2019-12-31 18:00:00"));
  assert.equal(call(from, t, "+05:30"), utc("2020-01-01 08:30:00"));
  assert.throws(() => call(from, t, "bad/zone"), /\[INVALID_TIMEZONE\] The timezone: bad\/zone is invalid/);
});

test("epoch conversions, negative epochs", () => {
  assert.equal(f1("date_from_unix_date", INT, -1), days("1969-12-31"));
  assert.equal(f1("unix_date", DATE, days("1969-12-31")), -1);
  const t = sp("1969-12-31 23:59:59.5");
  assert.equal(f1("unix_seconds", TS, t), 10799n);
  assert.equal(f1("unix_millis", TS, t), 10799500n);
  assert.equal(f1("unix_micros", TS, sp("1970-01-01 00:00:00.000001")), 10800000001n);
  assert.equal(f1("unix_seconds", TS, -1n), -1n);
  assert.equal(f1("timestamp_seconds", DecimalType(2, 1), 15n), utc("1970-01-01 00:00:01.5"));
  assert.equal(f1("timestamp_seconds", DoubleType(), 1.5), utc("1970-01-01 00:00:01.5"));
  assert.equal(f1("timestamp_seconds", LongType(), -1n), utc("1969-12-31 23:59:59"));
  assert.equal(f1("timestamp_seconds", DoubleType(), 1e20), 9223372036854775807n); // saturates like Java
  assert.equal(f1("timestamp_millis", LongType(), -1n), utc("1969-12-31 23:59:59.999"));
  assert.equal(f1("timestamp_micros", LongType(), 1n), 1n);
  assert.throws(() => f1("timestamp_millis", LongType(), 9223372036854775807n), /long overflow/);
});

test("extract / date_part", () => {
  const ex = (field: string, t: any, v: unknown, name = "extract") =>
    call(bindFn(name, [lit(STR, field), col(t, "src")]), field, v);
  const t = sp("2020-05-17 10:11:12.345678");
  // date fields of a TIMESTAMP read its local date (the analyzer casts through inputTypes)
  assert.deepEqual(bindFn("extract", [lit(STR, "YEAR"), col(TS)]).inputTypes, [STR, DATE]);
  assert.equal(ex("YEAR", TS, days("2020-05-17")), 2020);
  const sec = bindFn("extract", [lit(STR, "SECOND"), col(TS)]);
  assert.deepEqual(sec.returnType, DecimalType(8, 6));
  assert.equal(call(sec, "SECOND", t), 12_345_678n);
  assert.equal(ex("SECOND", TimestampNTZType(), utc("2020-05-17 10:11:12.5")), 12_500_000n);
  const d = days("2020-05-17");
  assert.equal(ex("dow", DATE, d, "date_part"), 1);
  assert.equal(ex("doy", DATE, d, "date_part"), 138);
  assert.equal(ex("WEEK", DATE, d), 20);
  assert.equal(ex("QUARTER", DATE, d), 2);
  assert.equal(ex("DAYOFWEEK_ISO", DATE, d), 7);
  assert.equal(ex("YEARS", DATE, d), 2020);
  assert.equal(ex("YEAROFWEEK", DATE, days("2021-01-01")), 2020);
  assert.equal(ex("MINUTE", TS, sp("2020-05-17 10:11:12"), "date_part"), 11);
  // a DATE reads as local midnight for time fields
  assert.deepEqual(bindFn("extract", [lit(STR, "HOUR"), col(DATE)]).inputTypes, [STR, TS]);
  assert.equal(ex("DAY", DayTimeIntervalType(), ((3n * 24n + 4n) * 3600n + 5n * 60n + 6n) * 1_000_000n), 3);
  const m = bindFn("extract", [lit(STR, "MONTH"), col(YearMonthIntervalType())]);
  assert.deepEqual(m.returnType, ByteType());
  assert.equal(call(m, "MONTH", 40), 4);
  assert.throws(
    () => bindFn("extract", [lit(STR, "bad"), col(DATE, "DATE '2020-05-17'")]),
    (e: Error) => e.message === `[INVALID_EXTRACT_FIELD] Cannot extract \`bad\` from "DATE '2020-05-17'". SQLSTATE: 42601`,
  );
});

test("current_date / current_timestamp / now / localtimestamp are fixed per bind", () => {
  const ct = bindFn("current_timestamp", []);
  assert.deepEqual(ct.returnType, TS);
  assert.equal(ct.nullable, false);
  const a = ct.kernel();
  assert.equal(ct.kernel(), a);
  const now = Date.now() * 1000;
  assert.ok(Math.abs(Number(a as bigint) - now) < 5_000_000);
  assert.deepEqual(bindFn("now", []).returnType, TS);
  assert.deepEqual(bindFn("localtimestamp", []).returnType, TimestampNTZType());
  assert.deepEqual(bindFn("current_date", []).returnType, DATE);
  assert.equal(bindFn("current_timezone", []).kernel(), "America/Sao_Paulo");
  const cd = bindFn("current_date", []).kernel() as number;
  assert.ok(Math.abs(cd - Math.floor(Date.now() / 86_400_000)) <= 1);
});
