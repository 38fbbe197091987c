// Every datetime function of the registry (src/functions/datetime/) with NULLs, leap days,
// month ends, pre-1970 and far-future values, invalid patterns and inputs (ANSI errors and
// their try_/non-ANSI forms), and session time zones with and without DST.
import { group, sql } from "../case.js";
import type { Fixture } from "../case.js";

/** Dates and timestamps at the edges: leap days, epoch, pre-1970, far future, year ends. */
export const times: Fixture = {
  name: "times",
  schema: "id INT, d DATE, ts TIMESTAMP",
  rows: [
    [1, "2024-02-29", "2024-02-29 23:59:59.999999"],
    [2, "1969-12-31", "1969-12-31 23:59:59.5"],
    [3, "1900-03-01", "1900-01-01 00:00:00"],
    [4, "9999-12-31", "9999-12-31 23:59:59"],
    [5, "0001-01-01", "0001-01-01 00:00:00"],
    [6, "2021-01-03", "2021-01-03 12:30:00"],
    [7, "2020-12-31", "2020-12-31 00:00:00.000001"],
    [8, null, null],
    [9, "2024-03-10", "2024-03-10 10:30:00"],
    [10, "2024-11-03", "2024-11-03 08:30:00"],
  ],
};

const ansiOff = { conf: { "spark.sql.ansi.enabled": "false" } };
const la = { conf: { "spark.sql.session.timeZone": "America/Los_Angeles" } };
const kolkata = { conf: { "spark.sql.session.timeZone": "Asia/Kolkata" } };
const saoPaulo = { conf: { "spark.sql.session.timeZone": "America/Sao_Paulo" } };

