// A compact implementation of the java.time pattern subset data sources use for dateFormat /
// timestampFormat: y, M (numeric and MMM/MMMM English names), d, D?, H, h, k, K, m, s, S… (fraction),
// a, E (English), X/x/Z/XXX (offsets), VV/z (zone ids), 'literals', [optional sections].
// Local to io until src/values/datetime provides the shared, complete formatter.

import { civilFromDays, daysFromCivil, daysInMonth, fixedOffsetSeconds, MICROS_PER_SECOND, floorDiv } from "./civil-time.js";

type Tok =
  | { t: "lit"; s: string }
  | { t: "field"; c: string; n: number }
  | { t: "opt"; body: Tok[] };

export interface ParsedDateTime {
  /** Local date-time as micros since the epoch (as if UTC). */
  readonly localMicros: bigint;
  /** Offset seconds or zone id from the text, if any. */
  readonly zone: string | null;
  readonly hasTime: boolean;
}

export interface DatetimePattern {
  parse(text: string): ParsedDateTime | null;
  /** Formats a local date-time; `offsetSeconds` feeds X/x/Z, `zoneId` feeds VV/z. */
  format(localMicros: bigint, offsetSeconds: number, zoneId: string): string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function tokenize(p: string, i: { v: number }, inOpt: boolean): Tok[] {
  const out: Tok[] = [];
  while (i.v < p.length) {
    const c = p[i.v]!;
    if (c === "[") {
      i.v++;
      out.push({ t: "opt", body: tokenize(p, i, true) });
    } else if (c === "]") {
      i.v++;
      if (inOpt) return out;
    } else if (c === "'") {
      let j = i.v + 1;
      let s = "";
      while (j < p.length) {
        if (p[j] === "'") {
          if (p[j + 1] === "'") {
            s += "'";
            j += 2;
            continue;
          }
          break;
        }
        s += p[j++];
      }
      out.push({ t: "lit", s: j === i.v + 1 && p[j] === "'" ? "'" : s });
      i.v = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let n = 1;
      while (p[i.v + n] === c) n++;
      if (!"yuMLdDHhkKmsSaEXxZVzG".includes(c)) throw new Error(`Illegal pattern character '${c}'`);
      out.push({ t: "field", c, n });
      i.v += n;
    } else {
      out.push({ t: "lit", s: c });
      i.v++;
    }
  }
  return out;
}

interface State {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  micros: number;
  pm: number; // -1 unknown, 0 am, 1 pm
  h12: boolean;
  zone: string | null;
  hasTime: boolean;
}

const cache = new Map<string, DatetimePattern>();

export function compileDatetimePattern(pattern: string): DatetimePattern {
  let c = cache.get(pattern);
  if (c) return c;
  const toks = tokenize(pattern, { v: 0 }, false);
  c = {
    parse(text: string) {
      const st: State = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, micros: 0, pm: -1, h12: false, zone: null, hasTime: false };
      const end = parseSeq(toks, text, 0, st);
      if (end !== text.length) return null;
      if (st.month < 1 || st.month > 12 || st.day < 1 || st.day > daysInMonth(st.year, st.month)) return null;
      let hour = st.hour;
      if (st.h12) {
        if (hour < 1 || hour > 12) return null;
        hour = (hour % 12) + (st.pm === 1 ? 12 : 0);
      }
      if (hour > 23 || st.minute > 59 || st.second > 59) return null;
      const secs = BigInt(daysFromCivil(st.year, st.month, st.day)) * 86400n + BigInt(hour * 3600 + st.minute * 60 + st.second);
      return { localMicros: secs * MICROS_PER_SECOND + BigInt(st.micros), zone: st.zone, hasTime: st.hasTime };
    },
    format(localMicros: bigint, offsetSeconds: number, zoneId: string) {
      const days = Number(floorDiv(localMicros, 86_400_000_000n));
      const micros = Number(localMicros - BigInt(days) * 86_400_000_000n);
      return formatSeq(toks, days, micros, offsetSeconds, zoneId);
    },
  };
  cache.set(pattern, c);
  return c;
}

function parseSeq(toks: readonly Tok[], s: string, pos: number, st: State): number {
  let p = pos;
  for (const tok of toks) {
    if (tok.t === "lit") {
      if (!s.startsWith(tok.s, p)) return -1;
      p += tok.s.length;
    } else if (tok.t === "opt") {
      const saved = { ...st };
      const r = parseSeq(tok.body, s, p, st);
      if (r < 0) Object.assign(st, saved);
      else p = r;
    } else {
      p = parseField(tok.c, tok.n, s, p, st);
      if (p < 0) return -1;
    }
  }
  return p;
}

function digits(s: string, p: number, min: number, max: number): [number, number] | null {
  let e = p;
  while (e < s.length && e - p < max && s.charCodeAt(e) >= 48 && s.charCodeAt(e) <= 57) e++;
  if (e - p < min) return null;
  return [Number(s.slice(p, e)), e];
}

