// Differential tests against live PySpark (the oracle): every case runs on our engine and on
// real Spark, one node:test test per case; then the recorded answers (answers/<group>.json,
// what `npm test` compares against without Spark) are checked to be current.
// Run with `npm run test:differential` (needs Java and the pinned PySpark — see
// docs/differential-testing.md).
//
//   npm run test:differential -- --filter joins/     only cases whose id contains it
//   npm run test:differential -- --record            rewrite the recorded answers from Spark
//   FAISCA_ORACLE_REFRESH=1 npm run test:differential   ask Spark again (ignore the cache)

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ALL_CASES } from "./cases/index.js";
import type { DiffCase } from "./case.js";
import { assertUniqueIds, registerCaseTests, selectCases } from "./case-tests.js";
import { judge } from "./judge.js";
import { cacheRoot, oracleAnswers, showsOf, ORACLE_VERSION, type Outcome } from "./oracle.js";
import { isStale, loadRecorded, RECORD_HINT, recordedForm, requestHash, staleness, stalenessText, writeRecorded, type Recorded } from "./recorded.js";
import { newSession, OurFixtures, runOurs } from "./run-ours.js";

const filter = process.env.FAISCA_DIFF_FILTER;
const record = process.env.FAISCA_DIFF_RECORD === "1";
const cases: DiffCase[] = selectCases(ALL_CASES, filter);
assertUniqueIds(ALL_CASES);

const started = Date.now();
const oracle = await oracleAnswers(cases);
const live = new Map<string, Outcome>([...oracle.answers]);

if (record) {
  const updates = new Map<string, Recorded>();
  for (const c of cases) {
    const a = live.get(c.id);
    if (a) updates.set(c.id, recordedForm(requestHash(c), a));
  }
  const current = new Set(ALL_CASES.map((c) => c.id));
  const orphans = filter ? new Set<string>() : new Set([...loadRecorded().keys()].filter((id) => !current.has(id)));
  const files = writeRecorded(updates, orphans);
  console.log(`recorded ${updates.size} answers (${orphans.size} orphaned removed) into ${files.length} files under test/differential/answers/`);
}

test("recorded answers are current (answers/<group>.json)", () => {
  if (oracle.problem) assert.fail(`cannot check the recorded answers without Spark's: ${oracle.problem}`);
  const s = staleness(cases, live, loadRecorded(), !filter);
  if (isStale(s)) assert.fail(`recorded answers out of date:\n${stalenessText(s)}\n${RECORD_HINT}`);
});

const spark = newSession();
const fixtures = new OurFixtures(spark);

registerCaseTests(cases, {
  title: `differential (PySpark ${ORACLE_VERSION})`,
  reportPath: process.env.FAISCA_DIFF_REPORT ?? join(cacheRoot(), "differential-report.md"),
  printDifferences: true,
  async verdictFor(c) {
    const answer = live.get(c.id);
    if (!answer) {
      const failure = `no answer from Spark for ${c.id}: ${oracle.problem ?? "unknown reason"}`;
      return { id: c.id, status: "broken-case", detail: failure, failure };
    }
    return judge(c, answer, await runOurs(spark, fixtures, c, showsOf(c)), c.expectedToFail);
  },
  extra: () =>
    `oracle ${oracle.cached} cached + ${oracle.ran} run (${(oracle.sparkMs / 1000).toFixed(1)} s in Spark); ` +
    `total ${((Date.now() - started) / 1000).toFixed(1)} s`,
  cleanup: () => spark.stop(),
});
