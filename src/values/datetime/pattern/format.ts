// Printing date-time fields through compiled pattern elements (java.time's printer rules).

import type { OffsetStyle, PatternElement } from "./elements.js";
import { textNames } from "./texts.js";
import { zoneName } from "./zone-names.js";
import { dayOfYearOf, isoDayOfWeek, type DateTimeFields } from "./fields.js";

function numberValue(field: string, f: DateTimeFields): number {
  switch (field) {
    case "year":
      return f.year;
    case "yearOfEra":
      return f.year >= 1 ? f.year : 1 - f.year;
    case "month":
      return f.month;
    case "day":
      return f.day;
    case "dayOfYear":
      return dayOfYearOf(f);
    case "quarter":
      return Math.floor((f.month - 1) / 3) + 1;
    case "alignedDayOfWeekInMonth":
      return ((f.day - 1) % 7) + 1;
    case "hourOfDay":
      return f.hour;
    case "clockHourOfDay":
      return f.hour === 0 ? 24 : f.hour;
    case "hourOfAmPm":
      return f.hour % 12;
    case "clockHourOfAmPm":
      return f.hour % 12 === 0 ? 12 : f.hour % 12;
    case "minute":
      return f.minute;
    case "second":
      return f.second;
    case "modifiedJulianDay":
      return f.epochDay + 40587;
    default:
      throw new Error(`unknown field ${field}`);
  }
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function formatOffset(style: OffsetStyle, noOffsetText: string, offset: number): string {
  if (offset === 0) return noOffsetText;
  const abs = Math.abs(offset);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  let out = (offset < 0 ? "-" : "+") + pad2(h);
  const colon = style.includes(":") ? ":" : "";
  switch (style) {
    case "+HH":
      break;
    case "+HHmm":
    case "+HH:mm":
      if (m !== 0 || s !== 0) out += colon + pad2(m);
      break;
    case "+HHMM":
    case "+HH:MM":
      out += colon + pad2(m);
      break;
    case "+HHMMss":
    case "+HH:MM:ss":
      out += colon + pad2(m);
      if (s !== 0) out += colon + pad2(s);
      break;
  }
  return out;
}

function formatLocalizedOffset(full: boolean, offset: number): string {
  if (offset === 0) return "GMT";
  const abs = Math.abs(offset);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  let out = "GMT" + (offset < 0 ? "-" : "+");
  if (full) {
    out += pad2(h) + ":" + pad2(m);
    if (s !== 0) out += ":" + pad2(s);
  } else {
    out += String(h);
    if (m !== 0 || s !== 0) out += ":" + pad2(m);
    if (s !== 0) out += ":" + pad2(s);
  }
  return out;
}

function formatNumber(value: number, minWidth: number, sign: string): string {
  const digits = String(Math.abs(value)).padStart(minWidth, "0");
  if (value < 0) return "-" + digits;
  if (sign === "exceedsPad" && minWidth < 19 && value >= 10 ** minWidth) return "+" + digits;
  return digits;
}

export function formatElements(elements: readonly PatternElement[], f: DateTimeFields, out: string[]): void {
  for (const e of elements) {
    switch (e.kind) {
      case "literal":
        out.push(e.text);
        break;
      case "number":
        out.push(formatNumber(numberValue(e.field, f), e.minWidth, e.sign));
        break;
      case "reducedYear": {
        const v = Math.abs(numberValue(e.field, f)) % 100;
        out.push(pad2(v));
        break;
      }
      case "text": {
        let value: number;
        switch (e.field) {
          case "era":
            value = f.year >= 1 ? 1 : 0;
            break;
          case "month":
            value = f.month;
            break;
          case "dayOfWeek":
            value = isoDayOfWeek(f);
            break;
          case "quarter":
            value = Math.floor((f.month - 1) / 3) + 1;
            break;
          case "amPm":
            value = f.hour >= 12 ? 1 : 0;
            break;
        }
        out.push(textNames(e.field, e.style).get(value)!);
        break;
      }
      case "fraction": {
        const nanos = String(f.micros * 1000).padStart(9, "0");
        out.push(nanos.slice(0, e.maxWidth));
        break;
      }
      case "offset":
        out.push(formatOffset(e.style, e.noOffsetText, f.offset));
        break;
      case "localizedOffset":
        out.push(formatLocalizedOffset(e.full, f.offset));
        break;
      case "zoneId":
        out.push(f.zoneId);
        break;
      case "zoneName":
        out.push(zoneName(f.timeZone, f.epochSeconds, e.full));
        break;
      case "optional":
        formatElements(e.elements, f, out);
        break;
    }
  }
}
