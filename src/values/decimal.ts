// Exact decimal value users see for DecimalType: an unscaled bigint and a scale (value =
// unscaled × 10^-scale). Never converted through a JS number.
//
// Inside the engine a decimal is just its unscaled bigint (the scale comes from the bound
// DecimalType); the static helpers on this file (`roundUnscaled`, `fitsPrecision`, `pow10`)
// are the kernels both representations share.

import { formatDouble } from "./java-format.js";

export type RoundingMode = "HALF_UP" | "HALF_EVEN" | "HALF_DOWN" | "UP" | "DOWN" | "CEILING" | "FLOOR";

const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 80; i++, p *= 10n) POW10.push(p);

/** 10^n as a bigint (cached for n ≤ 80). */
export const pow10 = (n: number): bigint => (n <= 80 ? POW10[n]! : 10n ** BigInt(n));

/** Number of decimal digits of |u| (1 for 0). */
export function digitCount(u: bigint): number {
  if (u < 0n) u = -u;
  if (u < 10n) return 1;
  // a first guess from the bit length, corrected by one comparison
  const bits = u.toString(16).length * 4;
  let d = Math.floor((bits - 4) * 0.30102999566398) + 1;
  while (d < POW10.length && u >= pow10(d)) d++;
  while (d > 1 && u < pow10(d - 1)) d--;
  return d;
}

/** True when |u| < 10^precision. */
export const fitsPrecision = (u: bigint, precision: number): boolean => {
  const bound = pow10(precision);
  return u < bound && u > -bound;
};

/** Rounds `u` (at `fromScale`) to `toScale` digits after the point with the given mode. */
export function roundUnscaled(u: bigint, fromScale: number, toScale: number, mode: RoundingMode = "HALF_UP"): bigint {
  if (toScale >= fromScale) return u * pow10(toScale - fromScale);
  const div = pow10(fromScale - toScale);
  const q = u / div; // truncates toward zero
  const r = u - q * div;
  if (r === 0n) return q;
  const neg = u < 0n;
  const twice = (r < 0n ? -r : r) * 2n;
  let away: boolean;
  switch (mode) {
    case "HALF_UP":
      away = twice >= div;
      break;
    case "HALF_DOWN":
      away = twice > div;
      break;
    case "HALF_EVEN":
      away = twice > div || (twice === div && (q & 1n) !== 0n);
      break;
    case "UP":
      away = true;
      break;
    case "DOWN":
      away = false;
      break;
    case "CEILING":
      away = !neg;
      break;
    case "FLOOR":
      away = neg;
      break;
  }
  return away ? (neg ? q - 1n : q + 1n) : q;
}

