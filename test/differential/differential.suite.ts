// Differential tests: every case runs on our engine and on real PySpark (the oracle), one
// node:test test per case. Run with `npm run test:differential` (not part of `npm test`: it
// needs Java and the pinned PySpark — see docs/differential-testing.md).
//
//   FAISCA_DIFF_FILTER=joins/ npm run test:differential     only cases whose id contains it
//   FAISCA_ORACLE_REFRESH=1 npm run test:differential       ask Spark again (ignore the cache)

import { after, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { ALL_CASES } from "./cases/index.js";
import type { DiffCase } from "./case.js";
import { compareOutcomes, formatDifferences } from "./compare.js";
import { cacheRoot, oracleAnswers, showsOf, ORACLE_VERSION } from "./oracle.js";
import { newSession, OurFixtures, runOurs } from "./run-ours.js";

const filter = process.env.FAISCA_DIFF_FILTER;
const cases: DiffCase[] = filter ? ALL_CASES.filter((c) => c.id.includes(filter)) : ALL_CASES;

const ids = new Set<string>();
for (const c of cases) {
  if (ids.has(c.id)) throw new Error(`duplicate differential case id ${c.id}`);
  ids.add(c.id);
}

const started = Date.now();
const oracle = await oracleAnswers(cases);
const spark = newSession();
const fixtures = new OurFixtures(spark);

type Status = "pass" | "fail" | "expected-fail" | "now-passes" | "broken-case";
const outcomes: { id: string; status: Status; detail: string }[] = [];

for (const c of cases) {
  test(c.id, { timeout: 60_000 }, async () => {
    const record = (status: Status, detail = "") => outcomes.push({ id: c.id, status, detail });
    const answer = oracle.answers.get(c.id);
    if (!answer) {
      record("broken-case", "no oracle answer");
      assert.fail(`no answer from Spark for ${c.id}: ${oracle.problem ?? "unknown reason"}`);
    }
    // The case itself must say what Spark does: an error only where it declares one.
    if (c.error !== undefined && (answer.ok || answer.error.class !== c.error)) {
      record("broken-case", "declared error differs from Spark");
      assert.fail(`${c.id} declares error ${c.error} but Spark ${answer.ok ? "succeeded" : `raised ${answer.error.class}: ${answer.error.message.split("\n")[0]}`}`);
    }
    if (c.error === undefined && !answer.ok) {
      record("broken-case", `Spark raised ${answer.error.class}`);
      assert.fail(`${c.id}: Spark raised ${answer.error.class}: ${answer.error.message.split("\n")[0]} — fix the case or declare error: "${answer.error.class}"`);
    }
    const ours = await runOurs(spark, fixtures, c, showsOf(c));
    const diffs = compareOutcomes(c, answer, ours);
    const text = diffs.length ? formatDifferences(c, diffs) : "";
    if (c.expectedToFail !== undefined) {
      if (diffs.length === 0) {
        record("now-passes", c.expectedToFail);
        assert.fail(`${c.id} now matches Spark: remove its expectedToFail mark ("${c.expectedToFail}")`);
      }
      record("expected-fail", `${c.expectedToFail}\n${text}`);
      return;
    }
    if (diffs.length > 0) {
      record("fail", text);
      assert.fail(text);
    }
    record("pass");
  });
}

after(async () => {
  await spark.stop();
  const count = (s: Status) => outcomes.filter((o) => o.status === s).length;
  const summary =
    `differential (PySpark ${ORACLE_VERSION}): ${outcomes.length} cases, ${count("pass")} identical, ` +
    `${count("expected-fail")} known differences, ${count("fail")} unexpected differences, ` +
    `${count("now-passes")} now passing (remove mark), ${count("broken-case")} broken cases; ` +
    `oracle ${oracle.cached} cached + ${oracle.ran} run (${(oracle.sparkMs / 1000).toFixed(1)} s in Spark); ` +
    `total ${((Date.now() - started) / 1000).toFixed(1)} s`;
  const report = process.env.FAISCA_DIFF_REPORT ?? join(cacheRoot(), "differential-report.md");
  mkdirSync(dirname(report), { recursive: true });
  const sections = (["fail", "now-passes", "broken-case", "expected-fail"] as const).map((s) => {
    const items = outcomes.filter((o) => o.status === s).sort((a, b) => a.id.localeCompare(b.id));
    return `## ${s} (${items.length})\n\n` + items.map((o) => `### ${o.id}\n\n\`\`\`\n${o.detail}\n\`\`\`\n`).join("\n");
  });
  writeFileSync(report, `# Differential test report\n\n${summary}\n\n${sections.join("\n")}`);
  console.log(`${summary}\nreport: ${report}`);
});
