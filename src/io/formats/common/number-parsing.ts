// Number parsing for text formats, exact and allocation-light. Integers are parsed from UTF-8
// bytes directly; longs and decimals are bigint-exact (never through a JS number).

/** Java Integer.parseInt-like over bytes: [+-]digits within range; else NaN. */
export function parseIntBytes(buf: Uint8Array, start: number, end: number, min: number, max: number): number {
  if (start >= end) return NaN;
  let p = start;
  let neg = false;
  const c0 = buf[p]!;
  if (c0 === 45 || c0 === 43) {
    neg = c0 === 45;
    p++;
    if (p >= end) return NaN;
  }
  if (end - p > 10) {
    // Leading zeros may make a long text still fit.
    while (p < end - 1 && buf[p] === 48) p++;
    if (end - p > 10) return NaN;
  }
  let v = 0;
  for (; p < end; p++) {
    const d = buf[p]! - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  if (neg) v = -v;
  return v < min || v > max ? NaN : v;
}

const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;

/** Java Long.parseLong-like over bytes; null when malformed or out of range. */
export function parseLongBytes(buf: Uint8Array, start: number, end: number): bigint | null {
  if (start >= end) return null;
  let p = start;
  let neg = false;
  const c0 = buf[p]!;
  if (c0 === 45 || c0 === 43) {
    neg = c0 === 45;
    p++;
    if (p >= end) return null;
  }
  // Up to 15 digits fit a double exactly: accumulate as a number, convert once.
  let v = 0;
  let digits = 0;
  let big = 0n;
  let usingBig = false;
  for (; p < end; p++) {
    const d = buf[p]! - 48;
    if (d < 0 || d > 9) return null;
    if (!usingBig) {
      v = v * 10 + d;
      if (++digits === 15) {
        big = BigInt(v);
        usingBig = true;
      }
    } else {
      big = big * 10n + BigInt(d);
      if (big > 9223372036854775808n) return null;
    }
  }
  let r = usingBig ? big : BigInt(v);
  if (neg) r = -r;
  return r < LONG_MIN || r > LONG_MAX ? null : r;
}

/** Java Integer.parseInt on a string (sign, digits, int range); NaN when malformed. */
export function parseJavaInt(s: string, min = -2147483648, max = 2147483647): number {
  if (!/^[+-]?\d+$/.test(s)) return NaN;
  const n = Number(s);
  return n < min || n > max ? NaN : n;
}

export function parseJavaLong(s: string): bigint | null {
  if (!/^[+-]?\d+$/.test(s)) return null;
  const v = BigInt(s);
  return v < LONG_MIN || v > LONG_MAX ? null : v;
}

const JAVA_DOUBLE =
  /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+[fFdD]?)$/;

/** Java Double.parseDouble: trims blanks (≤ ' '), accepts NaN, Infinity, f/d suffixes, hex. */
export function parseJavaDouble(text: string): number {
  const s = trimJava(text);
  if (!JAVA_DOUBLE.test(s)) return NaN_MALFORMED;
  if (/[xX]/.test(s)) return parseHexDouble(s);
  const last = s.charCodeAt(s.length - 1);
  const body = last === 100 || last === 68 || last === 102 || last === 70 ? s.slice(0, -1) : s;
  return Number(body);
}

/** Marker for a malformed double (distinct from a parsed NaN via Object.is checks). */
export const NaN_MALFORMED = Number.NaN;

/** True when parseJavaDouble would accept the text. */
export function isJavaDouble(text: string): boolean {
  return JAVA_DOUBLE.test(trimJava(text));
}

function parseHexDouble(s: string): number {
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)/.exec(s)!;
  const mant = parseInt((m[2] || "0") + (m[3] || ""), 16);
  const v = mant * Math.pow(2, Number(m[4]) - 4 * (m[3] ?? "").length);
  return m[1] === "-" ? -v : v;
}

export function trimJava(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

export interface ParsedDecimal {
  /** Unscaled digits as a bigint (sign applied). */
  readonly unscaled: bigint;
  /** Scale (may be negative for exponents, as java.math.BigDecimal). */
  readonly scale: number;
  /** Number of significant digits (BigDecimal precision). */
  readonly precision: number;
}

const BIG_DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** java.math.BigDecimal(String): exact. null when malformed. */
export function parseBigDecimal(s: string): ParsedDecimal | null {
  const m = BIG_DECIMAL.exec(s);
  if (!m) return null;
  const intPart = m[2] ?? "";
  const frac = m[3] ?? "";
  if (intPart.length === 0 && frac.length === 0) return null;
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  let digits = (intPart + frac).replace(/^0+/, "");
  const scale = frac.length - exp;
  const unscaledAbs = digits.length === 0 ? 0n : BigInt(digits);
  if (digits.length === 0) digits = "0";
  return { unscaled: m[1] === "-" ? -unscaledAbs : unscaledAbs, scale, precision: digits.length };
}

const POW10: bigint[] = [];
export function pow10(n: number): bigint {
  let v = POW10[n];
  if (v === undefined) {
    v = 10n ** BigInt(n);
    if (n < 80) POW10[n] = v;
  }
  return v;
}

/**
 * Rescales a parsed decimal to DecimalType(precision, scale) with HALF_UP rounding, as Spark's
 * Decimal.changePrecision; null when it does not fit.
 */
export function toDecimalUnscaled(d: ParsedDecimal, precision: number, scale: number): bigint | null {
  let u = d.unscaled;
  if (d.scale < scale) u = u * pow10(scale - d.scale);
  else if (d.scale > scale) {
    const div = pow10(d.scale - scale);
    const q = u / div;
    const r = u % div;
    const twice = (r < 0n ? -r : r) * 2n;
    u = twice >= div ? q + (u < 0n ? -1n : 1n) : q;
  }
  const limit = pow10(precision);
  if (u >= limit || u <= -limit) return null;
  return u;
}

/** Scala's String.toBoolean: "true"/"false", any case. */
export function parseJavaBoolean(s: string): boolean | null {
  const t = s.toLowerCase();
  return t === "true" ? true : t === "false" ? false : null;
}

/** Decodes a byte slice (UTF-8) to a string; ASCII fast path for short slices. */
const utf8Decoder = new TextDecoder("utf-8");
export function decodeSlice(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= 32) {
    let s = "";
    for (let i = start; i < end; i++) {
      const c = buf[i]!;
      if (c >= 0x80) return utf8Decoder.decode(buf.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8Decoder.decode(buf.subarray(start, end));
}
