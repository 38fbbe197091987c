// Registers one node:test test per case and, after the last, prints the summary and writes the
// Markdown report (every differing case, both outputs side by side).

import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { DiffCase } from "./case.js";
import { FAILING, reportMarkdown, reportText, summaryLine, type Verdict } from "./judge.js";

export interface CaseTestsOptions {
  /** "differential (PySpark 4.1.1)" ... */
  title: string;
  /** Where the Markdown report goes. */
  reportPath: string;
  verdictFor(c: DiffCase): Promise<Verdict>;
  /** Also print every differing case (known ones too) to stdout. */
  printDifferences: boolean;
  /** Extra text for the summary (timings). */
  extra?: () => string;
  cleanup?: () => Promise<void>;
  /** Per-case timeout (default 120 s). */
  timeoutMs?: number;
}

/** The cases whose id contains any of the comma-separated parts of `filter` (all without one). */
export function selectCases(all: readonly DiffCase[], filter: string | undefined): DiffCase[] {
  const parts = (filter ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  return parts.length === 0 ? [...all] : all.filter((c) => parts.some((p) => c.id.includes(p)));
}

export function assertUniqueIds(cases: readonly DiffCase[]): void {
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`duplicate differential case id ${c.id}`);
    ids.add(c.id);
  }
}

export function registerCaseTests(cases: readonly DiffCase[], o: CaseTestsOptions): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const c of cases) {
    test(c.id, { timeout: o.timeoutMs ?? 120_000 }, async (t) => {
      const v = await o.verdictFor(c);
      verdicts.push(v);
      if (v.status === "skipped") t.skip(v.detail);
      else if (FAILING.has(v.status)) assert.fail(v.failure ?? v.detail);
    });
  }
  after(async () => {
    await o.cleanup?.();
    const summary = summaryLine(o.title, verdicts) + (o.extra ? `; ${o.extra()}` : "");
    mkdirSync(dirname(o.reportPath), { recursive: true });
    writeFileSync(o.reportPath, reportMarkdown(`${o.title}: report`, summary, verdicts));
    if (o.printDifferences) {
      const text = reportText(verdicts);
      if (text) console.log(`\n== every differing case (Spark | ours)\n${text}\n`);
    }
    console.log(`${summary}\nreport: ${o.reportPath}`);
  });
  return verdicts;
}
