// A byte-level JSON parser with Jackson's feature switches as Spark exposes them. Numbers keep
// their source text (JsonNumber) so longs and decimals stay exact; objects keep key order.
// Parses one record (a line, or a whole multiLine file) into a small value tree.

import type { JsonOptions } from "./options.js";

export class JsonNumber {
  constructor(
    readonly text: string,
    readonly isInteger: boolean,
  ) {}
}

export class JsonObject {
  constructor(
    readonly keys: string[],
    readonly values: JsonValue[],
  ) {}

  get(key: string): JsonValue | undefined {
    // The last duplicate wins, as Spark's parser overwrites the field.
    const i = this.keys.lastIndexOf(key);
    return i < 0 ? undefined : this.values[i];
  }
}

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonObject;

export class JsonParseError extends Error {}

const utf8 = new TextDecoder("utf-8", { fatal: false });

export class JsonParser {
  private buf: Uint8Array = new Uint8Array(0);
  private p = 0;
  private end = 0;

  constructor(private readonly o: JsonOptions) {}

  /** Parses buf[start..end) as one JSON value followed only by whitespace. */
  parse(buf: Uint8Array, start: number, end: number): JsonValue {
    this.buf = buf;
    this.p = start;
    this.end = end;
    this.ws();
    const v = this.value();
    this.ws();
    if (this.p < this.end) this.fail("Unexpected character after the value");
    return v;
  }

  private fail(msg: string): never {
    throw new JsonParseError(`${msg} at byte ${this.p}`);
  }

  private ws(): void {
    const b = this.buf;
    for (;;) {
      while (this.p < this.end) {
        const c = b[this.p]!;
        if (c === 32 || c === 10 || c === 13 || c === 9) this.p++;
        else break;
      }
      if (this.o.allowComments && this.p + 1 < this.end && b[this.p] === 47) {
        const n = b[this.p + 1];
        if (n === 47) {
          while (this.p < this.end && b[this.p] !== 10) this.p++;
          continue;
        }
        if (n === 42) {
          this.p += 2;
          while (this.p + 1 < this.end && !(b[this.p] === 42 && b[this.p + 1] === 47)) this.p++;
          if (this.p + 1 >= this.end) this.fail("Unterminated comment");
          this.p += 2;
          continue;
        }
      }
      if (this.o.allowComments && this.p < this.end && b[this.p] === 35) {
        // YAML-style comments are a separate Jackson feature Spark does not enable.
      }
      return;
    }
  }

  private value(): JsonValue {
    if (this.p >= this.end) this.fail("Unexpected end of input");
    const c = this.buf[this.p]!;
    switch (c) {
      case 123:
        return this.object();
      case 91:
        return this.array();
      case 34:
        return this.string(34);
      case 39:
        if (!this.o.allowSingleQuotes) this.fail("Unexpected character (''')");
        return this.string(39);
      case 116:
        return this.literal("true", true);
      case 102:
        return this.literal("false", false);
      case 110:
        return this.literal("null", null);
      case 78: // NaN
        if (this.o.allowNonNumericNumbers && this.startsWith("NaN")) {
          this.p += 3;
          return new JsonNumber("NaN", false);
        }
        return this.fail("Unrecognized token");
      case 73: // Infinity
        if (this.o.allowNonNumericNumbers && this.startsWith("Infinity")) {
          this.p += 8;
          return new JsonNumber("Infinity", false);
        }
        return this.fail("Unrecognized token");
      default:
        if (c === 45 || c === 43 || (c >= 48 && c <= 57)) return this.number();
        return this.fail("Unexpected character");
    }
  }

  private startsWith(s: string): boolean {
    if (this.p + s.length > this.end) return false;
    for (let i = 0; i < s.length; i++) if (this.buf[this.p + i] !== s.charCodeAt(i)) return false;
    return true;
  }

  private literal<T>(word: string, v: T): T {
    if (!this.startsWith(word)) this.fail("Unrecognized token");
    this.p += word.length;
    return v;
  }

  private number(): JsonNumber {
    const b = this.buf;
    const start = this.p;
    if (b[this.p] === 45 || b[this.p] === 43) {
      if (b[this.p] === 43 && !this.o.allowNonNumericNumbers) this.fail("Leading '+' not allowed");
      this.p++;
      if (this.startsWith("Infinity") && this.o.allowNonNumericNumbers) {
        this.p += 8;
        return new JsonNumber(b[start] === 45 ? "-Infinity" : "Infinity", false);
      }
    }
    const intStart = this.p;
    while (this.p < this.end && b[this.p]! >= 48 && b[this.p]! <= 57) this.p++;
    const intLen = this.p - intStart;
    if (intLen === 0) this.fail("Expected digit");
    if (intLen > 1 && b[intStart] === 48 && !this.o.allowNumericLeadingZeros) this.fail("Leading zeroes not allowed");
    let isInteger = true;
    if (this.p < this.end && b[this.p] === 46) {
      isInteger = false;
      this.p++;
      const f = this.p;
      while (this.p < this.end && b[this.p]! >= 48 && b[this.p]! <= 57) this.p++;
      if (this.p === f) this.fail("Decimal point must be followed by a digit");
    }
    if (this.p < this.end && (b[this.p] === 101 || b[this.p] === 69)) {
      isInteger = false;
      this.p++;
      if (b[this.p] === 43 || b[this.p] === 45) this.p++;
      const e = this.p;
      while (this.p < this.end && b[this.p]! >= 48 && b[this.p]! <= 57) this.p++;
      if (this.p === e) this.fail("Exponent indicator not followed by a digit");
    }
    let text = "";
    for (let i = start; i < this.p; i++) text += String.fromCharCode(b[i]!);
    if (text[0] === "+") text = text.slice(1);
    return new JsonNumber(text, isInteger);
  }

