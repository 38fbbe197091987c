// Fixture cells: the JSON-safe form both sides read (jsonSafe), and our engine's values for a
// cell of a given type (fixtureValue; scripts/oracle/values.py fixture_value is its twin).

import type { DataType } from "../../src/types/data-type.js";
import { SparkDate } from "../../src/values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../../src/values/timestamp.js";

/** Case-file values → JSON without loss: bigint → string; NaN/±Infinity/-0 → their names. */
export function jsonSafe(v: unknown): unknown {
  if (typeof v === "bigint") return String(v);
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "NaN";
    if (v === Infinity) return "Infinity";
    if (v === -Infinity) return "-Infinity";
    if (Object.is(v, -0)) return "-0.0";
    return v;
  }
  if (Array.isArray(v)) return v.map(jsonSafe);
  if (v !== null && typeof v === "object") {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, jsonSafe(x)]));
  }
  return v;
}

function fromHex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** A JSON-safe fixture cell as the value our createDataFrame takes for `dt`. */
export function fixtureValue(v: unknown, dt: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (dt.kind) {
    case "byte":
    case "short":
    case "integer":
      return Number(v);
    case "long":
      return BigInt(v as string | number);
    case "float":
    case "double":
      return Number(v);
    case "decimal":
      return String(v);
    case "binary":
      return fromHex((v as { hex: string }).hex);
    case "date":
      return SparkDate.fromString(String(v));
    case "timestamp":
      return Timestamp.fromString(String(v), "UTC");
    case "timestamp_ntz":
      return TimestampNTZ.fromString(String(v));
    case "array":
      return (v as unknown[]).map((x) => fixtureValue(x, dt.elementType));
    case "map":
      return new Map((v as [unknown, unknown][]).map(([k, x]) => [fixtureValue(k, dt.keyType), fixtureValue(x, dt.valueType)]));
    case "struct": {
      if (Array.isArray(v)) return dt.fields.map((f, i) => fixtureValue(v[i], f.dataType));
      const o = v as Record<string, unknown>;
      return dt.fields.map((f) => fixtureValue(o[f.name], f.dataType));
    }
    default:
      return v;
  }
}
