// ParseException construction with Spark's two message layouts:
//  - syntax errors (the ANTLR listener's): "... SQLSTATE: 42601 (line 1, pos 7)\n\n== SQL ==\n<text>\n-------^^^\n"
//  - errors raised while building the plan (they carry a query context):
//    "... SQLSTATE: 42604\n== SQL (line 1, position 8) ==\n<line>\n       ^^^^^^^^^\n"
// Spark prefixes getMessage() with "\n"; we leave that newline out.

import { ParseException } from "../errors/spark-error.js";

export interface SqlPosition {
  /** 1-based line. */
  readonly line: number;
  /** 0-based column in the line (Spark's "pos"). */
  readonly column: number;
}

export interface SqlSpan {
  /** Offsets into the SQL text, start inclusive, stop inclusive (as Spark's origin). */
  readonly start: number;
  readonly stop: number;
}

/** A ParseException that also exposes where in the SQL text the error is. */
export class SqlParseException extends ParseException {
  /** 1-based line of the error, when known. */
  line: number | undefined;
  /** 0-based position in the line, when known. */
  position: number | undefined;
  /** The SQL text being parsed. */
  sqlText: string | undefined;
  /** Offset of the error in sqlText, when known. */
  offset: number | undefined;
}

/** Error at a token position, formatted as Spark's ParseException with "(line l, pos p)". */
export function sqlError(
  errorClass: string,
  params: Record<string, string>,
  sql: string,
  at?: SqlPosition,
): SqlParseException {
  const e = new SqlParseException(errorClass, params);
  e.sqlText = sql;
  let msg = e.message;
  if (at) {
    e.line = at.line;
    e.position = at.column;
    e.offset = offsetOf(sql, at);
    msg += ` (line ${at.line}, pos ${at.column})\n\n== SQL ==\n`;
    const lines = sql.split("\n");
    const above = lines.slice(0, at.line);
    const below = lines.slice(at.line);
    for (const l of above) msg += l + "\n";
    msg += "-".repeat(at.column) + "^^^\n";
    for (const l of below) msg += l + "\n";
  } else {
    msg += "\n== SQL ==\n" + sql;
  }
  e.message = msg;
  return e;
}

/** Error about a fragment of the SQL (typed literals, data types, ...): Spark's query-context layout. */
export function sqlContextError(
  errorClass: string,
  params: Record<string, string>,
  sql: string,
  span: SqlSpan,
): SqlParseException {
  const e = new SqlParseException(errorClass, params);
  const { line, column } = positionOf(sql, span.start);
  e.sqlText = sql;
  e.line = line;
  e.position = column;
  e.offset = span.start;
  e.message += "\n" + queryContextSummary(sql, span.start, span.stop, line, column);
  return e;
}

/** Spark's SQLQueryContext summary: the fragment's lines (extra text cut to 32 chars) and carets. */
export function queryContextSummary(sql: string, start: number, stop: number, line: number, column: number): string {
  const maxExtra = 32;
  let out = `== SQL (line ${line}, position ${column + 1}) ==\n`;
  stop = Math.min(stop, sql.length - 1);
  let from = start;
  while (from > 0 && start - from < maxExtra && sql[from - 1] !== "\n") from--;
  const startTruncated = from > 0 && sql[from - 1] !== "\n";
  let to = stop + 1;
  while (to < sql.length && to - stop <= maxExtra && sql[to] !== "\n") to++;
  const stopTruncated = to < sql.length && sql[to] !== "\n";
  // Build the displayed text together with the source index of each displayed char (-1 for "...").
  const chars: { ch: string; idx: number }[] = [];
  if (startTruncated) for (const ch of "...") chars.push({ ch, idx: -1 });
  for (let k = from; k < to; k++) chars.push({ ch: sql[k]!, idx: k });
  if (stopTruncated) for (const ch of "...") chars.push({ ch, idx: Number.MAX_SAFE_INTEGER });
  let lineChars: { ch: string; idx: number }[] = [];
  const flush = (): void => {
    out += lineChars.map((c) => c.ch).join("") + "\n";
    let caret = "";
    for (const c of lineChars) {
      if (c.idx > stop) break;
      caret += c.idx >= start ? "^" : " ";
    }
    out += caret + "\n";
    lineChars = [];
  };
  for (const c of chars) {
    if (c.ch === "\n") flush();
    else lineChars.push(c);
  }
  flush();
  return out;
}

export function positionOf(sql: string, offset: number): SqlPosition {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < sql.length; k++) {
    if (sql.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart };
}

function offsetOf(sql: string, at: SqlPosition): number {
  let line = 1;
  let k = 0;
  while (line < at.line && k < sql.length) {
    if (sql.charCodeAt(k) === 10) line++;
    k++;
  }
  return k + at.column;
}
