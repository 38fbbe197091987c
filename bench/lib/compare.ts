// Checks an engine's answer against the reference (DuckDB's) at the candidate's own result types:
// decimals exactly after rounding the reference to the candidate's scale (HALF_UP, as Spark
// rounds), doubles within 1e-9 relative, everything else exactly. A failed check is reported as a
// failure, never as a timing.
import type { Cell } from "./protocol.js";

type Parsed =
  | { k: "null" }
  | { k: "int"; v: bigint }
  | { k: "dec"; unscaled: bigint; scale: number }
  | { k: "dbl"; v: number }
  | { k: "str" | "date" | "bool" | "ts"; v: string };

const REL = 1e-9;

export function parseCell(c: Cell): Parsed {
  if (c === null) return { k: "null" };
  const tag = c[0];
  const body = c.slice(2);
  switch (tag) {
    case "i":
      return { k: "int", v: BigInt(body) };
    case "d": {
      const neg = body.startsWith("-");
      const t = neg ? body.slice(1) : body;
      const dot = t.indexOf(".");
      const scale = dot < 0 ? 0 : t.length - dot - 1;
      const u = BigInt(dot < 0 ? t : t.slice(0, dot) + t.slice(dot + 1));
      return { k: "dec", unscaled: neg ? -u : u, scale };
    }
    case "f":
      return { k: "dbl", v: Number(body) };
    case "D":
      return { k: "date", v: body };
    case "b":
      return { k: "bool", v: body };
    case "t":
      return { k: "ts", v: body };
    default:
      return { k: "str", v: body };
  }
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Rounds an unscaled decimal from `from` to `to` digits after the point, HALF_UP. */
export function rescale(unscaled: bigint, from: number, to: number): bigint {
  if (to >= from) return unscaled * pow10(to - from);
  const d = pow10(from - to);
  const q = unscaled / d;
  const r = unscaled % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return unscaled < 0n ? q - 1n : q + 1n;
  return q;
}

function toNumber(p: Parsed): number | null {
  switch (p.k) {
    case "int":
      return Number(p.v);
    case "dec":
      return Number(p.unscaled) / 10 ** p.scale;
    case "dbl":
      return p.v;
    default:
      return null;
  }
}

function closeDoubles(a: number, b: number, absTol = 0): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true;
  const diff = Math.abs(a - b);
  return diff <= absTol || diff <= REL * Math.max(Math.abs(a), Math.abs(b)) || diff <= 1e-12;
}

/** Does the candidate's cell agree with the reference's cell? */
export function cellsAgree(candidate: Cell, reference: Cell): boolean {
  const c = parseCell(candidate);
  const r = parseCell(reference);
  if (c.k === "null" || r.k === "null") return c.k === r.k;
  if (c.k === "dec") {
    if (r.k === "dec") return rescale(r.unscaled, r.scale, c.scale) === c.unscaled;
    if (r.k === "int") return r.v * pow10(c.scale) === c.unscaled;
    const rv = toNumber(r);
    // The reference computed a double where Spark computes a decimal (DuckDB's avg): agree to
    // within one unit in the candidate's last place.
    return rv !== null && closeDoubles(toNumber(c)!, rv, 10 ** -c.scale);
  }
  if (c.k === "int") {
    if (r.k === "int") return c.v === r.v;
    if (r.k === "dec") return rescale(r.unscaled, r.scale, 0) * pow10(r.scale) === r.unscaled && rescale(r.unscaled, r.scale, 0) === c.v;
    if (r.k === "dbl") return closeDoubles(Number(c.v), r.v);
  }
  if (c.k === "dbl") {
    const rv = toNumber(r);
    if (rv !== null) return closeDoubles(c.v, rv);
  }
  if (c.k === "date" && r.k === "ts") return r.v.startsWith(c.v) && /^\d{4}-\d{2}-\d{2}([ T]00:00:00(\.0+)?)?$/.test(r.v);
  if ((c.k === "str" || c.k === "date" || c.k === "bool" || c.k === "ts") && "v" in r) return c.v === String(r.v);
  return false;
}

export interface Verdict {
  ok: boolean;
  /** Why it failed. */
  detail?: string;
}

function rowsAgree(a: Cell[], b: Cell[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!cellsAgree(a[i], b[i])) return false;
  return true;
}

/** A sort key that puts rows equal within tolerance next to each other. */
function coarseKey(row: Cell[]): string {
  return row
    .map((c) => {
      const p = parseCell(c);
      const n = toNumber(p);
      return n === null ? (p.k === "null" ? "\u0000" : String((p as { v: string }).v)) : n.toPrecision(8);
    })
    .join("\u0001");
}

function showRow(r: Cell[] | undefined): string {
  return r === undefined ? "(none)" : `[${r.map((c) => (c === null ? "null" : c.slice(2))).join(", ")}]`;
}

export function compareResults(candidate: Cell[][], reference: Cell[][]): Verdict {
  if (candidate.length !== reference.length) {
    return { ok: false, detail: `${candidate.length} rows, expected ${reference.length}; first: ${showRow(candidate[0])} vs ${showRow(reference[0])}` };
  }
  let firstBad = -1;
  for (let i = 0; i < candidate.length; i++) {
    if (!rowsAgree(candidate[i], reference[i])) {
      firstBad = i;
      break;
    }
  }
  if (firstBad < 0) return { ok: true };
  // Same rows in another order? Every TPC-H ORDER BY gives a unique order, so this is a failure
  // too, but a different one to report (a sort bug, not an arithmetic one).
  const byKey = (rows: Cell[][]) => rows.map((r) => [coarseKey(r), r] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const cs = byKey(candidate);
  const rs = byKey(reference);
  if (cs.every(([, r], i) => rowsAgree(r, rs[i][1]))) return { ok: false, detail: `same rows in a different order; row ${firstBad}: ${showRow(candidate[firstBad])} expected ${showRow(reference[firstBad])}` };
  return { ok: false, detail: `row ${firstBad}: ${showRow(candidate[firstBad])} expected ${showRow(reference[firstBad])}` };
}
