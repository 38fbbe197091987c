// Date/timestamp text ↔ internal values for the text formats, following Spark's reader rules:
// a user-set dateFormat/timestampFormat is applied strictly; with none set, the default pattern
// is tried and then Spark's lenient stringToDate/stringToTimestamp parsing (the fallback Spark
// keeps for backward compatibility). Writers always format with the (default or set) pattern.

import { localMicrosToUtc, utcMicrosToLocal, MICROS_PER_DAY, zoneOffsetSeconds, floorDiv, MICROS_PER_SECOND } from "./civil-time.js";
import { compileDatetimePattern, parsedZoneOffset, type DatetimePattern } from "./datetime-pattern.js";
import { parseIsoDate } from "./byte-numbers.js";
import { decodeSlice } from "./number-parsing.js";
import { stringToDate, stringToTimestamp, stringToTimestampNTZ } from "./lenient-datetime.js";

export interface DatetimeCodecOptions {
  readonly dateFormat: string | undefined;
  readonly timestampFormat: string | undefined;
  readonly timestampNTZFormat: string | undefined;
  readonly timeZone: string;
}

export const WRITE_DATE_FORMAT = "yyyy-MM-dd";
export const WRITE_TIMESTAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
export const WRITE_TIMESTAMP_NTZ_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSS";

export class DatetimeCodec {
  private readonly datePattern: DatetimePattern | null;
  private readonly tsPattern: DatetimePattern | null;
  private readonly ntzPattern: DatetimePattern | null;
  private readonly dateOut: DatetimePattern;
  private readonly tsOut: DatetimePattern;
  private readonly ntzOut: DatetimePattern;
  readonly timeZone: string;
  /** True when a valid yyyy-MM-dd text parses to its calendar day (no dateFormat, or that one). */
  private readonly isoDates: boolean;

  constructor(o: DatetimeCodecOptions) {
    this.datePattern = o.dateFormat ? compileDatetimePattern(o.dateFormat) : null;
    this.tsPattern = o.timestampFormat ? compileDatetimePattern(o.timestampFormat) : null;
    this.ntzPattern = o.timestampNTZFormat ? compileDatetimePattern(o.timestampNTZFormat) : null;
    this.dateOut = compileDatetimePattern(o.dateFormat ?? WRITE_DATE_FORMAT);
    this.tsOut = compileDatetimePattern(o.timestampFormat ?? WRITE_TIMESTAMP_FORMAT);
    this.ntzOut = compileDatetimePattern(o.timestampNTZFormat ?? WRITE_TIMESTAMP_NTZ_FORMAT);
    this.timeZone = o.timeZone;
    this.isoDates = !o.dateFormat || o.dateFormat === WRITE_DATE_FORMAT;
  }

  /** Days since the epoch, or null when malformed. */
  parseDate(s: string): number | null {
    if (this.datePattern) {
      const p = this.datePattern.parse(s);
      return p === null ? null : Number(floorDiv(p.localMicros, MICROS_PER_DAY));
    }
    return stringToDate(s);
  }

  /** parseDate of a UTF-8 slice; yyyy-MM-dd text skips the string when the pattern allows it. */
  parseDateBytes(buf: Uint8Array, s: number, e: number): number | null {
    if (this.isoDates) {
      const d = parseIsoDate(buf, s, e);
      if (d === d) return d;
    }
    return this.parseDate(decodeSlice(buf, s, e));
  }

  /** Strict parse with the date pattern (user's or yyyy-MM-dd): used by CSV inference. */
  parseDateStrict(s: string): number | null {
    const p = (this.datePattern ?? compileDatetimePattern(WRITE_DATE_FORMAT)).parse(s);
    return p === null ? null : Number(floorDiv(p.localMicros, MICROS_PER_DAY));
  }

  /** UTC micros, or null. */
  parseTimestamp(s: string): bigint | null {
    if (this.tsPattern) {
      const p = this.tsPattern.parse(s);
      if (p === null) return null;
      return localMicrosToUtc(p.localMicros, p.zone === null ? this.timeZone : zoneName(p.zone));
    }
    return stringToTimestamp(s, this.timeZone);
  }

  /** Local micros, or null (text with a zone is not a TIMESTAMP_NTZ). */
  parseTimestampNTZ(s: string): bigint | null {
    if (this.ntzPattern) {
      const p = this.ntzPattern.parse(s);
      return p === null || p.zone !== null ? null : p.localMicros;
    }
    return stringToTimestampNTZ(s);
  }

  formatDate(days: number): string {
    return this.dateOut.format(BigInt(days) * MICROS_PER_DAY, 0, this.timeZone);
  }

  formatTimestamp(utcMicros: bigint): string {
    const local = utcMicrosToLocal(utcMicros, this.timeZone);
    const off = zoneOffsetSeconds(this.timeZone, Number(floorDiv(utcMicros, MICROS_PER_SECOND)));
    return this.tsOut.format(local, off, this.timeZone);
  }

  formatTimestampNTZ(localMicros: bigint): string {
    return this.ntzOut.format(localMicros, 0, this.timeZone);
  }
}

function zoneName(zone: string): string {
  const off = parsedZoneOffset(zone);
  if (off === null) return zone;
  if (off === 0) return "UTC";
  const a = Math.abs(off);
  return (off < 0 ? "-" : "+") + String(Math.floor(a / 3600)).padStart(2, "0") + ":" + String(Math.floor((a % 3600) / 60)).padStart(2, "0");
}