// Accepts Spark/Java BigDecimal syntax: optional sign, digits with an optional point, optional
// exponent. No surrounding whitespace (callers trim).
const DECIMAL_RE = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export class Decimal {
  constructor(
    readonly unscaled: bigint,
    readonly scale: number,
  ) {}

  /** Parses "12.50", "-1.5e3", ".5"; null when the text is not a decimal number. */
  static parse(text: string): Decimal | null {
    const m = DECIMAL_RE.exec(text);
    if (!m) return null;
    const intPart = m[2]!;
    const fracPart = m[3] ?? "";
    if (intPart.length === 0 && fracPart.length === 0) return null;
    let unscaled = BigInt((intPart || "0") + fracPart);
    if (m[1] === "-") unscaled = -unscaled;
    let scale = fracPart.length;
    if (m[4] !== undefined) {
      const e = Number(m[4]);
      if (!Number.isSafeInteger(e) || Math.abs(e) > 100000) return null;
      scale -= e;
    }
    if (scale < 0) {
      unscaled *= pow10(-scale);
      scale = 0;
    }
    return new Decimal(unscaled, scale);
  }

  /** Like `parse`, but throws on malformed text. */
  static fromString(text: string): Decimal {
    const d = Decimal.parse(text.trim());
    if (!d) throw new SyntaxError(`Not a decimal number: "${text}"`);
    return d;
  }

  /** A JS number as Spark converts a double to a decimal: through Java's Double.toString
   *  digits (so 0.1 → 0.1, not its binary expansion). Throws for NaN/Infinity. */
  static fromNumber(x: number): Decimal {
    if (!Number.isFinite(x)) throw new RangeError(`Cannot convert ${x} to a decimal`);
    if (Number.isSafeInteger(x)) return new Decimal(BigInt(x), 0);
    return Decimal.parse(formatDouble(x))!;
  }

  static fromBigInt(x: bigint, scale = 0): Decimal {
    return new Decimal(x, scale);
  }

  /** Number of significant digits of the unscaled value (at least 1), like BigDecimal. */
  precision(): number {
    return digitCount(this.unscaled);
  }

  /** The smallest DecimalType (precision, scale) that holds this value exactly. */
  typePrecisionScale(): { precision: number; scale: number } {
    return { precision: Math.max(this.precision(), this.scale), scale: this.scale };
  }

  signum(): number {
    return this.unscaled < 0n ? -1 : this.unscaled > 0n ? 1 : 0;
  }

  isZero(): boolean {
    return this.unscaled === 0n;
  }

  /** Numeric comparison, independent of scale: -1, 0 or 1. */
  compare(other: Decimal): number {
    return compareUnscaled(this.unscaled, this.scale, other.unscaled, other.scale);
  }

  /** Numeric equality (1.50 equals 1.5), as Spark's Decimal equality. */
  equals(other: unknown): boolean {
    return other instanceof Decimal && this.compare(other) === 0;
  }

  /** Rescales to `scale` digits after the point (rounding as `mode` says when digits drop). */
  setScale(scale: number, mode: RoundingMode = "HALF_UP"): Decimal {
    if (scale === this.scale) return this;
    return new Decimal(roundUnscaled(this.unscaled, this.scale, scale, mode), scale);
  }

  /** This value as DECIMAL(precision, scale) rounded HALF_UP, or null when it overflows. */
  toPrecision(precision: number, scale: number, mode: RoundingMode = "HALF_UP"): Decimal | null {
    const u = roundUnscaled(this.unscaled, this.scale, scale, mode);
    return fitsPrecision(u, precision) ? new Decimal(u, scale) : null;
  }

  negate(): Decimal {
    return new Decimal(-this.unscaled, this.scale);
  }

  abs(): Decimal {
    return this.unscaled < 0n ? this.negate() : this;
  }

  /** Nearest double (correctly rounded). */
  toNumber(): number {
    return Number(this.toString());
  }

  /** Plain notation, never an exponent: "12.50", "-0.001", "0E-10" is printed "0.0000000000". */
  toString(): string {
    return unscaledToString(this.unscaled, this.scale);
  }

  toJSON(): string {
    return this.toString();
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `Decimal('${this.toString()}')`;
  }
}

/** Plain text of unscaled × 10^-scale, e.g. (1250n, 2) → "12.50". */
export function unscaledToString(unscaled: bigint, scale: number): string {
  const neg = unscaled < 0n;
  const digits = (neg ? -unscaled : unscaled).toString();
  if (scale <= 0) return (neg ? "-" : "") + digits + (scale < 0 && unscaled !== 0n ? "0".repeat(-scale) : "");
  const padded = digits.padStart(scale + 1, "0");
  const cut = padded.length - scale;
  return (neg ? "-" : "") + padded.slice(0, cut) + "." + padded.slice(cut);
}

/** Compares a×10^-sa with b×10^-sb. */
export function compareUnscaled(a: bigint, sa: number, b: bigint, sb: number): number {
  if (sa < sb) a *= pow10(sb - sa);
  else if (sb < sa) b *= pow10(sa - sb);
  return a < b ? -1 : a > b ? 1 : 0;
}
