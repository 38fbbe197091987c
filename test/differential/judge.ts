// One verdict per case: Spark's answer against ours, honouring the case's declared error and its
// known-difference mark. Shared by the live suite, the recorded-answers test in `npm test` and
// the Spark Connect path, which differ only in where the two outcomes come from.

import type { DiffCase } from "./case.js";
import { compareOutcomes, formatDifferences } from "./compare.js";
import type { Outcome } from "./oracle.js";

export type Status = "pass" | "fail" | "expected-fail" | "now-passes" | "broken-case" | "skipped";

export interface Verdict {
  id: string;
  status: Status;
  /** Reason and differences (both outputs), for the report. */
  detail: string;
  /** Why the test fails, when it does. */
  failure?: string;
}

export const FAILING: ReadonlySet<Status> = new Set(["fail", "now-passes", "broken-case"]);

/** Is Spark's answer one the case can be judged against? (It declares exactly Spark's error.) */
export function caseProblem(c: DiffCase, answer: Outcome): string | undefined {
  if (c.error !== undefined && (answer.ok || answer.error.class !== c.error)) {
    return `${c.id} declares error ${c.error} but Spark ${answer.ok ? "succeeded" : `raised ${answer.error.class}: ${answer.error.message.split("\n")[0]}`}`;
  }
  if (c.error === undefined && !answer.ok) {
    return `${c.id}: Spark raised ${answer.error.class}: ${answer.error.message.split("\n")[0]} — fix the case or declare error: "${answer.error.class}"`;
  }
  return undefined;
}

/** The verdict for `ours` against Spark's `answer`; `mark` is the case's known-difference reason
 *  on this path (expectedToFail, or expectedToFailRemote on the Connect path) and `markName`
 *  the option that holds it. */
export function judge(c: DiffCase, answer: Outcome, ours: Outcome, mark: string | undefined, markName = "expectedToFail"): Verdict {
  const problem = caseProblem(c, answer);
  if (problem) return { id: c.id, status: "broken-case", detail: problem, failure: problem };
  const diffs = compareOutcomes(c, answer, ours);
  const text = diffs.length ? formatDifferences(c, diffs) : "";
  if (mark !== undefined) {
    if (diffs.length === 0) {
      const failure = `${c.id} now matches Spark: remove its ${markName} mark ("${mark}")`;
      return { id: c.id, status: "now-passes", detail: mark, failure };
    }
    return { id: c.id, status: "expected-fail", detail: `${mark}\n${text}` };
  }
  if (diffs.length > 0) return { id: c.id, status: "fail", detail: text, failure: text };
  return { id: c.id, status: "pass", detail: "" };
}

export const count = (verdicts: readonly Verdict[], s: Status): number => verdicts.filter((v) => v.status === s).length;

export function summaryLine(title: string, verdicts: readonly Verdict[]): string {
  const skipped = count(verdicts, "skipped");
  return (
    `${title}: ${verdicts.length} cases, ${count(verdicts, "pass")} identical, ` +
    `${count(verdicts, "expected-fail")} known differences, ${count(verdicts, "fail")} unexpected differences, ` +
    `${count(verdicts, "now-passes")} now passing (remove mark), ${count(verdicts, "broken-case")} broken cases` +
    (skipped ? `, ${skipped} skipped` : "")
  );
}

/** The Markdown report: every differing (or skipped) case with both outputs. */
export function reportMarkdown(title: string, summary: string, verdicts: readonly Verdict[]): string {
  const sections = (["fail", "now-passes", "broken-case", "expected-fail", "skipped"] as const).map((s) => {
    const items = verdicts.filter((o) => o.status === s).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (items.length === 0) return "";
    return `## ${s} (${items.length})\n\n` + items.map((o) => `### ${o.id}\n\n\`\`\`\n${o.detail}\n\`\`\`\n`).join("\n");
  });
  return `# ${title}\n\n${summary}\n\n${sections.filter(Boolean).join("\n")}`;
}

/** The plain-text report printed at the end of a run: every differing case, both outputs. */
export function reportText(verdicts: readonly Verdict[]): string {
  const shown = verdicts.filter((v) => v.status !== "pass" && v.status !== "skipped").sort((a, b) => (a.id < b.id ? -1 : 1));
  return shown.map((v) => `--- [${v.status}] ${v.id}\n${v.detail}`).join("\n");
}
