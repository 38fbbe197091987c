// Dates and timestamps as Spark casts them to strings: "2024-01-31", "2024-01-31 12:34:56.5".
// Years are at least four digits; years before 0 carry "-", years after 9999 carry "+"
// ("-0044-03-15", "+10000-01-01"), as java.time's ISO formatter prints them.

import { daysToCivil } from "./civil.js";
import { splitMicros, splitSeconds } from "./micros.js";
import { utcToLocalMicros } from "./zone-conversion.js";

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Year as Spark prints it in dates: 4+ digits, sign for negatives and for years above 9999. */
export function formatYear(year: number): string {
  if (year < 0) return "-" + String(-year).padStart(4, "0");
  if (year > 9999) return "+" + String(year);
  return String(year).padStart(4, "0");
}

/** "yyyy-MM-dd" of a day number (days since 1970-01-01). */
export function formatDate(days: number): string {
  const { year, month, day } = daysToCivil(days);
  return `${formatYear(year)}-${pad2(month)}-${pad2(day)}`;
}

/** Fraction of second as Spark prints it: "" for 0, else "." + digits without trailing zeros. */
export function formatFraction(micros: number): string {
  if (micros === 0) return "";
  let digits = String(micros).padStart(6, "0");
  let end = digits.length;
  while (digits.charCodeAt(end - 1) === 48) end--;
  digits = digits.slice(0, end);
  return "." + digits;
}

/** "yyyy-MM-dd HH:mm:ss[.fraction]" of a local (wall-clock) micros count. */
export function formatLocalMicros(localMicros: bigint): string {
  const { seconds, micros } = splitMicros(localMicros);
  const { days, secondOfDay } = splitSeconds(seconds);
  const h = Math.floor(secondOfDay / 3600);
  const m = Math.floor((secondOfDay % 3600) / 60);
  const s = secondOfDay % 60;
  return `${formatDate(days)} ${pad2(h)}:${pad2(m)}:${pad2(s)}${formatFraction(micros)}`;
}

/** A TimestampType value (UTC micros) as Spark casts it to string in `timeZone`. */
export function formatTimestamp(micros: bigint, timeZone: string): string {
  return formatLocalMicros(utcToLocalMicros(micros, timeZone));
}

/** A TimestampNTZType value as Spark casts it to string. */
export function formatTimestampNTZ(micros: bigint): string {
  return formatLocalMicros(micros);
}
