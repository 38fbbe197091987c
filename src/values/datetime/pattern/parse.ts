// Parsing text through compiled pattern elements, then resolving the parsed fields the way Spark
// does (java.time STRICT resolver + Spark's defaults: missing year 1970, month/day 1, time 0,
// 'h'/'K' without 'a' meaning AM, 'a' without an hour meaning 00:00 or 12:00).
// Text and literals match case-insensitively; the whole input must be consumed.

import type { OffsetStyle, PatternElement } from "./elements.js";
import { textNames } from "./texts.js";
import { zoneForName } from "./zone-names.js";
import { civilToDays, daysToCivil, isLeapYear, isValidCivil } from "../civil.js";
import { parseOffset, tryParseZoneId } from "../zone-id.js";

export interface ParsedFields {
  year?: number;
  yearOfEra?: number;
  era?: number;
  month?: number;
  day?: number;
  dayOfYear?: number;
  hourOfDay?: number;
  clockHourOfDay?: number;
  hourOfAmPm?: number;
  clockHourOfAmPm?: number;
  amPm?: number;
  minute?: number;
  second?: number;
  nanos?: number;
  modifiedJulianDay?: number;
  alignedDayOfWeekInMonth?: number;
  quarter?: number;
  dayOfWeek?: number;
  offset?: number;
  zone?: string;
}

const FAIL = -1;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function matchesAt(text: string, pos: number, s: string): boolean {
  return text.length - pos >= s.length && text.slice(pos, pos + s.length).toLowerCase() === s.toLowerCase();
}

function parseNumber(e: PatternElement & { kind: "number" }, text: string, pos: number, st: ParsedFields): number {
  let negative = false;
  let signed = false;
  const c = text[pos];
  if (c === "+" || c === "-") {
    if (c === "+" && e.sign !== "exceedsPad") return FAIL;
    if (c === "-" && e.sign === "notNegative") return FAIL;
    negative = c === "-";
    signed = true;
    pos++;
  }
  let available = 0;
  const limit = e.maxWidth + e.subsequentWidth;
  while (available < limit && pos + available < text.length && isDigit(text.charCodeAt(pos + available))) available++;
  let n = available;
  if (e.subsequentWidth > 0) n = Math.max(e.minWidth, available - e.subsequentWidth);
  n = Math.min(n, e.maxWidth);
  if (n < e.minWidth || n > available) return FAIL;
  let value = Number(text.slice(pos, pos + n));
  if (negative) {
    if (value === 0) return FAIL; // "-0" is rejected in strict mode
    value = -value;
  }
  if (e.sign === "exceedsPad") {
    // A '+' is required exactly when the digits exceed the minimum width.
    if (signed && !negative && n <= e.minWidth) return FAIL;
    if (!signed && n > e.minWidth) return FAIL;
  }
  (st as Record<string, number>)[e.field] = value;
  return pos + n;
}

function parseText(e: PatternElement & { kind: "text" }, text: string, pos: number, st: ParsedFields): number {
  let best = -1;
  let bestLen = 0;
  for (const [value, name] of textNames(e.field, e.style)) {
    if (name.length > bestLen && matchesAt(text, pos, name)) {
      best = value;
      bestLen = name.length;
    }
  }
  if (best < 0) return FAIL;
  (st as Record<string, number>)[e.field] = best;
  return pos + bestLen;
}

function twoDigits(text: string, pos: number): number {
  if (pos + 2 > text.length || !isDigit(text.charCodeAt(pos)) || !isDigit(text.charCodeAt(pos + 1))) return -1;
  return Number(text.slice(pos, pos + 2));
}

function parseOffsetText(style: OffsetStyle, noOffsetText: string, text: string, pos: number, st: ParsedFields): number {
  const sign = text[pos];
  if (sign === "+" || sign === "-") {
    let p = pos + 1;
    const h = twoDigits(text, p);
    if (h >= 0) {
      p += 2;
      const colon = style.includes(":");
      let m = 0;
      let s = 0;
      const readPart = (required: boolean): number | undefined => {
        let q = p;
        if (colon) {
          if (text[q] !== ":") return required ? undefined : -1;
          q++;
        }
        const v = twoDigits(text, q);
        if (v < 0) return required ? undefined : -1;
        p = q + 2;
        return v;
      };
      let ok = true;
      if (style !== "+HH") {
        const mv = readPart(style === "+HHMM" || style === "+HH:MM" || style === "+HHMMss" || style === "+HH:MM:ss");
        if (mv === undefined) ok = false;
        else if (mv >= 0) {
          m = mv;
          if (style === "+HHMMss" || style === "+HH:MM:ss") {
            const sv = readPart(false);
            if (sv === undefined) ok = false;
            else if (sv >= 0) s = sv;
          }
        }
      }
      if (ok && h <= 18 && m <= 59 && s <= 59) {
        const total = h * 3600 + m * 60 + s;
        st.offset = sign === "-" ? -total : total;
        return p;
      }
    }
  }
  if (noOffsetText.length > 0 && matchesAt(text, pos, noOffsetText)) {
    st.offset = 0;
    return pos + noOffsetText.length;
  }
  return FAIL;
}

function parseLocalizedOffset(full: boolean, text: string, pos: number, st: ParsedFields): number {
  if (!matchesAt(text, pos, "GMT")) return FAIL;
  let p = pos + 3;
  const sign = text[p];
  if (sign !== "+" && sign !== "-") {
    st.offset = 0;
    return p;
  }
  p++;
  const m = (full ? /^(\d\d):(\d\d)(?::(\d\d))?/ : /^(\d\d?)(?::(\d\d)(?::(\d\d))?)?/).exec(text.slice(p));
  if (!m) return FAIL;
  const total = Number(m[1]) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  st.offset = sign === "-" ? -total : total;
  return p + m[0].length;
}

