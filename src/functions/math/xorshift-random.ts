// Spark's XORShiftRandom (java.util.Random subclass) so rand(seed) / randn(seed) give Spark's
// numbers: the seed is scrambled with Scala's MurmurHash3.bytesHash over its 8 big-endian
// bytes, `next(bits)` is a 64-bit xorshift (21, 35, 4), nextDouble / nextGaussian are Java's.

const imul = Math.imul;
const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));

function mixLast(h: number, k: number): number {
  k = imul(k, 0xcc9e2d51);
  k = rotl(k, 15);
  k = imul(k, 0x1b873593);
  return h ^ k;
}
function mix(h: number, k: number): number {
  h = mixLast(h, k);
  h = rotl(h, 13);
  return (imul(h, 5) + 0xe6546b64) | 0;
}
function avalanche(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Scala's scala.util.hashing.MurmurHash3.bytesHash. */
export function scalaBytesHash(data: Uint8Array, seed: number): number {
  let h = seed | 0;
  let i = 0;
  let len = data.length;
  while (len >= 4) {
    const k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    h = mix(h, k);
    i += 4;
    len -= 4;
  }
  let k = 0;
  if (len === 3) k ^= data[i + 2]! << 16;
  if (len >= 2) k ^= data[i + 1]! << 8;
  if (len >= 1) {
    k ^= data[i]!;
    h = mixLast(h, k);
  }
  return avalanche(h ^ data.length);
}

const ARRAY_SEED = 0x3c074a61;
const M64 = (1n << 64n) - 1n;

export function hashSeed(seed: bigint): bigint {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigInt64(0, BigInt.asIntN(64, seed));
  const low = scalaBytesHash(bytes, ARRAY_SEED);
  const high = scalaBytesHash(bytes, low);
  return ((BigInt(high) << 32n) | (BigInt(low) & 0xffffffffn)) & M64;
}

export class XORShiftRandom {
  private seed: bigint;
  private nextNextGaussian = 0;
  private haveNextNextGaussian = false;

  constructor(init: bigint) {
    this.seed = hashSeed(init);
  }

  next(bits: number): number {
    let s = this.seed;
    s ^= (s << 21n) & M64;
    s ^= s >> 35n;
    s ^= (s << 4n) & M64;
    this.seed = s;
    return Number(BigInt.asIntN(32, s & ((1n << BigInt(bits)) - 1n)));
  }

  nextDouble(): number {
    return (this.next(26) * 2 ** 27 + this.next(27)) * 2 ** -53;
  }

  nextGaussian(): number {
    if (this.haveNextNextGaussian) {
      this.haveNextNextGaussian = false;
      return this.nextNextGaussian;
    }
    let v1: number;
    let v2: number;
    let s: number;
    do {
      v1 = 2 * this.nextDouble() - 1;
      v2 = 2 * this.nextDouble() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s === 0);
    const multiplier = Math.sqrt((-2 * Math.log(s)) / s);
    this.nextNextGaussian = v2 * multiplier;
    this.haveNextNextGaussian = true;
    return v1 * multiplier;
  }
}
