// HyperLogLog++ registers as Spark's approx_count_distinct keeps them: p index bits chosen
// from the relative standard deviation (p = ceil(2·log2(1.106 / rsd)), 9 for the default 0.05),
// each value hashed with Spark's XXH64 (seed 42), the register holding the largest
// leading-zero count + 1 of the remaining bits. Estimates use linear counting below the HLL++
// threshold for p — identical to Spark there, so small cardinalities are exact as in Spark —
// and the raw harmonic-mean estimate above 5·m, also as Spark. Between the two Spark subtracts
// an empirical bias (tables from the HLL++ paper); we use linear counting instead, which is
// close but not bit-identical in that band.

/** Linear counting thresholds for p = 4..18 (HLL++ paper, Heule et al. 2013). */
const THRESHOLDS = [10, 20, 40, 80, 220, 400, 900, 1800, 3100, 6500, 11500, 20000, 50000, 120000, 350000];

export function precisionForRsd(rsd: number): number {
  return Math.ceil(2.0 * Math.log(1.106 / rsd) / Math.log(2.0));
}

export class HyperLogLog {
  readonly m: number;
  readonly registers: Uint8Array;

  constructor(readonly p: number) {
    this.m = 1 << p;
    this.registers = new Uint8Array(this.m);
  }

  /** Adds a 64-bit hash (signed or unsigned bigint). */
  addHash(hash: bigint): void {
    const h = BigInt.asUintN(64, hash);
    const hi = Number(h >> 32n);
    const lo = Number(h & 0xffffffffn);
    const p = this.p;
    const idx = hi >>> (32 - p);
    // w = (h << p) | (1 << (p - 1)); pw = leading zeros of w + 1 (w's low bit set keeps it ≤ 64 - p + 1)
    const wHi = ((hi << p) | (lo >>> (32 - p))) >>> 0;
    const pw = wHi !== 0 ? Math.clz32(wHi) + 1 : 32 + Math.clz32(((lo << p) | (1 << (p - 1))) >>> 0) + 1;
    if (pw > this.registers[idx]!) this.registers[idx] = pw;
  }

  mergeFrom(other: HyperLogLog): void {
    const r = this.registers;
    const o = other.registers;
    for (let i = 0; i < r.length; i++) if (o[i]! > r[i]!) r[i] = o[i]!;
  }

  estimate(): number {
    const m = this.m;
    let zInverse = 0;
    let zeros = 0;
    for (let i = 0; i < m; i++) {
      const v = this.registers[i]!;
      zInverse += 2 ** -v;
      if (v === 0) zeros++;
    }
    const p = this.p;
    const alpha = p === 4 ? 0.673 : p === 5 ? 0.697 : p === 6 ? 0.709 : 0.7213 / (1 + 1.079 / m);
    const e = (alpha * m * m) / zInverse;
    if (zeros > 0) {
      const h = m * Math.log(m / zeros);
      if (h <= THRESHOLDS[p - 4]! || (p < 19 && e < 5.0 * m)) return Math.round(h);
    }
    return Math.round(e);
  }
}
