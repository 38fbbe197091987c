// Java regular expressions (java.util.regex, what Spark's rlike / regexp_* use) translated to
// JavaScript RegExp (always with the `u` flag so `.` and classes see code points, as Java does).
//
// Translated: leading inline flags (?i) (?s) (?m) (?x) (?u) (?d) and combinations; \Q...\E
// quoting; POSIX classes \p{Alpha} \p{Digit} ... (ASCII, as Java's default), \p{L}-style Unicode
// categories, \p{IsLatin} scripts, \p{IsAlphabetic}; \A \z \Z \h \H \R \e \a \0oct \x{h...};
// Java's `.` and `$` line terminators (\n \r \u0085 \u2028 \u2029); \s as Java's ASCII space set;
// any escaped non-alphanumeric character as a literal; (?<name>...) and \k<name>.
// Rejected with FAISCA_UNSUPPORTED_REGEX: possessive quantifiers (a*+), atomic groups (?>...),
// inline flags after the start or scoped (?i:...), nested classes / intersections ([a[b]],
// [a&&b]), \G, \P{...} inside a class, block names \p{InGreek}.
// Invalid patterns raise INVALID_PARAMETER_VALUE.PATTERN like Spark.

import { SparkRuntimeException } from "../../errors/spark-error.js";

export interface TranslatedRegex {
  readonly source: string;
  readonly flags: string;
}

const POSIX: Record<string, string> = {
  Lower: "a-z",
  Upper: "A-Z",
  ASCII: "\\x00-\\x7F",
  Alpha: "a-zA-Z",
  Digit: "0-9",
  Alnum: "a-zA-Z0-9",
  Punct: "!-\\/:-@\\[-`{-~",
  Graph: "!-~",
  Print: " -~",
  Blank: " \\t",
  Cntrl: "\\x00-\\x1F\\x7F",
  XDigit: "0-9a-fA-F",
  Space: " \\t\\n\\x0B\\f\\r",
};

const JAVA_SPACE = " \\t\\n\\x0B\\f\\r";
const LINE_TERMS = "\\n\\r\\u0085\\u2028\\u2029";
const HSPACE = " \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000";
const SYNTAX = new Set("^$\\.*+?()[]{}|/".split(""));

export function unsupportedRegex(pattern: string, construct: string): SparkRuntimeException {
  return new SparkRuntimeException("FAISCA_UNSUPPORTED_REGEX", { pattern: `'${pattern}'`, construct });
}

class Translator {
  private i = 0;
  private out = "";
  private flags = { i: false, s: false, m: false, x: false };

  constructor(private readonly p: string) {}

  run(): TranslatedRegex {
    this.leadingFlags();
    while (this.i < this.p.length) this.atom(false);
    let flags = "u";
    if (this.flags.i) flags += "i";
    if (this.flags.s) flags += "s";
    if (this.flags.m) flags += "m";
    return { source: this.out, flags };
  }

  private fail(construct: string): never {
    throw unsupportedRegex(this.p, construct);
  }

  private leadingFlags(): void {
    for (;;) {
      const m = /^\(\?([idmsuxU]+)\)/.exec(this.p.slice(this.i));
      if (!m) return;
      for (const f of m[1]!) if (f in this.flags) (this.flags as Record<string, boolean>)[f] = true;
      this.i += m[0].length;
    }
  }

