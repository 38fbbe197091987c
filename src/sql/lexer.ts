// SQL lexer for the Spark 4 dialect. Produces tokens with source positions (offset, 1-based line,
// 0-based column as Spark's "pos"). Keywords are not distinguished here: every unquoted word is a
// "word" token and the parser decides (Spark's keywords are mostly non-reserved).

import { sqlError } from "./parse-error.js";

export type TokenType =
  | "word" // unquoted identifier or keyword
  | "qident" // `backquoted identifier`
  | "string" // '...' or "..." (value is unescaped)
  | "number"
  | "op"
  | "hint_start" // /*+
  | "hint_end" // */ closing a hint
  | "eof";

/** Which literal a number token is; Spark's suffixes L S Y D F BD pick the type. */
export type NumberKind =
  | "integer" // 123 (int, bigint or decimal by magnitude)
  | "bigint" // 1L
  | "smallint" // 1S
  | "tinyint" // 1Y
  | "decimal" // 1.5 (exact)
  | "exponent" // 1e3 (double)
  | "double" // 1.5D
  | "float" // 1.5F
  | "bigdecimal"; // 1.5BD

export interface Token {
  readonly type: TokenType;
  /** Source text of the token. */
  readonly text: string;
  /** Unescaped string value / identifier name / number digits without suffix / upper-cased word. */
  readonly value: string;
  readonly numberKind?: NumberKind;
  /** Set on words with characters outside [A-Za-z0-9_] (Spark rejects them unquoted). */
  readonly invalidIdent?: boolean;
  /** Raw string literal r'...'. */
  readonly raw?: boolean;
  readonly offset: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

// Longest first so that e.g. "<=>" wins over "<=".
const OPERATORS = [
  ">>>", "<=>", "<<", ">>", "<=", ">=", "<>", "!=", "==", "||", "::", "->", "=>",
  "(", ")", "[", "]", "{", "}", ",", ".", ";", "+", "-", "*", "/", "%", "~", "&", "|", "^",
  "=", "<", ">", "!", "?", ":",
];

const isWordChar = (c: string): boolean => /[A-Za-z0-9_]/.test(c) || (c > "\x7f" && /[\p{L}\p{N}]/u.test(c));
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let inHint = false;
  const n = sql.length;

  const push = (type: TokenType, start: number, end: number, value: string, extra?: Partial<Token>): void => {
    // line/column of the token start (tokens never begin inside a newline run we haven't counted)
    tokens.push({ type, text: sql.slice(start, end), value, offset: start, end, line, column: start - lineStart, ...extra });
  };
  const advanceLines = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      if (sql.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
  };

