// JSON schema inference as Spark's JsonInferSchema: integers → bigint (decimal(p,0) beyond long),
// fractions → double (decimal with prefersDecimal), objects → structs with fields sorted by name,
// arrays → arrays of the merged element type; conflicting types widen (bigint+double → double)
// or become string. Malformed records add the corrupt-record column (PERMISSIVE).

import {
  ArrayType,
  BooleanType,
  DecimalType,
  DoubleType,
  LongType,
  NullType,
  StringType,
  StructField,
  StructType,
  type DataType,
} from "../../../types/data-type.js";
import { SparkRuntimeException } from "../../../errors/spark-error.js";
import type { FileStatus, FileSystem } from "../../fs/file-system.js";
import type { FormatOptions } from "../file-format.js";
import { parseBigDecimal } from "../common/number-parsing.js";
import { Sampler } from "../common/sampler.js";
import { JsonNumber, JsonObject, type JsonValue } from "./parser.js";
import { parseJsonOptions, type JsonOptions } from "./options.js";
import { scanJsonRecords } from "./records.js";

const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

export async function inferJsonSchema(files: readonly FileStatus[], raw: FormatOptions, fs: FileSystem): Promise<StructType | null> {
  const o = parseJsonOptions(raw);
  const sampler = new Sampler(o.samplingRatio);
  let acc: DataType = StructType([]);
  let sawCorrupt = false;
  let sawAny = false;
  for (const file of files) {
    const split = { path: file.path, start: 0, length: file.size, fileSize: file.size, mtimeMs: file.mtimeMs, partitionValues: [] };
    for await (const rec of scanJsonRecords(fs, split, o)) {
      sawAny = true;
      if (!sampler.take()) continue;
      if (rec.error !== null || !isRecordValue(rec.value)) {
        if (o.mode === "FAILFAST") {
          throw new SparkRuntimeException("MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION", {
            badRecord: o.columnNameOfCorruptRecord,
            failFastMode: "FAILFAST",
          });
        }
        if (o.mode === "PERMISSIVE") sawCorrupt = true;
        continue;
      }
      const rows = Array.isArray(rec.value) ? rec.value : [rec.value];
      for (const r of rows) {
        if (!(r instanceof JsonObject)) {
          if (o.mode === "PERMISSIVE") sawCorrupt = true;
          continue;
        }
        acc = mergeJsonTypes(acc, inferValue(r, o));
      }
    }
  }
  if (!sawAny) return files.length === 0 ? null : StructType([]);
  let result = canonicalize(acc, o) as StructType | null;
  if (result === null) result = StructType([]);
  if (sawCorrupt && !result.fields.some((f) => f.name === o.columnNameOfCorruptRecord)) {
    result = sortFields([...result.fields, StructField(o.columnNameOfCorruptRecord, StringType(), true)]);
  }
  return result;
}

function isRecordValue(v: JsonValue): boolean {
  return v instanceof JsonObject || Array.isArray(v);
}

export function inferValue(v: JsonValue, o: JsonOptions): DataType {
  if (v === null) return NullType();
  if (typeof v === "boolean") return o.primitivesAsString ? StringType() : BooleanType();
  if (typeof v === "string") return StringType();
  if (v instanceof JsonNumber) return o.primitivesAsString ? StringType() : inferNumber(v, o);
  if (Array.isArray(v)) {
    let el: DataType = NullType();
    for (const x of v) el = mergeJsonTypes(el, inferValue(x, o));
    return ArrayType(el, true);
  }
  const fields = new Map<string, DataType>();
  v.keys.forEach((k, i) => fields.set(k, mergeJsonTypes(fields.get(k) ?? NullType(), inferValue(v.values[i]!, o))));
  return sortFields([...fields].map(([k, t]) => StructField(k, t, true)));
}

function inferNumber(n: JsonNumber, o: JsonOptions): DataType {
  if (n.text === "NaN" || n.text.endsWith("Infinity")) return DoubleType();
  if (n.isInteger) {
    const v = BigInt(n.text);
    if (v >= LONG_MIN && v <= LONG_MAX) return LongType();
    const digits = n.text.replace(/^-/, "").replace(/^0+(?=\d)/, "").length;
    return digits <= 38 ? DecimalType(digits, 0) : DoubleType();
  }
  if (o.prefersDecimal) {
    const d = parseBigDecimal(n.text);
    if (d !== null && d.scale >= 0) {
      const precision = Math.max(d.precision, d.scale);
      if (precision <= 38) return DecimalType(precision, d.scale);
    }
  }
  return DoubleType();
}

function sortFields(fields: StructField[]): StructType {
  return StructType([...fields].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
}

/** Spark's JsonInferSchema.compatibleType. */
export function mergeJsonTypes(a: DataType, b: DataType): DataType {
  if (a.kind === "null") return b;
  if (b.kind === "null") return a;
  if (a.kind === "struct" && b.kind === "struct") {
    const m = new Map<string, DataType>();
    for (const f of a.fields) m.set(f.name, f.dataType);
    for (const f of b.fields) m.set(f.name, m.has(f.name) ? mergeJsonTypes(m.get(f.name)!, f.dataType) : f.dataType);
    return sortFields([...m].map(([k, t]) => StructField(k, t, true)));
  }
  if (a.kind === "array" && b.kind === "array") return ArrayType(mergeJsonTypes(a.elementType, b.elementType), true);
  if (a.kind === b.kind && a.kind !== "decimal") return a;
  const num = (t: DataType): boolean => t.kind === "long" || t.kind === "double" || t.kind === "decimal";
  if (num(a) && num(b)) {
    if (a.kind === "double" || b.kind === "double") return DoubleType();
    const da = a.kind === "decimal" ? a : DecimalType(20, 0);
    const db = b.kind === "decimal" ? b : DecimalType(20, 0);
    const scale = Math.max(da.scale, db.scale);
    const range = Math.max(da.precision - da.scale, db.precision - db.scale);
    return range + scale > 38 ? DoubleType() : DecimalType(range + scale, scale);
  }
  return StringType();
}

/** NullType → string, empty structs dropped, dropFieldIfAllNull applied. null = drop. */
export function canonicalize(t: DataType, o: JsonOptions): DataType | null {
  switch (t.kind) {
    case "null":
      return o.dropFieldIfAllNull ? null : StringType();
    case "array": {
      const el = canonicalize(t.elementType, o);
      if (el === null) return o.dropFieldIfAllNull ? null : ArrayType(StringType(), true);
      return ArrayType(el, true);
    }
    case "struct": {
      const fields: StructField[] = [];
      for (const f of t.fields) {
        const c = canonicalize(f.dataType, o);
        if (c !== null) fields.push(StructField(f.name, c, true));
      }
      return fields.length === 0 ? (o.dropFieldIfAllNull ? null : null) : StructType(fields);
    }
    default:
      return t;
  }
}
