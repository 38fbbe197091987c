// TimestampType value: microseconds since the epoch (UTC instant); prints in a time zone (UTC
// unless given) as Spark casts timestamps to strings: "2024-01-31 12:34:56.123".
// TimestampNTZType value: microseconds of a local date-time without zone.

import { formatTimestamp, formatTimestampNTZ } from "./datetime/format-date.js";
import { parseTimestamp, parseTimestampNTZ } from "./datetime/parse-datetime-string.js";
import { civilToDays, isValidCivil } from "./datetime/civil.js";
import { joinMicros, splitMicros } from "./datetime/micros.js";
import { localToUtcMicros } from "./datetime/zone-conversion.js";
import { SparkDateTimeException } from "../errors/spark-error.js";

function invalid(text: string, targetType: string): never {
  throw new SparkDateTimeException("CAST_INVALID_INPUT", {
    expression: `'${text}'`,
    sourceType: '"STRING"',
    targetType: `"${targetType}"`,
    ansiConfig: '"spark.sql.ansi.enabled"',
  });
}

function localMicrosOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  micros: number,
): bigint {
  if (
    !isValidCivil(year, month, day) ||
    !(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) ||
    !(Number.isInteger(micros) && micros >= 0 && micros < 1_000_000)
  ) {
    throw new RangeError(`Invalid date-time: ${year}-${month}-${day} ${hour}:${minute}:${second}.${micros}`);
  }
  return joinMicros(civilToDays(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second, micros);
}

export class Timestamp {
  constructor(readonly micros: bigint) {}

  /** The instant of a wall-clock time in `timeZone` (DST gaps move forward, overlaps take the earlier). */
  static of(
    year: number,
    month: number,
    day: number,
    hour = 0,
    minute = 0,
    second = 0,
    micros = 0,
    timeZone = "UTC",
  ): Timestamp {
    return new Timestamp(localToUtcMicros(localMicrosOf(year, month, day, hour, minute, second, micros), timeZone));
  }

  /** Parses text as Spark's CAST(... AS TIMESTAMP) does, in `timeZone` unless the text has a zone. */
  static fromString(text: string, timeZone = "UTC"): Timestamp {
    const micros = parseTimestamp(text, timeZone);
    return micros === null ? invalid(text, "TIMESTAMP") : new Timestamp(micros);
  }

  /** The instant of a JS Date (millisecond precision). */
  static fromDate(date: Date): Timestamp {
    return new Timestamp(BigInt(date.getTime()) * 1000n);
  }

  static fromEpochMillis(millis: number): Timestamp {
    return new Timestamp(BigInt(Math.trunc(millis)) * 1000n);
  }

  /** JS Date of this instant (microseconds are dropped, rounding toward the past). */
  toDate(): Date {
    const { seconds, micros } = splitMicros(this.micros);
    return new Date(seconds * 1000 + Math.floor(micros / 1000));
  }

  equals(other: unknown): boolean {
    return other instanceof Timestamp && other.micros === this.micros;
  }

  valueOf(): bigint {
    return this.micros;
  }

  /** "yyyy-MM-dd HH:mm:ss[.ffffff]" in `timeZone` (default UTC). */
  toString(timeZone = "UTC"): string {
    return formatTimestamp(this.micros, timeZone);
  }

  /** ISO-8601 instant in UTC with the fraction Spark would print: "2024-01-31T12:34:56.5Z". */
  toJSON(): string {
    return this.toString("UTC").replace(" ", "T") + "Z";
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `Timestamp(${this.toString()})`;
  }
}

export class TimestampNTZ {
  constructor(readonly micros: bigint) {}

  static of(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, micros = 0): TimestampNTZ {
    return new TimestampNTZ(localMicrosOf(year, month, day, hour, minute, second, micros));
  }

  /** Parses text as Spark's CAST(... AS TIMESTAMP_NTZ) does. */
  static fromString(text: string): TimestampNTZ {
    const micros = parseTimestampNTZ(text);
    return micros === null ? invalid(text, "TIMESTAMP_NTZ") : new TimestampNTZ(micros);
  }

  equals(other: unknown): boolean {
    return other instanceof TimestampNTZ && other.micros === this.micros;
  }

  valueOf(): bigint {
    return this.micros;
  }

  toString(): string {
    return formatTimestampNTZ(this.micros);
  }

  toJSON(): string {
    return this.toString().replace(" ", "T");
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `TimestampNTZ(${this.toString()})`;
  }
}
