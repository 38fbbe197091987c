// Golden SQL tests: every `-- query` case of test/sql-golden/*.sql runs through spark.sql and its
// show() text (or error class) must equal the expected output recorded from PySpark 4.1.1
// (generate_expected.py). A case marked `-- known-failure: <reason>` must still differ — when it
// starts passing, this test fails so the mark gets removed.
//
// GOLDEN_REPORT=<file> writes every case's outcome as JSON instead of asserting (to triage).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SparkSession } from "../../src/index.js";
import { parseGoldenFile, type GoldenCase } from "./golden-format.js";

const here = new URL(".", import.meta.url).pathname;
const warehouse = mkdtempSync(join(tmpdir(), "faisca-golden-wh-"));
const report = process.env["GOLDEN_REPORT"];
const outcomes: { file: string; sql: string; knownFailure?: string; expected: string; actual: string; pass: boolean }[] = [];

function setupStatements(): string[] {
  const text = readFileSync(join(here, "setup.sql"), "utf8");
  const body = text.split("\n").filter((l) => !l.startsWith("--")).join("\n");
  return body.split(";").map((s) => s.trim()).filter(Boolean);
}

function errorClassOf(e: unknown): string {
  const err = e as { errorClass?: string; cause?: { errorClass?: string } };
  return err.errorClass ?? err.cause?.errorClass ?? `UNKNOWN (${String((e as Error)?.message ?? e).split("\n")[0]})`;
}

async function runCase(spark: SparkSession, c: GoldenCase): Promise<string> {
  try {
    const text = await spark.sql(c.sql).showString(20, 20);
    return text.replace(/\n$/, "");
  } catch (e) {
    return `-- error ${errorClassOf(e)}`;
  }
}

function matches(c: GoldenCase, actual: string): boolean {
  if (c.expected.startsWith("-- error ")) {
    const cls = c.expected.slice("-- error ".length);
    return cls === "UNKNOWN" ? actual.startsWith("-- error ") : actual === c.expected;
  }
  return actual === c.expected;
}

const files = readdirSync(here).filter((f) => f.endsWith(".sql") && f !== "setup.sql").sort();

for (const file of files) {
  const cases = parseGoldenFile(readFileSync(join(here, file), "utf8"));
  let spark: SparkSession;
  test(`${file}: setup`, async () => {
    spark = SparkSession.builder.master("local[1]").config("spark.sql.session.timeZone", "UTC").config("spark.sql.warehouse.dir", warehouse).create();
    for (const stmt of setupStatements()) await spark.sql(stmt).collect();
  });
  cases.forEach((c, i) => {
    const title = `${file} #${i + 1}: ${c.sql.replace(/\s+/g, " ").slice(0, 90)}`;
    test(title, { timeout: 60_000 }, async () => {
      const actual = await runCase(spark, c);
      const pass = matches(c, actual);
      if (report) {
        outcomes.push({ file, sql: c.sql, ...(c.knownFailure !== undefined ? { knownFailure: c.knownFailure } : {}), expected: c.expected, actual, pass });
        return;
      }
      if (c.knownFailure !== undefined) {
        assert.ok(!pass, `known failure now passes — remove the mark "-- known-failure: ${c.knownFailure}"`);
      } else if (c.expected === "-- error UNKNOWN") {
        assert.ok(pass, `expected an error, got:\n${actual}`);
      } else {
        assert.equal(actual, c.expected);
      }
    });
  });
  test(`${file}: teardown`, async () => {
    await spark.stop();
  });
}

test("golden files hold enough cases", () => {
  const total = files.reduce((n, f) => n + parseGoldenFile(readFileSync(join(here, f), "utf8")).length, 0);
  assert.ok(total >= 150, `only ${total} golden cases`);
});

if (report) {
  test("write report", () => {
    writeFileSync(report, JSON.stringify(outcomes, null, 1));
  });
}
