// Shared helpers of the Parquet tests: fixtures, and internal values in the typed JSON form the
// fixture generator writes (test/fixtures/io/parquet/generate.py).

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { DataType, StructType } from "../../../src/types/data-type.js";
import { dataTypeFromJsonValue } from "../../../src/types/type-json.js";
import type { Batch } from "../../../src/exec/batch/column-vector.js";
import { getValue } from "../../../src/exec/batch/access.js";
import { MapData } from "../../../src/values/map-data.js";

export const FIXTURES = fileURLToPath(new URL("../../fixtures/io/parquet/", import.meta.url));
export const fixture = (name: string): string => join(FIXTURES, name);

export function loadExpected(name: string): { schema: StructType; rows: unknown[][] } {
  const j = JSON.parse(readFileSync(fixture(`${name}.expected.json`), "utf8")) as { schema: unknown; rows: unknown[][] };
  return { schema: dataTypeFromJsonValue(j.schema) as StructType, rows: j.rows };
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

/** An internal value of `t` in the fixtures' typed JSON form. */
export function typedJson(v: unknown, t: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case "array":
      return (v as unknown[]).map((x) => typedJson(x, t.elementType));
    case "map": {
      const m = v as MapData;
      return m.keys.map((k, i) => [typedJson(k, t.keyType), typedJson(m.values[i], t.valueType)]);
    }
    case "struct":
      return t.fields.map((f, i) => typedJson((v as unknown[])[i], f.dataType));
    case "long":
    case "timestamp":
    case "timestamp_ntz":
    case "decimal":
      return String(v);
    case "binary":
      return hex(v as Uint8Array);
    case "float":
    case "double": {
      const n = v as number;
      if (Number.isNaN(n)) return "NaN";
      if (n === Infinity) return "Infinity";
      if (n === -Infinity) return "-Infinity";
      return t.kind === "float" ? Math.fround(n) : n;
    }
    default:
      return v;
  }
}

/** Rows of batches as typed JSON rows. */
export function batchesToRows(batches: readonly Batch[], schema: StructType): unknown[][] {
  const rows: unknown[][] = [];
  for (const b of batches) {
    const live = b.selection ?? Array.from({ length: b.numRows }, (_, i) => i);
    for (const i of live) rows.push(b.columns.map((c, k) => typedJson(getValue(c, i), schema.fields[k]!.dataType)));
  }
  return rows;
}

/** Expected float values are doubles printed by Python: round them as float32 for comparison. */
export function normalizeExpected(rows: unknown[][], schema: StructType): unknown[][] {
  const norm = (v: unknown, t: DataType): unknown => {
    if (v === null) return null;
    switch (t.kind) {
      case "float":
        return typeof v === "number" ? Math.fround(v) : v;
      case "array":
        return (v as unknown[]).map((x) => norm(x, t.elementType));
      case "map":
        return (v as unknown[][]).map(([k, x]) => [norm(k, t.keyType), norm(x, t.valueType)]);
      case "struct":
        return t.fields.map((f, i) => norm((v as unknown[])[i], f.dataType));
      default:
        return v;
    }
  };
  return rows.map((r) => schema.fields.map((f, i) => norm(r[i], f.dataType)));
}

/** The inverse of typedJson: fixture JSON → internal value of `t`. */
export function fromTypedJson(v: unknown, t: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case "array":
      return (v as unknown[]).map((x) => fromTypedJson(x, t.elementType));
    case "map": {
      const pairs = v as unknown[][];
      return new MapData(pairs.map((p) => fromTypedJson(p[0], t.keyType)), pairs.map((p) => fromTypedJson(p[1], t.valueType)));
    }
    case "struct":
      return t.fields.map((f, i) => fromTypedJson((v as unknown[])[i], f.dataType));
    case "long":
    case "timestamp":
    case "timestamp_ntz":
    case "decimal":
    case "day_time_interval":
      return BigInt(v as string);
    case "binary":
      return new Uint8Array(Buffer.from(v as string, "hex"));
    case "float":
    case "double":
      return v === "NaN" ? NaN : v === "Infinity" ? Infinity : v === "-Infinity" ? -Infinity : (v as number);
    default:
      return v;
  }
}
