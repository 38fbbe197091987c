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

import { JsonTypeMismatch, makeJsonConverter } from "./convert-value.js";

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
        if (!(e instanceof JsonTypeMismatch)) throw e;
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

  const convert = makeJsonConverter(dt);

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
