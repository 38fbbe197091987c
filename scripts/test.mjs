// Runs every *.test.ts under test/ with Node's built-in test runner (TypeScript through tsx).
// Usage: node scripts/test.mjs [substring-filter ...]
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";
import { ensureDeps } from "./ensure-deps.mjs";

const root = new URL("..", import.meta.url).pathname;
ensureDeps(root);
const filters = process.argv.slice(2);

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith(".test.ts")) out.push(full);
  }
  return out;
}

// Suites that need a live Spark (Spark Connect server) run only when asked for by path
// (`npm run test:connect`); the default run needs nothing but Node.
const NEEDS_SPARK = ["test/connect/"];
const files = walk(join(root, "test"), [])
  .filter((f) =>
    filters.length === 0
      ? !NEEDS_SPARK.some((d) => relative(root, f).startsWith(d))
      : filters.some((s) => relative(root, f).includes(s)),
  )
  .sort();
if (files.length === 0) {
  console.error("no test files matched");
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-reporter=spec", ...files],
  { stdio: "inherit", cwd: root },
);
process.exit(result.status ?? 1);
