// Java's Double.toString / Float.toString as printed by Java 17 (the JVM Spark 4 runs on).
//
// Java 17 does NOT print the shortest round-trip digits (that arrived in JDK 19): it runs the
// classic FloatingDecimal digit generator, which sometimes emits one digit more than needed
// ("2.0E-3" prints as "0.0020", 2^62 as "4.6116860184273879E18"). Spark output, and therefore
// ours, follows Java 17, so this file re-implements that generator from its published
// description: an exact-integer path for whole numbers below 2^63, and a Steele-White style
// digit loop (B/S with margin M) carried out in 32-bit, 64-bit or arbitrary precision depending
// on operand sizes — the 32/64-bit variants wrap like Java ints/longs, which matters.
// Verified against `java` on hundreds of thousands of values (test/values/java-format.test.ts).

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const F32 = new Float32Array(1);
const U32F = new Uint32Array(F32.buffer);

const N_5_BITS: number[] = [];
const SMALL_5_POW: number[] = [];
const LONG_5_POW: bigint[] = [];
// insignificant decimal digits of 2^p (p < 64): floor(p·log10 2), 0 for p ≤ 1
const INSIGNIFICANT: number[] = [];
for (let i = 0; i < 27; i++) {
  const p = 5n ** BigInt(i);
  LONG_5_POW.push(p);
  N_5_BITS.push(i === 0 ? 0 : p.toString(2).length);
  if (i < 14) SMALL_5_POW.push(Number(p));
}
for (let p = 0; p < 64; p++) INSIGNIFICANT.push(p <= 1 ? 0 : (2n ** BigInt(p)).toString().length - 1);

const n5bits = (i: number): number => (i < N_5_BITS.length ? N_5_BITS[i]! : i * 3);

const EXP_SHIFT = 52;
const TWO52 = 2 ** 52;

interface Digits {
  digits: number[]; // decimal digits, most significant first
  decExponent: number; // value = 0.d1d2d3… × 10^decExponent
}

const i64 = (x: bigint): bigint => BigInt.asIntN(64, x);

function numberOfTrailingZeros(x: number): number {
  // x is a positive integer < 2^53
  let n = 0;
  while (x % 2 === 0) {
    x /= 2;
    n++;
  }
  return n;
}

function estimateDecExp(fractBits: number, binExp: number): number {
  // d2 = 1.f (the significand with the exponent forced to 0)
  const d2 = 1 + (fractBits % TWO52) / TWO52;
  const d = (d2 - 1.5) * 0.289529654 + 0.176091259 + binExp * 0.301029995663981;
  return Math.floor(d);
}

function developLongDigits(lvalue: bigint, insignificant: number): Digits {
  let decExponent = 0;
  if (insignificant !== 0) {
    const pow10 = LONG_5_POW[insignificant]! << BigInt(insignificant);
    const residue = lvalue % pow10;
    lvalue /= pow10;
    decExponent += insignificant;
    if (residue >= pow10 >> 1n) lvalue++;
  }
  let s = lvalue.toString();
  let stripped = s.length;
  while (stripped > 1 && s.charCodeAt(stripped - 1) === 48) stripped--;
  decExponent += s.length;
  s = s.slice(0, stripped);
  const digits: number[] = [];
  for (let i = 0; i < s.length; i++) digits.push(s.charCodeAt(i) - 48);
  return { digits, decExponent };
}

function roundup(r: Digits): void {
  const d = r.digits;
  let i = d.length - 1;
  let q = d[i]!;
  if (q === 9) {
    while (q === 9 && i > 0) {
      d[i] = 0;
      q = d[--i]!;
    }
    if (q === 9) {
      r.decExponent += 1;
      d[0] = 1;
      return;
    }
  }
  d[i] = q + 1;
}

