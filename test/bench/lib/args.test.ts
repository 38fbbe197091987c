import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeName, parseArgs } from "../../../bench/lib/args.js";
import { polarsDialect } from "../../../bench/lib/polars-dialect.js";

test("--quick picks small data, one run, shared processes", () => {
  const a = parseArgs(["--quick"]);
  assert.equal(a.sf, 0.01);
  assert.equal(a.runs, 1);
  assert.equal(a.isolate, false);
  const full = parseArgs([]);
  assert.equal(full.sf, 1);
  assert.equal(full.runs, 3);
  assert.equal(full.isolate, true);
});

test("--only accepts q1, Q01 and 1 for the same query, and micro names", () => {
  assert.deepEqual(parseArgs(["--only", "q1,Q06,22,groupby-int-low"]).only, ["q01", "q06", "q22", "groupby-int-low"]);
  assert.equal(normalizeName("7"), "q07");
});

test("unknown options and bad scale factors are rejected", () => {
  assert.throws(() => parseArgs(["--frobnicate"]), /unknown option --frobnicate/);
  assert.throws(() => parseArgs(["--sf", "0"]), /positive/);
});

test("Polars dialect rewrites only Spark's interval literals", () => {
  assert.equal(polarsDialect("date '1998-12-01' - interval '90' day"), "date '1998-12-01' - interval '90 days'");
  assert.equal(polarsDialect("x + INTERVAL '3' MONTH"), "x + interval '3 months'");
  assert.equal(polarsDialect("select 'interval' from t"), "select 'interval' from t");
});

test("a crashed engine's stderr is reduced to the line that says why", async () => {
  const { stderrGist } = await import("../../../bench/lib/tpch-run.js");
  const oom = "<--- JS stacktrace --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0xb8 node::Abort() [/usr/bin/node]\n 8: 0x10c v8::internal::Factory::NewFillerObject(int) [/usr/bin/node]";
  assert.match(stderrGist(oom), /^FATAL ERROR: Reached heap limit/);
  assert.equal(stderrGist("file.ts:3\nTypeError: x is not a function\n    at main"), "TypeError: x is not a function");
});
