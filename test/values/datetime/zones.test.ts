import { test } from "node:test";
import assert from "node:assert/strict";
import { formatTimestamp, formatTimestampNTZ } from "../../../src/values/datetime/format-date.js";
import { localToUtcMicros, utcToLocalMicros } from "../../../src/values/datetime/zone-conversion.js";
import { parseTimestamp } from "../../../src/values/datetime/parse-datetime-string.js";
import { getZoneRules } from "../../../src/values/datetime/zone-rules.js";
import { tryParseZoneId, parseZoneId } from "../../../src/values/datetime/zone-id.js";

const S = 1_000_000n;

test("DST gaps move forward and overlaps take the earlier instant (Spark 4.1 values)", () => {
  // America/Sao_Paulo: 2018-11-04 00:00 → 01:00 (gap), 2018-02-18 00:00 → 2018-02-17 23:00 (overlap).
  assert.equal(parseTimestamp("2018-11-04 00:30:00", "America/Sao_Paulo"), 1541302200n * S);
  assert.equal(formatTimestamp(1541302200n * S, "America/Sao_Paulo"), "2018-11-04 01:30:00");
  assert.equal(parseTimestamp("2018-02-17 23:30:00", "America/Sao_Paulo"), 1518917400n * S);
  assert.equal(parseTimestamp("2018-02-17 23:00:00", "America/Sao_Paulo"), 1518915600n * S);
  // Europe/Berlin 2024: gap 02:00 → 03:00 on 03-31, overlap 03:00 → 02:00 on 10-27.
  assert.equal(parseTimestamp("2024-03-31 02:30:00", "Europe/Berlin"), 1711848600n * S);
  assert.equal(formatTimestamp(1711848600n * S, "Europe/Berlin"), "2024-03-31 03:30:00");
  assert.equal(parseTimestamp("2024-10-27 02:30:00", "Europe/Berlin"), 1729989000n * S);
  // Both instants of the overlap print as the same wall time.
  assert.equal(formatTimestamp(1729989000n * S, "Europe/Berlin"), "2024-10-27 02:30:00");
  assert.equal(formatTimestamp(1729992600n * S, "Europe/Berlin"), "2024-10-27 02:30:00");
});

test("utcToLocalMicros / localToUtcMicros round-trip outside transitions and use LMT for old dates", () => {
  for (const tz of ["UTC", "Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata", "+05:30", "America/New_York"]) {
    for (const m of [0n, 1706704496123456n, -2208988800000000n, -62135596800000000n, 4102444800000001n]) {
      assert.equal(localToUtcMicros(utcToLocalMicros(m, tz), tz), m, `${m} ${tz}`);
    }
  }
  // Spark prints LMT offsets before standard time (Berlin +00:53:28, Sao Paulo -03:06:28).
  assert.equal(formatTimestamp(-62135596800000000n, "Europe/Berlin"), "0001-01-01 00:53:28");
  assert.equal(formatTimestamp(-62135596800000000n, "America/Sao_Paulo"), "0000-12-31 20:53:32");
  assert.equal(formatTimestamp(-3000000000000000n, "Europe/Berlin"), "1874-12-07 19:33:28");
});

test("formatTimestamp prints microseconds without trailing zeros and the full int64 range", () => {
  assert.equal(formatTimestamp(1706704496123456n, "UTC"), "2024-01-31 12:34:56.123456");
  assert.equal(formatTimestamp(1706704496120000n, "UTC"), "2024-01-31 12:34:56.12");
  assert.equal(formatTimestamp(1706704496100000n, "UTC"), "2024-01-31 12:34:56.1");
  assert.equal(formatTimestamp(1706704496000000n, "UTC"), "2024-01-31 12:34:56");
  assert.equal(formatTimestamp(-1n, "UTC"), "1969-12-31 23:59:59.999999");
  assert.equal(formatTimestamp(-9223372036854775808n, "UTC"), "-290308-12-21 19:59:05.224192");
  assert.equal(formatTimestamp(9223372036854775807n, "UTC"), "+294247-01-10 04:00:54.775807");
  assert.equal(formatTimestamp(253402300800000000n, "UTC"), "+10000-01-01 00:00:00");
  assert.equal(formatTimestampNTZ(-62167219200000001n), "-0001-12-31 23:59:59.999999");
  // Far-future instants keep the zone's DST rules (400-year cycles beyond JS Date's range).
  assert.equal(formatTimestamp(9223372036854775807n, "Europe/Berlin"), "+294247-01-10 05:00:54.775807");
});

test("zone IDs are accepted as Spark accepts them", () => {
  // Offsets Spark 4.1 applied for each session zone at 2023-11-14T22:13:20Z.
  const offsets: [string, number][] = [
    ["+05:30", 19800], ["UTC+05:30", 19800], ["GMT+5", 18000], ["-08:00", -28800], ["Z", 0], ["UT", 0],
    ["+5", 18000], ["+05", 18000], ["EST", -18000], ["PST", -28800], ["CET", 3600], ["GMT+05:30:15", 19815],
    ["UTC-1", -3600], ["America/New_York", -18000], ["Etc/GMT+5", -18000], ["Asia/Kolkata", 19800],
    ["+0530", 19800], ["+05:30:15", 19815], ["+5:30", 19800],
  ];
  for (const [tz, off] of offsets) assert.equal(getZoneRules(tz).offsetAtUtc(1700000000), off, tz);
  for (const bad of ["XYZ", "utc", "+19:00", "+05:3015", "America/Nowhere", "", "GMT+"]) {
    assert.equal(tryParseZoneId(bad), undefined, bad);
  }
  assert.throws(() => parseZoneId("XYZ"), (e: Error) => e.message.startsWith("[INVALID_TIMEZONE] The timezone: XYZ is invalid."));
  assert.equal(getZoneRules("PST").id, "America/Los_Angeles");
  assert.equal(getZoneRules("+5:30").id, "+05:30");
});
