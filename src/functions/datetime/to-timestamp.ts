// to_date / try_to_date, to_timestamp / to_timestamp_ltz / to_timestamp_ntz /
// try_to_timestamp, unix_timestamp / to_unix_timestamp.
//
// Without a format a string is parsed as CAST(s AS DATE/TIMESTAMP) is (CAST_INVALID_INPUT
// under ANSI); with a format it is parsed by the Spark pattern (CANNOT_PARSE_TIMESTAMP under
// ANSI, suggesting the try_ variant). Non-string inputs are cast: dates and timestamps convert
// in the session time zone, numbers are seconds since the epoch. try_ variants and non-ANSI
// sessions return NULL instead of failing.
import type { ArgInfo, BoundScalar, FunctionContext } from "../function-definition.js";
import { defineScalar, strict, unexpectedType } from "../misc/bind-helpers.js";
import {
  DateType,
  DoubleType,
  LongType,
  StringType,
  TimestampNTZType,
  TimestampType,
  isNumeric,
  type DataType,
} from "../../types/data-type.js";
import { parseDate, parseTimestamp, parseTimestampNTZ } from "../../values/datetime/parse-datetime-string.js";
import { castInvalidInput } from "../../exec/cast/cast-errors.js";
import { cannotParse, floorDiv, fromLocal, localDays, patternGetter, stringInput, toLocal } from "./dt-helpers.js";
import { DEFAULT_FORMAT } from "./date-format.js";
import { secondsToMicros } from "./epoch.js";

type Target = "date" | "timestamp" | "timestamp_ntz";

const TYPES: Record<Target, DataType> = { date: DateType(), timestamp: TimestampType(), timestamp_ntz: TimestampNTZType() };

/** Binds a to_<target>(x [, fmt]) conversion. `failOnError` false gives NULL on bad input. */
function bindConvert(name: string, args: readonly ArgInfo[], ctx: FunctionContext, target: Target, tryName: string, isTry: boolean): BoundScalar {
  const t = args[0]!.dataType;
  const fail = ctx.ansi && !isTry;
  const tz = ctx.timeZone;
  const returnType = TYPES[target];
  const isString = t.kind === "string" || t.kind === "char" || t.kind === "varchar" || t.kind === "null";
  if (args.length === 2 && isString) {
    const inputTypes = [StringType(), stringInput(name, args, 1)];
    const pattern = patternGetter(args[1], "", true);
    return strict(
      returnType,
      inputTypes,
      (s: string, fmt: string) => {
        const p = pattern(fmt);
        let r: bigint | number | null;
        if (target === "timestamp_ntz") r = p.parseLocal(s);
        else {
          const micros = p.parse(s, tz);
          r = micros === null ? null : target === "date" ? localDays(micros, tz) : micros;
        }
        if (r === null && fail) throw cannotParse(s, p.pattern, tryName);
        return r;
      },
      !fail,
    );
  }
  if (isString) {
    const parse =
      target === "date" ? (s: string) => parseDate(s) : target === "timestamp" ? (s: string) => parseTimestamp(s, tz) : (s: string) => parseTimestampNTZ(s);
    return strict(
      returnType,
      [StringType()],
      (s: string) => {
        const r = parse(s);
        if (r === null && fail) throw castInvalidInput(s, StringType(), returnType);
        return r;
      },
      true,
    );
  }
  if (args.length === 2) stringInput(name, args, 1);
  if (isNumeric(t) && target !== "date") {
    // seconds since the epoch (fractional seconds kept to the microsecond)
    const inputTypes: DataType[] = [t.kind === "float" || t.kind === "double" ? DoubleType() : t.kind === "decimal" ? t : LongType()];
    if (args.length === 2) inputTypes.push(StringType());
    const toMicros = secondsToMicros(inputTypes[0]!);
    return strict(returnType, inputTypes, (x: unknown) => toMicros(x), true);
  }
  if (t.kind === "date" || t.kind === "timestamp" || t.kind === "timestamp_ntz") {
    const inputTypes: DataType[] = [t];
    if (args.length === 2) inputTypes.push(StringType());
    return strict(returnType, inputTypes, convertDatetime(t, target, tz));
  }
  throw unexpectedType(name, args, 0, target === "date" ? '("STRING" or "DATE" or "TIMESTAMP" or "TIMESTAMP_NTZ")' : '("STRING" or "DATE" or "TIMESTAMP" or "TIMESTAMP_NTZ" or "NUMERIC")');
}

