// Reads JSON records into batches by schema (Spark's JacksonParser rules): a field that does not
// convert makes the record malformed, keeping the fields that did convert (PERMISSIVE) with the
// raw record in the corrupt-record column; top-level arrays give one row per element.
// Internal values: struct → unknown[] (field order), array → unknown[], map → MapData.

import type { DataType, StructType } from "../../../types/data-type.js";
import type { Batch } from "../../../exec/batch/column-vector.js";
import type { FileSystem } from "../../fs/file-system.js";
import type { FileSplit, FormatOptions } from "../file-format.js";
import { ColumnSink } from "../common/column-sink.js";
import { MapData } from "../../../values/map-data.js";
import { BadRecordHandler } from "../common/bad-records.js";
import { DatetimeCodec } from "../common/datetime-codec.js";
import { READ_BATCH_ROWS } from "../common/options.js";
import { isJavaDouble, parseBigDecimal, parseJavaDouble, parseJavaLong, toDecimalUnscaled } from "../common/number-parsing.js";
import { JsonNumber, JsonObject, jsonText, type JsonValue } from "./parser.js";
import { parseJsonOptions } from "./options.js";
import { scanJsonRecords } from "./records.js";

/** Thrown inside conversion when a value does not fit its type. */
class Mismatch extends Error {}
const MISMATCH = new Mismatch("type mismatch");

