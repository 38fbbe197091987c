// Golden plan tests: test/sql/golden/*.sql hold cases as
//   -- !query
//   SELECT ...
//   -- !plan
//   Project [...]
//     ...
// Set UPDATE_GOLDEN=1 to rewrite the expected plans (then review the diff by hand).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseQuery } from "../../src/sql/parser.js";
import { planToString } from "../../src/sql/plan-debug.js";

const dir = join(new URL(".", import.meta.url).pathname, "golden");
const render = (sql: string): string => {
  try {
    return planToString(parseQuery(sql));
  } catch (e) {
    return `ERROR ${(e as Error).message.split("\n")[0]}`;
  }
};

for (const file of readdirSync(dir).filter((f) => f.endsWith(".sql")).sort()) {
  const text = readFileSync(join(dir, file), "utf8");
  const cases = text.split(/^-- !query\n/m).slice(1).map((block) => {
    const [sql, expected = ""] = block.split(/^-- !plan\n/m);
    return { sql: sql!.trim(), expected: expected.trim() };
  });
  if (process.env.UPDATE_GOLDEN) {
    writeFileSync(join(dir, file), cases.map((c) => `-- !query\n${c.sql}\n-- !plan\n${render(c.sql)}\n`).join("\n"));
    continue;
  }
  for (const c of cases) {
    test(`${file}: ${c.sql.replace(/\s+/g, " ").slice(0, 80)}`, () => assert.equal(render(c.sql), c.expected));
  }
}
