// Spark's lenient date/timestamp string parsing (DateTimeUtils.stringToDate/stringToTimestamp),
// used by readers when the user set no dateFormat/timestampFormat:
//   date:      [+-]yyyy[-[m]m[-[d]d]] optionally followed by ' ' or 'T' and anything
//   timestamp: [+-]yyyy[-[m]m[-[d]d]][( |T)[h]h[:[m]m[:[s]s[.fraction]]]][zone]
// zone: Z, [+-]h[h][[:]mm[[:]ss]], UTC/GMT/UT[+-...], or a region id such as Europe/Paris.

import { daysFromCivil, daysInMonth, fixedOffsetSeconds, localMicrosToUtc, MICROS_PER_SECOND } from "./civil-time.js";

const DATE_RE = /^([+-]?\d{4,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[ T].*)?$/s;
const TS_RE =
  /^([+-]?\d{4,6})(?:-(\d{1,2})(?:-(\d{1,2})(?:[ T](?:(\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:\.(\d{0,9}))?)?)?)?)?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2}(?::?\d{2})?)?|(?:UTC|GMT|UT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Za-z_]+(?:\/[A-Za-z_+\-0-9]+)+)?$/s;

/** Days since the epoch, or null when the text is not a date. */
export function stringToDate(text: string): number | null {
  const m = DATE_RE.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? 1 : Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return daysFromCivil(y, mo, d);
}

export interface ParsedLocal {
  /** Local date-time in micros since the epoch (as if UTC). */
  readonly localMicros: bigint;
  /** The zone written in the text, or null. */
  readonly zone: string | null;
}

/** Parses the lenient timestamp grammar into a local date-time and an optional zone. */
export function parseLocalTimestamp(text: string): ParsedLocal | null {
  const m = TS_RE.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? 1 : Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  const h = m[4] === undefined ? 0 : Number(m[4]);
  const mi = m[5] === undefined ? 0 : Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  const frac = m[7] === undefined ? 0 : Number((m[7] + "000000").slice(0, 6));
  const secs = BigInt(daysFromCivil(y, mo, d)) * 86400n + BigInt(h * 3600 + mi * 60 + s);
  const zone = m[8] ?? null;
  if (zone !== null && fixedOffsetSeconds(zone) === null && !isRegionId(zone)) return null;
  return { localMicros: secs * MICROS_PER_SECOND + BigInt(frac), zone };
}

/** UTC micros of a timestamp string, zone-less text interpreted in `tz`. */
export function stringToTimestamp(text: string, tz: string): bigint | null {
  const p = parseLocalTimestamp(text);
  if (p === null) return null;
  return localMicrosToUtc(p.localMicros, p.zone ?? tz);
}

/** Local micros of a TIMESTAMP_NTZ string; text with a zone is rejected. */
export function stringToTimestampNTZ(text: string): bigint | null {
  const p = parseLocalTimestamp(text);
  if (p === null || p.zone !== null) return null;
  return p.localMicros;
}

const regionCache = new Map<string, boolean>();
function isRegionId(zone: string): boolean {
  let ok = regionCache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    regionCache.set(zone, ok);
  }
  return ok;
}
