// Offset rules of a time zone: the UTC offset at an instant, and the instant of a local date-time
// (Spark's java.time rule: in a gap the local time moves forward by the gap length, i.e. the
// offset before the transition is used; in an overlap the earlier instant wins).
//
// Region zones read their offsets from Intl (ICU's tz database, proleptic Gregorian, with LMT
// before standard time) and cache them: for each chunk of ~388 days the offsets are sampled every
// 4 days and each change is bisected to the exact second, so a lookup is a map hit plus a scan of
// the chunk's (usually 0–2) transitions.

import { civilToDays } from "./civil.js";
import { parseZoneId, type ParsedZoneId } from "./zone-id.js";

export interface ZoneRules {
  /** Java's ID for the zone: "Europe/Berlin", "+05:30", "UTC". */
  readonly id: string;
  /** Offset in seconds when the zone never changes offset. */
  readonly fixedOffset: number | undefined;
  /** UTC offset in seconds at the instant `epochSeconds`. */
  offsetAtUtc(epochSeconds: number): number;
  /** Offset to subtract from a local date-time (in seconds since the local epoch) to get UTC. */
  offsetForLocal(localSeconds: number): number;
}

class FixedRules implements ZoneRules {
  constructor(
    readonly id: string,
    readonly fixedOffset: number,
  ) {}
  offsetAtUtc(): number {
    return this.fixedOffset;
  }
  offsetForLocal(): number {
    return this.fixedOffset;
  }
}

const CHUNK_SECONDS = 2 ** 25;
const SAMPLE_STEP = 4 * 86_400;
/** Intl's Date range is ±8.64e15 ms; farther instants are moved by whole 400-year cycles. */
const DATE_LIMIT_SECONDS = 8.6e12;
const CYCLE_SECONDS = 146_097 * 86_400;

interface Chunk {
  readonly start: number;
  /** Offsets in force from `times[i]` (times[0] = chunk start). */
  readonly times: number[];
  readonly offsets: number[];
}

class RegionRules implements ZoneRules {
  readonly fixedOffset = undefined;
  private readonly format: Intl.DateTimeFormat;
  private readonly chunks = new Map<number, Chunk>();

  constructor(readonly id: string) {
    this.format = new Intl.DateTimeFormat("en-US", {
      timeZone: id,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  }

  /** One Intl lookup: local wall time minus UTC, in seconds. */
  private intlOffset(epochSeconds: number): number {
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let bc = false;
    for (const p of this.format.formatToParts(new Date(epochSeconds * 1000))) {
      switch (p.type) {
        case "year":
          year = Number(p.value);
          break;
        case "month":
          month = Number(p.value);
          break;
        case "day":
          day = Number(p.value);
          break;
        case "hour":
          hour = Number(p.value) % 24;
          break;
        case "minute":
          minute = Number(p.value);
          break;
        case "second":
          second = Number(p.value);
          break;
        case "era":
          bc = p.value === "BC" || p.value === "B";
          break;
      }
    }
    if (bc) year = 1 - year;
    const local = civilToDays(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    return local - epochSeconds;
  }

  private loadChunk(index: number): Chunk {
    const start = index * CHUNK_SECONDS;
    const end = start + CHUNK_SECONDS;
    const times = [start];
    const offsets = [this.intlOffset(start)];
    let prevT = start;
    let prevO = offsets[0]!;
    for (let t = start + SAMPLE_STEP; ; t += SAMPLE_STEP) {
      const sampleT = Math.min(t, end - 1);
      const o = this.intlOffset(sampleT);
      if (o !== prevO) {
        // Bisect (prevT, sampleT] for the first second with the new offset.
        let lo = prevT;
        let hi = sampleT;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (this.intlOffset(mid) === prevO) lo = mid;
          else hi = mid;
        }
        times.push(hi);
        offsets.push(this.intlOffset(hi));
        prevO = offsets[offsets.length - 1]!;
        if (prevO !== o) {
          // Two changes inside one step: restart sampling from the transition.
          prevT = hi;
          t = hi;
          continue;
        }
      }
      prevT = sampleT;
      if (sampleT >= end - 1) break;
    }
    return { start, times, offsets };
  }

  offsetAtUtc(epochSeconds: number): number {
    let s = Math.floor(epochSeconds);
    if (s > DATE_LIMIT_SECONDS) s -= Math.ceil((s - DATE_LIMIT_SECONDS) / CYCLE_SECONDS) * CYCLE_SECONDS;
    else if (s < -DATE_LIMIT_SECONDS) s += Math.ceil((-DATE_LIMIT_SECONDS - s) / CYCLE_SECONDS) * CYCLE_SECONDS;
    const index = Math.floor(s / CHUNK_SECONDS);
    let chunk = this.chunks.get(index);
    if (chunk === undefined) {
      chunk = this.loadChunk(index);
      this.chunks.set(index, chunk);
    }
    const { times, offsets } = chunk;
    let i = times.length - 1;
    while (i > 0 && times[i]! > s) i--;
    return offsets[i]!;
  }

  offsetForLocal(localSeconds: number): number {
    const before = this.offsetAtUtc(localSeconds - 86_400);
    const after = this.offsetAtUtc(localSeconds + 86_400);
    if (before === after && this.offsetAtUtc(localSeconds - before) === before) return before;
    // A transition is near: the valid offsets are those consistent with the local time.
    const candidates = [before, after, this.offsetAtUtc(localSeconds - before), this.offsetAtUtc(localSeconds - after)];
    let best: number | undefined;
    for (const o of candidates) {
      if (this.offsetAtUtc(localSeconds - o) === o && (best === undefined || o > best)) best = o;
    }
    // Overlap: the larger offset gives the earlier instant. Gap: none valid; use the offset
    // before the transition, which moves the wall time forward by the gap's length.
    return best ?? before;
  }
}

const cache = new Map<string, ZoneRules>();
const regionCache = new Map<string, RegionRules>();

function build(parsed: ParsedZoneId): ZoneRules {
  if (parsed.kind === "fixed") return new FixedRules(parsed.id, parsed.offsetSeconds);
  let rules = regionCache.get(parsed.id);
  if (!rules) {
    rules = new RegionRules(parsed.id);
    regionCache.set(parsed.id, rules);
  }
  return rules;
}

/** Rules for a Spark time-zone ID (throws INVALID_TIMEZONE for unknown IDs). Cached. */
export function getZoneRules(timeZone: string): ZoneRules {
  let rules = cache.get(timeZone);
  if (!rules) {
    rules = build(parseZoneId(timeZone));
    cache.set(timeZone, rules);
  }
  return rules;
}
