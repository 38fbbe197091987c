// Time-zone names for the 'z' pattern letter. java.time prints abbreviations from its own
// locale data ("CET", "BRT", "IST"); Intl in en-US gives the same long names but often only
// "GMT+1" as the short one, so well-known abbreviations are looked up by long name.

import { getZoneRules } from "../zone-rules.js";

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  "Coordinated Universal Time": "UTC",
  "Greenwich Mean Time": "GMT",
  "British Summer Time": "BST",
  "Central European Standard Time": "CET",
  "Central European Summer Time": "CEST",
  "Eastern European Standard Time": "EET",
  "Eastern European Summer Time": "EEST",
  "Western European Standard Time": "WET",
  "Western European Summer Time": "WEST",
  "Moscow Standard Time": "MSK",
  "Brasilia Standard Time": "BRT",
  "Brasilia Summer Time": "BRST",
  "Argentina Standard Time": "ART",
  "India Standard Time": "IST",
  "Irish Standard Time": "IST",
  "Japan Standard Time": "JST",
  "Korean Standard Time": "KST",
  "China Standard Time": "CST",
  "Hong Kong Standard Time": "HKT",
  "Singapore Standard Time": "SGT",
  "Israel Standard Time": "IST",
  "Israel Daylight Time": "IDT",
  "Australian Eastern Standard Time": "AEST",
  "Australian Eastern Daylight Time": "AEDT",
  "Australian Central Standard Time": "ACST",
  "Australian Central Daylight Time": "ACDT",
  "Australian Western Standard Time": "AWST",
  "New Zealand Standard Time": "NZST",
  "New Zealand Daylight Time": "NZDT",
};

/** 2024-01-15 and 2024-07-15, 12:00 UTC. */
const REFERENCE_WINTER = 1705320000;
const REFERENCE_SUMMER = 1721044800;

const formatters = new Map<string, Intl.DateTimeFormat>();

function intlName(zone: string, epochSeconds: number, style: "long" | "short"): string {
  const key = `${zone}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: style });
    formatters.set(key, f);
  }
  const clamped = Math.max(-8.6e12, Math.min(8.6e12, epochSeconds));
  const part = f.formatToParts(new Date(clamped * 1000)).find((p) => p.type === "timeZoneName");
  return part?.value ?? zone;
}

/** Zone name as 'z' (short) or 'zzzz' (full) prints it at an instant. */
export function zoneName(timeZone: string, epochSeconds: number, full: boolean): string {
  const rules = getZoneRules(timeZone);
  if (rules.fixedOffset !== undefined) {
    if (rules.id === "UTC" || rules.id === "GMT" || rules.id === "UT") {
      return full ? (rules.id === "GMT" ? "Greenwich Mean Time" : "Coordinated Universal Time") : rules.id;
    }
    return rules.id;
  }
  // ICU names zones only from about 1970 on (before that it prints "GMT-03:06:28"); java.time
  // names every instant by whether it is daylight time, so fall back to this year's names.
  let at = epochSeconds;
  let long = intlName(rules.id, at, "long");
  if (long.startsWith("GMT")) {
    const offset = rules.offsetAtUtc(epochSeconds);
    const winter = REFERENCE_WINTER;
    const summer = REFERENCE_SUMMER;
    const ow = rules.offsetAtUtc(winter);
    const os = rules.offsetAtUtc(summer);
    const daylight = ow !== os && offset === Math.max(ow, os);
    at = daylight === (os > ow) ? summer : winter;
    long = intlName(rules.id, at, "long");
  }
  if (full) return long;
  const short = intlName(rules.id, at, "short");
  if (/^[A-Z]{2,5}$/.test(short)) return short;
  return ABBREVIATIONS[long] ?? short;
}

/** Zone for an abbreviation or long name typed in input ('z' parsing), if known. */
export function zoneForName(name: string): string | undefined {
  const upper = name.toUpperCase();
  const fixed: Record<string, string> = { UTC: "UTC", GMT: "GMT", UT: "UT", Z: "UTC" };
  if (fixed[upper]) return fixed[upper];
  for (const [long, abbr] of Object.entries(ABBREVIATIONS)) {
    if (abbr === upper || long.toUpperCase() === upper) return LONG_NAME_ZONES[long];
  }
  return undefined;
}

/** A representative zone (with the right offset) for each long name above. */
const LONG_NAME_ZONES: Readonly<Record<string, string>> = {
  "Coordinated Universal Time": "UTC",
  "Greenwich Mean Time": "GMT",
  "British Summer Time": "+01:00",
  "Irish Standard Time": "+01:00",
  "Central European Standard Time": "+01:00",
  "Central European Summer Time": "+02:00",
  "Eastern European Standard Time": "+02:00",
  "Eastern European Summer Time": "+03:00",
  "Western European Standard Time": "Z",
  "Western European Summer Time": "+01:00",
  "Moscow Standard Time": "+03:00",
  "Brasilia Standard Time": "-03:00",
  "Brasilia Summer Time": "-02:00",
  "Argentina Standard Time": "-03:00",
  "India Standard Time": "+05:30",
  "Japan Standard Time": "+09:00",
  "Korean Standard Time": "+09:00",
  "China Standard Time": "+08:00",
  "Hong Kong Standard Time": "+08:00",
  "Singapore Standard Time": "+08:00",
  "Israel Standard Time": "+02:00",
  "Israel Daylight Time": "+03:00",
  "Australian Eastern Standard Time": "+10:00",
  "Australian Eastern Daylight Time": "+11:00",
  "Australian Central Standard Time": "+09:30",
  "Australian Central Daylight Time": "+10:30",
  "Australian Western Standard Time": "+08:00",
  "New Zealand Standard Time": "+12:00",
  "New Zealand Daylight Time": "+13:00",
};
