// Splitting microsecond counts (bigint, as TimestampType stores them) into whole seconds and the
// microsecond remainder without losing precision. Seconds fit a double exactly for every int64
// micros value, so callers do the calendar math in numbers.

export const MICROS_PER_SECOND = 1_000_000;
export const SECONDS_PER_DAY = 86_400;
export const MICROS_PER_DAY = 86_400_000_000;
export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/** floor(micros / 1e6) and the remainder in [0, 1e6). */
export function splitMicros(micros: bigint): { seconds: number; micros: number } {
  const n = Number(micros);
  if (Number.isSafeInteger(n)) {
    let s = Math.floor(n / MICROS_PER_SECOND);
    let r = n - s * MICROS_PER_SECOND;
    if (r < 0) {
      s -= 1;
      r += MICROS_PER_SECOND;
    } else if (r >= MICROS_PER_SECOND) {
      s += 1;
      r -= MICROS_PER_SECOND;
    }
    return { seconds: s, micros: r };
  }
  let s = micros / 1_000_000n;
  let r = micros - s * 1_000_000n;
  if (r < 0n) {
    s -= 1n;
    r += 1_000_000n;
  }
  return { seconds: Number(s), micros: Number(r) };
}

/** seconds * 1e6 + micros as a bigint. */
export function joinMicros(seconds: number, micros: number): bigint {
  const n = seconds * MICROS_PER_SECOND + micros;
  if (Number.isSafeInteger(n) && Number.isSafeInteger(seconds * MICROS_PER_SECOND)) return BigInt(n);
  return BigInt(seconds) * 1_000_000n + BigInt(micros);
}

/** Whole-day floor of a seconds count, and the second within that day. */
export function splitSeconds(seconds: number): { days: number; secondOfDay: number } {
  const days = Math.floor(seconds / SECONDS_PER_DAY);
  return { days, secondOfDay: seconds - days * SECONDS_PER_DAY };
}
