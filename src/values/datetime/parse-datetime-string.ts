// Spark's cast of strings to DATE, TIMESTAMP and TIMESTAMP_NTZ (stringToDate /
// stringToTimestamp). Accepted, after trimming whitespace and ASCII control characters:
//   date:      [+-]yyyy*  [+-]yyyy*-[m]m  [+-]yyyy*-[m]m-[d]d  followed optionally by ' ' or 'T'
//              and anything (the rest is ignored); year 4..7 digits.
//   timestamp: [+-]yyyy*[-[m]m[-[d]d]] then optionally ' ' or 'T' and
//              [h]h[:[m]m[:[s]s[.fraction]]][zone]; also a time alone ("12:34:56", "T12:34")
//              which takes today's date; year 4..6 digits; fraction digits past 6 are dropped;
//              zone is anything Spark accepts as a zone ID ("Z", "+01:00", " UTC", "Europe/Paris").
// Invalid input gives null (callers raise CAST_INVALID_INPUT in ANSI mode).

import { civilToDays, isValidCivil } from "./civil.js";
import { tryParseZoneId } from "./zone-id.js";
import { getZoneRules } from "./zone-rules.js";
import { joinMicros, splitMicros } from "./micros.js";

function isTrimmed(code: number): boolean {
  return code <= 32 || code === 127;
}

function trimBounds(s: string): [number, number] {
  let start = 0;
  let end = s.length;
  while (start < end && isTrimmed(s.charCodeAt(start))) start++;
  while (end > start && isTrimmed(s.charCodeAt(end - 1))) end--;
  return [start, end];
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Days since the epoch for a string Spark can cast to DATE, or null. */
export function parseDate(s: string): number | null {
  let [j, end] = trimBounds(s);
  if (j === end) return null;
  let sign = 1;
  const c0 = s.charCodeAt(j);
  if (c0 === 45 /* - */ || c0 === 43 /* + */) {
    sign = c0 === 45 ? -1 : 1;
    j++;
  }
  const segments = [1, 1, 1];
  let i = 0;
  let value = 0;
  let digits = 0;
  const validDigits = (seg: number, n: number): boolean => (seg === 0 ? n >= 4 && n <= 7 : n > 0 && n <= 2);
  while (j < end && i < 3) {
    const c = s.charCodeAt(j);
    if (c === 32 || c === 84 /* T */) break;
    if (i < 2 && c === 45) {
      if (!validDigits(i, digits)) return null;
      segments[i] = value;
      value = 0;
      digits = 0;
      i++;
    } else if (isDigit(c)) {
      value = value * 10 + (c - 48);
      digits++;
    } else {
      return null;
    }
    j++;
  }
  if (!validDigits(i, digits)) return null;
  // "yyyy" and "yyyy-[m]m" must take the whole input.
  if (i < 2 && j < end) return null;
  segments[i] = value;
  const year = sign * segments[0]!;
  if (!isValidCivil(year, segments[1]!, segments[2]!)) return null;
  const days = civilToDays(year, segments[1]!, segments[2]!);
  // DateType is a 32-bit day count.
  return days >= -2147483648 && days <= 2147483647 ? days : null;
}

/** The pieces of a timestamp string (Spark's parseTimestampString). */
export interface TimestampParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly micros: number;
  /** Zone text as written (trimmed), if any. */
  readonly zone: string | undefined;
  /** True for a time without a date ("12:34:56"). */
  readonly justTime: boolean;
}

