// Casts to DATE, TIMESTAMP and TIMESTAMP_NTZ. Timestamps are µs since the epoch (UTC);
// TIMESTAMP_NTZ µs of a local wall clock; the session time zone links the two.

import type { DataType } from "../../types/data-type.js";
import { parseDate, parseTimestamp, parseTimestampNTZ } from "../../values/datetime/parse-datetime-string.js";
import { localToUtcMicros, utcToLocalMicros } from "../../values/datetime/zone-conversion.js";
import { LongType } from "../../types/data-type.js";
import { pow10 } from "../../values/decimal.js";
import { castInvalidInput, castOverflow } from "./cast-errors.js";
import { trimCastString } from "./cast-to-numeric.js";
import type { CastContext, CastKernel } from "./cast-types.js";

const MICROS_PER_DAY = 86_400_000_000n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const TWO63 = 2 ** 63;

const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a < 0n && q * b !== a ? q - 1n : q;
};

function invalid(ctx: CastContext, v: unknown, from: DataType, to: DataType): null {
  if (ctx.mode === "ansi") throw castInvalidInput(v, from, to);
  return null;
}

export function castToDateKernel(from: DataType, to: DataType, ctx: CastContext): CastKernel {
  const tz = ctx.timeZone;
  switch (from.kind) {
    case "string":
    case "char":
    case "varchar":
      return (s: string) => parseDate(trimCastString(s)) ?? invalid(ctx, s, from, to);
    case "timestamp":
      return (m: bigint) => Number(floorDiv(utcToLocalMicros(m, tz), MICROS_PER_DAY));
    case "timestamp_ntz":
      return (m: bigint) => Number(floorDiv(m, MICROS_PER_DAY));
    default:
      throw new TypeError(`cannot cast ${from.kind} to date`);
  }
}

export function castToTimestampKernel(from: DataType, to: DataType, ctx: CastContext): CastKernel {
  const tz = ctx.timeZone;
  const ansi = ctx.mode === "ansi";
  // integral seconds saturate at the long range in every mode (Spark's SECONDS.toMicros)
  const fromSeconds = (secs: bigint): bigint => {
    const m = secs * 1_000_000n;
    return m > LONG_MAX ? LONG_MAX : m < LONG_MIN ? LONG_MIN : m;
  };
  switch (from.kind) {
    case "string":
    case "char":
    case "varchar":
      return (s: string) => parseTimestamp(trimCastString(s), tz) ?? invalid(ctx, s, from, to);
    case "date":
      return (days: number) => localToUtcMicros(BigInt(days) * MICROS_PER_DAY, tz);
    case "timestamp_ntz":
      return (m: bigint) => localToUtcMicros(m, tz);
    case "boolean":
      return (b: boolean) => (b ? 1n : 0n);
    case "byte":
    case "short":
    case "integer":
      return (v: number) => fromSeconds(BigInt(v));
    case "long":
      return (v: bigint) => fromSeconds(v);
    case "float":
    case "double":
      return (x: number) => {
        if (!Number.isFinite(x)) return invalid(ctx, x, from, to);
        const m = x * 1e6;
        if (m >= TWO63 || m < -TWO63) {
          if (ansi) throw castOverflow(m, { kind: "double" }, LongType());
          return ctx.mode === "legacy" ? (m < 0 ? LONG_MIN : LONG_MAX) : null;
        }
        return BigInt(Math.trunc(m));
      };
    case "decimal": {
      const div = pow10(from.scale);
      return (u: bigint) => {
        const m = (u * 1_000_000n) / div; // truncates, like BigDecimal.longValue
        if (m >= LONG_MIN && m <= LONG_MAX) return m;
        if (ansi) throw castOverflow(u, from, to);
        return ctx.mode === "legacy" ? BigInt.asIntN(64, m) : null;
      };
    }
    default:
      throw new TypeError(`cannot cast ${from.kind} to timestamp`);
  }
}

export function castToTimestampNTZKernel(from: DataType, to: DataType, ctx: CastContext): CastKernel {
  const tz = ctx.timeZone;
  switch (from.kind) {
    case "string":
    case "char":
    case "varchar":
      return (s: string) => parseTimestampNTZ(trimCastString(s)) ?? invalid(ctx, s, from, to);
    case "date":
      return (days: number) => BigInt(days) * MICROS_PER_DAY;
    case "timestamp":
      return (m: bigint) => utcToLocalMicros(m, tz);
    default:
      throw new TypeError(`cannot cast ${from.kind} to timestamp_ntz`);
  }
}
