// Key normalization for grouping, joins, distinct and pair-RDD keys, as Spark's
// NormalizeFloatingNumbers: -0.0 becomes 0.0 and every NaN the same NaN, recursively inside
// arrays, structs and maps. `encodeKey` turns a composite key into one JS primitive usable as a
// Map key (equal keys ⇔ equal encodings).

import type { DataType } from "../../types/data-type.js";
import { MapData } from "../../values/map-data.js";

interface MapLike {
  keys: readonly unknown[];
  values: readonly unknown[];
}

/** A value with floating-point keys normalized (same object when nothing changes). */
export function normalizeKey(v: unknown, t: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case "float":
    case "double": {
      const d = v as number;
      return d === 0 ? 0 : d !== d ? NaN : d;
    }
    case "array": {
      if (!needsNormalization(t.elementType)) return v;
      return (v as readonly unknown[]).map((e) => normalizeKey(e, t.elementType));
    }
    case "struct": {
      if (!needsNormalization(t)) return v;
      return (v as readonly unknown[]).map((e, i) => normalizeKey(e, t.fields[i]!.dataType));
    }
    case "map": {
      if (!needsNormalization(t)) return v;
      const m = v as MapLike;
      return new MapData(
        m.keys.map((k) => normalizeKey(k, t.keyType)),
        m.values.map((x) => normalizeKey(x, t.valueType)),
      );
    }
    default:
      return v;
  }
}

/** Whether values of `t` can contain floats that need normalizing. */
export function needsNormalization(t: DataType): boolean {
  switch (t.kind) {
    case "float":
    case "double":
      return true;
    case "array":
      return needsNormalization(t.elementType);
    case "map":
      return needsNormalization(t.keyType) || needsNormalization(t.valueType);
    case "struct":
      return t.fields.some((f) => needsNormalization(f.dataType));
    default:
      return false;
  }
}

/**
 * One JS primitive for a (composite) key, for use as a Map key. A single number, bigint,
 * boolean or string key is returned as itself (normalized: Map's SameValueZero already equates
 * NaNs and ±0); anything else becomes a self-delimiting string.
 */
export function encodeKey(values: readonly unknown[], types: readonly DataType[]): string | number | bigint | boolean | null {
  if (values.length === 1) {
    const v = values[0];
    if (v === null || v === undefined) return null;
    const t = typeof v;
    if (t === "number") return (v as number) === 0 ? 0 : (v as number);
    if (t === "bigint" || t === "string" || t === "boolean") return v as bigint | string | boolean;
  }
  let s = "";
  for (let i = 0; i < values.length; i++) s += encodeOne(values[i], types[i]!);
  return s;
}

function encodeOne(v: unknown, t: DataType): string {
  if (v === null || v === undefined) return "~";
  switch (typeof v) {
    case "number":
      return (v === 0 ? "0" : String(v)) + ";";
    case "bigint":
      return v + "n";
    case "boolean":
      return v ? "T" : "F";
    case "string":
      return "s" + v.length + ":" + v;
    default:
      break;
  }
  if (v instanceof Uint8Array) {
    let s = "b" + v.length + ":";
    for (let i = 0; i < v.length; i++) s += String.fromCharCode(v[i]!);
    return s;
  }
  if (t.kind === "array") {
    let s = "[";
    for (const e of v as readonly unknown[]) s += encodeOne(e, t.elementType);
    return s + "]";
  }
  if (t.kind === "struct") {
    const vals = v as readonly unknown[];
    let s = "(";
    for (let i = 0; i < t.fields.length; i++) s += encodeOne(vals[i], t.fields[i]!.dataType);
    return s + ")";
  }
  if (t.kind === "map") {
    const m = v as MapLike;
    let s = "{" + m.keys.length + ":";
    for (let i = 0; i < m.keys.length; i++) s += encodeOne(m.keys[i], t.keyType) + encodeOne(m.values[i], t.valueType);
    return s + "}";
  }
  if (t.kind === "calendar_interval") {
    const c = v as { months: number; days: number; micros: bigint };
    return "c" + c.months + "," + c.days + "," + c.micros + ";";
  }
  throw new TypeError(`encodeKey: unsupported ${t.kind} value`);
}
