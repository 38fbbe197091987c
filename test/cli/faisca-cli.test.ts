// The faisca command line, run as a user runs it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(new URL("../..", import.meta.url).pathname);
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(root, "bin", "faisca.mjs"), ...args], { cwd: root, encoding: "utf8" });

test("faisca sql prints the result as show() does", () => {
  const r = cli("sql", "SELECT 1 + 1 AS dois, upper('faísca') AS nome");
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, "+----+------+\n|dois|  nome|\n+----+------+\n|   2|FAÍSCA|\n+----+------+\n\n");
});

test("faisca sql reports a syntax error with its position and exits non-zero", () => {
  const r = cli("sql", "SELEC 1");
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\[PARSE_SYNTAX_ERROR\] Syntax error at or near 'SELEC'/);
});

test("faisca submit runs a TypeScript program", () => {
  const r = cli("submit", "examples/word-count.ts");
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /saved to /);
});