const MICROS_PER_DAY = 86_400_000_000n;

/** Conversions between DATE, TIMESTAMP and TIMESTAMP_NTZ as CAST does them. */
function convertDatetime(from: DataType, to: Target, tz: string): (v: any) => unknown {
  if (from.kind === to) return (v) => v;
  if (from.kind === "date") {
    return to === "timestamp" ? (d: number) => fromLocal(BigInt(d) * MICROS_PER_DAY, tz) : (d: number) => BigInt(d) * MICROS_PER_DAY;
  }
  if (from.kind === "timestamp") {
    return to === "date" ? (m: bigint) => localDays(m, tz) : (m: bigint) => toLocal(m, tz);
  }
  // timestamp_ntz
  return to === "date" ? (m: bigint) => Number(floorDiv(m, MICROS_PER_DAY)) : (m: bigint) => fromLocal(m, tz);
}

const def = (name: string, target: Target, tryName: string, isTry: boolean) =>
  defineScalar({ name, minArgs: 1, maxArgs: 2, bind: (args, ctx, n) => bindConvert(n, args, ctx, target, tryName, isTry) });

export const toDate = def("to_date", "date", "try_to_date", false);
export const tryToDate = def("try_to_date", "date", "try_to_date", true);
export const toTimestamp = def("to_timestamp", "timestamp", "try_to_timestamp", false);
export const toTimestampLtz = def("to_timestamp_ltz", "timestamp", "try_to_timestamp", false);
export const toTimestampNtz = def("to_timestamp_ntz", "timestamp_ntz", "try_to_timestamp", false);
export const tryToTimestamp = def("try_to_timestamp", "timestamp", "try_to_timestamp", true);

/** unix_timestamp([x [, fmt]]): seconds since the epoch (truncated) of a string parsed with fmt
 *  (default yyyy-MM-dd HH:mm:ss), a date (local midnight) or a timestamp. */
function bindUnixTimestamp(name: string, args: readonly ArgInfo[], ctx: FunctionContext): BoundScalar {
  const tz = ctx.timeZone;
  if (args.length === 0) {
    const now = BigInt(Math.floor((performance.timeOrigin + performance.now()) / 1000));
    return { returnType: LongType(), nullable: false, nullIntolerant: false, inputTypes: [], kernel: () => now };
  }
  const t = args[0]!.dataType;
  // Spark divides with Java's truncating division: -0.5 s before the epoch is 0, not -1
  const seconds = (micros: bigint): bigint => micros / 1_000_000n;
  if (t.kind === "string" || t.kind === "char" || t.kind === "varchar" || t.kind === "null") {
    const inputTypes: DataType[] = [StringType()];
    if (args.length === 2) inputTypes.push(stringInput(name, args, 1));
    const pattern = patternGetter(args[1], DEFAULT_FORMAT, true);
    const fail = ctx.ansi;
    return strict(
      LongType(),
      inputTypes,
      (s: string, fmt?: string) => {
        const p = pattern(fmt);
        const micros = p.parse(s, tz);
        if (micros === null) {
          if (fail) throw cannotParse(s, p.pattern, "try_to_timestamp");
          return null;
        }
        return seconds(micros);
      },
      !fail,
    );
  }
  if (t.kind !== "date" && t.kind !== "timestamp" && t.kind !== "timestamp_ntz") {
    throw unexpectedType(name, args, 0, '("STRING" or "DATE" or "TIMESTAMP" or "TIMESTAMP_NTZ")');
  }
  const inputTypes: DataType[] = [t];
  if (args.length === 2) inputTypes.push(stringInput(name, args, 1));
  const toTs = convertDatetime(t, "timestamp", tz);
  // TIMESTAMP_NTZ counts its wall-clock value as UTC (Spark's unix_timestamp on NTZ)
  const conv = t.kind === "timestamp_ntz" ? (m: bigint) => m : (v: unknown) => toTs(v) as bigint;
  return strict(LongType(), inputTypes, (v: unknown) => seconds(conv(v as bigint)));
}

export const unixTimestamp = defineScalar({ name: "unix_timestamp", minArgs: 0, maxArgs: 2, bind: (a, c, n) => bindUnixTimestamp(n, a, c) });
export const toUnixTimestamp = defineScalar({ name: "to_unix_timestamp", minArgs: 1, maxArgs: 2, bind: (a, c, n) => bindUnixTimestamp(n, a, c) });