function parseZoneIdText(text: string, pos: number, st: ParsedFields, names: boolean): number {
  const run = /^[A-Za-z0-9~/._+:-]+/.exec(text.slice(pos));
  if (!run) return FAIL;
  const token = run[0];
  for (let len = token.length; len > 0; len--) {
    const candidate = token.slice(0, len);
    if (candidate.startsWith("+") || candidate.startsWith("-")) {
      const off = parseOffset(candidate);
      if (off !== undefined) {
        st.offset = off;
        return pos + len;
      }
      continue;
    }
    if (tryParseZoneId(candidate)) {
      st.zone = candidate;
      return pos + len;
    }
    if (names) {
      const z = zoneForName(candidate);
      if (z) {
        st.zone = z;
        return pos + len;
      }
    }
  }
  return FAIL;
}

export function parseElements(elements: readonly PatternElement[], text: string, pos: number, st: ParsedFields): number {
  for (const e of elements) {
    if (pos < 0) return FAIL;
    switch (e.kind) {
      case "literal":
        pos = matchesAt(text, pos, e.text) ? pos + e.text.length : FAIL;
        break;
      case "number":
        pos = parseNumber(e, text, pos, st);
        break;
      case "reducedYear": {
        const v = twoDigits(text, pos);
        if (v < 0) return FAIL;
        (st as Record<string, number>)[e.field] = 2000 + v;
        pos += 2;
        break;
      }
      case "text":
        pos = parseText(e, text, pos, st);
        break;
      case "fraction": {
        let n = 0;
        while (n < e.maxWidth && pos + n < text.length && isDigit(text.charCodeAt(pos + n))) n++;
        if (n < e.minWidth) return FAIL;
        st.nanos = Number(text.slice(pos, pos + n).padEnd(9, "0"));
        pos += n;
        break;
      }
      case "offset":
        pos = parseOffsetText(e.style, e.noOffsetText, text, pos, st);
        break;
      case "localizedOffset":
        pos = parseLocalizedOffset(e.full, text, pos, st);
        break;
      case "zoneId":
        pos = parseZoneIdText(text, pos, st, false);
        break;
      case "zoneName":
        pos = parseZoneIdText(text, pos, st, true);
        break;
      case "optional": {
        const saved = { ...st };
        const r = parseElements(e.elements, text, pos, st);
        if (r < 0) {
          for (const k of Object.keys(st)) delete (st as Record<string, unknown>)[k];
          Object.assign(st, saved);
        } else pos = r;
        break;
      }
    }
  }
  return pos;
}

/** Parses the whole text; undefined when it does not match. */
export function parseAll(elements: readonly PatternElement[], text: string): ParsedFields | undefined {
  const st: ParsedFields = {};
  const end = parseElements(elements, text, 0, st);
  return end === text.length ? st : undefined;
}

function inRange(v: number | undefined, lo: number, hi: number): boolean {
  return v === undefined || (v >= lo && v <= hi);
}

/** The local date (epoch day) the fields describe, or undefined when invalid. */
export function resolveDate(st: ParsedFields): number | undefined {
  if (st.modifiedJulianDay !== undefined) return st.modifiedJulianDay - 40587;
  let year = st.year;
  if (year === undefined && st.yearOfEra !== undefined) {
    if (st.yearOfEra < 1) return undefined;
    year = st.era === 0 ? 1 - st.yearOfEra : st.yearOfEra;
  }
  year ??= 1970;
  if (!inRange(st.month, 1, 12) || !inRange(st.day, 1, 31)) return undefined;
  let days: number;
  if (st.dayOfYear !== undefined) {
    if (st.dayOfYear < 1 || st.dayOfYear > (isLeapYear(year) ? 366 : 365)) return undefined;
    days = civilToDays(year, 1, 1) + st.dayOfYear - 1;
    const civil = daysToCivil(days);
    if ((st.month !== undefined && st.month !== civil.month) || (st.day !== undefined && st.day !== civil.day)) {
      return undefined;
    }
  } else {
    const month = st.month ?? 1;
    const day = st.day ?? 1;
    if (!isValidCivil(year, month, day)) return undefined;
    days = civilToDays(year, month, day);
  }
  return days;
}

/** Second of day and micros of the parsed time, or undefined when a field is out of range. */
export function resolveTime(st: ParsedFields): { secondOfDay: number; micros: number } | undefined {
  if (
    !inRange(st.hourOfDay, 0, 23) ||
    !inRange(st.clockHourOfDay, 1, 24) ||
    !inRange(st.hourOfAmPm, 0, 11) ||
    !inRange(st.clockHourOfAmPm, 1, 12) ||
    !inRange(st.minute, 0, 59) ||
    !inRange(st.second, 0, 59)
  ) {
    return undefined;
  }
  let hour: number;
  if (st.hourOfDay !== undefined) {
    if (st.amPm !== undefined && st.amPm !== Math.floor(st.hourOfDay / 12)) return undefined;
    hour = st.hourOfDay;
  } else if (st.clockHourOfDay !== undefined) {
    hour = st.clockHourOfDay === 24 ? 0 : st.clockHourOfDay;
  } else if (st.hourOfAmPm !== undefined || st.clockHourOfAmPm !== undefined) {
    const h = st.hourOfAmPm ?? (st.clockHourOfAmPm === 12 ? 0 : st.clockHourOfAmPm!);
    hour = (st.amPm ?? 0) * 12 + h;
  } else {
    hour = st.amPm === 1 ? 12 : 0;
  }
  const secondOfDay = hour * 3600 + (st.minute ?? 0) * 60 + (st.second ?? 0);
  return { secondOfDay, micros: Math.floor((st.nanos ?? 0) / 1000) };
}
