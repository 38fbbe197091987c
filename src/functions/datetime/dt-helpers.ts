// Shared pieces of the date/time functions: local-day conversions in the session time zone,
// Spark's parse-failure and field-range errors, and constant-pattern handling.
import { localToUtcMicros, utcToLocalMicros } from "../../values/datetime/zone-conversion.js";
import { compileDatetimePattern, type DatetimePattern } from "../../values/datetime/datetime-pattern.js";
import { compileElements } from "../../values/datetime/pattern/compile.js";
import { parseElements } from "../../values/datetime/pattern/parse.js";
import { SparkArithmeticException, SparkDateTimeException } from "../../errors/spark-error.js";
import type { ArgInfo } from "../function-definition.js";
import { StringType, TimestampType, type DataType } from "../../types/data-type.js";
import { expectType, implicitlyCastable, unexpectedType } from "../misc/bind-helpers.js";

export const MICROS_PER_DAY = 86_400_000_000n;
export const ANSI_CONFIG = '"spark.sql.ansi.enabled"';

export const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
};

/** Days since the epoch of the local date of an instant in `tz` (tz null: the micros are
 *  already local, as TIMESTAMP_NTZ). */
export function localDays(micros: bigint, tz: string | null): number {
  const local = tz === null ? micros : utcToLocalMicros(micros, tz);
  return Number(floorDiv(local, MICROS_PER_DAY));
}

/** Local wall-clock micros of an instant (tz null: unchanged). */
export const toLocal = (micros: bigint, tz: string | null): bigint => (tz === null ? micros : utcToLocalMicros(micros, tz));
/** Instant of local wall-clock micros (gaps move forward, overlaps take the earlier). */
export const fromLocal = (local: bigint, tz: string | null): bigint => (tz === null ? local : localToUtcMicros(local, tz));

/** Microsecond of the day (0 ≤ r < 86400e6) of local micros. */
export const microsOfDay = (local: bigint): bigint => local - floorDiv(local, MICROS_PER_DAY) * MICROS_PER_DAY;

/** The time zone to read a timestamp-like argument in: the session zone for TIMESTAMP, none for
 *  TIMESTAMP_NTZ. */
export const zoneFor = (t: DataType, sessionTz: string): string | null => (t.kind === "timestamp_ntz" ? null : sessionTz);

/** TIMESTAMP or TIMESTAMP_NTZ input (NTZ kept); anything castable becomes TIMESTAMP. */
export function timestampInput(name: string, args: readonly ArgInfo[], i: number): DataType {
  const t = args[i]!.dataType;
  if (t.kind === "timestamp_ntz" || t.kind === "timestamp") return t;
  return expectType(name, args, i, TimestampType());
}

/** A STRING argument (anything implicitly castable to string). */
export function stringInput(name: string, args: readonly ArgInfo[], i: number): DataType {
  if (!implicitlyCastable(args[i]!.dataType, StringType())) throw unexpectedType(name, args, i, '"STRING"');
  return StringType();
}

/** CANNOT_PARSE_TIMESTAMP with java.time's wording: the index where parsing stopped, or the
 *  unparsed tail. `tryFunc` names the try_ variant Spark suggests. */
export function cannotParse(text: string, pattern: string, tryFunc: string): SparkDateTimeException {
  let message = `Text '${text}' could not be parsed`;
  try {
    const elements = compileElements(pattern, true);
    let pos = 0;
    const st = {};
    let failedAt = -1;
    for (const e of elements) {
      const next = parseElements([e], text, pos, st);
      if (next < 0) {
        failedAt = pos;
        break;
      }
      pos = next;
    }
    if (failedAt >= 0) message += ` at index ${failedAt}`;
    else if (pos < text.length) message += `, unparsed text found at index ${pos}`;
  } catch {
    // keep the generic wording
  }
  return new SparkDateTimeException("CANNOT_PARSE_TIMESTAMP", { message, func: "`" + tryFunc + "`" });
}

/** DATETIME_FIELD_OUT_OF_BOUNDS.WITH_SUGGESTION: "Invalid value for MonthOfYear (valid values 1 - 12): 13". */
export function fieldOutOfBounds(rangeMessage: string): SparkDateTimeException {
  return new SparkDateTimeException("DATETIME_FIELD_OUT_OF_BOUNDS.WITH_SUGGESTION", { rangeMessage, ansiConfig: ANSI_CONFIG });
}

export function longOverflow(): SparkArithmeticException {
  return new SparkArithmeticException("ARITHMETIC_OVERFLOW", { message: "long overflow", alternative: "", config: ANSI_CONFIG });
}

/** A compiled pattern for a constant format, or a per-row compiler (cached by the module). */
export function patternGetter(arg: ArgInfo | undefined, fallback: string, forParsing: boolean): (fmt: unknown) => DatetimePattern {
  if (!arg) {
    const p = compileDatetimePattern(fallback, { forParsing });
    return () => p;
  }
  if (arg.foldable && typeof arg.value === "string") {
    const p = compileDatetimePattern(arg.value, { forParsing });
    return () => p;
  }
  return (fmt) => compileDatetimePattern(fmt as string, { forParsing });
}

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

/** x · factor with Java's Math.multiplyExact overflow check. */
export function multiplyExact(x: bigint, factor: bigint): bigint {
  const r = x * factor;
  if (r > LONG_MAX || r < LONG_MIN) throw longOverflow();
  return r;
}