/** The digit generator. fractBits: significand with its high bit at position 52 (< 2^53). */
function dtoa(binExp: number, fractBits: number, nSignificantBits: number): Digits {
  const tailZeros = numberOfTrailingZeros(fractBits);
  const nFractBits = EXP_SHIFT + 1 - tailZeros;
  const nTinyBits = Math.max(0, nFractBits - binExp - 1);
  if (binExp <= 62 && binExp >= -21) {
    if (nTinyBits < LONG_5_POW.length && nFractBits + N_5_BITS[nTinyBits]! < 64 && nTinyBits === 0) {
      // A whole number below 2^63: print its integer digits, dropping the ones beyond the
      // precision of the type (rounding half up).
      const insignificant = binExp > nSignificantBits ? insignificantDigitsForPow2(binExp - nSignificantBits - 1) : 0;
      let v = BigInt(fractBits);
      v = binExp >= EXP_SHIFT ? v << BigInt(binExp - EXP_SHIFT) : v >> BigInt(EXP_SHIFT - binExp);
      return developLongDigits(v, insignificant);
    }
  }
  let decExp = estimateDecExp(fractBits, binExp);
  const B5 = Math.max(0, -decExp);
  let B2 = B5 + nTinyBits + binExp;
  const S5 = Math.max(0, decExp);
  let S2 = S5 + nTinyBits;
  const M5 = B5;
  let M2 = B2 - nSignificantBits;
  const fract = fractBits / 2 ** tailZeros;
  B2 -= nFractBits - 1;
  const common2 = Math.min(B2, S2);
  B2 -= common2;
  S2 -= common2;
  M2 -= common2;
  if (nFractBits === 1) M2 -= 1; // exact power of two: the gap below is half as wide
  if (M2 < 0) {
    B2 -= M2;
    S2 -= M2;
    M2 = 0;
  }
  const Bbits = nFractBits + B2 + n5bits(B5);
  const tenSbits = S2 + 1 + n5bits(S5 + 1);
  const digits: number[] = [];
  let low: boolean;
  let high: boolean;
  let lowDigitDifference: number; // only its sign matters
  let q: number;
  // Whether the Java form needs ≥ 2 digits (E-form always shows one digit after the point).
  if (Bbits < 64 && tenSbits < 64) {
    if (Bbits < 32 && tenSbits < 32) {
      // all values fit Java ints (arithmetic wraps at 32 bits, like Java)
      let b = Math.imul(fract, SMALL_5_POW[B5]!) << B2;
      const s = SMALL_5_POW[S5]! << S2;
      let m = SMALL_5_POW[M5]! << M2;
      const tens = Math.imul(s, 10);
      q = Math.trunc(b / s);
      b = Math.imul(10, b % s);
      m = Math.imul(m, 10);
      low = b < m;
      high = ((b + m) | 0) > tens;
      if (q === 0 && !high) decExp--;
      else digits.push(q);
      if (decExp < -3 || decExp >= 8) high = low = false;
      while (!low && !high) {
        q = Math.trunc(b / s);
        b = Math.imul(10, b % s);
        m = Math.imul(m, 10);
        if (m > 0) {
          low = b < m;
          high = ((b + m) | 0) > tens;
        } else {
          low = high = true;
        }
        digits.push(q);
      }
      lowDigitDifference = ((b << 1) - tens) | 0;
    } else {
      // all values fit Java longs (arithmetic wraps at 64 bits)
      let b = i64((BigInt(fract) * LONG_5_POW[B5]!) << BigInt(B2));
      const s = i64(LONG_5_POW[S5]! << BigInt(S2));
      let m = i64(LONG_5_POW[M5]! << BigInt(M2));
      const tens = i64(s * 10n);
      q = Number(b / s);
      b = i64(10n * (b % s));
      m = i64(m * 10n);
      low = b < m;
      high = i64(b + m) > tens;
      if (q === 0 && !high) decExp--;
      else digits.push(q);
      if (decExp < -3 || decExp >= 8) high = low = false;
      while (!low && !high) {
        q = Number(b / s);
        b = i64(10n * (b % s));
        m = i64(m * 10n);
        if (m > 0n) {
          low = b < m;
          high = i64(b + m) > tens;
        } else {
          low = high = true;
        }
        digits.push(q);
      }
      const diff = i64((b << 1n) - tens);
      lowDigitDifference = diff === 0n ? 0 : diff > 0n ? 1 : -1;
    }
  } else {
    // arbitrary precision
    const S = 5n ** BigInt(S5) << BigInt(S2);
    let B = (BigInt(fract) * 5n ** BigInt(B5)) << BigInt(B2);
    let M = 5n ** BigInt(M5 + 1) << BigInt(M2 + 1);
    const tenS = S * 10n;
    q = Number(B / S);
    B = 10n * (B % S);
    low = B < M;
    high = B + M >= tenS;
    if (q === 0 && !high) decExp--;
    else digits.push(q);
    if (decExp < -3 || decExp >= 8) high = low = false;
    while (!low && !high) {
      q = Number(B / S);
      B = 10n * (B % S);
      M = M * 10n;
      low = B < M;
      high = B + M >= tenS;
      digits.push(q);
    }
    if (high && low) {
      const d = (B << 1n) - tenS;
      lowDigitDifference = d === 0n ? 0 : d > 0n ? 1 : -1;
    } else {
      lowDigitDifference = 0;
    }
  }
  const r: Digits = { digits, decExponent: decExp + 1 };
  if (high) {
    if (low) {
      if (lowDigitDifference === 0) {
        if ((digits[digits.length - 1]! & 1) !== 0) roundup(r);
      } else if (lowDigitDifference > 0) {
        roundup(r);
      }
    } else {
      roundup(r);
    }
  }
  return r;
}

