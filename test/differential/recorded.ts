// Recorded answers: the oracle's answers committed beside the cases (test/differential/answers/
// <group>.json, one file per case group), so the cases also run without Spark inside `npm test`.
// `npm run test:differential` re-checks them against live Spark and fails when one is missing or
// stale; `npm run test:differential -- --record` rewrites them.
//
// A file is one JSON object, one case per line, ids sorted, so a changed answer is a one-line
// diff. Each entry carries `req`, a hash of what Spark is asked for the case (requestOf + the
// pinned version): when the case's SQL, program, fixtures or options change, the entry is stale.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DiffCase } from "./case.js";
import { ORACLE_VERSION, REPO_ROOT, requestOf, type Outcome } from "./oracle.js";

export const ANSWERS_DIR = join(REPO_ROOT, "test", "differential", "answers");

export const RECORD_HINT =
  "re-record with `npm run test:differential -- --record` (needs the pinned PySpark; add `--filter <id part>` for some cases only)";

export type Recorded = Outcome & { req: string };

/** The group a case id belongs to: the text before its first "/". */
export const groupOf = (id: string): string => (id.includes("/") ? id.slice(0, id.indexOf("/")) : "ungrouped");

export function requestHash(c: DiffCase): string {
  return createHash("sha256").update(JSON.stringify(requestOf(c))).update("\0" + ORACLE_VERSION).digest("hex").slice(0, 24);
}

/** Only what is compared, in a fixed key order (no timings, cache keys or ids). */
export function recordedForm(req: string, o: Outcome): Recorded {
  return o.ok
    ? { req, ok: true, schema: o.schema.map((f) => ({ name: f.name, type: f.type, nullable: f.nullable })), tree: o.tree, rows: o.rows, shows: o.shows }
    : { req, ok: false, error: { class: o.error.class, message: o.error.message, parameters: sortedObject(o.error.parameters) } };
}

function sortedObject(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every recorded answer, by case id. */
export function loadRecorded(dir = ANSWERS_DIR): Map<string, Recorded> {
  const out = new Map<string, Recorded>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const entries = JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<string, Recorded>;
    for (const [id, r] of Object.entries(entries)) out.set(id, r);
  }
  return out;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One group's file text: an object with one case per line, ids sorted. */
export function formatGroup(entries: ReadonlyMap<string, Recorded>): string {
  const ids = [...entries.keys()].sort(byId);
  if (ids.length === 0) return "{}\n";
  return "{\n" + ids.map((id) => `${JSON.stringify(id)}: ${JSON.stringify(entries.get(id))}`).join(",\n") + "\n}\n";
}

/** Writes the recorded answers of `updates` (merged into what is recorded), dropping ids in
 *  `remove`. Only the groups touched are rewritten. Returns the files written. */
export function writeRecorded(updates: ReadonlyMap<string, Recorded>, remove: ReadonlySet<string> = new Set(), dir = ANSWERS_DIR): string[] {
  const current = loadRecorded(dir);
  const groups = new Set([...updates.keys(), ...remove].map(groupOf));
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const g of [...groups].sort(byId)) {
    const entries = new Map<string, Recorded>();
    for (const [id, r] of current) if (groupOf(id) === g && !remove.has(id)) entries.set(id, r);
    for (const [id, r] of updates) if (groupOf(id) === g) entries.set(id, r);
    const file = join(dir, `${g}.json`);
    writeFileSync(file, formatGroup(entries));
    written.push(file);
  }
  return written;
}

/** A recorded answer usable for this case: present and recorded for the same request. */
export function currentAnswer(c: DiffCase, recorded: ReadonlyMap<string, Recorded>): Recorded | undefined {
  const r = recorded.get(c.id);
  return r && r.req === requestHash(c) ? r : undefined;
}

export interface Staleness {
  missing: string[];
  /** Recorded for another request (the case changed). */
  changed: string[];
  /** Recorded for this request, but Spark now answers differently. */
  differs: string[];
  /** Recorded for an id no case has any more (only checked over all cases). */
  orphaned: string[];
}

/** What is out of date in the recorded answers of `cases`, given Spark's live answers. */
export function staleness(
  cases: readonly DiffCase[],
  live: ReadonlyMap<string, Outcome>,
  recorded: ReadonlyMap<string, Recorded>,
  allCases: boolean,
): Staleness {
  const s: Staleness = { missing: [], changed: [], differs: [], orphaned: [] };
  for (const c of cases) {
    const r = recorded.get(c.id);
    const req = requestHash(c);
    const answer = live.get(c.id);
    if (!r) s.missing.push(c.id);
    else if (r.req !== req) s.changed.push(c.id);
    else if (answer && JSON.stringify(recordedForm(req, answer)) !== JSON.stringify(r)) s.differs.push(c.id);
  }
  if (allCases) {
    const ids = new Set(cases.map((c) => c.id));
    for (const id of recorded.keys()) if (!ids.has(id)) s.orphaned.push(id);
  }
  return s;
}

export function stalenessText(s: Staleness): string {
  const list = (what: string, ids: string[]) =>
    ids.length === 0 ? [] : [`${ids.length} ${what}: ${ids.slice(0, 30).join(", ")}${ids.length > 30 ? ", ..." : ""}`];
  return [
    ...list("cases have no recorded answer", s.missing),
    ...list("cases changed since their answer was recorded", s.changed),
    ...list("recorded answers differ from what Spark answers now", s.differs),
    ...list("recorded answers belong to no case", s.orphaned),
  ].join("\n");
}

export const isStale = (s: Staleness): boolean => s.missing.length + s.changed.length + s.differs.length + s.orphaned.length > 0;