  private atom(inClass: boolean): void {
    const p = this.p;
    const c = p[this.i]!;
    if (this.flags.x && !inClass) {
      if (/\s/.test(c)) {
        this.i++;
        return;
      }
      if (c === "#") {
        while (this.i < p.length && p[this.i] !== "\n") this.i++;
        return;
      }
    }
    switch (c) {
      case "\\":
        this.escape(inClass);
        return;
      case "[":
        if (inClass) this.fail("a nested character class");
        this.charClass();
        return;
      case "(":
        this.group();
        return;
      case ".":
        this.i++;
        this.out += this.flags.s ? "." : `[^${LINE_TERMS}]`;
        return;
      case "$":
        this.i++;
        this.out += this.flags.m ? "$" : `(?=(?:\\r\\n|[${LINE_TERMS}])?(?![\\s\\S]))`;
        return;
      case "*":
      case "+":
      case "?":
        this.i++;
        this.out += c;
        this.quantifierSuffix();
        return;
      case "}":
      case "]":
        this.i++;
        this.out += "\\" + c;
        return;
      case "{": {
        const m = /^\{\d+(,\d*)?\}/.exec(p.slice(this.i));
        if (!m) throw invalidPattern(p);
        this.out += m[0];
        this.i += m[0].length;
        this.quantifierSuffix();
        return;
      }
      default:
        this.i++;
        this.out += c;
    }
  }

  /** After a quantifier: lazy `?` passes, possessive `+` is rejected. */
  private quantifierSuffix(): void {
    const n = this.p[this.i];
    if (n === "+") this.fail("a possessive quantifier");
    if (n === "?") {
      this.out += "?";
      this.i++;
    }
  }

