// Java's floatToIntBits / doubleToLongBits with Spark's key normalization: -0.0 hashes as 0.0
// and every NaN as the canonical NaN (0x7fc00000 / 0x7ff8000000000000).

const f32 = new Float32Array(1);
const f32Bits = new Int32Array(f32.buffer);
const f64 = new Float64Array(1);
const f64Bits = new Int32Array(f64.buffer);

/** Normalized bits of a float (JS number rounded to float32). */
export function floatBits(f: number): number {
  if (f === 0) return 0;
  if (f !== f) return 0x7fc00000;
  f32[0] = f;
  return f32Bits[0]!;
}

/** Low 32 bits of a double's normalized bit pattern; read `doubleBitsHigh` right after. */
export function doubleBitsLow(d: number): number {
  if (d === 0) {
    f64Bits[0] = 0;
    f64Bits[1] = 0;
  } else if (d !== d) {
    f64Bits[0] = 0;
    f64Bits[1] = 0x7ff80000;
  } else {
    f64[0] = d;
  }
  return f64Bits[0]!;
}

/** High 32 bits of the double last passed to `doubleBitsLow`. */
export const doubleBitsHigh = (): number => f64Bits[1]!;

/** Normalized bits of a double as a signed bigint. */
export function doubleBits(d: number): bigint {
  const lo = doubleBitsLow(d);
  const hi = doubleBitsHigh();
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}
