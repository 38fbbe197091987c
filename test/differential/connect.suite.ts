// The Spark Connect path: every case's `sql` text or `ts` program runs through our own Spark
// Connect client (SparkSession.builder.remote) against a live Spark Connect server started from
// the pinned PySpark, and is compared with the classic oracle's recorded answer. The server
// computes everything, so this checks our client: plan translation, result decoding, schemas,
// show() text and error mapping.
// Run with `npm run test:differential:connect`.
//
// A case that cannot run remotely declares `skipRemote: "reason"` (listed, never silent); a
// difference seen only on this path is marked `expectedToFailRemote: "reason"` and asserted to
// still differ.

import { join } from "node:path";
import { SparkSession } from "../../src/index.js";
import { ALL_CASES } from "./cases/index.js";
import type { DiffCase } from "./case.js";
import { assertUniqueIds, registerCaseTests, selectCases } from "./case-tests.js";
import { judge, type Verdict } from "./judge.js";
import { cacheRoot, showsOf, ORACLE_VERSION, type Outcome } from "./oracle.js";
import { currentAnswer, loadRecorded, RECORD_HINT } from "./recorded.js";
import { OurFixtures, runOurs } from "./run-ours.js";
import { startConnectServer } from "../connect/server-harness.js";

const filter = process.env.FAISCA_DIFF_FILTER;
const cases: DiffCase[] = selectCases(ALL_CASES, filter);
assertUniqueIds(ALL_CASES);
const started = Date.now();

// Spark's answers: the recorded ones (the live suite, `npm run test:differential`, keeps them
// current and fails when one is missing). A case without a current recorded answer is skipped
// here with that reason, so this path never starts a second, classic Spark.
const recorded = loadRecorded();
const answers = new Map<string, Outcome>();
for (const c of cases) {
  const r = currentAnswer(c, recorded);
  if (r) answers.set(c.id, r);
}

const server = await startConnectServer();
const serverReady = Date.now();

// Several sessions on the one server ("lanes", each with its own temp views and confs) run the
// cases ahead of the tests, which then only await their verdicts: most of a case's time is
// round trips and job scheduling, so lanes overlap well even on a small machine.
const LANES = Math.max(1, Number(process.env.FAISCA_CONNECT_LANES ?? 3));
const sessions = Array.from({ length: LANES }, () =>
  SparkSession.builder.remote(server.url).config({ "spark.sql.session.timeZone": "UTC", "spark.sql.shuffle.partitions": "4" }).getOrCreate(),
);

async function verdictOf(c: DiffCase, spark: SparkSession, fixtures: OurFixtures): Promise<Verdict> {
  if (c.skipRemote !== undefined) return { id: c.id, status: "skipped", detail: `cannot run through Spark Connect: ${c.skipRemote}` };
  const answer = answers.get(c.id);
  if (!answer) return { id: c.id, status: "broken-case", detail: `no current recorded answer; ${RECORD_HINT}` };
  const ours = await runOurs(spark, fixtures, c, showsOf(c));
  return judge(c, answer, ours, c.expectedToFailRemote, "expectedToFailRemote");
}

const pending = new Map<string, { promise: Promise<Verdict>; resolve: (v: Verdict) => void }>();
for (const c of cases) {
  let resolve!: (v: Verdict) => void;
  const promise = new Promise<Verdict>((r) => (resolve = r));
  pending.set(c.id, { promise, resolve });
}
let next = 0;
const lanes = sessions.map(async (spark) => {
  const fixtures = new OurFixtures(spark);
  while (next < cases.length) {
    const c = cases[next++]!;
    let v: Verdict;
    try {
      v = await verdictOf(c, spark, fixtures);
    } catch (e) {
      const failure = `${c.id}: the harness crashed: ${(e as Error)?.stack ?? e}`;
      v = { id: c.id, status: "broken-case", detail: failure, failure };
    }
    pending.get(c.id)!.resolve(v);
  }
});

registerCaseTests(cases, {
  title: `differential through Spark Connect (our client, Spark ${ORACLE_VERSION} server)`,
  reportPath: process.env.FAISCA_DIFF_REPORT ?? join(cacheRoot(), "differential-connect-report.md"),
  printDifferences: true,
  verdictFor: (c) => pending.get(c.id)!.promise,
  // A verdict may wait behind the first cases' warm-up of a cold server on a loaded machine.
  timeoutMs: 600_000,
  extra: () =>
    `${LANES} sessions; server ready in ${((serverReady - started) / 1000).toFixed(1)} s; total ${((Date.now() - started) / 1000).toFixed(1)} s`,
  async cleanup() {
    await Promise.all(lanes);
    for (const spark of sessions) await spark.stop();
    await server.stop();
  },
});
