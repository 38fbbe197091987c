// The date-time fields of an instant in a zone, as the pattern printer reads them.

import { daysToCivil, dayOfWeek, civilToDays } from "../civil.js";
import { splitMicros, splitSeconds } from "../micros.js";
import { getZoneRules } from "../zone-rules.js";

export interface DateTimeFields {
  readonly epochDay: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly micros: number;
  /** Offset from UTC in seconds. */
  readonly offset: number;
  /** Zone ID (for 'VV') and the session time-zone text (for zone names). */
  readonly zoneId: string;
  readonly timeZone: string;
  readonly epochSeconds: number;
}

/** Fields of a local date-time already expressed in wall-clock seconds. */
export function fieldsOfLocal(
  localSeconds: number,
  micros: number,
  offset: number,
  zoneId: string,
  timeZone: string,
): DateTimeFields {
  const { days, secondOfDay } = splitSeconds(localSeconds);
  const { year, month, day } = daysToCivil(days);
  return {
    epochDay: days,
    year,
    month,
    day,
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
    micros,
    offset,
    zoneId,
    timeZone,
    epochSeconds: localSeconds - offset,
  };
}

/** Fields of a UTC instant (micros since the epoch) seen in `timeZone`. */
export function fieldsOfInstant(micros: bigint, timeZone: string): DateTimeFields {
  const rules = getZoneRules(timeZone);
  const { seconds, micros: frac } = splitMicros(micros);
  const offset = rules.fixedOffset ?? rules.offsetAtUtc(seconds);
  return fieldsOfLocal(seconds + offset, frac, offset, rules.id, timeZone);
}

export function isoDayOfWeek(f: DateTimeFields): number {
  return dayOfWeek(f.epochDay);
}

export function dayOfYearOf(f: DateTimeFields): number {
  return f.epochDay - civilToDays(f.year, 1, 1) + 1;
}
