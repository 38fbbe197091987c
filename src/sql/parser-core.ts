// Token cursor shared by the recursive-descent parse-* modules: lookahead, keyword matching,
// identifiers, speculative parsing (backtracking) and Spark-formatted errors.

import { NOT_IMPLICIT_ALIAS, RESERVED } from "./keywords.js";
import { tokenize, type Token } from "./lexer.js";
import { SqlParseException, sqlContextError, sqlError } from "./parse-error.js";

export interface ParseOptions {
  /** Values for parameter markers: named (`:name`) as a record, positional (`?`) as an array. */
  readonly args?: Readonly<Record<string, unknown>> | readonly unknown[];
}

export class SqlParser {
  readonly tokens: Token[];
  pos = 0;
  /** Next positional parameter marker index. */
  positionalIndex = 0;
  /** Furthest error seen while speculating, reported if every alternative fails. */
  private furthest: { error: SqlParseException; offset: number } | undefined;

  constructor(
    readonly sql: string,
    readonly options: ParseOptions = {},
  ) {
    this.tokens = tokenize(sql);
  }

  peek(k = 0): Token {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)]!;
  }
  prev(): Token {
    return this.tokens[Math.max(this.pos - 1, 0)]!;
  }
  next(): Token {
    const t = this.peek();
    if (t.type !== "eof") this.pos++;
    return t;
  }
  atEnd(): boolean {
    return this.peek().type === "eof";
  }

  /** Token k ahead is the unquoted word `w` (upper case). */
  isWord(w: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === "word" && t.value === w;
  }
  isAnyWord(ws: readonly string[], k = 0): boolean {
    const t = this.peek(k);
    return t.type === "word" && ws.includes(t.value);
  }
  /** The next tokens are exactly these words. */
  isWords(...ws: string[]): boolean {
    return ws.every((w, k) => this.isWord(w, k));
  }
  acceptWord(w: string): boolean {
    if (this.isWord(w)) {
      this.pos++;
      return true;
    }
    return false;
  }
  /** Consumes the whole sequence or nothing. */
  acceptWords(...ws: string[]): boolean {
    if (!this.isWords(...ws)) return false;
    this.pos += ws.length;
    return true;
  }
  expectWord(w: string): Token {
    if (!this.isWord(w)) this.fail(this.peek(), w);
    return this.next();
  }
  expectWords(...ws: string[]): void {
    for (const w of ws) this.expectWord(w);
  }

  isOp(op: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === "op" && t.value === op;
  }
  acceptOp(op: string): boolean {
    if (this.isOp(op)) {
      this.pos++;
      return true;
    }
    return false;
  }
  expectOp(op: string): Token {
    if (!this.isOp(op)) this.fail(this.peek(), op);
    return this.next();
  }

  /** Accepts a closing `>` of a type, splitting `>>` / `>>>` tokens (ARRAY<ARRAY<INT>>). */
  expectCloseAngle(): void {
    const t = this.peek();
    if (t.type === "op" && (t.value === ">>" || t.value === ">>>" || t.value === ">=")) {
      const rest = t.value.slice(1);
      this.tokens[this.pos] = { ...t, text: rest, value: rest, offset: t.offset + 1, column: t.column + 1 };
      return;
    }
    this.expectOp(">");
  }

  /** Identifier token (unquoted word or `quoted`) that is not a reserved word. */
  isIdentifier(k = 0, allowReserved = false): boolean {
    const t = this.peek(k);
    if (t.type === "qident") return true;
    return t.type === "word" && (allowReserved || !RESERVED.has(t.value));
  }
  /** An identifier that may serve as an alias without AS. */
  isImplicitAlias(k = 0): boolean {
    const t = this.peek(k);
    if (t.type === "qident") return true;
    return t.type === "word" && !NOT_IMPLICIT_ALIAS.has(t.value);
  }

  /** Reads an identifier; any word is accepted when allowReserved (after AS, in DDL names). */
  identifier(allowReserved = false): string {
    const t = this.peek();
    if (t.type === "qident") {
      this.pos++;
      return t.value;
    }
    if (t.type === "word" && (allowReserved || !RESERVED.has(t.value))) {
      if (t.invalidIdent) this.invalidIdentifier(t, t.text);
      this.pos++;
      return t.text;
    }
    return this.fail(t);
  }

  /**
   * An identifier where Spark reports `a-b` as INVALID_IDENTIFIER (aliases, table names): the
   * parts joined by '-' must be back-quoted.
   */
  errorCapturingIdentifier(allowReserved = true): string {
    const start = this.peek();
    const name = this.identifier(allowReserved);
    if (start.type === "word" && this.isOp("-") && this.peek(1).type === "word") {
      const minus = this.peek(); // Spark points at the first '-'
      let text = name;
      while (this.isOp("-") && this.peek(1).type === "word") {
        this.pos++;
        text += "-" + this.next().text;
      }
      this.invalidIdentifier(minus, text);
    }
    return name;
  }

  invalidIdentifier(at: Token, text: string): never {
    throw sqlError("INVALID_IDENTIFIER", { ident: text }, this.sql, { line: at.line, column: at.column });
  }

  /** Dotted name: a.b.c */
  multipartIdentifier(allowReserved = true): string[] {
    const parts = [this.errorCapturingIdentifier(allowReserved)];
    while (this.isOp(".") && (this.peek(1).type === "word" || this.peek(1).type === "qident")) {
      this.pos++;
      parts.push(this.errorCapturingIdentifier(true));
    }
    return parts;
  }

  /** PARSE_SYNTAX_ERROR at a token ("end of input" at EOF), with an optional missing-token hint. */
  fail(t: Token = this.peek(), _expected?: string): never {
    const error = t.type === "eof" ? "end of input" : `'${t.text}'`;
    throw sqlError("PARSE_SYNTAX_ERROR", { error, hint: "" }, this.sql, { line: t.line, column: t.column });
  }

  /** Error about the source between two tokens (inclusive), in Spark's query-context layout. */
  contextError(errorClass: string, params: Record<string, string>, from: Token, to: Token = this.prev()): never {
    throw sqlContextError(errorClass, params, this.sql, { start: from.offset, stop: Math.max(from.offset, to.end - 1) });
  }

  /**
   * Tries `fn`; on a parse error restores the position and returns undefined. The error that got
   * furthest is kept so that, if no alternative works, the most informative one is reported.
   */
  speculate<T>(fn: () => T): T | undefined {
    const saved = this.pos;
    const savedPositional = this.positionalIndex;
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof SqlParseException) || e.errorClass !== "PARSE_SYNTAX_ERROR") throw e;
      const offset = e.offset ?? -1;
      if (!this.furthest || offset > this.furthest.offset) this.furthest = { error: e, offset };
      this.pos = saved;
      this.positionalIndex = savedPositional;
      return undefined;
    }
  }

  /** Re-throws the furthest speculative error if it is beyond `t`, else fails at `t`. */
  failFurthest(t: Token = this.peek()): never {
    if (this.furthest && this.furthest.offset > t.offset) throw this.furthest.error;
    return this.fail(t);
  }
}
