// Time-zone identifiers as Spark accepts them (DateTimeUtils.getZoneId → java.time.ZoneId.of with
// ZoneId.SHORT_IDS): region IDs ("Europe/Berlin"), "Z", "UTC"/"GMT"/"UT", offsets "+05:30",
// "-8", "+0530", "+05:30:15", prefixed offsets "UTC+5", "GMT-08:00", "UT+01", the short IDs
// ("PST" → America/Los_Angeles, "EST" → -05:00), and Spark's lenient "+5:30" / "+05:3" forms.

import { SparkDateTimeException } from "../../errors/spark-error.js";

/** java.time.ZoneId.SHORT_IDS: three-letter IDs and what Java maps them to. */
export const SHORT_IDS: Readonly<Record<string, string>> = {
  ACT: "Australia/Darwin",
  AET: "Australia/Sydney",
  AGT: "America/Argentina/Buenos_Aires",
  ART: "Africa/Cairo",
  AST: "America/Anchorage",
  BET: "America/Sao_Paulo",
  BST: "Asia/Dhaka",
  CAT: "Africa/Harare",
  CNT: "America/St_Johns",
  CST: "America/Chicago",
  CTT: "Asia/Shanghai",
  EAT: "Africa/Addis_Ababa",
  ECT: "Europe/Paris",
  IET: "America/Indiana/Indianapolis",
  IST: "Asia/Kolkata",
  JST: "Asia/Tokyo",
  MIT: "Pacific/Apia",
  NET: "Asia/Yerevan",
  NST: "Pacific/Auckland",
  PLT: "Asia/Karachi",
  PNT: "America/Phoenix",
  PRT: "America/Puerto_Rico",
  PST: "America/Los_Angeles",
  SST: "Pacific/Guadalcanal",
  VST: "Asia/Ho_Chi_Minh",
  EST: "-05:00",
  MST: "-07:00",
  HST: "-10:00",
};

export type ParsedZoneId =
  | { readonly kind: "fixed"; readonly id: string; readonly offsetSeconds: number }
  | { readonly kind: "region"; readonly id: string };

const MAX_OFFSET_SECONDS = 18 * 3600;

/** java.time.ZoneOffset.of: "Z", ±h, ±hh, ±hhmm, ±hh:mm, ±hhmmss, ±hh:mm:ss (within ±18:00). */
export function parseOffset(text: string): number | undefined {
  if (text === "Z") return 0;
  const sign = text[0];
  if (sign !== "+" && sign !== "-") return undefined;
  const body = text.slice(1);
  let m: RegExpExecArray | null = null;
  switch (body.length) {
    case 1:
      m = /^(\d)()()$/.exec(body);
      break;
    case 2:
      m = /^(\d\d)()()$/.exec(body);
      break;
    case 4:
      m = /^(\d\d)(\d\d)()$/.exec(body);
      break;
    case 5:
      m = /^(\d\d):(\d\d)()$/.exec(body);
      break;
    case 6:
      m = /^(\d\d)(\d\d)(\d\d)$/.exec(body);
      break;
    case 8:
      m = /^(\d\d):(\d\d):(\d\d)$/.exec(body);
      break;
  }
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2] || 0);
  const seconds = Number(m[3] || 0);
  if (hours > 18 || minutes > 59 || seconds > 59) return undefined;
  const total = hours * 3600 + minutes * 60 + seconds;
  if (total > MAX_OFFSET_SECONDS) return undefined;
  return sign === "-" ? -total : total;
}

/** Java's normalized offset ID: "Z", "+05:30", "-08:00", "+05:30:15". */
export function offsetId(offsetSeconds: number): string {
  if (offsetSeconds === 0) return "Z";
  const abs = Math.abs(offsetSeconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const base = `${offsetSeconds < 0 ? "-" : "+"}${pad2(h)}:${pad2(m)}`;
  return s === 0 ? base : `${base}:${pad2(s)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const regionCache = new Map<string, boolean>();

function isKnownRegion(id: string): boolean {
  let known = regionCache.get(id);
  if (known === undefined) {
    known = /^[A-Za-z][A-Za-z0-9~/._+-]+$/.test(id);
    if (known) {
      try {
        // Intl matches IDs case-insensitively; java.time does not ("utc" and "europe/paris" fail).
        const resolved = new Intl.DateTimeFormat("en-US", { timeZone: id }).resolvedOptions().timeZone;
        if (resolved !== id && resolved.toLowerCase() === id.toLowerCase()) known = false;
      } catch {
        known = false;
      }
    }
    regionCache.set(id, known);
  }
  return known;
}

/** Parses a zone ID as Spark does, or returns undefined when Spark would reject it. */
export function tryParseZoneId(raw: string): ParsedZoneId | undefined {
  // Spark's pre-3.0 compatibility: "+5:30" → "+05:30", "+05:3" → "+05:03".
  let id = raw.replace(/([+-])(\d):/, "$10$2:").replace(/([+-])(\d\d):(\d)$/, "$1$2:0$3");
  id = SHORT_IDS[id] ?? id;
  if (id === "Z" || id.startsWith("+") || id.startsWith("-")) {
    const off = parseOffset(id);
    return off === undefined ? undefined : { kind: "fixed", id: offsetId(off), offsetSeconds: off };
  }
  if (id === "UTC" || id === "GMT" || id === "UT") return { kind: "fixed", id, offsetSeconds: 0 };
  const prefixed = /^(UTC|GMT|UT)([+-].*)$/.exec(id);
  if (prefixed) {
    const off = parseOffset(prefixed[2]!);
    if (off === undefined) return undefined;
    return { kind: "fixed", id: off === 0 ? prefixed[1]! : prefixed[1]! + offsetId(off), offsetSeconds: off };
  }
  return isKnownRegion(id) ? { kind: "region", id } : undefined;
}

/** Parses a zone ID or throws Spark's INVALID_TIMEZONE error. */
export function parseZoneId(raw: string): ParsedZoneId {
  const z = tryParseZoneId(raw);
  if (!z) throw new SparkDateTimeException("INVALID_TIMEZONE", { timeZone: raw });
  return z;
}
