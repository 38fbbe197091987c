// timestampadd / timestampdiff and their dateadd / datediff unit forms through SQL (session time
// zone UTC). Expected values are PySpark 4.1's (functions-datetime/timestampdiff-* cases).
import { test } from "node:test";
import assert from "node:assert/strict";
import { SparkSession } from "../../../src/index.js";

const spark = SparkSession.builder.getOrCreate();
const row = async (sql: string): Promise<unknown[]> => {
  const rows = await (await spark.sql(sql)).collect();
  return Object.values((rows[0] as { toJSON(): Record<string, unknown> }).toJSON());
};

test("timestampdiff counts whole units between local date-times, truncated toward zero", async () => {
  const r = await row(
    "SELECT timestampdiff(HOUR, TIMESTAMP'2024-01-01 00:00:00', TIMESTAMP'2024-01-02 06:00:00'), " +
      "timestampdiff(MONTH, DATE'2024-01-31', DATE'2024-02-29'), timestampdiff(YEAR, DATE'2020-02-29', DATE'2024-02-28'), " +
      "timestampdiff(SECOND, TIMESTAMP'2024-01-01 00:00:00', TIMESTAMP'2023-12-31 23:59:58.5'), timestampdiff(WEEK, DATE'2024-01-01', DATE'2024-03-01'), " +
      "datediff(DAY, DATE'2024-01-01', DATE'2024-02-01'), date_diff(MONTH, DATE'2024-01-01', DATE'2024-12-31')",
  );
  assert.deepEqual(r, [30n, 0n, 3n, -1n, 8n, 31n, 11n]);
});

test("timestampadd moves instants for time units and local dates for calendar units", async () => {
  const r = await row(
    "SELECT CAST(timestampadd(MINUTE, 90, TIMESTAMP'2024-01-01 00:00:00') AS STRING), CAST(timestampadd(MONTH, 1, DATE'2024-01-31') AS STRING), " +
      "CAST(timestampadd(QUARTER, 1, TIMESTAMP'2024-11-30 00:00:00') AS STRING), CAST(dateadd(HOUR, 5, TIMESTAMP'2024-01-01 00:00:00') AS STRING), " +
      "timestampadd(HOUR, NULL, TIMESTAMP'2024-01-01 00:00:00')",
  );
  assert.deepEqual(r, ["2024-01-01 01:30:00", "2024-02-29 00:00:00", "2025-02-28 00:00:00", "2024-01-01 05:00:00", null]);
});

test("two-argument datediff keeps its day count", async () => {
  assert.deepEqual(await row("SELECT datediff(DATE'2024-03-01', DATE'2024-02-28')"), [2]);
});
