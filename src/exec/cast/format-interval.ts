// ANSI interval literals as Spark prints them when casting to string:
//   INTERVAL '1-2' YEAR TO MONTH, INTERVAL '-1' YEAR, INTERVAL '1 02:03:04.5' DAY TO SECOND.

import type { DayTimeIntervalType, YearMonthIntervalType } from "../../types/data-type.js";

const YM_NAMES = ["YEAR", "MONTH"];
const DT_NAMES = ["DAY", "HOUR", "MINUTE", "SECOND"];
const MICROS = [86_400_000_000n, 3_600_000_000n, 60_000_000n, 1_000_000n];
const FIELD_MOD = [0n, 24n, 60n, 60n]; // range of a non-leading field

function unitSuffix(names: string[], start: number, end: number): string {
  return start === end ? names[start]! : `${names[start]} TO ${names[end]}`;
}

export function formatYearMonthInterval(months: number, t: YearMonthIntervalType): string {
  const sign = months < 0 ? "-" : "";
  const abs = Math.abs(months);
  let body: string;
  if (t.startField === 0 && t.endField === 1) body = `${Math.floor(abs / 12)}-${abs % 12}`;
  else if (t.startField === 0) body = String(Math.floor(abs / 12));
  else body = String(abs);
  return `INTERVAL '${sign}${body}' ${unitSuffix(YM_NAMES, t.startField, t.endField)}`;
}

function secondsText(micros: bigint): string {
  const whole = micros / 1_000_000n;
  const frac = micros % 1_000_000n;
  let s = whole.toString().padStart(2, "0"); // even as the leading field: '01.5' SECOND
  if (frac !== 0n) s += "." + frac.toString().padStart(6, "0").replace(/0+$/, "");
  return s;
}

export function formatDayTimeInterval(micros: bigint, t: DayTimeIntervalType): string {
  const sign = micros < 0n ? "-" : "";
  let rest = micros < 0n ? -micros : micros;
  const parts: string[] = [];
  for (let f = t.startField; f <= t.endField; f++) {
    const leading = f === t.startField;
    if (f === 3) {
      parts.push(secondsText(rest));
      break;
    }
    const unit = MICROS[f]!;
    let v = rest / unit;
    rest -= v * unit;
    if (!leading) v %= FIELD_MOD[f]!;
    parts.push(leading ? v.toString() : v.toString().padStart(2, "0"));
  }
  let body = parts[0]!;
  for (let i = 1; i < parts.length; i++) body += (t.startField === 0 && i === 1 ? " " : ":") + parts[i];
  return `INTERVAL '${sign}${body}' ${unitSuffix(DT_NAMES, t.startField, t.endField)}`;
}
