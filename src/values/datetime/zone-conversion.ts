// Converting between UTC instants and local date-times (both as microsecond counts) in a zone.

import { getZoneRules } from "./zone-rules.js";
import { splitMicros } from "./micros.js";

/** Local wall-clock micros (since the local epoch) of a UTC instant in `timeZone`. */
export function utcToLocalMicros(micros: bigint, timeZone: string): bigint {
  const rules = getZoneRules(timeZone);
  const offset = rules.fixedOffset ?? rules.offsetAtUtc(splitMicros(micros).seconds);
  return micros + BigInt(offset) * 1_000_000n;
}

/**
 * UTC instant of a local wall-clock time in `timeZone`. Times in a DST gap move forward by the
 * gap's length; times in an overlap take the earlier instant (as Spark/java.time do).
 */
export function localToUtcMicros(localMicros: bigint, timeZone: string): bigint {
  const rules = getZoneRules(timeZone);
  const offset = rules.fixedOffset ?? rules.offsetForLocal(splitMicros(localMicros).seconds);
  return localMicros - BigInt(offset) * 1_000_000n;
}
