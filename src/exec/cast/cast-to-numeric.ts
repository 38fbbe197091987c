// Casts to BYTE/SHORT/INT/BIGINT/FLOAT/DOUBLE from numbers, booleans, strings and timestamps.
// ANSI: malformed strings → CAST_INVALID_INPUT, out-of-range → CAST_OVERFLOW. Legacy: Java
// narrowing (wrap-around; doubles saturate then wrap) and null for malformed strings.

import type { DataType } from "../../types/data-type.js";
import { formatDouble } from "../../values/java-format.js";
import { Decimal, pow10 } from "../../values/decimal.js";
import { castInvalidInput, castOverflow } from "./cast-errors.js";
import type { CastContext, CastKernel } from "./cast-types.js";

type IntKind = "byte" | "short" | "integer" | "long";
const BOUNDS: Record<Exclude<IntKind, "long">, [number, number, number]> = {
  byte: [-128, 127, 8],
  short: [-32768, 32767, 16],
  integer: [-2147483648, 2147483647, 32],
};
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const TWO63 = 2 ** 63;

/** Java's narrowing of an int/long value to a smaller integral type (wrap-around). */
function wrapInt(v: bigint, to: IntKind): number | bigint {
  if (to === "long") return BigInt.asIntN(64, v);
  return Number(BigInt.asIntN(BOUNDS[to][2], v));
}

function inRange(v: bigint, to: IntKind): boolean {
  if (to === "long") return v >= LONG_MIN && v <= LONG_MAX;
  const [lo, hi] = BOUNDS[to];
  return v >= BigInt(lo) && v <= BigInt(hi);
}

/** Java's (long) of a double: NaN → 0, saturating. */
function javaDoubleToLong(x: number): bigint {
  if (x !== x) return 0n;
  if (x >= TWO63) return LONG_MAX;
  if (x <= -TWO63) return LONG_MIN;
  return BigInt(Math.trunc(x));
}

/** Java's (int) of a double: NaN → 0, saturating at the int range. */
function javaDoubleToInt(x: number): number {
  if (x !== x) return 0;
  if (x >= 2147483647) return 2147483647;
  if (x <= -2147483648) return -2147483648;
  return Math.trunc(x);
}

// Integral text: optional sign and digits; legacy mode also accepts a fraction (truncated).
const INT_RE = /^([+-]?)(\d+)(?:\.(\d*))?$/;
const INT_FRAC_RE = /^([+-]?)(\d*)\.(\d*)$/;

/** Spark's whitespace trim for casts: removes chars ≤ U+0020 at both ends. */
export function trimCastString(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function parseIntegral(s: string, allowFraction: boolean): bigint | null {
  const t = trimCastString(s);
  let m = INT_RE.exec(t);
  if (!m) {
    if (!allowFraction) return null;
    m = INT_FRAC_RE.exec(t);
    if (!m || (m[2] === "" && m[3] === "")) return null;
  } else if (m[3] !== undefined && !allowFraction) return null;
  const digits = m[2] === "" ? "0" : m[2]!;
  const v = BigInt(digits);
  return m[1] === "-" ? -v : v;
}

// Java's Double.parseDouble syntax (after Spark's own inf/nan spellings).
const FLOAT_RE = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/;
const HEX_FLOAT_RE = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)[fFdD]?$/;

/** Spark's string → double: trimmed; "inf", "infinity", "nan" in any case; Java syntax. */
export function parseDoubleString(s: string): number | null {
  const t = trimCastString(s);
  const lower = t.toLowerCase();
  switch (lower) {
    case "inf":
    case "+inf":
    case "infinity":
    case "+infinity":
      return Infinity;
    case "-inf":
    case "-infinity":
      return -Infinity;
    case "nan":
      return NaN;
  }
  if (FLOAT_RE.test(t)) {
    const last = t.charCodeAt(t.length - 1) | 0x20;
    return Number(last === 0x66 || last === 0x64 ? t.slice(0, -1) : t); // strip f/d suffix
  }
  const h = HEX_FLOAT_RE.exec(t);
  if (h && (h[2] !== "" || h[3] !== "")) {
    const mant = parseInt((h[2] || "0") + h[3], 16);
    const v = mant * 2 ** (Number(h[4]) - 4 * h[3]!.length);
    return h[1] === "-" ? -v : v;
  }
  return null;
}

