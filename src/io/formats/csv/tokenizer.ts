// HOT PATH. Byte-level CSV tokenizer: parses one record from a byte range into field slices:
// unquoted fields are slices of the input, quoted ones are unescaped into a reusable scratch
// buffer. No strings, no per-field allocation.
//
// Semantics follow the univocity parser as Spark configures it: a quote opens a quoted field
// only at the field start (after optional leading whitespace); inside quotes the escape
// character followed by the quote is a literal quote (a doubled quote only when escape is the
// quote character); a quote inside an unquoted field is literal; when text follows a closing
// quote the field is the raw text from the opening quote to the delimiter (STOP_AT_DELIMITER). In multiLine mode quoted fields may span lines and the tokenizer reports
// an incomplete record when the buffer ends inside one, so the caller can append more bytes.

import { ensureCapacity } from "../../../exec/batch/growable.js";
import type { CsvOptions } from "./options.js";

const encoder = new TextEncoder();
const NONE = -1;

export class CsvTokenizer {
  /** Scratch bytes holding the current record's field values back to back. */
  out = new Uint8Array(4096);
  fieldStart = new Int32Array(64);
  fieldEnd = new Int32Array(64);
  /** 1 when the field was quoted (quoted empty → emptyValue rather than nullValue). */
  fieldQuoted = new Uint8Array(64);
  /** 1 when the field's slice lies in the parsed input (unquoted), 0 when in `out`. */
  fieldInInput = new Uint8Array(64);
  fieldCount = 0;
  /** The input of the last parse (what unquoted fields' slices index). */
  input: Uint8Array = this.out;

  private readonly delim: Uint8Array;
  private readonly d0: number;
  private readonly quote: number;
  private readonly escape: number;
  private readonly escEsc: number;
  private readonly comment: number;
  private readonly trimLeading: boolean;
  private readonly trimTrailing: boolean;
  private readonly multiLine: boolean;
  private readonly lineSep: Uint8Array | null;
  private readonly maxColumns: number;
  private readonly maxChars: number;
  private outLen = 0;

  constructor(o: CsvOptions) {
    this.delim = encoder.encode(o.sep);
    this.d0 = this.delim[0]!;
    this.quote = o.quote === "" ? NONE : singleByte(o.quote, "quote");
    this.escape = singleByte(o.escape, "escape");
    this.escEsc = o.charToEscapeQuoteEscaping === "" || o.charToEscapeQuoteEscaping === "\u0000" ? NONE : singleByte(o.charToEscapeQuoteEscaping, "charToEscapeQuoteEscaping");
    this.comment = o.comment === "" ? NONE : singleByte(o.comment, "comment");
    this.trimLeading = o.ignoreLeadingWhiteSpaceInRead;
    this.trimTrailing = o.ignoreTrailingWhiteSpaceInRead;
    this.multiLine = o.multiLine;
    this.lineSep = o.lineSep === null ? null : encoder.encode(o.lineSep);
    this.maxColumns = o.maxColumns;
    this.maxChars = o.maxCharsPerColumn;
  }

  /** The bytes that field i's start/end index. */
  fieldBytes(i: number): Uint8Array {
    return this.fieldInInput[i] === 1 ? this.input : this.out;
  }

  /** True when the line is a comment (starts with the comment character). */
  isComment(buf: Uint8Array, pos: number): boolean {
    return this.comment !== NONE && buf[pos] === this.comment;
  }

  /**
   * Parses the record at buf[pos..limit). In line mode the range is one line. In multiLine mode
   * the record ends at an unquoted line terminator; returns the position after that terminator,
   * or -1 when the range ends inside the record and `eof` is false.
   */
  parse(buf: Uint8Array, pos: number, limit: number, eof: boolean): number {
    this.input = buf;
    this.outLen = 0;
    this.fieldCount = 0;
    let p = pos;
    for (;;) {
      const r = this.parseField(buf, p, limit, eof);
      if (r === -1) return -1;
      p = r;
      if (p >= limit) return limit;
      const b = buf[p]!;
      if (b === this.d0 && this.atDelim(buf, p, limit)) {
        p += this.delim.length;
        if (p >= limit) {
          // A trailing delimiter: one more (empty) field.
          if (!eof && this.multiLine) return -1;
          this.pushField(this.outLen, this.outLen, 0, 0);
          return limit;
        }
        continue;
      }
      // A line terminator (multiLine mode).
      const t = this.terminatorLength(buf, p, limit, eof);
      if (t === -1) return -1;
      return p + t;
    }
  }

  private parseField(buf: Uint8Array, pos: number, limit: number, eof: boolean): number {
    let p = pos;
    if (this.trimLeading) while (p < limit && isBlank(buf[p]!) && !this.isFieldEnd(buf, p, limit)) p++;
    if (p < limit && buf[p] === this.quote) return this.parseQuoted(buf, p + 1, limit, eof, this.outLen);
    // Unquoted: the field is a slice of the input itself, up to a delimiter or a line terminator.
    const fieldStart = p;
    const d0 = this.d0;
    if (!this.multiLine && this.delim.length === 1) {
      // Hot loop of the common case: one-byte delimiter, record = one line.
      while (p < limit && buf[p] !== d0) p++;
    } else {
      while (p < limit) {
        const b = buf[p]!;
        if (b === d0 && this.atDelim(buf, p, limit)) break;
        if (this.multiLine && this.isNewline(buf, p, limit)) break;
        p++;
      }
    }
    if (p >= limit && this.multiLine && !eof) return -1;
    let e = p;
    if (this.trimTrailing) while (e > fieldStart && isBlank(buf[e - 1]!)) e--;
    this.checkChars(e - fieldStart);
    this.pushField(fieldStart, e, 0, 1);
    return p;
  }