/** Splits a timestamp string into fields; null when its shape is not one Spark accepts. */
export function parseTimestampParts(s: string): TimestampParts | null {
  let [j, end] = trimBounds(s);
  if (j === end) return null;
  const segments = [1, 1, 1, 0, 0, 0, 0, 0];
  let i = 0;
  let value = 0;
  let digits = 0;
  let fractionDigits = 0;
  let justTime = false;
  let yearSign = 0;
  let zone: string | undefined;
  const validDigits = (seg: number, n: number): boolean =>
    seg === 6 || (seg === 0 && n >= 4 && n <= 6) || (seg === 7 && n <= 2) || (seg !== 0 && seg !== 7 && n > 0 && n <= 2);
  const c0 = s.charCodeAt(j);
  if (c0 === 45 || c0 === 43) {
    yearSign = c0 === 45 ? -1 : 1;
    j++;
  }
  const close = (): boolean => {
    if (!validDigits(i, digits)) return false;
    segments[i] = value;
    value = 0;
    digits = 0;
    i++;
    return true;
  };
  while (j < end) {
    const c = s.charCodeAt(j);
    if (isDigit(c)) {
      if (i === 6) fractionDigits++;
      if (i !== 6 || digits < 6) value = value * 10 + (c - 48);
      digits++;
      j++;
      continue;
    }
    // Spark only treats a leading 'T' as "time only" when it is the very first character.
    if (j === 0 && c === 84) {
      justTime = true;
      i += 3;
    } else if (i < 2) {
      if (c === 45) {
        if (!close()) return null;
      } else if (i === 0 && c === 58 /* : */ && yearSign === 0) {
        justTime = true;
        i = 3;
        if (!close()) return null;
      } else {
        return null;
      }
    } else if (i === 2) {
      if (c !== 32 && c !== 84) return null;
      if (!close()) return null;
    } else if (i === 3 || i === 4) {
      if (c !== 58) return null;
      if (!close()) return null;
    } else if (i === 5 || i === 6) {
      if (c === 46 /* . */ && i === 5) {
        if (!close()) return null;
      } else {
        if (!close()) return null;
        zone = s.slice(j, end);
        j = end;
        if (i === 6) i++;
        break;
      }
    } else {
      return null;
    }
    j++;
  }
  if (!validDigits(i, digits)) return null;
  segments[i] = value;
  let micros = segments[6]!;
  for (let d = Math.min(fractionDigits, 6); d < 6; d++) micros *= 10;
  const year = segments[0]! * (yearSign === 0 ? 1 : yearSign);
  return {
    year,
    month: segments[1]!,
    day: segments[2]!,
    hour: segments[3]!,
    minute: segments[4]!,
    second: segments[5]!,
    micros,
    zone: zone?.trim(),
    justTime,
  };
}

function validTime(p: TimestampParts): boolean {
  return p.hour <= 23 && p.minute <= 59 && p.second <= 59;
}

/** Local micros since the local epoch of the parts' date-time (date must be valid). */
function localMicros(year: number, month: number, day: number, p: TimestampParts): bigint {
  const seconds = civilToDays(year, month, day) * 86_400 + p.hour * 3600 + p.minute * 60 + p.second;
  return joinMicros(seconds, p.micros);
}

/** Today's date in a zone, for time-only strings. */
function todayIn(timeZone: string): [number, number, number] {
  const nowSeconds = Math.floor(Date.now() / 1000);
  const local = nowSeconds + getZoneRules(timeZone).offsetAtUtc(nowSeconds);
  const d = new Date(Math.floor(local / 86_400) * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** UTC micros for a string Spark can cast to TIMESTAMP in session zone `timeZone`, or null. */
export function parseTimestamp(s: string, timeZone: string): bigint | null {
  const p = parseTimestampParts(s);
  if (!p || !validTime(p)) return null;
  let zoneId = timeZone;
  if (p.zone !== undefined) {
    const z = tryParseZoneId(p.zone);
    if (!z) return null;
    zoneId = p.zone;
  }
  const [y, m, d] = p.justTime ? todayIn(zoneId) : [p.year, p.month, p.day];
  if (!isValidCivil(y, m, d)) return null;
  const local = localMicros(y, m, d, p);
  const rules = getZoneRules(zoneId);
  const offset = rules.fixedOffset ?? rules.offsetForLocal(splitMicros(local).seconds);
  return local - BigInt(offset) * 1_000_000n;
}

/**
 * Micros for a string Spark can cast to TIMESTAMP_NTZ, or null. A zone in the text is ignored
 * (validated but dropped) as Spark's cast does; time-only strings are rejected.
 */
export function parseTimestampNTZ(s: string, allowTimeZone = true): bigint | null {
  const p = parseTimestampParts(s);
  if (!p || p.justTime || !validTime(p)) return null;
  if (p.zone !== undefined && (!allowTimeZone || !tryParseZoneId(p.zone))) return null;
  if (!isValidCivil(p.year, p.month, p.day)) return null;
  return localMicros(p.year, p.month, p.day, p);
}
