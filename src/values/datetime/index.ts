// Date/time values: calendar math, time zones, Spark's string casts and datetime patterns.
export { civilToDays, daysToCivil, isLeapYear, daysInMonth, isValidCivil, dayOfWeek, dayOfYear } from "./civil.js";
export type { CivilDate } from "./civil.js";
export { splitMicros, joinMicros, MICROS_PER_SECOND, MICROS_PER_DAY, SECONDS_PER_DAY } from "./micros.js";
export { formatDate, formatYear, formatFraction, formatTimestamp, formatTimestampNTZ, formatLocalMicros } from "./format-date.js";
export {
  parseDate,
  parseTimestamp,
  parseTimestampNTZ,
  parseTimestampParts,
  type TimestampParts,
} from "./parse-datetime-string.js";
export { tryParseZoneId, parseZoneId, parseOffset, offsetId, SHORT_IDS, type ParsedZoneId } from "./zone-id.js";
export { getZoneRules, type ZoneRules } from "./zone-rules.js";
export { utcToLocalMicros, localToUtcMicros } from "./zone-conversion.js";
export { compileDatetimePattern, type DatetimePattern } from "./datetime-pattern.js";
