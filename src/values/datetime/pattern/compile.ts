// Datetime pattern → elements, with Spark's checks on top of java.time's pattern grammar:
//  * week-based letters (Y w W u e c) are rejected (DATETIME_WEEK_BASED_PATTERN);
//  * A B n N p are illegal, and for parsing also E F q Q (INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER);
//  * narrow text forms (GGGGG MMMMM LLLLL EEEEE QQQQQ qqqqq) and 7+ 'y' are too long (LENGTH);
//  * without 'G' in the pattern, 'y' means the proleptic year (java.time 'u'), so negative years print;
//  * when a pattern fails but the pre-3.0 SimpleDateFormat would have accepted it, Spark reports
//    DATETIME_PATTERN_RECOGNITION instead; other java.time rejections are WITH_SUGGESTION.

import { SparkIllegalArgumentException, SparkRuntimeException } from "../../../errors/spark-error.js";
import { OFFSET_STYLES, type NumberField, type PatternElement, type SignStyle, type TextStyle } from "./elements.js";

const DOCROOT = "https://spark.apache.org/docs/latest";
const WEEK_BASED = new Set(["Y", "W", "w", "u", "e", "c"]);
const UNSUPPORTED = new Set(["A", "B", "n", "N", "p"]);
const UNSUPPORTED_FOR_PARSING = new Set(["E", "F", "q", "Q"]);
const TOO_LONG = ["GGGGG", "MMMMM", "LLLLL", "EEEEE", "QQQQQ", "qqqqq", "yyyyyyy"];
/** Letters java.text.SimpleDateFormat understands (the pre-Spark-3.0 parser). */
const LEGACY_LETTERS = new Set("GyYMLwWDdFEuaHkKhmsSzZX".split(""));

class PatternError extends Error {
  constructor(readonly sparkError: Error | undefined) {
    super("pattern error");
  }
}

/** Parts outside single quotes (even indexes of a split on "'"), as Spark inspects them. */
function unquotedParts(pattern: string): string[] {
  return pattern.split("'").filter((_, i) => i % 2 === 0);
}

function sparkChecks(pattern: string, forParsing: boolean): void {
  for (const part of unquotedParts(pattern + " ")) {
    for (const c of part) {
      if (WEEK_BASED.has(c)) {
        throw new PatternError(
          new SparkIllegalArgumentException("INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_WEEK_BASED_PATTERN", { c }),
        );
      }
    }
    for (const c of part) {
      if (UNSUPPORTED.has(c) || (forParsing && UNSUPPORTED_FOR_PARSING.has(c))) {
        throw new PatternError(
          new SparkIllegalArgumentException("INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER", { c, pattern }),
        );
      }
    }
    for (const style of TOO_LONG) {
      if (part.includes(style)) {
        throw new PatternError(new SparkIllegalArgumentException("INVALID_DATETIME_PATTERN.LENGTH", { pattern: style }));
      }
    }
  }
}

/** Whether SimpleDateFormat would accept the pattern (decides which error Spark reports). */
function legacyAccepts(pattern: string): boolean {
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) return false;
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!LEGACY_LETTERS.has(c)) return false;
      let j = i;
      while (j < pattern.length && pattern[j] === c) j++;
      if (c === "X" && j - i > 3) return false;
      i = j;
      continue;
    }
    i++;
  }
  return true;
}

/** java.time rejects the letter count ("Too many pattern letters: H"). */
function tooMany(_letter: string): never {
  throw new PatternError(undefined);
}

function numberEl(field: NumberField, minWidth: number, maxWidth: number, sign: SignStyle): PatternElement {
  return { kind: "number", field, minWidth, maxWidth, sign, subsequentWidth: 0 };
}

function textStyle(count: number): TextStyle {
  return count === 4 ? "full" : count === 5 ? "narrow" : "short";
}

const SIMPLE_NUMBERS: Record<string, NumberField> = {
  d: "day",
  h: "clockHourOfAmPm",
  H: "hourOfDay",
  k: "clockHourOfDay",
  K: "hourOfAmPm",
  m: "minute",
  s: "second",
};

