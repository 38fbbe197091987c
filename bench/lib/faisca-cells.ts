// Faísca result values as comparable cells.
import { Decimal, SparkDate } from "../../src/index.js";
import type { DataType } from "../../src/types/data-type.js";
import type { Cell } from "./protocol.js";

export function faiscaCell(t: DataType, v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Decimal) return `d:${v.toString()}`;
  if (v instanceof SparkDate) return `D:${v.toString()}`;
  switch (t.kind) {
    case "double":
    case "float":
      return `f:${Number(v)}`;
    case "byte":
    case "short":
    case "integer":
    case "long":
      return `i:${String(v)}`;
    case "boolean":
      return `b:${v}`;
    case "string":
      return `s:${String(v)}`;
    default:
      return `s:${String(v)}`;
  }
}