  private group(): void {
    const rest = this.p.slice(this.i);
    if (rest.startsWith("(?>")) this.fail("an atomic group (?>...)");
    if (/^\(\?[idmsuxU-]+[:)]/.test(rest)) this.fail("inline flags after the start of the pattern");
    if (rest.startsWith("(?") && !/^\(\?(<[a-zA-Z][a-zA-Z0-9]*>|<=|<!|=|!|:)/.test(rest)) throw invalidPattern(this.p);
    const m = /^\((\?(<[a-zA-Z][a-zA-Z0-9]*>|<=|<!|=|!|:))?/.exec(rest)!;
    this.out += m[0];
    this.i += m[0].length;
  }

  private charClass(): void {
    const p = this.p;
    this.out += "[";
    this.i++;
    if (p[this.i] === "^") {
      this.out += "^";
      this.i++;
    }
    if (p[this.i] === "]") {
      this.out += "\\]";
      this.i++;
    }
    while (this.i < p.length && p[this.i] !== "]") {
      if (p.startsWith("&&", this.i)) this.fail("a character class intersection (&&)");
      const c = p[this.i]!;
      if (c === "\\") this.escape(true);
      else if (c === "[") this.fail("a nested character class");
      else {
        this.out += c === "/" || c === "(" || c === ")" || c === "{" || c === "}" || c === "|" ? "\\" + c : c;
        this.i++;
      }
    }
    if (this.i >= p.length) throw invalidPattern(p);
    this.out += "]";
    this.i++;
  }

  private escape(inClass: boolean): void {
    const p = this.p;
    const c = p[this.i + 1];
    if (c === undefined) throw invalidPattern(p);
    this.i += 2;
    const wrap = (body: string, negate = false): string => (inClass ? body : `[${negate ? "^" : ""}${body}]`);
    switch (c) {
      case "Q": {
        const end = p.indexOf("\\E", this.i);
        const lit = end < 0 ? p.slice(this.i) : p.slice(this.i, end);
        this.i = end < 0 ? p.length : end + 2;
        for (const ch of lit) this.out += SYNTAX.has(ch) || ch === "-" ? "\\" + ch : ch;
        return;
      }
      case "p":
      case "P": {
        const m = /^\{([A-Za-z_=]+)\}|^([A-Za-z])/.exec(p.slice(this.i));
        if (!m) throw invalidPattern(p);
        this.i += m[0].length;
        const name = m[1] ?? m[2]!;
        const neg = c === "P";
        if (neg && inClass) this.fail("\\P{...} inside a character class");
        const posix = POSIX[name.startsWith("Is") && POSIX[name.slice(2)] ? name.slice(2) : name];
        if (posix !== undefined) {
          this.out += wrap(posix, neg);
          return;
        }
        if (name.startsWith("In")) this.fail(`the Unicode block ${name}`);
        let prop: string;
        if (name === "IsAlphabetic" || name === "Alphabetic") prop = "Alphabetic";
        else if (name.startsWith("Is")) prop = name.length <= 4 ? name.slice(2) : `Script=${name.slice(2)}`;
        else prop = name;
        this.out += `\\${c}{${prop}}`;
        return;
      }
      case "A":
        this.out += "(?<![\\s\\S])";
        return;
      case "z":
        this.out += "(?![\\s\\S])";
        return;
      case "Z":
        this.out += `(?=(?:\\r\\n|[${LINE_TERMS}])?(?![\\s\\S]))`;
        return;
      case "G":
        throw unsupportedRegex(this.p, "\\G");
      case "h":
        this.out += wrap(HSPACE);
        return;
      case "H":
        if (inClass) this.fail("\\H inside a character class");
        this.out += `[^${HSPACE}]`;
        return;
      case "R":
        this.out += `(?:\\r\\n|[\\n\\x0B\\f\\r\\u0085\\u2028\\u2029])`;
        return;
      case "s":
        this.out += wrap(JAVA_SPACE);
        return;
      case "S":
        this.out += inClass ? "\\S" : `[^${JAVA_SPACE}]`;
        return;
      case "e":
        this.out += "\\x1B";
        return;
      case "a":
        this.out += "\\x07";
        return;
      case "0": {
        const m = /^[0-3]?[0-7]{1,2}/.exec(p.slice(this.i));
        if (!m) throw invalidPattern(p);
        this.i += m[0].length;
        this.out += "\\u{" + parseInt(m[0], 8).toString(16) + "}";
        return;
      }
      case "x": {
        if (p[this.i] === "{") {
          const end = p.indexOf("}", this.i);
          if (end < 0) throw invalidPattern(p);
          this.out += "\\u{" + p.slice(this.i + 1, end) + "}";
          this.i = end + 1;
        } else {
          this.out += "\\x" + p.slice(this.i, this.i + 2);
          this.i += 2;
        }
        return;
      }
      case "d":
      case "D":
      case "w":
      case "W":
      case "b":
      case "B":
      case "t":
      case "n":
      case "r":
      case "f":
      case "c":
      case "u":
      case "k":
        this.out += "\\" + c;
        return;
      default:
        if (c >= "1" && c <= "9") {
          this.out += "\\" + c;
          return;
        }
        if (/[A-Za-z]/.test(c)) throw invalidPattern(p);
        // any other escaped character is itself
        this.out += SYNTAX.has(c) || (inClass && c === "-") ? "\\" + c : c;
    }
  }
}

export function invalidPattern(pattern: string, functionName = "rlike"): SparkRuntimeException {
  return new SparkRuntimeException("INVALID_PARAMETER_VALUE.PATTERN", {
    parameter: "`regexp`",
    functionName: "`" + functionName + "`",
    value: `'${pattern}'`,
  });
}

/** Java pattern → JS source and flags (throws for unsupported or malformed patterns). */
export function translateJavaRegex(pattern: string): TranslatedRegex {
  return new Translator(pattern).run();
}

/** A compiled RegExp for a Java pattern; `extraFlags` such as "g" or "y" are added. Errors from
 *  the JS engine become INVALID_PARAMETER_VALUE.PATTERN for `functionName`. */
export function compileJavaRegex(pattern: string, extraFlags = "", functionName = "rlike"): RegExp {
  let t: TranslatedRegex;
  try {
    t = translateJavaRegex(pattern);
  } catch (e) {
    if (e instanceof SparkRuntimeException && e.errorClass === "INVALID_PARAMETER_VALUE.PATTERN") throw invalidPattern(pattern, functionName);
    throw e;
  }
  try {
    return new RegExp(t.source, t.flags + extraFlags);
  } catch {
    throw invalidPattern(pattern, functionName);
  }
}
