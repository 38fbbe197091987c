// DateType value: days since 1970-01-01 (proleptic Gregorian), as Spark stores it. Prints as
// Spark casts dates to strings ("2024-01-31", "-0044-03-15", "+10000-01-01").

import { civilToDays, daysToCivil, isValidCivil } from "./datetime/civil.js";
import { formatDate } from "./datetime/format-date.js";
import { parseDate } from "./datetime/parse-datetime-string.js";
import { SparkDateTimeException } from "../errors/spark-error.js";

export class SparkDate {
  constructor(readonly days: number) {}

  /** The date with this year, month (1–12) and day; throws on an invalid date such as Feb 30. */
  static of(year: number, month: number, day: number): SparkDate {
    if (!isValidCivil(year, month, day)) throw new RangeError(`Invalid date: ${year}-${month}-${day}`);
    return new SparkDate(civilToDays(year, month, day));
  }

  /** Parses text as Spark's CAST(... AS DATE) does ("2024-01-31", "2024-1", " 2024-01-31T10:00"). */
  static fromString(text: string): SparkDate {
    const days = parseDate(text);
    if (days === null) {
      throw new SparkDateTimeException("CAST_INVALID_INPUT", {
        expression: `'${text}'`,
        sourceType: '"STRING"',
        targetType: '"DATE"',
        ansiConfig: '"spark.sql.ansi.enabled"',
      });
    }
    return new SparkDate(days);
  }

  /** The calendar date a JS Date shows in the local time zone of this process. */
  static fromDate(date: Date): SparkDate {
    return SparkDate.of(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }

  get year(): number {
    return daysToCivil(this.days).year;
  }
  get month(): number {
    return daysToCivil(this.days).month;
  }
  get day(): number {
    return daysToCivil(this.days).day;
  }

  /** JS Date at midnight UTC of this date. */
  toDate(): Date {
    return new Date(this.days * 86_400_000);
  }

  equals(other: unknown): boolean {
    return other instanceof SparkDate && other.days === this.days;
  }

  valueOf(): number {
    return this.days;
  }

  toString(): string {
    return formatDate(this.days);
  }

  toJSON(): string {
    return this.toString();
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `SparkDate(${this.toString()})`;
  }
}
