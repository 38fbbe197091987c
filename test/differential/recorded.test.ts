// The differential cases against the recorded answers of PySpark (answers/<group>.json), without
// Spark: part of `npm test`. `npm run test:differential` checks those answers against live Spark.
// A case with no current recorded answer fails here too, with the command that records it
// (`npm run test:differential -- --record`).

import { join } from "node:path";
import { tmpdir } from "node:os";
import { ALL_CASES } from "./cases/index.js";
import { assertUniqueIds, registerCaseTests } from "./case-tests.js";
import { judge } from "./judge.js";
import { ORACLE_VERSION, showsOf } from "./oracle.js";
import { currentAnswer, loadRecorded, RECORD_HINT } from "./recorded.js";
import { newSession, OurFixtures, runOurs } from "./run-ours.js";

assertUniqueIds(ALL_CASES);
const recorded = loadRecorded();
const spark = newSession();
const fixtures = new OurFixtures(spark);
const started = Date.now();

registerCaseTests(ALL_CASES, {
  title: `differential, recorded answers of PySpark ${ORACLE_VERSION}`,
  reportPath: process.env.FAISCA_DIFF_REPORT ?? join(tmpdir(), "faisca-differential-recorded-report.md"),
  printDifferences: false,
  async verdictFor(c) {
    const answer = currentAnswer(c, recorded);
    if (!answer) return { id: c.id, status: "broken-case", detail: `no current recorded answer; ${RECORD_HINT}` };
    return judge(c, answer, await runOurs(spark, fixtures, c, showsOf(c)), c.expectedToFail);
  },
  extra: () => `${((Date.now() - started) / 1000).toFixed(1)} s`,
  cleanup: () => spark.stop(),
});