export default group("functions-datetime", { fixtures: [times], compareNames: false, compareNullability: false, compareShow: false }, [
  // fields
  sql("date-fields", "SELECT id, year(d), quarter(d), month(d), day(d), dayofmonth(d), dayofweek(d), weekday(d), dayofyear(d), weekofyear(d) FROM times ORDER BY id"),
  sql("timestamp-fields", "SELECT id, year(ts), month(ts), dayofmonth(ts), hour(ts), minute(ts), second(ts), weekofyear(ts), quarter(ts) FROM times ORDER BY id"),
  sql("fields-of-strings", "SELECT year('2024-02-29'), month('2024-02-29 10:00:00'), hour('2024-02-29 10:11:12'), minute('10:11'), second(DATE'2024-01-01'), dayofweek('2024-03-03'), weekofyear('2021-01-03'), hour(NULL)"),
  sql("fields-invalid-string", "SELECT year('2024-13-01')", { error: "CAST_INVALID_INPUT" }),
  sql("extract-fields", "SELECT id, extract(YEAR FROM ts), extract(MONTH FROM d), extract(DAY FROM ts), extract(HOUR FROM ts), extract(MINUTE FROM ts), extract(SECOND FROM ts), extract(DOW FROM d), extract(DOW_ISO FROM d), extract(DOY FROM d), extract(WEEK FROM d), extract(QUARTER FROM d), extract(YEAROFWEEK FROM d) FROM times ORDER BY id"),
  sql("date-part", "SELECT date_part('year', d), date_part('SECONDS', ts), datepart('mon', d), date_part('D', ts), date_part('h', ts), date_part('week', d), typeof(date_part('second', ts)), typeof(extract(SECOND FROM ts)) FROM times WHERE id = 1"),
  sql("extract-interval", "SELECT extract(DAY FROM INTERVAL '5 10:20:30' DAY TO SECOND), extract(HOUR FROM INTERVAL '5 10:20:30' DAY TO SECOND), extract(SECOND FROM INTERVAL '5 10:20:30.25' DAY TO SECOND), extract(MONTH FROM INTERVAL '2-11' YEAR TO MONTH), date_part('year', INTERVAL '2-11' YEAR TO MONTH)"),
  sql("extract-invalid-field", "SELECT extract(FORTNIGHT FROM DATE'2024-01-01')", { error: "INVALID_EXTRACT_FIELD" }),
  sql("date-part-null", "SELECT date_part('year', CAST(NULL AS DATE)), extract(HOUR FROM CAST(NULL AS TIMESTAMP))"),
  // arithmetic
  sql("date-add-sub", "SELECT id, date_add(d, 1), date_sub(d, 1), dateadd(d, -366), date_add(d, NULL) FROM times WHERE id NOT IN (4, 5) ORDER BY id"),
  sql("date-add-wraps", "SELECT CAST(date_add(DATE'2024-01-01', 2147483647) AS STRING), CAST(date_sub(DATE'2024-01-01', 2147483647) AS STRING), CAST(date_add(DATE'9999-12-31', 1) AS STRING)"),
  sql("date-add-string-types", "SELECT date_add('2024-02-28', 1), date_add(DATE'2024-02-28', 1Y), date_sub(TIMESTAMP'2024-03-01 23:00:00', 1), date_add(DATE'2024-01-01', CAST(2 AS SMALLINT))"),
  sql("date-add-non-integer", "SELECT date_add(DATE'2024-01-01', 1.5)", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  sql("datediff", "SELECT id, datediff(d, DATE'1970-01-01'), datediff(DATE'2024-03-01', d), date_diff(ts, d), datediff(ts, TIMESTAMP'2024-02-29 00:00:00') FROM times ORDER BY id"),
  sql("datediff-strings-nulls", "SELECT datediff('2024-03-01', '2024-02-28'), datediff('2024-03-01 23:59:59', '2024-03-01 00:00:00'), datediff(NULL, DATE'2024-01-01'), date_diff(DATE'0001-01-01', DATE'9999-12-31')"),
  sql("add-months", "SELECT id, add_months(d, 1), add_months(d, -1), add_months(d, 12), add_months(d, NULL) FROM times WHERE id NOT IN (4, 5) ORDER BY id"),
  sql("add-months-month-end", "SELECT add_months(DATE'2024-01-31', 1), add_months(DATE'2023-01-31', 1), add_months(DATE'2024-02-29', 12), add_months(DATE'2024-02-29', -12), add_months(DATE'2024-04-30', 1), add_months('2024-01-31', 1), add_months(TIMESTAMP'2024-01-31 10:00:00', 1)"),
  sql("add-months-beyond-9999", "SELECT CAST(add_months(DATE'9999-12-31', 1) AS STRING), CAST(add_months(DATE'0001-01-31', -1) AS STRING)"),
  sql("months-between", "SELECT id, months_between(ts, TIMESTAMP'2024-01-31 00:00:00'), months_between(d, DATE'2000-02-29', false), months_between(DATE'2024-01-01', d) FROM times ORDER BY id"),
  sql("months-between-edges", "SELECT months_between(DATE'2024-03-31', DATE'2024-02-29'), months_between(DATE'2024-03-30', DATE'2024-02-29'), months_between(TIMESTAMP'2024-03-31 10:00:00', TIMESTAMP'2024-02-29 00:00:00'), months_between('1997-02-28 10:30:00', '1996-10-30'), months_between('1997-02-28 10:30:00', '1996-10-30', false), months_between(NULL, DATE'2024-01-01')"),
  sql("timestampdiff-add", "SELECT timestampdiff(HOUR, TIMESTAMP'2024-01-01 00:00:00', TIMESTAMP'2024-01-02 06:00:00'), timestampdiff(MONTH, DATE'2024-01-31', DATE'2024-02-29'), timestampdiff(YEAR, DATE'2020-02-29', DATE'2024-02-28'), timestampdiff(SECOND, TIMESTAMP'2024-01-01 00:00:00', TIMESTAMP'2023-12-31 23:59:58.5'), timestampadd(MINUTE, 90, TIMESTAMP'2024-01-01 00:00:00'), timestampadd(MONTH, 1, DATE'2024-01-31'), timestampadd(DAY, -1, TIMESTAMP'2024-03-01 00:00:00'), timestampdiff(WEEK, DATE'2024-01-01', DATE'2024-03-01'), timestampadd(QUARTER, 1, TIMESTAMP'2024-11-30 00:00:00')"),
  sql("timestampdiff-nulls", "SELECT timestampdiff(DAY, CAST(NULL AS TIMESTAMP), TIMESTAMP'2024-01-01 00:00:00'), timestampadd(HOUR, NULL, TIMESTAMP'2024-01-01 00:00:00'), datediff(DAY, DATE'2024-01-01', DATE'2024-02-01'), date_diff(MONTH, DATE'2024-01-01', DATE'2024-12-31'), dateadd(HOUR, 5, TIMESTAMP'2024-01-01 00:00:00')"),
  // month ends, next day, truncation
  sql("last-day-next-day", "SELECT id, last_day(d), next_day(d, 'MON'), next_day(d, 'sunday'), next_day(d, 'Fr') FROM times WHERE id <> 4 ORDER BY id"),
  sql("last-day-next-day-strings", "SELECT last_day('2024-02-10'), last_day(TIMESTAMP'2023-02-10 10:00:00'), next_day('2024-02-29', 'TU'), next_day(NULL, 'MON'), next_day(DATE'2024-01-01', NULL)"),
  sql("next-day-invalid", "SELECT next_day(DATE'2024-01-01', 'xyz')", { error: "ILLEGAL_DAY_OF_WEEK" }),
  sql("next-day-invalid-ansi-off", "SELECT next_day(DATE'2024-01-01', 'xyz'), CAST(next_day(DATE'9999-12-31', 'MON') AS STRING)", ansiOff),
  sql("trunc-date", "SELECT id, trunc(d, 'YEAR'), trunc(d, 'yy'), trunc(d, 'QUARTER'), trunc(d, 'MONTH'), trunc(d, 'mon'), trunc(d, 'WEEK'), trunc(d, 'DD'), trunc(d, NULL) FROM times ORDER BY id"),
  sql("date-trunc", "SELECT id, date_trunc('YEAR', ts), date_trunc('quarter', ts), date_trunc('MM', ts), date_trunc('week', ts), date_trunc('DAY', ts), date_trunc('hour', ts), date_trunc('MINUTE', ts), date_trunc('second', ts), date_trunc('MILLISECOND', ts), date_trunc('microsecond', ts) FROM times WHERE id <> 5 ORDER BY id"),
  sql("date-trunc-year-one", "SELECT CAST(date_trunc('WEEK', TIMESTAMP'0001-01-01 10:00:00') AS STRING), CAST(trunc(DATE'0001-01-01', 'WEEK') AS STRING), CAST(date_trunc('QUARTER', TIMESTAMP'0001-02-01 00:00:00') AS STRING)"),
  sql("date-trunc-invalid-unit", "SELECT date_trunc('fortnight', TIMESTAMP'2024-01-01 10:00:00'), trunc(DATE'2024-05-05', 'day'), date_trunc(NULL, TIMESTAMP'2024-01-01 00:00:00'), date_trunc('DD', '2024-05-05 10:00:00')"),
  // formatting and parsing
  sql("date-format-patterns", "SELECT id, date_format(ts, 'yyyy-MM-dd HH:mm:ss.SSSSSS'), date_format(ts, 'G yy MMM MMMM dd E EEEE a hh K k'), date_format(d, 'D Q QQQ'), date_format(ts, 'yyyyMMdd') FROM times ORDER BY id"),
  sql("date-format-misc", "SELECT date_format(TIMESTAMP'2024-01-05 13:04:05.120', 'h:m:s.S'), date_format(DATE'2024-01-05', 'dd/MM/yyyy'), date_format('2024-01-05', 'MMM'), date_format(TIMESTAMP'2024-01-05 00:00:00', \"'T'HH'h'\"), date_format(NULL, 'yyyy'), date_format(TIMESTAMP'2024-01-05 00:00:00', NULL)"),
  sql("date-format-zones", "SELECT date_format(TIMESTAMP'2024-07-01 12:00:00', 'yyyy-MM-dd HH:mm XXX'), date_format(TIMESTAMP'2024-07-01 12:00:00', 'VV z'), date_format(TIMESTAMP'2024-07-01 12:00:00', 'Z x')"),
  sql("date-format-zones-la", "SELECT date_format(TIMESTAMP'2024-07-01 12:00:00', 'yyyy-MM-dd HH:mm XXX'), date_format(TIMESTAMP'2024-01-01 12:00:00', 'VV z Z')", la),
  sql("date-format-week-based-pattern", "SELECT date_format(DATE'2024-01-01', 'w')", { error: "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION" }),
  sql("date-format-invalid-pattern", "SELECT date_format(TIMESTAMP'2024-01-01 00:00:00', 'yyyy-MM-dd uuuu')", { error: "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION" }),
  sql("date-format-illegal-letter", "SELECT date_format(TIMESTAMP'2024-01-01 00:00:00', 'yyyy-MM-dd bb')", { error: "INVALID_DATETIME_PATTERN.WITH_SUGGESTION" }),
  sql("to-date-patterns", "SELECT to_date('2024-02-29'), to_date('29/02/2024', 'dd/MM/yyyy'), to_date('20240229', 'yyyyMMdd'), to_date('2024-2-9', 'yyyy-M-d'), to_date('Feb 29 2024', 'MMM dd yyyy'), to_date('2024-02-29 10:00:00'), to_date(TIMESTAMP'2024-02-29 23:00:00'), to_date(NULL), to_date('2024-02-29', NULL)"),
  sql("to-date-invalid-day", "SELECT to_date('2023-02-29', 'yyyy-MM-dd')", { error: "CANNOT_PARSE_TIMESTAMP" }),
  sql("to-date-invalid-ansi-off", "SELECT to_date('2023-02-29', 'yyyy-MM-dd'), to_date('x'), to_date('2024/01/31', 'yyyy-MM-dd'), to_timestamp('2024-01-31 25:00:00')", ansiOff),
  sql("try-to-date", "SELECT try_to_date('2023-02-29', 'yyyy-MM-dd'), try_to_date('2024-02-29'), try_to_date('x'), try_to_date('31.01.2024', 'dd.MM.yyyy'), try_to_date(NULL)"),
  sql("to-timestamp-patterns", "SELECT to_timestamp('2024-02-29 10:11:12'), to_timestamp('2024-02-29T10:11:12.123456Z'), to_timestamp('29/02/2024 10:11', 'dd/MM/yyyy HH:mm'), to_timestamp('2024-02-29 10:11:12.5', 'yyyy-MM-dd HH:mm:ss.S'), to_timestamp('12/31/99 11:59 PM', 'MM/dd/yy hh:mm a'), to_timestamp(DATE'2024-02-29'), to_timestamp(1700000000), to_timestamp(1.5D)"),
  sql("to-timestamp-invalid", "SELECT to_timestamp('2024-02-29 10:11', 'yyyy-MM-dd HH:mm:ss')", { error: "CANNOT_PARSE_TIMESTAMP" }),
  sql("try-to-timestamp", "SELECT try_to_timestamp('2024-02-29 10:11', 'yyyy-MM-dd HH:mm:ss'), try_to_timestamp('2024-02-30'), try_to_timestamp('2024-02-29 10:11:12'), try_to_timestamp(NULL), try_to_timestamp('10:11', 'HH:mm')"),
  sql("to-timestamp-ltz-ntz", "SELECT to_timestamp_ltz('2024-02-29 10:11:12'), to_timestamp_ntz('2024-02-29 10:11:12'), to_timestamp_ntz('2024-02-29 10:11:12+02:00'), to_timestamp_ltz('2024-02-29 10:11:12+02:00'), to_timestamp_ntz('29.02.2024', 'dd.MM.yyyy'), typeof(to_timestamp_ntz('2024-01-01')), to_timestamp_ltz(NULL)"),
  sql("to-timestamp-ltz-ntz-la", "SELECT to_timestamp_ltz('2024-03-10 02:30:00'), to_timestamp_ntz('2024-03-10 02:30:00'), CAST(to_timestamp('2024-11-03 01:30:00') AS STRING), unix_timestamp('2024-03-10 02:30:00')", la),
  sql("unix-timestamp", "SELECT id, unix_timestamp(ts), to_unix_timestamp(ts), unix_timestamp(d), unix_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss')) FROM times ORDER BY id"),
  sql("unix-timestamp-fraction-default-pattern", "SELECT unix_timestamp('2024-02-29 23:59:59.999999')", { error: "CANNOT_PARSE_TIMESTAMP" }),
  sql("unix-timestamp-patterns", "SELECT unix_timestamp('2024-02-29', 'yyyy-MM-dd'), to_unix_timestamp('29/02/2024 01:00', 'dd/MM/yyyy HH:mm'), unix_timestamp(NULL), unix_timestamp('1969-12-31 23:59:59'), typeof(unix_timestamp())"),
  sql("unix-timestamp-invalid", "SELECT unix_timestamp('2024-02-30', 'yyyy-MM-dd')", { error: "CANNOT_PARSE_TIMESTAMP" }),
  sql("unix-timestamp-invalid-ansi-off", "SELECT unix_timestamp('2024-02-30', 'yyyy-MM-dd'), to_unix_timestamp('nope')", ansiOff),
  sql("from-unixtime", "SELECT from_unixtime(0), from_unixtime(-1), from_unixtime(1709251199, 'yyyy-MM-dd'), from_unixtime(253402300799), from_unixtime(-62135596800), from_unixtime(NULL), from_unixtime(1700000000, 'EEE HH:mm'), from_unixtime(1.9D)"),
  sql("from-unixtime-zones", "SELECT from_unixtime(0), from_unixtime(1710063000), from_unixtime(1730622600)", la),
  sql("from-unixtime-kolkata", "SELECT from_unixtime(0), hour(TIMESTAMP'2024-01-01 00:00:00'), CAST(TIMESTAMP'2024-01-01 00:00:00' AS STRING), date_trunc('HOUR', TIMESTAMP'2024-01-01 10:45:00')", kolkata),
  // epoch conversions
  sql("epoch-from", "SELECT timestamp_seconds(0), timestamp_seconds(-1), timestamp_seconds(1.5D), timestamp_seconds(1.000001), timestamp_millis(1700000000123), timestamp_millis(-1), timestamp_micros(1), timestamp_micros(-1), timestamp_seconds(NULL), date_from_unix_date(0), date_from_unix_date(-719162), date_from_unix_date(2932896)"),
  sql("epoch-from-nan", "SELECT timestamp_seconds(CAST('NaN' AS DOUBLE)), timestamp_seconds(CAST('Infinity' AS DOUBLE))"),
  sql("epoch-to", "SELECT id, unix_date(d), unix_seconds(ts), unix_millis(ts), unix_micros(ts) FROM times ORDER BY id"),
  // construction
  sql("make-date-far-years", "SELECT CAST(make_date(-1, 1, 1) AS STRING), CAST(make_date(10000, 2, 29) AS STRING), CAST(make_date(0, 2, 29) AS STRING)"),
  sql("make-date-valid", "SELECT make_date(2024, 2, 29), make_date(1, 1, 1), make_date(9999, 12, 31), make_date(NULL, 1, 1), make_date(2024, NULL, 1), make_date(1969, 12, 31)"),
  sql("make-date-invalid", "SELECT make_date(2023, 2, 29)", { error: "DATETIME_FIELD_OUT_OF_BOUNDS.WITH_SUGGESTION" }),
  sql("make-date-invalid-ansi-off", "SELECT make_date(2023, 2, 29), make_date(2024, 13, 1), make_date(2024, 1, 0)", ansiOff),
  sql("make-timestamp", "SELECT make_timestamp(2024, 2, 29, 23, 59, 59.999999), make_timestamp(2019, 6, 30, 23, 59, 60), make_timestamp(2024, 1, 1, 0, 0, 0, 'Asia/Tokyo'), make_timestamp(1969, 12, 31, 23, 59, 59.5), make_timestamp(NULL, 1, 1, 0, 0, 0), make_timestamp(2024, 1, 1, 0, 0, NULL)"),
  sql("make-timestamp-invalid", "SELECT make_timestamp(2024, 1, 1, 24, 0, 0)", { error: "DATETIME_FIELD_OUT_OF_BOUNDS.WITH_SUGGESTION" }),
  sql("make-timestamp-seconds-invalid", "SELECT make_timestamp(2024, 1, 1, 0, 0, 60.5)", { error: "INVALID_FRACTION_OF_SECOND" }),
  sql("make-timestamp-invalid-ansi-off", "SELECT make_timestamp(2024, 1, 1, 24, 0, 0), make_timestamp(2024, 2, 30, 0, 0, 0), make_timestamp(2024, 1, 1, 0, 0, 60.5)", ansiOff),
  sql("try-make-timestamp", "SELECT try_make_timestamp(2024, 13, 1, 0, 0, 0), try_make_timestamp(2024, 1, 31, 10, 15, 30.5), try_make_timestamp(2024, 2, 30, 0, 0, 0), try_make_timestamp(2024, 1, 1, 0, 0, 0, 'Asia/Tokyo')"),
  sql("make-timestamp-ltz-ntz", "SELECT make_timestamp_ltz(2024, 2, 29, 10, 0, 0), make_timestamp_ltz(2024, 2, 29, 10, 0, 0, 'America/Sao_Paulo'), make_timestamp_ntz(2024, 2, 29, 10, 0, 0.000001), typeof(make_timestamp_ntz(2024, 1, 1, 0, 0, 0)), make_timestamp_ntz(NULL, 1, 1, 0, 0, 0)"),
  sql("make-timestamp-la-dst-gap", "SELECT make_timestamp(2024, 3, 10, 2, 30, 0), make_timestamp(2024, 11, 3, 1, 30, 0), make_timestamp_ntz(2024, 3, 10, 2, 30, 0)", la),
  // time zones
  sql("from-to-utc", "SELECT id, from_utc_timestamp(ts, 'America/Los_Angeles'), to_utc_timestamp(ts, 'America/Los_Angeles'), from_utc_timestamp(ts, 'Asia/Kolkata'), to_utc_timestamp(ts, '+05:30') FROM times WHERE id NOT IN (4, 5) ORDER BY id"),
  sql("from-to-utc-dst-edges", "SELECT from_utc_timestamp(TIMESTAMP'2024-03-10 10:00:00', 'America/Los_Angeles'), from_utc_timestamp(TIMESTAMP'2024-03-10 09:59:59', 'America/Los_Angeles'), to_utc_timestamp(TIMESTAMP'2024-03-10 02:30:00', 'America/Los_Angeles'), to_utc_timestamp(TIMESTAMP'2024-11-03 01:30:00', 'America/Los_Angeles'), from_utc_timestamp(NULL, 'UTC'), from_utc_timestamp(TIMESTAMP'2024-01-01 00:00:00', NULL), to_utc_timestamp('2024-01-01 00:00:00', 'GMT+1')"),
  sql("from-utc-invalid-zone", "SELECT from_utc_timestamp(TIMESTAMP'2024-01-01 00:00:00', 'Mars/Olympus')", { error: "INVALID_TIMEZONE" }),
  sql("session-zone-la-fields", "SELECT id, hour(ts), CAST(ts AS STRING), CAST(ts AS DATE), date_trunc('DAY', ts), date_format(ts, 'yyyy-MM-dd HH:mm:ss XXX') FROM times WHERE id NOT IN (4, 5) ORDER BY id", la),
  sql("session-zone-la-literals", "SELECT TIMESTAMP'2024-03-10 02:30:00', TIMESTAMP'2024-11-03 01:30:00', unix_timestamp(TIMESTAMP'2024-03-10 03:00:00'), CAST(DATE'2024-03-10' AS TIMESTAMP), to_date(TIMESTAMP'2024-03-10 23:30:00')", la),
  sql("session-zone-sao-paulo", "SELECT id, CAST(ts AS STRING), hour(ts), from_unixtime(unix_timestamp(ts)), trunc(CAST(ts AS DATE), 'MM') FROM times WHERE id IN (2, 3, 6) ORDER BY id", saoPaulo),
  sql("session-zone-offset", "SELECT CAST(TIMESTAMP'2024-01-01 00:00:00' AS STRING), hour(TIMESTAMP'2024-01-01 00:00:00+00:00'), current_timezone()", { conf: { "spark.sql.session.timeZone": "+03:00" } }),
  // current values are non-deterministic: compare their types and invariants
  sql("current-functions", "SELECT typeof(current_date()), typeof(curdate()), typeof(current_timestamp()), typeof(now()), typeof(localtimestamp()), current_date() = curdate(), now() = current_timestamp(), current_timezone(), current_timestamp() > TIMESTAMP'2024-01-01 00:00:00', current_date() >= DATE'2024-01-01'"),
  sql("current-timezone-conf", "SELECT current_timezone(), typeof(localtimestamp())", la),
  sql("date-functions-bad-type", "SELECT year(1)", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  sql("pre-gregorian-dates", "SELECT DATE'1582-10-10', date_add(DATE'1582-10-04', 1), dayofweek(DATE'1582-10-15'), datediff(DATE'1582-10-15', DATE'1582-10-04'), CAST(DATE'1000-02-28' + 1 AS STRING), unix_date(DATE'1000-01-01')"),
  sql("date-literal-not-leap", "SELECT DATE'1000-02-29'", { error: "INVALID_TYPED_LITERAL" }),
  sql("far-future-timestamps-valid", "SELECT TIMESTAMP'9999-12-31 23:59:59.999999', unix_micros(TIMESTAMP'9999-12-31 23:59:59.999999'), CAST(TIMESTAMP'0001-01-01 00:00:00' AS STRING), unix_seconds(TIMESTAMP'0001-01-01 00:00:00')"),
]);