  private parseQuoted(buf: Uint8Array, pos: number, limit: number, eof: boolean, start: number): number {
    let p = pos;
    let out = this.out;
    let o = this.outLen;
    const q = this.quote;
    const esc = this.escape;
    for (;;) {
      if (p >= limit) {
        if (this.multiLine && !eof) return -1;
        break; // unterminated quote: the field runs to the end of the record
      }
      const b = buf[p]!;
      if (o + 2 > out.length) out = this.out = ensureCapacity(out, o + 2);
      if (b === this.escEsc && p + 1 < limit && buf[p + 1] === esc && esc !== q) {
        out[o++] = esc;
        p += 2;
        continue;
      }
      if (b === esc && esc !== q && p + 1 < limit && buf[p + 1] === q) {
        out[o++] = q;
        p += 2;
        continue;
      }
      if (b === q) {
        if (esc === q && p + 1 < limit && buf[p + 1] === q) {
          out[o++] = q;
          p += 2;
          continue;
        }
        if (p + 1 >= limit && this.multiLine && !eof) return -1;
        p++;
        // After the closing quote: optional blanks, then a delimiter or the record end; any
        // other text is kept literally (with the quote) up to the delimiter.
        let k = p;
        while (k < limit && isBlank(buf[k]!) && !this.isFieldEnd(buf, k, limit)) k++;
        if (k >= limit || this.isFieldEnd(buf, k, limit)) {
          p = k;
          break;
        }
        // An unescaped quote: the field is the raw text from its opening quote up to the
        // delimiter (univocity's STOP_AT_DELIMITER), e.g. "a""b" with escape '\\' stays as is.
        o = start;
        p = pos - 1;
        while (p < limit && !this.isFieldEnd(buf, p, limit)) {
          if (o >= out.length) out = this.out = ensureCapacity(out, o + 1);
          out[o++] = buf[p++]!;
        }
        if (p >= limit && this.multiLine && !eof) return -1;
        break;
      }
      out[o++] = b;
      p++;
    }
    this.checkChars(o - start);
    this.outLen = o;
    this.pushField(start, o, 1, 0);
    return p;
  }

  private pushField(start: number, end: number, quoted: number, inInput: number): void {
    const i = this.fieldCount;
    if (i >= this.maxColumns) {
      throw new Error(`Number of columns processed may have exceeded limit of ${this.maxColumns} columns. Use maxColumns to increase the limit.`);
    }
    if (i >= this.fieldStart.length) {
      this.fieldStart = ensureCapacity(this.fieldStart, i + 1);
      this.fieldEnd = ensureCapacity(this.fieldEnd, i + 1);
      this.fieldQuoted = ensureCapacity(this.fieldQuoted, i + 1);
      this.fieldInInput = ensureCapacity(this.fieldInInput, i + 1);
    }
    this.fieldStart[i] = start;
    this.fieldEnd[i] = end;
    this.fieldQuoted[i] = quoted;
    this.fieldInInput[i] = inInput;
    this.fieldCount = i + 1;
  }

  private checkChars(n: number): void {
    if (this.maxChars >= 0 && n > this.maxChars) {
      throw new Error(`Length of parsed input (${n}) exceeds the maximum number of characters defined in your parser settings (${this.maxChars}).`);
    }
  }

  private atDelim(buf: Uint8Array, p: number, limit: number): boolean {
    const d = this.delim;
    if (d.length === 1) return true;
    if (p + d.length > limit) return false;
    for (let k = 1; k < d.length; k++) if (buf[p + k] !== d[k]) return false;
    return true;
  }

  private isFieldEnd(buf: Uint8Array, p: number, limit: number): boolean {
    const b = buf[p]!;
    if (b === this.d0 && this.atDelim(buf, p, limit)) return true;
    return this.multiLine && this.isNewline(buf, p, limit);
  }

  private isNewline(buf: Uint8Array, p: number, limit: number): boolean {
    const b = buf[p]!;
    const sep = this.lineSep;
    if (sep === null) return b === 10 || b === 13;
    if (b !== sep[0]) return false;
    if (p + sep.length > limit) return false;
    for (let k = 1; k < sep.length; k++) if (buf[p + k] !== sep[k]) return false;
    return true;
  }

  /** Length of the line terminator at p (multiLine), or -1 when more bytes are needed. */
  private terminatorLength(buf: Uint8Array, p: number, limit: number, eof: boolean): number {
    const sep = this.lineSep;
    if (sep !== null) return sep.length;
    if (buf[p] === 13) {
      if (p + 1 >= limit) return eof ? 1 : -1;
      return buf[p + 1] === 10 ? 2 : 1;
    }
    return 1;
  }
}

function singleByte(c: string, name: string): number {
  const code = c.charCodeAt(0);
  if (c.length !== 1 || code > 0x7f) throw new Error(`The ${name} option must be a single ASCII character; got '${c}'`);
  return code;
}

/** Univocity's whitespace: any character at or below ' '. */
function isBlank(b: number): boolean {
  return b <= 32;
}
