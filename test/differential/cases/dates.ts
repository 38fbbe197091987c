// Date and timestamp functions (session time zone UTC on both sides).
import { group, sql } from "../case.js";
import { events } from "../fixtures.js";

export default group("dates", { fixtures: [events], compareNames: false, compareNullability: false }, [
  sql("parts", "SELECT id, year(d), month(d), day(d), dayofweek(d), dayofyear(d), weekofyear(d), quarter(d) FROM events ORDER BY id"),
  sql("time-parts", "SELECT id, hour(ts), minute(ts), second(ts) FROM events ORDER BY id"),
  sql("date-add-sub", "SELECT id, date_add(d, 1), date_sub(d, 1), d + 30, add_months(d, 1), add_months(d, -12) FROM events ORDER BY id"),
  sql("datediff-months-between", "SELECT id, datediff(d, DATE'2000-01-01'), months_between(d, DATE'2024-01-01') FROM events ORDER BY id"),
  sql("date-format", "SELECT id, date_format(ts, 'yyyy-MM-dd HH:mm:ss.SSS'), date_format(d, 'EEE, d MMM yyyy'), date_format(ts, 'yy/M/d h:mm a') FROM events ORDER BY id"),
  sql("to-date-formats", "SELECT to_date('31/01/2024', 'dd/MM/yyyy'), to_date('2024-01-31'), to_timestamp('2024-01-31 10:00', 'yyyy-MM-dd HH:mm')"),
  sql("to-date-invalid", "SELECT to_date('2024-13-45')", { error: "CAST_INVALID_INPUT" }),
  sql("to-date-pattern-mismatch", "SELECT to_date('2024/01/31', 'yyyy-MM-dd')", { error: "CANNOT_PARSE_TIMESTAMP" }),
  sql("try-to-date", "SELECT id, try_to_timestamp(txt), to_date(try_to_timestamp(txt, 'yyyy-MM-dd')) FROM events ORDER BY id"),
  sql("trunc", "SELECT id, trunc(d, 'MM'), trunc(d, 'YEAR'), date_trunc('HOUR', ts), date_trunc('MONTH', ts) FROM events ORDER BY id"),
  sql("last-day-next-day", "SELECT id, last_day(d), next_day(d, 'MON') FROM events ORDER BY id"),
  sql("unix-time", "SELECT id, unix_timestamp(ts), unix_date(d), from_unixtime(unix_timestamp(ts)), to_unix_timestamp(ts) FROM events ORDER BY id"),
  sql("make-date-timestamp", "SELECT make_date(2024, 2, 29), make_timestamp(2024, 1, 31, 10, 15, 30.5), make_date(2023, 2, 29)", { error: "DATETIME_FIELD_OUT_OF_BOUNDS.WITH_SUGGESTION" }),
  sql("make-date-valid", "SELECT make_date(2024, 2, 29), make_timestamp(2024, 1, 31, 10, 15, 30.5), try_make_timestamp(2024, 13, 1, 0, 0, 0)"),
  sql("date-literals", "SELECT DATE'2024-02-29', TIMESTAMP'2024-02-29 12:00:00.5', DATE'0001-01-01', TIMESTAMP_NTZ'2024-01-01 00:00:00'"),
  sql("timestamp-arith", "SELECT id, ts + INTERVAL 1 DAY, ts - INTERVAL '1:30' HOUR TO MINUTE, d + INTERVAL 2 MONTH FROM events ORDER BY id"),
  sql("timestamp-diff", "SELECT timestampdiff(HOUR, TIMESTAMP'2024-01-01 00:00:00', TIMESTAMP'2024-01-02 06:00:00'), timestampadd(MINUTE, 90, TIMESTAMP'2024-01-01 00:00:00')"),
  sql("from-utc-to-utc", "SELECT from_utc_timestamp(TIMESTAMP'2024-07-01 12:00:00', 'America/Sao_Paulo'), to_utc_timestamp(TIMESTAMP'2024-01-01 12:00:00', 'Asia/Tokyo')"),
  sql("date-comparisons", "SELECT id FROM events WHERE d > DATE'2000-01-01' AND ts < TIMESTAMP'2024-02-29 00:00:00' ORDER BY id"),
  sql("date-string-comparison", "SELECT id FROM events WHERE d >= '2024-01-01' ORDER BY id"),
  sql("extract", "SELECT id, extract(YEAR FROM ts), extract(DOW FROM d), date_part('doy', d) FROM events ORDER BY id"),
  sql("group-by-month", "SELECT date_trunc('YEAR', ts) AS y, count(*) FROM events GROUP BY 1 ORDER BY 1 NULLS FIRST"),
  sql("session-time-zone", "SELECT CAST(TIMESTAMP'2024-01-31 10:00:00' AS STRING), hour(TIMESTAMP'2024-01-31 10:00:00')", { conf: { "spark.sql.session.timeZone": "America/Sao_Paulo" } }),
]);
