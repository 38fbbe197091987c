// Name resolution against the attributes a plan node can see (Spark's resolve(nameParts)).

import { AnalysisException, quoteId } from "../../errors/spark-error.js";
import type { AttributeRef } from "../expr/resolved.js";
import type { RPlan } from "../logical/resolved.js";

export interface Scope {
  readonly input: readonly AttributeRef[];
  /** Extra attributes visible to this scope only by name (outer query, hidden columns). */
  readonly outer?: Scope;
}

export interface NameMatch {
  readonly attr: AttributeRef;
  /** Name parts left over after the attribute: struct field accesses. */
  readonly nestedFields: readonly string[];
}

const eq = (a: string, b: string, caseSensitive: boolean) =>
  caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase();

/** Finds the attribute `nameParts` names among `attrs`: qualified `t.a` first, then `a.b.c`
 *  as attribute `a` with fields b, c. Throws AMBIGUOUS_REFERENCE when several match. */
export function matchName(
  nameParts: readonly string[],
  attrs: readonly AttributeRef[],
  caseSensitive: boolean,
): NameMatch | null {
  // Longest qualifier match wins, as in Spark: try qualifier lengths from the longest.
  for (let q = Math.min(nameParts.length - 1, 3); q >= 0; q--) {
    const qualifier = nameParts.slice(0, q);
    const name = nameParts[q]!;
    const hits = attrs.filter(
      (a) =>
        eq(a.name, name, caseSensitive) &&
        (q === 0 ||
          (a.qualifier.length >= q &&
            qualifier.every((p, i) => eq(p, a.qualifier[a.qualifier.length - q + i]!, caseSensitive)))),
    );
    const unique = dedupeById(hits);
    if (unique.length > 1) {
      throw new AnalysisException("AMBIGUOUS_REFERENCE", {
        name: quoteId(nameParts.join(".")),
        referenceNames: "[" + unique.map((a) => quoteId([...a.qualifier, a.name].join("."))).join(", ") + "]",
      });
    }
    if (unique.length === 1) return { attr: unique[0]!, nestedFields: nameParts.slice(q + 1) };
  }
  return null;
}

function dedupeById(attrs: AttributeRef[]): AttributeRef[] {
  const seen = new Set<number>();
  return attrs.filter((a) => (seen.has(a.exprId) ? false : (seen.add(a.exprId), true)));
}

/** Spark's UNRESOLVED_COLUMN error with up to 5 suggestions ordered by edit distance. */
export function unresolvedColumn(nameParts: readonly string[], attrs: readonly AttributeRef[]): AnalysisException {
  const wanted = nameParts.join(".");
  const candidates = attrs.map((a) => (a.qualifier.length > 0 ? [...a.qualifier, a.name] : [a.name]));
  if (candidates.length === 0) {
    return new AnalysisException("UNRESOLVED_COLUMN.WITHOUT_SUGGESTION", { objectName: quoteParts(nameParts) });
  }
  const ranked = candidates
    .map((parts) => ({ parts, d: levenshtein(parts.join(".").toLowerCase(), wanted.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)
    .slice(0, 5)
    .map((c) => quoteParts(c.parts));
  return new AnalysisException("UNRESOLVED_COLUMN.WITH_SUGGESTION", {
    objectName: quoteParts(nameParts),
    proposal: ranked.join(", "),
  });
}

export const quoteParts = (parts: readonly string[]): string => parts.map(quoteId).join(".");

export function levenshtein(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Copies attributes with a new qualifier (SubqueryAlias). */
export const requalify = (attrs: readonly AttributeRef[], qualifier: readonly string[]): AttributeRef[] =>
  attrs.map((a) => ({ ...a, qualifier }));

export type { RPlan };