function insignificantDigitsForPow2(p2: number): number {
  return p2 > 1 && p2 < INSIGNIFICANT.length ? INSIGNIFICANT[p2]! : 0;
}

function layout(negative: boolean, r: Digits): string {
  const { digits, decExponent } = r;
  const nDigits = digits.length;
  let out = negative ? "-" : "";
  if (decExponent > 0 && decExponent < 8) {
    const intLen = Math.min(nDigits, decExponent);
    for (let i = 0; i < intLen; i++) out += digits[i];
    if (intLen < decExponent) {
      out += "0".repeat(decExponent - intLen) + ".0";
    } else {
      out += ".";
      if (intLen < nDigits) for (let i = intLen; i < nDigits; i++) out += digits[i];
      else out += "0";
    }
  } else if (decExponent <= 0 && decExponent > -3) {
    out += "0." + "0".repeat(-decExponent);
    for (let i = 0; i < nDigits; i++) out += digits[i];
  } else {
    out += digits[0] + ".";
    if (nDigits > 1) for (let i = 1; i < nDigits; i++) out += digits[i];
    else out += "0";
    out += "E" + (decExponent <= 0 ? "-" + (-decExponent + 1) : String(decExponent - 1));
  }
  return out;
}

/** Java 17's Double.toString(x). */
export function formatDouble(x: number): string {
  if (x !== x) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  F64[0] = x;
  const hi = U32[1]!;
  const lo = U32[0]!;
  const negative = hi >>> 31 === 1;
  let binExp = (hi >>> 20) & 0x7ff;
  let fractBits = (hi & 0xfffff) * 2 ** 32 + lo;
  let nSignificantBits: number;
  if (binExp === 0) {
    // subnormal: normalize so the high bit sits at position 52
    const hiBits = hi & 0xfffff;
    const len = hiBits !== 0 ? 64 - Math.clz32(hiBits) : 32 - Math.clz32(lo);
    const shift = 53 - len;
    fractBits *= 2 ** shift;
    binExp = 1 - shift;
    nSignificantBits = len;
  } else {
    fractBits += TWO52;
    nSignificantBits = 53;
  }
  binExp -= 1023;
  return layout(negative, dtoa(binExp, fractBits, nSignificantBits));
}

/** Java 17's Float.toString(x); `x` is rounded to float32 first. */
export function formatFloat(x: number): string {
  F32[0] = x;
  const f = F32[0]!;
  if (f !== f) return "NaN";
  if (f === Infinity) return "Infinity";
  if (f === -Infinity) return "-Infinity";
  if (f === 0) return Object.is(f, -0) ? "-0.0" : "0.0";
  const bits = U32F[0]!;
  const negative = bits >>> 31 === 1;
  let binExp = (bits >>> 23) & 0xff;
  let fractBits = bits & 0x7fffff;
  let nSignificantBits: number;
  if (binExp === 0) {
    const len = 32 - Math.clz32(fractBits);
    const shift = 24 - len;
    fractBits <<= shift;
    binExp = 1 - shift;
    nSignificantBits = len;
  } else {
    fractBits |= 0x800000;
    nSignificantBits = 24;
  }
  binExp -= 127;
  return layout(negative, dtoa(binExp, fractBits * 2 ** 29, nSignificantBits));
}
