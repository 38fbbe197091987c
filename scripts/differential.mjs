// Runs a differential suite against live Spark (see docs/differential-testing.md).
//   node scripts/differential.mjs [cases|connect|tpch] [--record] [--filter <id part>] [--refresh]
// cases    every case on our engine vs PySpark, then checks the recorded answers are current
// connect  the same cases through our Spark Connect client against a live Connect server
// tpch     the 22 TPC-H queries (sf 0.01) on our engine vs PySpark, DuckDB as a second check
// --record   rewrite test/differential/answers/ from Spark's answers (cases only), then
//            regenerate docs/compatibility.md
// --filter   only cases whose id contains the text (or any of several, comma-separated)
// --refresh  ask Spark again instead of using cached answers
import { spawnSync } from "node:child_process";
import { ensureDeps } from "./ensure-deps.mjs";

const SUITES = {
  cases: "test/differential/differential.suite.ts",
  connect: "test/differential/connect.suite.ts",
  tpch: "test/differential/tpch.suite.ts",
};

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const env = { ...process.env };
let suite = "cases";
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--record") env.FAISCA_DIFF_RECORD = "1";
  else if (a === "--refresh") env.FAISCA_ORACLE_REFRESH = "1";
  else if (a === "--filter") env.FAISCA_DIFF_FILTER = args[++i] ?? "";
  else if (a.startsWith("--filter=")) env.FAISCA_DIFF_FILTER = a.slice("--filter=".length);
  else if (a in SUITES) suite = a;
  else {
    console.error(`unknown argument ${a}; usage: node scripts/differential.mjs [cases|connect|tpch] [--record] [--filter <id part>] [--refresh]`);
    process.exit(2);
  }
}
if (env.FAISCA_DIFF_RECORD === "1" && suite !== "cases") {
  console.error("--record applies to the cases suite (npm run test:differential -- --record)");
  process.exit(2);
}
ensureDeps(root);
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=1", SUITES[suite]], {
  stdio: "inherit",
  cwd: root,
  env,
});
// Recording changes what docs/compatibility.md is generated from: regenerate it too.
if (env.FAISCA_DIFF_RECORD === "1") {
  const doc = spawnSync(process.execPath, ["--import", "tsx", "scripts/compatibility-report.ts"], { stdio: "inherit", cwd: root, env });
  if (doc.status !== 0) console.error("could not regenerate docs/compatibility.md (npm run docs:compatibility)");
}
process.exit(r.status ?? 1);
