// Spark's datetime patterns ("yyyy-MM-dd HH:mm:ss.SSS", "dd/MM/yyyy", "EEE, d MMM yyyy", …) for
// date_format / to_timestamp / to_date / unix_timestamp and the CSV/JSON dateFormat and
// timestampFormat options. compileDatetimePattern validates like Spark and returns a formatter
// and a parser; compiled patterns are cached.

import { compileElements } from "./pattern/compile.js";
import type { PatternElement } from "./pattern/elements.js";
import { fieldsOfInstant, fieldsOfLocal } from "./pattern/fields.js";
import { formatElements } from "./pattern/format.js";
import { parseAll, resolveDate, resolveTime } from "./pattern/parse.js";
import { joinMicros, splitMicros, INT64_MAX, INT64_MIN } from "./micros.js";
import { getZoneRules } from "./zone-rules.js";

export interface DatetimePattern {
  readonly pattern: string;
  /** Formats a TimestampType value (UTC micros) in `timeZone` (date_format). */
  format(micros: bigint, timeZone: string): string;
  /** Formats a DateType value (days since the epoch) at midnight, as a date formatter does. */
  formatDate(days: number): string;
  /**
   * Parses text to UTC micros (to_timestamp): a zone or offset in the text wins over
   * `timeZone`. Returns null when the text does not match (Spark raises CANNOT_PARSE_TIMESTAMP
   * in ANSI mode; try_to_timestamp returns NULL). Throws when the pattern is invalid for parsing.
   */
  parse(text: string, timeZone: string): bigint | null;
  /** Parses text to days since the epoch using the date fields only (CSV dateFormat). */
  parseDate(text: string): number | null;
  /** Parses text to local micros without a zone (TIMESTAMP_NTZ; zone fields are ignored). */
  parseLocal(text: string): bigint | null;
}

class CompiledPattern implements DatetimePattern {
  private parseElements: PatternElement[] | undefined;
  private formatElementsCache: PatternElement[] | undefined;

  constructor(readonly pattern: string) {}

  private get formatElementsList(): PatternElement[] {
    this.formatElementsCache ??= compileElements(this.pattern, false);
    return this.formatElementsCache;
  }

  format(micros: bigint, timeZone: string): string {
    const out: string[] = [];
    formatElements(this.formatElementsList, fieldsOfInstant(micros, timeZone), out);
    return out.join("");
  }

  formatDate(days: number): string {
    const out: string[] = [];
    formatElements(this.formatElementsList, fieldsOfLocal(days * 86_400, 0, 0, "UTC", "UTC"), out);
    return out.join("");
  }

  parser(): PatternElement[] {
    this.parseElements ??= compileElements(this.pattern, true);
    return this.parseElements;
  }

  private parseFields(text: string): { days: number; local: bigint; offset?: number; zone?: string } | null {
    const st = parseAll(this.parser(), text);
    if (!st) return null;
    const days = resolveDate(st);
    const time = resolveTime(st);
    if (days === undefined || time === undefined) return null;
    const local = joinMicros(days * 86_400 + time.secondOfDay, time.micros);
    return { days, local, offset: st.offset, zone: st.zone };
  }

  parse(text: string, timeZone: string): bigint | null {
    const p = this.parseFields(text);
    if (!p) return null;
    let offset = p.offset;
    if (offset === undefined) {
      const rules = getZoneRules(p.zone ?? timeZone);
      offset = rules.fixedOffset ?? rules.offsetForLocal(splitMicros(p.local).seconds);
    }
    const micros = p.local - BigInt(offset) * 1_000_000n;
    return micros < INT64_MIN || micros > INT64_MAX ? null : micros;
  }

  parseDate(text: string): number | null {
    const st = parseAll(this.parser(), text);
    if (!st) return null;
    const days = resolveDate(st);
    return days === undefined || resolveTime(st) === undefined ? null : days;
  }

  parseLocal(text: string): bigint | null {
    const p = this.parseFields(text);
    return p ? p.local : null;
  }
}

const cache = new Map<string, CompiledPattern>();
const CACHE_LIMIT = 128;

/**
 * Compiles a datetime pattern. Throws Spark's error for a pattern invalid for formatting
 * (INVALID_DATETIME_PATTERN.*, INCONSISTENT_BEHAVIOR_CROSS_VERSION.*), or with `forParsing` for
 * one invalid for parsing (E, F, q, Q are not allowed there) — the checks and errors differ.
 */
export function compileDatetimePattern(pattern: string, options: { forParsing?: boolean } = {}): DatetimePattern {
  let compiled = cache.get(pattern);
  if (!compiled) {
    compiled = new CompiledPattern(pattern);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(pattern, compiled);
  }
  // Validate eagerly so errors surface where Spark raises them (at analysis, not per row).
  if (options.forParsing) compiled.parser();
  else compiled.format(0n, "UTC");
  return compiled;
}