  while (i < n) {
    const c = sql[i]!;
    // whitespace
    if (c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\f") {
      if (c === "\n") {
        line++;
        lineStart = i + 1;
      }
      i++;
      continue;
    }
    // -- comment
    if (c === "-" && sql[i + 1] === "-") {
      while (i < n && sql[i] !== "\n") i++;
      continue;
    }
    // end of hint
    if (inHint && c === "*" && sql[i + 1] === "/") {
      push("hint_end", i, i + 2, "*/");
      i += 2;
      inHint = false;
      continue;
    }
    // /*+ hint */ or /* comment */ (nested)
    if (c === "/" && sql[i + 1] === "*") {
      if (sql[i + 2] === "+" && !inHint) {
        push("hint_start", i, i + 3, "/*+");
        i += 3;
        inHint = true;
        continue;
      }
      let depth = 1;
      let k = i + 2;
      while (k < n && depth > 0) {
        if (sql[k] === "/" && sql[k + 1] === "*") {
          depth++;
          k += 2;
        } else if (sql[k] === "*" && sql[k + 1] === "/") {
          depth--;
          k += 2;
        } else k++;
      }
      if (depth > 0) throw sqlError("UNCLOSED_BRACKETED_COMMENT", {}, sql);
      advanceLines(i, k);
      i = k;
      continue;
    }
    // raw strings r'...' / r"..."
    if ((c === "r" || c === "R") && (sql[i + 1] === "'" || sql[i + 1] === '"')) {
      const q = sql[i + 1]!;
      const close = sql.indexOf(q, i + 2);
      if (close < 0) throw unexpectedChar(sql, i + 1, line, lineStart);
      push("string", i, close + 1, sql.slice(i + 2, close), { raw: true });
      advanceLines(i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = scanString(sql, i);
      if (end < 0) throw unexpectedChar(sql, i, line, lineStart);
      push("string", i, end, unescapeSqlString(sql.slice(i + 1, end - 1), c));
      advanceLines(i, end);
      i = end;
      continue;
    }
    if (c === "`") {
      let k = i + 1;
      let name = "";
      for (;;) {
        if (k >= n) throw unexpectedChar(sql, i, line, lineStart);
        if (sql[k] === "`") {
          if (sql[k + 1] === "`") {
            name += "`";
            k += 2;
            continue;
          }
          break;
        }
        name += sql[k];
        k++;
      }
      push("qident", i, k + 1, name);
      advanceLines(i, k + 1);
      i = k + 1;
      continue;
    }
    // numbers (and words starting with digits, which Spark lexes as identifiers when longer)
    if (isDigit(c) || (c === "." && isDigit(sql[i + 1]))) {
      const num = scanNumber(sql, i);
      let w = i;
      while (w < n && isWordChar(sql[w]!)) w++;
      if (num && num.end >= w) {
        push("number", i, num.end, num.digits, { numberKind: num.kind });
        i = num.end;
        continue;
      }
      if (w > i && isDigit(c)) {
        const text = sql.slice(i, w);
        push("word", i, w, text.toUpperCase(), /^[A-Za-z0-9_]+$/.test(text) ? {} : { invalidIdent: true });
        i = w;
        continue;
      }
    }
    if (isWordChar(c)) {
      let w = i;
      while (w < n && isWordChar(sql[w]!)) w++;
      const text = sql.slice(i, w);
      push("word", i, w, text.toUpperCase(), /^[A-Za-z0-9_]+$/.test(text) ? {} : { invalidIdent: true });
      i = w;
      continue;
    }
    const op = OPERATORS.find((o) => sql.startsWith(o, i));
    if (op) {
      push("op", i, i + op.length, op);
      i += op.length;
      continue;
    }
    throw unexpectedChar(sql, i, line, lineStart);
  }
  tokens.push({ type: "eof", text: "", value: "", offset: n, end: n, line, column: n - lineStart });
  return tokens;
}

function unexpectedChar(sql: string, at: number, line: number, lineStart: number): Error {
  // line/column at `at` (may be past newlines counted so far only up to the token start)
  let l = line;
  let ls = lineStart;
  for (let k = ls; k < at; k++) {
    if (sql.charCodeAt(k) === 10) {
      l++;
      ls = k + 1;
    }
  }
  return sqlError("PARSE_SYNTAX_ERROR", { error: `'${sql[at]}'`, hint: "" }, sql, { line: l, column: at - ls });
}

/** Returns the index just past the closing quote, or -1 when unterminated. */
function scanString(sql: string, start: number): number {
  const q = sql[start];
  let k = start + 1;
  while (k < sql.length) {
    const ch = sql[k];
    if (ch === "\\") {
      k += 2;
      continue;
    }
    if (ch === q) {
      if (sql[k + 1] === q) {
        k += 2; // doubled quote inside the literal
        continue;
      }
      return k + 1;
    }
    k++;
  }
  return -1;
}

/** Spark's unescapeSQLString: backslash escapes, \uXXXX, octal \ddd, doubled quotes. */
export function unescapeSqlString(body: string, quote: string): string {
  let out = "";
  for (let k = 0; k < body.length; k++) {
    const ch = body[k]!;
    if (ch === quote && body[k + 1] === quote) {
      out += quote;
      k++;
      continue;
    }
    if (ch !== "\\" || k + 1 >= body.length) {
      out += ch;
      continue;
    }
    const e = body[k + 1]!;
    if (e === "u" && /^[0-9a-fA-F]{4}$/.test(body.slice(k + 2, k + 6))) {
      out += String.fromCharCode(parseInt(body.slice(k + 2, k + 6), 16));
      k += 5;
      continue;
    }
    if (e === "U" && /^[0-9a-fA-F]{8}$/.test(body.slice(k + 2, k + 10))) {
      out += String.fromCodePoint(parseInt(body.slice(k + 2, k + 10), 16));
      k += 9;
      continue;
    }
    if (/^[0-3][0-7]{2}$/.test(body.slice(k + 1, k + 4))) {
      out += String.fromCharCode(parseInt(body.slice(k + 1, k + 4), 8));
      k += 3;
      continue;
    }
    k++;
    switch (e) {
      case "0": out += "\u0000"; break;
      case "b": out += "\b"; break;
      case "n": out += "\n"; break;
      case "r": out += "\r"; break;
      case "t": out += "\t"; break;
      case "Z": out += "\u001A"; break;
      // LIKE wildcards keep their backslash so the pattern still escapes them
      case "%": out += "\\%"; break;
      case "_": out += "\\_"; break;
      default: out += e;
    }
  }
  return out;
}

interface NumberScan {
  readonly end: number;
  readonly digits: string;
  readonly kind: NumberKind;
}

// Spark's numeric tokens: DIGIT+ [L|S|Y], DECIMAL_DIGITS, EXPONENT forms, and D / F / BD suffixes.
function scanNumber(sql: string, start: number): NumberScan | undefined {
  const rest = sql.slice(start, start + 400);
  // integer with suffix
  const intPart = /^(\d+)(L|S|Y|BD|D|F)?/i.exec(rest);
  // decimal / exponent
  const d = /^(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?(BD|D|F)?/i.exec(rest);
  const isDecimalBody = d && (d[1]!.includes(".") || d[2] !== undefined);
  if (d && isDecimalBody) {
    const end = start + d[0].length;
    // Spark's isValidDecimal: a decimal/exponent without suffix must not run into a word char
    const next = sql[end];
    if (!d[3] && next !== undefined && /[A-Za-z0-9_]/.test(next)) return undefined;
    const digits = d[1]! + (d[2] ?? "");
    const suffix = d[3]?.toUpperCase();
    const kind: NumberKind =
      suffix === "BD" ? "bigdecimal" : suffix === "D" ? "double" : suffix === "F" ? "float" : d[2] ? "exponent" : "decimal";
    return { end, digits, kind };
  }
  if (intPart) {
    const m = intPart;
    const suffix = m[2]?.toUpperCase();
    const kind: NumberKind =
      suffix === "L" ? "bigint" : suffix === "S" ? "smallint" : suffix === "Y" ? "tinyint"
        : suffix === "BD" ? "bigdecimal" : suffix === "D" ? "double" : suffix === "F" ? "float" : "integer";
    return { end: start + m[0].length, digits: m[1]!, kind };
  }
  return undefined;
}
