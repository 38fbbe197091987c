// XXH64 as Spark's XXH64 class applies it (the standard algorithm; ints as 4 bytes, longs as 8
// bytes, little-endian). 64-bit arithmetic in BigInt: xxhash64() is a SQL function, not the
// shuffle hash, so exactness matters more than speed here. Results are signed int64 bigints.

const M = (1n << 64n) - 1n;
const P1 = 0x9e3779b185ebca87n;
const P2 = 0xc2b2ae3d27d4eb4fn;
const P3 = 0x165667b19e3779f9n;
const P4 = 0x85ebca77c2b2ae63n;
const P5 = 0x27d4eb2f165667c5n;

const rotl = (x: bigint, r: bigint): bigint => ((x << r) | (x >> (64n - r))) & M;
const mul = (a: bigint, b: bigint): bigint => (a * b) & M;

function fmix(h: bigint): bigint {
  h ^= h >> 33n;
  h = mul(h, P2);
  h ^= h >> 29n;
  h = mul(h, P3);
  h ^= h >> 32n;
  return BigInt.asIntN(64, h);
}

const u64 = (seed: bigint): bigint => BigInt.asUintN(64, seed);

/** Spark's XXH64.hashInt. */
export function xxhashInt(input: number, seed: bigint): bigint {
  let h = (u64(seed) + P5 + 4n) & M;
  h ^= mul(BigInt(input >>> 0), P1);
  h = (mul(rotl(h, 23n), P2) + P3) & M;
  return fmix(h);
}

function round(acc: bigint, input: bigint): bigint {
  acc = (acc + mul(input, P2)) & M;
  return mul(rotl(acc, 31n), P1);
}

/** Spark's XXH64.hashLong. */
export function xxhashLong(input: bigint, seed: bigint): bigint {
  let h = (u64(seed) + P5 + 8n) & M;
  h ^= round(0n, BigInt.asUintN(64, input));
  h = (mul(rotl(h, 27n), P1) + P4) & M;
  return fmix(h);
}

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

function mergeRound(acc: bigint, v: bigint): bigint {
  acc ^= round(0n, v);
  return (mul(acc, P1) + P4) & M;
}

/** Spark's XXH64.hashUnsafeBytes over bytes[start, end). */
export function xxhashBytes(bytes: Uint8Array, start: number, end: number, seed: bigint): bigint {
  const dv = view(bytes);
  const len = end - start;
  const s = u64(seed);
  let i = start;
  let h: bigint;
  if (len >= 32) {
    let v1 = (s + P1 + P2) & M;
    let v2 = (s + P2) & M;
    let v3 = s;
    let v4 = (s - P1) & M;
    const limit = end - 32;
    for (; i <= limit; i += 32) {
      v1 = round(v1, dv.getBigUint64(i, true));
      v2 = round(v2, dv.getBigUint64(i + 8, true));
      v3 = round(v3, dv.getBigUint64(i + 16, true));
      v4 = round(v4, dv.getBigUint64(i + 24, true));
    }
    h = (rotl(v1, 1n) + rotl(v2, 7n) + rotl(v3, 12n) + rotl(v4, 18n)) & M;
    h = mergeRound(h, v1);
    h = mergeRound(h, v2);
    h = mergeRound(h, v3);
    h = mergeRound(h, v4);
  } else {
    h = (s + P5) & M;
  }
  h = (h + BigInt(len)) & M;
  for (; i + 8 <= end; i += 8) {
    h ^= round(0n, dv.getBigUint64(i, true));
    h = (mul(rotl(h, 27n), P1) + P4) & M;
  }
  if (i + 4 <= end) {
    h ^= mul(BigInt(dv.getUint32(i, true)), P1);
    h = (mul(rotl(h, 23n), P2) + P3) & M;
    i += 4;
  }
  for (; i < end; i++) {
    h ^= mul(BigInt(bytes[i]!), P5);
    h = mul(rotl(h, 11n), P1);
  }
  return fmix(h);
}
