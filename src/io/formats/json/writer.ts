// Writes JSON Lines as Spark's JacksonGenerator: fields in schema order, null fields omitted
// (ignoreNullFields, default true), doubles as Java's Double.toString with NaN/Infinity quoted,
// decimals in plain notation, dates/timestamps formatted as strings, binary as base64.

import type { DataType, StructType } from "../../../types/data-type.js";
import type { Batch } from "../../../exec/batch/column-vector.js";
import { getValue } from "../../../exec/batch/access.js";
import type { OutputFile } from "../../fs/file-system.js";
import type { FormatOptions, FormatWriter } from "../file-format.js";
import { DatetimeCodec } from "../common/datetime-codec.js";
import { TextOutput } from "../common/text-output.js";
import { scalarText } from "../common/value-text.js";
import { parseJsonOptions, type JsonOptions } from "./options.js";

export function createJsonWriter(file: OutputFile, schema: StructType, raw: FormatOptions): FormatWriter {
  const o = parseJsonOptions(raw);
  const out = new TextOutput(file, o.compression, o.encoding);
  const dt = new DatetimeCodec(o);
  const lineSep = o.lineSep ?? "\n";
  return {
    async write(batch: Batch) {
      const n = batch.selection ? batch.selection.length : batch.numRows;
      for (let r = 0; r < n; r++) {
        const row = batch.selection ? batch.selection[r]! : r;
        const values = batch.columns.map((c) => getValue(c, row));
        out.append(structJson(schema, values, o, dt) + lineSep);
      }
      await out.maybeFlush();
    },
    close: () => out.close(),
    abort: () => out.abort(),
  };
}

function structJson(t: StructType, values: readonly unknown[], o: JsonOptions, dt: DatetimeCodec): string {
  let s = "{";
  let first = true;
  for (let i = 0; i < t.fields.length; i++) {
    const v = values[i];
    if ((v === null || v === undefined) && o.ignoreNullFields) continue;
    if (!first) s += ",";
    first = false;
    s += quote(t.fields[i]!.name) + ":" + valueJson(t.fields[i]!.dataType, v ?? null, o, dt);
  }
  return s + "}";
}

export function valueJson(t: DataType, v: unknown, o: JsonOptions, dt: DatetimeCodec): string {
  if (v === null || v === undefined) return "null";
  switch (t.kind) {
    case "string":
    case "char":
    case "varchar":
      return quote(v as string);
    case "float":
    case "double": {
      const text = scalarText(t, v, dt)!;
      return Number.isFinite(v as number) ? text : quote(text);
    }
    case "binary":
      return quote(Buffer.from(v as Uint8Array).toString("base64"));
    case "date":
    case "timestamp":
    case "timestamp_ntz":
      return quote(scalarText(t, v, dt)!);
    case "array":
      return "[" + (v as unknown[]).map((x) => valueJson(t.elementType, x ?? null, o, dt)).join(",") + "]";
    case "map": {
      const m = v as { keys: unknown[]; values: unknown[] } | Map<unknown, unknown>;
      const entries: [unknown, unknown][] = m instanceof Map ? [...m] : m.keys.map((k, i) => [k, m.values[i]]);
      return "{" + entries.map(([k, x]) => quote(keyText(t.keyType, k, dt)) + ":" + valueJson(t.valueType, x ?? null, o, dt)).join(",") + "}";
    }
    case "struct":
      return structJson(t, v as unknown[], o, dt);
    default: {
      const text = scalarText(t, v, dt);
      return text === null ? quote(String(v)) : text;
    }
  }
}

function keyText(t: DataType, k: unknown, dt: DatetimeCodec): string {
  return scalarText(t, k, dt) ?? String(k);
}

/** Jackson's string escaping: quote, backslash and control characters; the rest verbatim. */
function quote(s: string): string {
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92) {
      needs = true;
      break;
    }
  }
  if (!needs) return '"' + s + '"';
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) out += '\\"';
    else if (c === 92) out += "\\\\";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c < 32) out += "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
    else out += s[i];
  }
  return out + '"';
}
