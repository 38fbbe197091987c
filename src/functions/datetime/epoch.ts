// Epoch conversions: date_from_unix_date / unix_date (days), unix_seconds / unix_millis /
// unix_micros (floor of a timestamp), timestamp_seconds / timestamp_millis / timestamp_micros.
// Integral inputs overflow with ARITHMETIC_OVERFLOW "long overflow" (Math.multiplyExact);
// fractional seconds truncate to the microsecond, and huge doubles saturate as Java's
// double-to-long conversion does.
import { defineScalar, expectInt, expectLong, expectType, strict, unexpectedType } from "../misc/bind-helpers.js";
import { DateType, IntegerType, LongType, TimestampType, isNumeric, type DataType } from "../../types/data-type.js";
import { floorDiv, longOverflow, multiplyExact } from "./dt-helpers.js";
import { pow10 } from "../../values/decimal.js";

export const dateFromUnixDate = defineScalar({
  name: "date_from_unix_date",
  minArgs: 1,
  bind: (args, _c, name) => strict(DateType(), [expectInt(name, args, 0)], (d: number) => d),
});

export const unixDate = defineScalar({
  name: "unix_date",
  minArgs: 1,
  bind: (args, _c, name) => strict(IntegerType(), [expectType(name, args, 0, DateType())], (d: number) => d),
});

const unixOf = (name: string, per: bigint) =>
  defineScalar({
    name,
    minArgs: 1,
    bind: (args, _c, n) => strict(LongType(), [expectType(n, args, 0, TimestampType())], (m: bigint) => floorDiv(m, per)),
  });

export const unixSeconds = unixOf("unix_seconds", 1_000_000n);
export const unixMillis = unixOf("unix_millis", 1_000n);
export const unixMicros = unixOf("unix_micros", 1n);

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

/** Java's (long) cast of a double: truncation, saturating, NaN → 0. */
export function doubleToLong(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (x >= 9.223372036854776e18) return LONG_MAX;
  if (x <= -9.223372036854776e18) return LONG_MIN;
  return BigInt(Math.trunc(x));
}

/** Kernel turning seconds of `t` (LONG, DOUBLE or DECIMAL) into microseconds. */
export function secondsToMicros(t: DataType): (x: unknown) => bigint {
  if (t.kind === "double" || t.kind === "float") return (x) => doubleToLong((x as number) * 1e6);
  if (t.kind === "decimal") {
    const s = t.scale;
    return (x) => {
      const u = x as bigint;
      const m = s <= 6 ? u * pow10(6 - s) : u / pow10(s - 6);
      if (m > LONG_MAX || m < LONG_MIN) throw longOverflow();
      return m;
    };
  }
  return (x) => multiplyExact(typeof x === "bigint" ? x : BigInt(x as number), 1_000_000n);
}

export const timestampSeconds = defineScalar({
  name: "timestamp_seconds",
  minArgs: 1,
  bind: (args, _c, name) => {
    const t = args[0]!.dataType;
    if (!isNumeric(t) && t.kind !== "null") throw unexpectedType(name, args, 0, '"NUMERIC"');
    const input: DataType = t.kind === "null" || t.kind === "byte" || t.kind === "short" || t.kind === "integer" ? LongType() : t;
    const toMicros = secondsToMicros(input);
    if (input.kind !== "double" && input.kind !== "float") return strict(TimestampType(), [input], toMicros);
    // NaN and ±Infinity seconds are NULL (Spark's SecondsToTimestamp)
    return strict(TimestampType(), [input], (x: number) => (Number.isFinite(x) ? toMicros(x) : null), true);
  },
});

export const timestampMillis = defineScalar({
  name: "timestamp_millis",
  minArgs: 1,
  bind: (args, _c, name) => strict(TimestampType(), [expectLong(name, args, 0)], (x: bigint) => multiplyExact(x, 1000n)),
});

export const timestampMicros = defineScalar({
  name: "timestamp_micros",
  minArgs: 1,
  bind: (args, _c, name) => strict(TimestampType(), [expectLong(name, args, 0)], (x: bigint) => x),
});