function parseField(c: string, n: number, s: string, p: number, st: State): number {
  switch (c) {
    case "y":
    case "u": {
      let sign = 1;
      let q = p;
      if (n !== 2 && (s[q] === "-" || s[q] === "+")) {
        sign = s[q] === "-" ? -1 : 1;
        q++;
      }
      const r = n === 2 ? digits(s, q, 2, 2) : digits(s, q, n, n >= 4 ? 9 : Math.max(n, 9));
      if (!r) return -1;
      st.year = n === 2 ? 2000 + r[0] : sign * r[0];
      return r[1];
    }
    case "M":
    case "L": {
      if (n >= 3) {
        for (let m = 0; m < 12; m++) {
          const name = n === 3 ? MONTHS[m]!.slice(0, 3) : MONTHS[m]!;
          if (s.startsWith(name, p)) {
            st.month = m + 1;
            return p + name.length;
          }
        }
        return -1;
      }
      const r = digits(s, p, n, 2);
      if (!r) return -1;
      st.month = r[0];
      return r[1];
    }
    case "d":
    case "H":
    case "h":
    case "k":
    case "K":
    case "m":
    case "s": {
      const r = digits(s, p, n, 2);
      if (!r) return -1;
      if (c === "d") st.day = r[0];
      else if (c === "m") st.minute = r[0];
      else if (c === "s") st.second = r[0];
      else {
        st.hour = c === "k" && r[0] === 24 ? 0 : r[0];
        st.h12 = c === "h" || c === "K";
        st.hasTime = true;
      }
      if (c !== "d") st.hasTime = true;
      return r[1];
    }
    case "D": {
      const r = digits(s, p, n, 3);
      if (!r) return -1;
      const [y, m, d] = civilFromDays(daysFromCivil(st.year, 1, 1) + r[0] - 1);
      st.year = y;
      st.month = m;
      st.day = d;
      return r[1];
    }
    case "S": {
      const r = digits(s, p, n, n);
      if (!r) return -1;
      const text = s.slice(p, r[1]);
      st.micros = Number((text + "000000").slice(0, 6));
      return r[1];
    }
    case "a": {
      const t = s.slice(p, p + 2).toUpperCase();
      if (t !== "AM" && t !== "PM") return -1;
      st.pm = t === "PM" ? 1 : 0;
      return p + 2;
    }
    case "E": {
      for (const name of DAYS) {
        const w = n >= 4 ? name : name.slice(0, 3);
        if (s.startsWith(w, p)) return p + w.length;
      }
      return -1;
    }
    case "G":
      return s.startsWith("AD", p) ? p + 2 : -1;
    case "X":
    case "x":
    case "Z": {
      if ((c === "X" || (c === "Z" && n === 5)) && s[p] === "Z") {
        st.zone = "Z";
        return p + 1;
      }
      const m = /^[+-]\d{2}(?::?\d{2})?(?::?\d{2})?/.exec(s.slice(p));
      if (!m) return -1;
      st.zone = m[0];
      return p + m[0].length;
    }
    case "V":
    case "z": {
      const m = /^[A-Za-z][A-Za-z0-9_+\-/]*/.exec(s.slice(p));
      if (!m) return -1;
      st.zone = m[0];
      return p + m[0].length;
    }
  }
  return -1;
}

function pad(v: number, n: number): string {
  const s = String(Math.abs(v)).padStart(n, "0");
  return v < 0 ? "-" + s : s;
}

function formatSeq(toks: readonly Tok[], days: number, micros: number, off: number, zoneId: string): string {
  const [y, mo, d] = civilFromDays(days);
  const secOfDay = Math.floor(micros / 1_000_000);
  const h = Math.floor(secOfDay / 3600);
  const mi = Math.floor((secOfDay % 3600) / 60);
  const se = secOfDay % 60;
  const frac = micros % 1_000_000;
  let out = "";
  for (const tok of toks) {
    if (tok.t === "lit") out += tok.s;
    else if (tok.t === "opt") out += formatSeq(tok.body, days, micros, off, zoneId);
    else {
      const n = tok.n;
      switch (tok.c) {
        case "y":
        case "u":
          out += n === 2 ? pad(((y % 100) + 100) % 100, 2) : y > 9999 ? "+" + pad(y, n) : pad(y, n);
          break;
        case "M":
        case "L":
          out += n >= 4 ? MONTHS[mo - 1] : n === 3 ? MONTHS[mo - 1]!.slice(0, 3) : pad(mo, n);
          break;
        case "d":
          out += pad(d, n);
          break;
        case "D":
          out += pad(days - daysFromCivil(y, 1, 1) + 1, n);
          break;
        case "H":
          out += pad(h, n);
          break;
        case "k":
          out += pad(h === 0 ? 24 : h, n);
          break;
        case "h":
          out += pad(h % 12 === 0 ? 12 : h % 12, n);
          break;
        case "K":
          out += pad(h % 12, n);
          break;
        case "m":
          out += pad(mi, n);
          break;
        case "s":
          out += pad(se, n);
          break;
        case "S":
          out += String(frac).padStart(6, "0").padEnd(n, "0").slice(0, n);
          break;
        case "a":
          out += h < 12 ? "AM" : "PM";
          break;
        case "E": {
          const dow = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (index 3)
          out += n >= 4 ? DAYS[dow] : DAYS[dow]!.slice(0, 3);
          break;
        }
        case "G":
          out += "AD";
          break;
        case "X":
        case "x":
        case "Z":
          out += formatOffset(tok.c, n, off);
          break;
        case "V":
        case "z":
          out += zoneId;
          break;
      }
    }
  }
  return out;
}

function formatOffset(c: string, n: number, off: number): string {
  if (off === 0 && c === "X") return "Z";
  if (c === "Z" && n === 5 && off === 0) return "Z";
  const sign = off < 0 ? "-" : "+";
  const a = Math.abs(off);
  const hh = pad(Math.floor(a / 3600), 2);
  const mm = pad(Math.floor((a % 3600) / 60), 2);
  if (c === "Z") return n <= 3 ? sign + hh + mm : sign + hh + ":" + mm;
  if (n === 1) return sign + hh + (mm === "00" ? "" : mm);
  if (n === 2 || n === 4) return sign + hh + mm;
  return sign + hh + ":" + mm;
}

/** The offset (seconds) a parsed zone string denotes, or null for region ids. */
export function parsedZoneOffset(zone: string): number | null {
  return fixedOffsetSeconds(zone === "Z" ? "UTC" : zone);
}
