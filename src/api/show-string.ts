// Dataset.showString: the table df.show() prints, byte for byte as Spark 4 prints it.
// Cells are already pretty strings (null → "NULL"); widths count full-width characters as 2,
// as Spark's Utils.stringHalfWidth does; control characters are escaped.

const META: Record<string, string> = { "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f", "\u000b": "\\v", "\u0007": "\\a" };

/** Spark's escapeMetaCharacters. */
export function escapeMeta(s: string): string {
  return s.replace(/[\n\t\r\b\f\u000b\u0007]/g, (c) => META[c]!);
}

// East Asian wide / fullwidth ranges (as matched by Spark's fullWidthRegex).
const FULL_WIDTH =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6]/gu;

/** Display width as Spark computes it: UTF-16 length (an emoji counts 2, as in Java) plus one
 *  more for each full-width character. */
export function stringHalfWidth(s: string): number {
  if (s.length === 0) return 0;
  const full = s.match(FULL_WIDTH)?.length ?? 0;
  return s.length + full;
}

/** Truncation in UTF-16 units, as Java's String.substring does in Spark. */
function truncateCell(s: string, truncate: number): string {
  if (truncate > 0 && s.length > truncate) {
    return truncate < 4 ? s.substring(0, truncate) : s.substring(0, truncate - 3) + "...";
  }
  return s;
}

const padLeft = (s: string, w: number) => " ".repeat(Math.max(0, w - stringHalfWidth(s))) + s;
const padRight = (s: string, w: number) => s + " ".repeat(Math.max(0, w - stringHalfWidth(s)));

/**
 * @param header column names
 * @param rows   pretty-string cells of up to numRows (+1 to detect more) rows
 * @param numRows rows requested; a footer is printed when rows has more
 */
export function showString(header: readonly string[], allRows: readonly (readonly string[])[], numRows: number, truncate: number, vertical: boolean): string {
  const hasMore = allRows.length > numRows;
  const data = allRows.slice(0, numRows);
  // The header is never truncated; data cells are.
  const rows = [header.map(escapeMeta), ...data.map((r) => r.map((c) => truncateCell(escapeMeta(c), truncate)))];
  let sb = "";
  if (!vertical) {
    const widths = header.map((_, i) => Math.max(3, ...rows.map((r) => stringHalfWidth(r[i]!))));
    // As Scala's addString(sb, "+", "+", "+\n"): a zero-column table still prints "++".
    const sep = "+" + widths.map((w) => "-".repeat(w)).join("+") + "+\n";
    sb += sep;
    const line = (r: readonly string[]) =>
      "|" + r.map((c, i) => (truncate > 0 ? padLeft(c, widths[i]!) : padRight(c, widths[i]!))).join("|") + "|\n";
    sb += line(rows[0]!);
    sb += sep;
    for (const r of rows.slice(1)) sb += line(r);
    sb += sep;
  } else {
    const fieldW = Math.max(3, ...rows[0]!.map(stringHalfWidth));
    const dataW = Math.max(3, ...rows.slice(1).flatMap((r) => r.map(stringHalfWidth)));
    rows.slice(1).forEach((r, i) => {
      const head = `-RECORD ${i}`;
      sb += head + "-".repeat(Math.max(0, fieldW + dataW + 5 - head.length)) + "\n";
      r.forEach((c, j) => {
        sb += " " + padRight(rows[0]![j]!, fieldW) + " | " + padRight(c, dataW) + " \n";
      });
    });
    if (data.length === 0) sb += "(0 rows)";
  }
  // Spark 4's showString ends the footer without a newline.
  if (hasMore) sb += `only showing top ${numRows} ${numRows === 1 ? "row" : "rows"}`;
  return sb;
}