export async function* readJsonSplit(
  split: FileSplit,
  schema: StructType,
  requiredColumns: readonly number[] | null,
  raw: FormatOptions,
  fs: FileSystem,
): AsyncIterable<Batch> {
  const o = parseJsonOptions(raw);
  const dt = new DatetimeCodec(o);
  const corruptIdx = schema.fields.findIndex((f) => f.name === o.columnNameOfCorruptRecord && f.dataType.kind === "string");
  const req = requiredColumns ?? schema.fields.map((_, i) => i);
  const sinks = req.map((i) => new ColumnSink(schema.fields[i]!.dataType, READ_BATCH_ROWS));
  const bad = new BadRecordHandler(o.mode, corruptIdx >= 0 && req.includes(corruptIdx));
  const path = fs.qualify(split.path);
  let rows = 0;

  const addRow = (obj: JsonObject | null, malformedText: (() => string) | null): void => {
    let malformed = malformedText !== null;
    let corruptSink: ColumnSink | null = null;
    for (let j = 0; j < req.length; j++) {
      const fi = req[j]!;
      const sink = sinks[j]!;
      if (fi === corruptIdx) {
        corruptSink = sink;
        continue;
      }
      const f = schema.fields[fi]!;
      const v = obj === null ? undefined : obj.get(f.name);
      if (v === undefined || v === null) {
        sink.appendNull();
        continue;
      }
      try {
        sink.appendValue(convert(v, f.dataType));
      } catch (e) {
        if (!(e instanceof Mismatch)) throw e;
        malformed = true;
        sink.appendNull();
      }
    }
    if (malformed) {
      const text = malformedText ?? (() => (obj === null ? "" : jsonText(obj)));
      if (bad.onMalformed(text, path) === "drop") {
        for (const s of sinks) s.truncate(rows);
        return;
      }
      if (corruptSink) corruptSink.appendString(text());
    } else if (corruptSink) corruptSink.appendNull();
    rows++;
  };

  const convert = (v: JsonValue, t: DataType): unknown => {
    if (v === null) return null;
    switch (t.kind) {
      case "string":
      case "char":
      case "varchar":
        return typeof v === "string" ? v : jsonText(v);
      case "boolean":
        if (typeof v !== "boolean") throw MISMATCH;
        return v;
      case "byte":
      case "short":
      case "integer": {
        if (!(v instanceof JsonNumber) || !v.isInteger) throw MISMATCH;
        const n = Number(v.text);
        const lim = t.kind === "byte" ? 127 : t.kind === "short" ? 32767 : 2147483647;
        if (n > lim || n < -lim - 1) throw MISMATCH;
        return n;
      }
      case "long": {
        if (!(v instanceof JsonNumber) || !v.isInteger) throw MISMATCH;
        const n = parseJavaLong(v.text.replace(/^-?0+(?=\d)/, (m) => (m.startsWith("-") ? "-" : "")));
        if (n === null) throw MISMATCH;
        return n;
      }
      case "float":
      case "double": {
        let n: number;
        if (v instanceof JsonNumber) n = v.text === "NaN" ? NaN : Number(v.text);
        else if (typeof v === "string" && (v === "NaN" || v === "Infinity" || v === "-Infinity" || v === "+Infinity" || v === "INF" || v === "-INF" || v === "+INF")) {
          n = v === "NaN" ? NaN : v.startsWith("-") ? -Infinity : Infinity;
        } else throw MISMATCH;
        return t.kind === "float" ? Math.fround(n) : n;
      }
      case "decimal": {
        const text = v instanceof JsonNumber ? v.text : typeof v === "string" ? v : null;
        if (text === null) throw MISMATCH;
        const d = parseBigDecimal(text);
        if (d === null) throw MISMATCH;
        const u = toDecimalUnscaled(d, t.precision, t.scale);
        if (u === null) throw MISMATCH;
        return u;
      }
      case "date": {
        if (typeof v !== "string") throw MISMATCH;
        const d = dt.parseDate(v);
        if (d === null) throw MISMATCH;
        return d;
      }
      case "timestamp": {
        if (v instanceof JsonNumber && v.isInteger) return BigInt(v.text) * 1_000_000n;
        if (v instanceof JsonNumber && isJavaDouble(v.text)) return BigInt(Math.round(parseJavaDouble(v.text) * 1e6));
        if (typeof v !== "string") throw MISMATCH;
        const ts = dt.parseTimestamp(v);
        if (ts === null) throw MISMATCH;
        return ts;
      }
      case "timestamp_ntz": {
        if (typeof v !== "string") throw MISMATCH;
        const ts = dt.parseTimestampNTZ(v);
        if (ts === null) throw MISMATCH;
        return ts;
      }
      case "binary":
        if (typeof v !== "string") throw MISMATCH;
        return new Uint8Array(Buffer.from(v, "base64"));
      case "array":
        if (!Array.isArray(v)) throw MISMATCH;
        return v.map((x) => convert(x, t.elementType));
      case "map": {
        if (!(v instanceof JsonObject)) throw MISMATCH;
        // Duplicate keys: the last one wins (keys of a MapData are unique).
        const keys: string[] = [];
        const values: unknown[] = [];
        v.keys.forEach((k, i) => {
          const at = keys.indexOf(k);
          const x = convert(v.values[i]!, t.valueType);
          if (at >= 0) values[at] = x;
          else {
            keys.push(k);
            values.push(x);
          }
        });
        return new MapData(keys, values);
      }
      case "struct": {
        if (!(v instanceof JsonObject)) throw MISMATCH;
        return t.fields.map((f) => {
          const x = v.get(f.name);
          return x === undefined ? null : convert(x, f.dataType);
        });
      }
      case "null":
        return null;
      default:
        throw MISMATCH;
    }
  };

  for await (const rec of scanJsonRecords(fs, split, o)) {
    if (rec.error !== null) addRow(null, rec.text);
    else if (rec.value instanceof JsonObject) addRow(rec.value, null);
    else if (Array.isArray(rec.value)) {
      for (const el of rec.value) {
        if (el instanceof JsonObject) addRow(el, null);
        else addRow(null, rec.text);
      }
    } else addRow(null, rec.text);
    if (rows >= READ_BATCH_ROWS) {
      const n = rows;
      rows = 0;
      yield { numRows: n, columns: sinks.map((s) => s.build()), selection: null };
    }
  }
  if (rows > 0) yield { numRows: rows, columns: sinks.map((s) => s.build()), selection: null };
}
