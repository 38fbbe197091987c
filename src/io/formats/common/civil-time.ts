// Calendar arithmetic and time-zone offsets used by the file formats (proleptic Gregorian, as
// Spark 3+). Kept small and local to io until src/values/datetime provides the shared helpers.

import { civilToDays } from "../../../values/datetime/civil.js";

export const MICROS_PER_SECOND = 1_000_000n;
export const MICROS_PER_DAY = 86_400_000_000n;

/** Days since 1970-01-01 of a civil date (month 1..12). */
export const daysFromCivil = civilToDays;

/** [year, month 1..12, day] of days since the epoch. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** The session time zone when none is configured: the process's zone. */
export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

/** Offset (seconds east of UTC) of zone `tz` at the UTC instant `epochSeconds`. */
export function zoneOffsetSeconds(tz: string, epochSeconds: number): number {
  const fixed = fixedOffsetSeconds(tz);
  if (fixed !== null) return fixed;
  // Offsets change at most on quarter hours; cache per 15-minute bucket.
  const bucket = Math.floor(epochSeconds / 900);
  const key = tz + "|" + bucket;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit;
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    formatters.set(tz, f);
  }
  const t = bucket * 900;
  const parts = f.formatToParts(new Date(t * 1000));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  let year = get("year");
  if (parts.find((p) => p.type === "era")?.value === "BC") year = 1 - year;
  const local = daysFromCivil(year, get("month"), get("day")) * 86400 + get("hour") * 3600 + get("minute") * 60 + get("second");
  const off = local - t;
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(key, off);
  return off;
}

/** UTC, Z, +hh:mm, UTC+h, GMT-hh:mm... as seconds; null for region ids. */
export function fixedOffsetSeconds(tz: string): number | null {
  if (tz === "UTC" || tz === "Z" || tz === "GMT" || tz === "UT" || tz === "Etc/UTC") return 0;
  const m = /^(?:UTC|GMT|UT)?([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(tz);
  if (!m) return null;
  const s = (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) * (m[1] === "-" ? -1 : 1);
  return s;
}

/** UTC micros of a local date-time in zone `tz` (earlier offset at an overlap, as java.time). */
export function localMicrosToUtc(localMicros: bigint, tz: string): bigint {
  const fixed = fixedOffsetSeconds(tz);
  if (fixed !== null) return localMicros - BigInt(fixed) * MICROS_PER_SECOND;
  const localSec = Number(localMicros / MICROS_PER_SECOND);
  // Two passes settle on the offset in force at the resulting instant.
  let off = zoneOffsetSeconds(tz, localSec);
  const off2 = zoneOffsetSeconds(tz, localSec - off);
  if (off2 !== off) {
    // In a gap java.time shifts forward by the gap length; at an overlap it keeps the earlier offset.
    const candidate = zoneOffsetSeconds(tz, localSec - off2);
    off = candidate === off2 ? off2 : Math.max(off, off2);
  }
  return localMicros - BigInt(off) * MICROS_PER_SECOND;
}

/** Local micros in zone `tz` of a UTC instant. */
export function utcMicrosToLocal(utcMicros: bigint, tz: string): bigint {
  const sec = Number(floorDiv(utcMicros, MICROS_PER_SECOND));
  return utcMicros + BigInt(zoneOffsetSeconds(tz, sec)) * MICROS_PER_SECOND;
}

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
