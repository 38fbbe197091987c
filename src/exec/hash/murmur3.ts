// Murmur3 x86_32 exactly as Spark applies it (Murmur3_x86_32 in Spark's unsafe module): ints and
// longs are hashed as 4/8 little-endian bytes, and byte strings use Spark's historical tail
// handling — each trailing byte (after the last whole 4-byte word) is mixed in on its own as a
// sign-extended int, instead of standard Murmur3's packed tail. Results are signed int32.

const C1 = 0xcc9e2d51 | 0;
const C2 = 0x1b873593;

export function mixK1(k1: number): number {
  k1 = Math.imul(k1, C1);
  k1 = (k1 << 15) | (k1 >>> 17);
  return Math.imul(k1, C2);
}

export function mixH1(h1: number, k1: number): number {
  h1 ^= k1;
  h1 = (h1 << 13) | (h1 >>> 19);
  return (Math.imul(h1, 5) + 0xe6546b64) | 0;
}

export function fmix(h1: number, length: number): number {
  h1 ^= length;
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  return h1 ^ (h1 >>> 16);
}

/** Spark's Murmur3_x86_32.hashInt. */
export function murmur3Int(input: number, seed: number): number {
  return fmix(mixH1(seed, mixK1(input | 0)), 4);
}

/** Spark's Murmur3_x86_32.hashLong, from the two 32-bit halves of the long. */
export function murmur3LongHalves(low: number, high: number, seed: number): number {
  let h1 = mixH1(seed, mixK1(low));
  h1 = mixH1(h1, mixK1(high));
  return fmix(h1, 8);
}

const pair = new BigInt64Array(1);
const pairHalves = new Int32Array(pair.buffer);
// Little-endian platforms only (every Node target today): halves[0] is the low word.

/** Spark's Murmur3_x86_32.hashLong for a bigint (taken modulo 2^64). */
export function murmur3Long(input: bigint, seed: number): number {
  pair[0] = BigInt.asIntN(64, input);
  return murmur3LongHalves(pairHalves[0]!, pairHalves[1]!, seed);
}

/** Spark's Murmur3_x86_32.hashUnsafeBytes over bytes[start, end). */
export function murmur3Bytes(bytes: Uint8Array, start: number, end: number, seed: number): number {
  const len = end - start;
  const aligned = start + (len - (len & 3));
  let h1 = seed | 0;
  let i = start;
  for (; i < aligned; i += 4) {
    const word = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    h1 = mixH1(h1, mixK1(word));
  }
  for (; i < end; i++) {
    // Java bytes are signed: sign-extend before mixing.
    h1 = mixH1(h1, mixK1((bytes[i]! << 24) >> 24));
  }
  return fmix(h1, len);
}

let scratch = new Uint8Array(256);
const encoder = new TextEncoder();

/** Murmur3 of a JS string's UTF-8 bytes (Spark's hash of a UTF8String). No allocation for
 *  ASCII strings shorter than the scratch buffer. */
export function murmur3String(s: string, seed: number): number {
  const n = s.length;
  if (n * 3 > scratch.length) scratch = new Uint8Array(Math.max(n * 3, scratch.length * 2));
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) break;
    scratch[i] = c;
  }
  let len = i;
  if (i < n) len = i + encoder.encodeInto(s.slice(i), scratch.subarray(i)).written;
  return murmur3Bytes(scratch, 0, len, seed);
}
