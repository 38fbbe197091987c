// Unit tests of the recorded-answers store (no Spark needed).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { sql } from "./case.js";
import type { Outcome } from "./oracle.js";
import { formatGroup, groupOf, isStale, loadRecorded, recordedForm, requestHash, staleness, writeRecorded } from "./recorded.js";
import { sideBySide } from "./compare.js";

const one: Outcome = { ok: true, schema: [{ name: "a", type: "int", nullable: false }], tree: "root\n", rows: [[{ i: "1" }]], shows: [null] };
const two: Outcome = { ...one, rows: [[{ i: "2" }]] };

test("a group file has one case per line, ids sorted, and reads back the same", () => {
  const dir = mkdtempSync(join(tmpdir(), "faisca-answers-"));
  try {
    const b = sql("b", "SELECT 1 AS a");
    const a = sql("a", "SELECT 1 AS a");
    writeRecorded(new Map([["g/b", recordedForm(requestHash(b), one)], ["g/a", recordedForm(requestHash(a), two)]]), new Set(), dir);
    const text = readFileSync(join(dir, "g.json"), "utf8");
    const lines = text.trimEnd().split("\n");
    assert.equal(lines.length, 4);
    assert.ok(lines[1]!.startsWith('"g/a": {"req":'));
    assert.ok(lines[2]!.startsWith('"g/b": {"req":'));
    const back = loadRecorded(dir);
    const ga = back.get("g/a")!;
    assert.deepEqual(ga.ok ? ga.rows : null, [[{ i: "2" }]]);
    // rewriting the same answers gives byte-identical files; removing drops the line
    assert.equal(formatGroup(back), text);
    writeRecorded(new Map(), new Set(["g/b"]), dir);
    assert.deepEqual([...loadRecorded(dir).keys()], ["g/a"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("staleness: missing, changed case, different answer, orphaned", () => {
  const c1 = { ...sql("q1", "SELECT 1 AS a"), id: "g/q1" };
  const c2 = { ...sql("q2", "SELECT 2 AS a"), id: "g/q2" };
  const c3 = { ...sql("q3", "SELECT 3 AS a"), id: "g/q3" };
  const recorded = new Map([
    ["g/q1", recordedForm(requestHash(c1), one)],
    ["g/q2", recordedForm(requestHash({ ...c2, sql: "SELECT 22 AS a" }), one)],
    ["g/gone", recordedForm("x", one)],
  ]);
  const live = new Map<string, Outcome>([["g/q1", one], ["g/q2", one], ["g/q3", one]]);
  assert.equal(isStale(staleness([c1], live, recorded, false)), false);
  const s = staleness([c1, c2, c3], new Map([...live, ["g/q1", two]]), recorded, true);
  assert.deepEqual(s, { missing: ["g/q3"], changed: ["g/q2"], differs: ["g/q1"], orphaned: ["g/gone"] });
  // expected-fail marks are not part of what Spark is asked
  assert.equal(requestHash({ ...c1, expectedToFail: "x", expectedToFailRemote: "y" }), requestHash(c1));
  assert.equal(groupOf("joins/inner"), "joins");
});

test("differences are shown side by side when lines are short", () => {
  assert.equal(sideBySide("a\nbb", "c"), "    Spark | ours\n    ----- | ----\n    a     | c\n    bb    |");
  assert.equal(sideBySide("x".repeat(100), "y"), null);
});