  private string(q: number): string {
    const b = this.buf;
    this.p++;
    const start = this.p;
    // Fast path: no escapes.
    while (this.p < this.end) {
      const c = b[this.p]!;
      if (c === q) {
        const s = utf8.decode(b.subarray(start, this.p));
        this.p++;
        return s;
      }
      if (c === 92) break;
      if (c < 32 && !this.o.allowUnquotedControlChars) this.fail("Illegal unquoted character");
      this.p++;
    }
    let out = utf8.decode(b.subarray(start, this.p));
    while (this.p < this.end) {
      const c = b[this.p]!;
      if (c === q) {
        this.p++;
        return out;
      }
      if (c === 92) {
        const e = b[this.p + 1];
        this.p += 2;
        switch (e) {
          case 34: out += '"'; break;
          case 92: out += "\\"; break;
          case 47: out += "/"; break;
          case 98: out += "\b"; break;
          case 102: out += "\f"; break;
          case 110: out += "\n"; break;
          case 114: out += "\r"; break;
          case 116: out += "\t"; break;
          case 117: {
            let hex = "";
            for (let i = 0; i < 4; i++) hex += String.fromCharCode(b[this.p + i] ?? 0);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("Illegal unicode escape");
            out += String.fromCharCode(parseInt(hex, 16));
            this.p += 4;
            break;
          }
          default:
            if (e === 39 && q === 39) out += "'";
            else if (this.o.allowBackslashEscapingAnyCharacter && e !== undefined) {
              this.p--;
              const s = this.p;
              this.p++;
              while (this.p < this.end && (b[this.p]! & 0xc0) === 0x80) this.p++;
              out += utf8.decode(b.subarray(s, this.p));
            } else this.fail("Unrecognized character escape");
        }
        continue;
      }
      if (c < 32 && !this.o.allowUnquotedControlChars) this.fail("Illegal unquoted character");
      const s = this.p;
      while (this.p < this.end && b[this.p] !== q && b[this.p] !== 92) this.p++;
      out += utf8.decode(b.subarray(s, this.p));
    }
    return this.fail("Unexpected end of input in a string");
  }

  private array(): JsonValue[] {
    this.p++;
    const out: JsonValue[] = [];
    this.ws();
    if (this.buf[this.p] === 93) {
      this.p++;
      return out;
    }
    for (;;) {
      this.ws();
      out.push(this.value());
      this.ws();
      const c = this.buf[this.p];
      this.p++;
      if (c === 44) continue;
      if (c === 93) return out;
      this.p--;
      this.fail("Expected ',' or ']'");
    }
  }

  private object(): JsonObject {
    this.p++;
    const keys: string[] = [];
    const values: JsonValue[] = [];
    this.ws();
    if (this.buf[this.p] === 125) {
      this.p++;
      return new JsonObject(keys, values);
    }
    for (;;) {
      this.ws();
      keys.push(this.key());
      this.ws();
      if (this.buf[this.p] !== 58) this.fail("Expected ':'");
      this.p++;
      this.ws();
      values.push(this.value());
      this.ws();
      const c = this.buf[this.p];
      this.p++;
      if (c === 44) continue;
      if (c === 125) return new JsonObject(keys, values);
      this.p--;
      this.fail("Expected ',' or '}'");
    }
  }

  private key(): string {
    const c = this.buf[this.p];
    if (c === 34) return this.string(34);
    if (c === 39 && this.o.allowSingleQuotes) return this.string(39);
    if (this.o.allowUnquotedFieldNames && c !== undefined && isIdentByte(c)) {
      const s = this.p;
      while (this.p < this.end && isIdentByte(this.buf[this.p]!)) this.p++;
      return utf8.decode(this.buf.subarray(s, this.p));
    }
    return this.fail("Expected a field name");
  }
}

function isIdentByte(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c >= 0x80;
}

/** Compact JSON text of a parsed value (Spark gives non-string values to string columns so). */
export function jsonText(v: JsonValue): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "string") return JSON.stringify(v);
  if (v instanceof JsonNumber) return v.text;
  if (Array.isArray(v)) return "[" + v.map(jsonText).join(",") + "]";
  return "{" + v.keys.map((k, i) => JSON.stringify(k) + ":" + jsonText(v.values[i]!)).join(",") + "}";
}
