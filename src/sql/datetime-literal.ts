// Parsing of DATE '...' / TIMESTAMP '...' literal strings in the forms Spark's stringToDate and
// stringToTimestamp accept. Dates and zone-less local date-times become exact values here; a
// TIMESTAMP (LTZ) without an explicit offset depends on the session time zone, which the parser
// does not know, so the caller keeps it as a CAST for the analyzer.

import { civilToDays } from "../values/datetime/civil.js";

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export const daysFromCivil = civilToDays;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const validDate = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!);

const DATE_RE = /^([+-]?\d{4,7})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** Days since epoch for a DATE literal string, or undefined when Spark would reject it. */
export function parseDateString(text: string): number | undefined {
  const s = text.trim();
  // anything after the day separated by ' ' or 'T' is ignored by Spark
  const m = /^([^ T]*)(?:[ T].*)?$/s.exec(s);
  const dm = m ? DATE_RE.exec(m[1]!) : null;
  if (!dm) return undefined;
  if (m![1] !== s && !dm[3]) return undefined; // trailing part only allowed after a full date
  const y = Number(dm[1]);
  const mo = dm[2] ? Number(dm[2]) : 1;
  const d = dm[3] ? Number(dm[3]) : 1;
  if (!validDate(y, mo, d)) return undefined;
  return daysFromCivil(y, mo, d);
}

export interface ParsedTimestamp {
  /** Local date-time as microseconds since 1970-01-01T00:00 (no zone applied). */
  readonly localMicros: bigint;
  /** Explicit offset from UTC in seconds ("Z", "+01:00", "UTC"), if present. */
  readonly offsetSeconds?: number;
  /** A region zone id ("America/Sao_Paulo") that the caller must resolve. */
  readonly zoneId?: string;
}

const TS_RE =
  /^([+-]?\d{4,7})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[ T](\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:\.(\d{0,9}))?)?)?)?\s*(.*)$/s;

/** Parses a TIMESTAMP literal string, or undefined when Spark would reject it. */
export function parseTimestampString(text: string): ParsedTimestamp | undefined {
  const s = text.trim();
  const m = TS_RE.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  const h = m[4] ? Number(m[4]) : 0;
  const mi = m[5] ? Number(m[5]) : 0;
  const sec = m[6] ? Number(m[6]) : 0;
  if (!validDate(y, mo, d) || h > 23 || mi > 59 || sec > 59) return undefined;
  if (m[4] === undefined && m[8] !== "" && m[3] === undefined) return undefined;
  const frac = (m[7] ?? "").padEnd(9, "0");
  const micros =
    BigInt(daysFromCivil(y, mo, d)) * 86_400_000_000n +
    BigInt(h * 3600 + mi * 60 + sec) * 1_000_000n +
    BigInt(Number(frac.slice(0, 6)));
  const zone = m[8]!;
  if (zone === "") return { localMicros: micros };
  const offset = parseZoneOffset(zone);
  if (offset !== undefined) return { localMicros: micros, offsetSeconds: offset };
  if (/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return { localMicros: micros, zoneId: zone };
  return undefined;
}

/** Fixed offsets: Z, UTC, GMT, UT, +h, +hh:mm, +hhmm, UTC+hh:mm, GMT-h. */
function parseZoneOffset(zone: string): number | undefined {
  const z = zone.toUpperCase();
  if (z === "Z" || z === "UTC" || z === "GMT" || z === "UT") return 0;
  const m = /^(?:UTC|GMT|UT)?([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(z);
  if (!m) return undefined;
  const secs = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  if (secs > 18 * 3600) return undefined;
  return m[1] === "-" ? -secs : secs;
}
