// DuckDB result values as comparable cells.
import type { DuckDBType } from "@duckdb/node-api";
import { formatUnscaled } from "./cells.js";
import type { Cell } from "./protocol.js";

export function duckCell(type: DuckDBType, v: unknown): Cell {
  if (v === null || v === undefined) return null;
  const name = type.toString();
  if (name.startsWith("DECIMAL")) {
    const d = v as { value: bigint; scale: number };
    return `d:${formatUnscaled(d.value, d.scale)}`;
  }
  if (name === "DATE") return `D:${String(v)}`;
  if (name === "DOUBLE" || name === "FLOAT") return `f:${Number(v)}`;
  if (/INT/.test(name)) return `i:${String(v)}`;
  if (name === "BOOLEAN") return `b:${v}`;
  if (name.startsWith("TIMESTAMP")) return `t:${String(v)}`;
  return `s:${String(v)}`;
}