function integralTarget(from: DataType, to: IntKind & DataType["kind"], toType: DataType, ctx: CastContext): CastKernel {
  const ansi = ctx.mode === "ansi";
  const legacy = ctx.mode === "legacy";
  const overflow = (v: unknown): null => {
    if (ansi) throw castOverflow(v, from, toType);
    return null;
  };
  const fromBig = (v: bigint, orig: unknown): unknown =>
    inRange(v, to) ? (to === "long" ? v : Number(v)) : legacy ? wrapInt(v, to) : overflow(orig);
  switch (from.kind) {
    case "boolean":
      return to === "long" ? (v: boolean) => (v ? 1n : 0n) : (v: boolean) => (v ? 1 : 0);
    case "byte":
    case "short":
    case "integer":
      if (to === "long") return (v: number) => BigInt(v);
      return (v: number) => fromBig(BigInt(v), v);
    case "long":
      return (v: bigint) => fromBig(v, v);
    case "float":
    case "double":
      return (x: number) => {
        if (!legacy) {
          const ok =
            to === "long"
              ? Math.floor(x) <= TWO63 && Math.ceil(x) >= -TWO63 // Long.MaxValue rounds up to 2^63
              : Math.floor(x) <= BOUNDS[to][1] && Math.ceil(x) >= BOUNDS[to][0];
          if (!ok) return overflow(x);
          return to === "long" ? javaDoubleToLong(x) : Math.trunc(x) + 0;
        }
        if (to === "long") return javaDoubleToLong(x);
        const i = javaDoubleToInt(x);
        return to === "integer" ? i : Number(BigInt.asIntN(BOUNDS[to][2], BigInt(i)));
      };
    case "decimal": {
      const div = pow10(from.scale);
      return (u: bigint) => {
        const whole = u / div; // truncates toward zero
        if (inRange(whole, to)) return to === "long" ? whole : Number(whole);
        return legacy ? wrapInt(whole, to) : overflow(u);
      };
    }
    case "string":
    case "char":
    case "varchar":
      return (s: string) => {
        const v = parseIntegral(s, legacy);
        if (v === null || !inRange(v, to)) {
          if (ansi) throw castInvalidInput(s, from, toType);
          return null;
        }
        return to === "long" ? v : Number(v);
      };
    case "timestamp":
      // whole seconds since the epoch (floor)
      return (micros: bigint) => {
        let secs = micros / 1_000_000n;
        if (micros < 0n && secs * 1_000_000n !== micros) secs -= 1n;
        // legacy mode gives NULL (not a wrapped value) when the seconds do not fit
        if (legacy && !inRange(secs, to)) return null;
        return fromBig(secs, micros);
      };
    default:
      throw new TypeError(`cannot cast ${from.kind} to ${to}`);
  }
}

function fractionalTarget(from: DataType, toType: DataType, ctx: CastContext): CastKernel {
  const isFloat = toType.kind === "float";
  const round = isFloat ? Math.fround : (x: number) => x;
  switch (from.kind) {
    case "boolean":
      return (v: boolean) => (v ? 1 : 0);
    case "byte":
    case "short":
    case "integer":
      return isFloat ? (v: number) => Math.fround(v) : (v: number) => v;
    case "long":
      return (v: bigint) => round(Number(v));
    case "float":
    case "double":
      return isFloat ? (v: number) => Math.fround(v) : (v: number) => v;
    case "decimal": {
      const scale = from.scale;
      return (u: bigint) => round(Number(new Decimal(u, scale).toString()));
    }
    case "string":
    case "char":
    case "varchar":
      return (s: string) => {
        const v = parseDoubleString(s);
        if (v === null) {
          if (ctx.mode === "ansi") throw castInvalidInput(s, from, toType);
          return null;
        }
        return round(v);
      };
    case "timestamp":
      return (micros: bigint) => round(Number(micros) / 1e6);
    default:
      throw new TypeError(`cannot cast ${from.kind} to ${toType.kind}`);
  }
}

/** Kernel for a cast to an integral or floating-point type. */
export function castToNumericKernel(from: DataType, to: DataType, ctx: CastContext): CastKernel {
  if (to.kind === "float" || to.kind === "double") return fractionalTarget(from, to, ctx);
  return integralTarget(from, to.kind as IntKind, to, ctx);
}

export { formatDouble };
