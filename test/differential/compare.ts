// Compares our outcome with Spark's and explains every difference, both sides shown.

import { isSqlCase, type DiffCase } from "./case.js";
import { canonEqual, renderRow, type Canon } from "./canonical.js";
import type { ErrorInfo, Outcome, ShowOutcome } from "./oracle.js";
import { defaultShowPolicy, showArgs, showsOf } from "./oracle.js";
import { isOrdered } from "./ordering.js";

export interface Difference {
  what: string;
  spark: string;
  ours: string;
}

const rowsText = (rows: readonly Canon[][], limit = 40): string => {
  const lines = rows.slice(0, limit).map(renderRow);
  if (rows.length > limit) lines.push(`... ${rows.length - limit} more`);
  return rows.length === 0 ? "(no rows)" : lines.join("\n");
};

const errorText = (e: ErrorInfo): string => `error [${e.class}] ${e.message.split("\n")[0]}`;

/** Rows compared as a multiset: what Spark has that we lack and what we have extra. */
function unorderedDiff(spark: Canon[][], ours: Canon[][]): { missing: Canon[][]; extra: Canon[][] } {
  const used = new Array<boolean>(ours.length).fill(false);
  const missing: Canon[][] = [];
  for (const row of spark) {
    const j = ours.findIndex((o, k) => !used[k] && canonEqual(o, row));
    if (j < 0) missing.push(row);
    else used[j] = true;
  }
  return { missing, extra: ours.filter((_, k) => !used[k]) };
}

export function compareRows(spark: Canon[][], ours: Canon[][], ordered: boolean): Difference | null {
  if (ordered) {
    const n = Math.max(spark.length, ours.length);
    for (let i = 0; i < n; i++) {
      if (i >= spark.length || i >= ours.length || !canonEqual(spark[i]!, ours[i]!)) {
        return {
          what: `rows (ordered) differ first at row ${i}; ${spark.length} rows in Spark, ${ours.length} in ours`,
          spark: rowsText(spark),
          ours: rowsText(ours),
        };
      }
    }
    return null;
  }
  const { missing, extra } = unorderedDiff(spark, ours);
  if (missing.length === 0 && extra.length === 0) return null;
  return {
    what: `rows (any order) differ: ${missing.length} of Spark's rows missing in ours, ${extra.length} extra in ours`,
    spark: `${rowsText(spark)}\n-- only in Spark:\n${rowsText(missing)}`,
    ours: `${rowsText(ours)}\n-- only in ours:\n${rowsText(extra)}`,
  };
}

const messageHead = (m: string): string => m.split(/\n== /)[0]!.trim();

function compareErrors(spark: ErrorInfo, ours: ErrorInfo, mode: DiffCase["compareError"]): Difference | null {
  if (spark.class !== ours.class) return { what: "error class", spark: errorText(spark), ours: errorText(ours) };
  if (mode === "parameters" || mode === "message") {
    const a = JSON.stringify(Object.entries(spark.parameters).sort());
    const b = JSON.stringify(Object.entries(ours.parameters).sort());
    if (a !== b) return { what: "error message parameters", spark: a, ours: b };
  }
  if (mode === "message" && messageHead(spark.message) !== messageHead(ours.message)) {
    return { what: "error message", spark: messageHead(spark.message), ours: messageHead(ours.message) };
  }
  return null;
}

const showText = (s: ShowOutcome | undefined): string =>
  s === undefined || s === null ? "(not computed)" : typeof s === "string" ? s : errorText(s.error);

/** Every difference between Spark's outcome and ours for this case (empty when identical). */
export function compareOutcomes(c: DiffCase, spark: Outcome, ours: Outcome): Difference[] {
  if (!spark.ok || !ours.ok) {
    if (!spark.ok && !ours.ok) {
      const d = compareErrors(spark.error, ours.error, c.compareError);
      return d ? [d] : [];
    }
    return [{
      what: spark.ok ? "Spark succeeded, ours raised" : "Spark raised, ours succeeded",
      spark: spark.ok ? rowsText(spark.rows) : errorText(spark.error),
      ours: ours.ok ? rowsText(ours.rows) : `${errorText(ours.error)}\n${ours.error.message}`,
    }];
  }
  const diffs: Difference[] = [];
  const nullability = c.compareNullability !== false;
  const fieldsText = (o: typeof spark) =>
    o.schema.map((f) => `${f.name}: ${f.type}${nullability && !f.nullable ? " NOT NULL" : ""}`).join("\n");
  if (fieldsText(spark) !== fieldsText(ours)) diffs.push({ what: "schema", spark: fieldsText(spark), ours: fieldsText(ours) });
  else if (nullability && spark.tree !== ours.tree) diffs.push({ what: "printSchema tree", spark: spark.tree, ours: ours.tree });
  const ordered = isOrdered(c);
  const rows = compareRows(spark.rows, ours.rows, ordered);
  if (rows) diffs.push(rows);
  const specs = showsOf(c);
  specs.forEach((spec, i) => {
    // The default show() is only deterministic for ordered results (or a single row).
    const policy = defaultShowPolicy(c);
    if (i === 0 && (policy === "never" || (policy === "if-single-row" && spark.rows.length > 1))) return;
    if (showText(spark.shows[i]) !== showText(ours.shows[i])) {
      diffs.push({ what: `show(${showArgs(spec).join(", ")}) text`, spark: showText(spark.shows[i]), ours: showText(ours.shows[i]) });
    }
  });
  return diffs;
}

const indent = (s: string): string => s.replace(/\n$/, "").split("\n").map((l) => "    " + l).join("\n");

/** Both outputs in two columns (Spark left, ours right) when their lines are short enough. */
export function sideBySide(spark: string, ours: string, maxWidth = 64): string | null {
  const left = spark.replace(/\n$/, "").split("\n");
  const right = ours.replace(/\n$/, "").split("\n");
  const width = Math.max(5, ...left.map((l) => [...l].length));
  if (width > maxWidth || right.some((l) => [...l].length > maxWidth)) return null;
  const pad = (l: string) => l + " ".repeat(width - [...l].length);
  const lines = [`    ${pad("Spark")} | ours`, `    ${"-".repeat(width)} | ${"-".repeat(4)}`];
  for (let i = 0; i < Math.max(left.length, right.length); i++) lines.push(`    ${pad(left[i] ?? "")} | ${right[i] ?? ""}`.trimEnd());
  return lines.join("\n");
}

export function formatDifferences(c: DiffCase, diffs: readonly Difference[]): string {
  const program = isSqlCase(c) ? `SQL: ${c.sql}` : `PySpark: ${c.py}`;
  const parts = diffs.map((d) => `- ${d.what}\n` + (sideBySide(d.spark, d.ours) ?? `  Spark:\n${indent(d.spark)}\n  ours:\n${indent(d.ours)}`));
  return `${c.id} differs from Spark\n${program}\n${parts.join("\n")}`;
}
