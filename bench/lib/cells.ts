// Turning engine values into comparable cells (see Cell in protocol.ts).
import type { Cell } from "./protocol.js";

/** Formats an unscaled integer with `scale` digits after the point: (12345n, 2) → "123.45". */
export function formatUnscaled(unscaled: bigint, scale: number): string {
  const neg = unscaled < 0n;
  let digits = (neg ? -unscaled : unscaled).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, "0");
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return (neg ? "-" : "") + digits;
}

/** Epoch days → "yyyy-mm-dd" (proleptic Gregorian, as Spark and DuckDB print them). */
export function daysToIso(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

export function doubleCell(x: number): Cell {
  return `f:${x}`;
}

/** A JS value whose type we only know at run time (Polars arrays, generic rows). */
export function genericCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "bigint":
      return `i:${v}`;
    case "number":
      return Number.isInteger(v) && Math.abs(v) < 2 ** 53 ? `i:${v}` : `f:${v}`;
    case "boolean":
      return `b:${v}`;
    case "string":
      return `s:${v}`;
  }
  if (v instanceof Date) return `D:${v.toISOString().slice(0, 10)}`;
  return `s:${String(v)}`;
}