/** One run of a pattern letter → element (java.time's rules for letter counts). */
function letterElement(c: string, count: number, hasEra: boolean): PatternElement {
  switch (c) {
    case "G":
      if (count > 5) tooMany(c);
      return { kind: "text", field: "era", style: textStyle(count) };
    case "y": {
      const field: NumberField = hasEra ? "yearOfEra" : "year";
      if (count === 2) return { kind: "reducedYear", field };
      if (count > 19) tooMany(c);
      return numberEl(field, count, 19, count < 4 ? "normal" : "exceedsPad");
    }
    case "M":
    case "L":
    case "Q":
    case "q": {
      const field = c === "M" || c === "L" ? "month" : "quarter";
      if (count === 1) return numberEl(field, 1, 19, "normal");
      if (count === 2) return numberEl(field, 2, 2, "notNegative");
      if (count > 5) tooMany(c);
      return { kind: "text", field, style: textStyle(count) };
    }
    case "E":
      if (count > 5) tooMany(c);
      return { kind: "text", field: "dayOfWeek", style: textStyle(count) };
    case "a":
      if (count > 1) tooMany(c);
      return { kind: "text", field: "amPm", style: "short" };
    case "D":
      if (count === 1) return numberEl("dayOfYear", 1, 19, "normal");
      if (count <= 3) return numberEl("dayOfYear", count, 3, "notNegative");
      return tooMany(c);
    case "F":
      if (count > 1) tooMany(c);
      return numberEl("alignedDayOfWeekInMonth", 1, 19, "normal");
    case "g":
      if (count > 19) tooMany(c);
      return numberEl("modifiedJulianDay", count, 19, "normal");
    case "S":
      if (count > 9) tooMany(c);
      return { kind: "fraction", minWidth: count, maxWidth: count };
    case "V":
      if (count !== 2) tooMany(c);
      return { kind: "zoneId" };
    case "z":
    case "v":
      if (count > 4 || (c === "v" && count !== 1 && count !== 4)) tooMany(c);
      return { kind: "zoneName", full: count === 4 };
    case "Z":
      if (count < 4) return { kind: "offset", style: "+HHMM", noOffsetText: "+0000" };
      if (count === 4) return { kind: "localizedOffset", full: true };
      if (count === 5) return { kind: "offset", style: "+HH:MM:ss", noOffsetText: "Z" };
      return tooMany(c);
    case "O":
      if (count !== 1 && count !== 4) tooMany(c);
      return { kind: "localizedOffset", full: count === 4 };
    case "X":
    case "x": {
      if (count > 5) tooMany(c);
      const style = OFFSET_STYLES[count + (count === 1 ? 0 : 1)]!;
      const zero = c === "X" ? "Z" : count === 1 ? "+00" : count % 2 === 0 ? "+0000" : "+00:00";
      return { kind: "offset", style, noOffsetText: zero };
    }
    default: {
      const field = SIMPLE_NUMBERS[c];
      if (!field) throw new PatternError(undefined); // unknown pattern letter
      if (count === 1) return numberEl(field, 1, 19, "normal");
      if (count === 2) return numberEl(field, 2, 2, "notNegative");
      return tooMany(c);
    }
  }
}

function isFixedWidth(e: PatternElement): number {
  if (e.kind === "number" && e.minWidth === e.maxWidth && e.sign === "notNegative") return e.maxWidth;
  if (e.kind === "reducedYear") return 2;
  if (e.kind === "fraction" && e.minWidth === e.maxWidth) return e.maxWidth;
  return 0;
}

/** java.time's adjacent value parsing: "yyyyMMdd" reserves digits for the fixed fields after a variable one. */
function linkAdjacent(elements: PatternElement[]): void {
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!;
    if (e.kind === "optional") {
      linkAdjacent(e.elements);
      continue;
    }
    if (e.kind !== "number" || isFixedWidth(e) > 0) continue;
    let reserved = 0;
    for (let j = i + 1; j < elements.length; j++) {
      const w = isFixedWidth(elements[j]!);
      if (w === 0) break;
      reserved += w;
    }
    e.subsequentWidth = reserved;
  }
}

function tokenize(pattern: string, forParsing: boolean): PatternElement[] {
  const hasEra = unquotedParts(pattern).some((p) => p.includes("G"));
  const root: PatternElement[] = [];
  const stack: PatternElement[][] = [root];
  const top = (): PatternElement[] => stack[stack.length - 1]!;
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (j < pattern.length && pattern[j] === c) j++;
      let el = letterElement(c, j - i, hasEra);
      // Spark parses 'S' runs as a fraction of 1..n digits.
      if (forParsing && el.kind === "fraction") el = { kind: "fraction", minWidth: 1, maxWidth: el.maxWidth };
      top().push(el);
      i = j;
    } else if (c === "'") {
      let j = i + 1;
      let text = "";
      for (; j < pattern.length; j++) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j++;
          } else break;
        } else text += pattern[j];
      }
      if (j >= pattern.length) throw new PatternError(undefined); // unterminated literal
      top().push({ kind: "literal", text: j === i + 1 ? "'" : text });
      i = j + 1;
    } else if (c === "[") {
      const section: PatternElement = { kind: "optional", elements: [] };
      top().push(section);
      stack.push(section.elements);
      i++;
    } else if (c === "]") {
      if (stack.length === 1) throw new PatternError(undefined);
      stack.pop();
      i++;
    } else if (c === "{" || c === "}" || c === "#") {
      throw new PatternError(undefined); // reserved characters
    } else {
      top().push({ kind: "literal", text: c });
      i++;
    }
  }
  linkAdjacent(root);
  return root;
}

/** Quotes a pattern the way Spark shows it in WITH_SUGGESTION / RECOGNITION messages. */
function quotePattern(pattern: string): string {
  return "'" + pattern.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
}

/**
 * Compiles a Spark datetime pattern for formatting or parsing, or throws the error Spark raises
 * for it (INVALID_DATETIME_PATTERN.*, INCONSISTENT_BEHAVIOR_CROSS_VERSION.*).
 */
export function compileElements(pattern: string, forParsing: boolean): PatternElement[] {
  try {
    sparkChecks(pattern, forParsing);
    return tokenize(pattern, forParsing);
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    if (legacyAccepts(pattern)) {
      throw new SparkRuntimeException("INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION", {
        pattern: quotePattern(pattern),
        config: '"spark.sql.legacy.timeParserPolicy"',
        docroot: DOCROOT,
      });
    }
    throw (
      e.sparkError ??
      new SparkIllegalArgumentException("INVALID_DATETIME_PATTERN.WITH_SUGGESTION", {
        pattern: quotePattern(pattern),
        docroot: DOCROOT,
      })
    );
  }
}
