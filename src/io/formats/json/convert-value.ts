// Converts a parsed JSON value to the internal value of a Spark type (Spark's JacksonParser
// rules), throwing JsonTypeMismatch when it does not fit. Shared by the JSON reader and from_json.

import type { DataType } from "../../../types/data-type.js";
import { MapData } from "../../../values/map-data.js";
import type { DatetimeCodec } from "../common/datetime-codec.js";
import { isJavaDouble, parseBigDecimal, parseJavaDouble, parseJavaLong, toDecimalUnscaled } from "../common/number-parsing.js";
import { JsonNumber, JsonObject, jsonText, type JsonValue } from "./parser.js";

/** Thrown inside conversion when a value does not fit its type. */
export class JsonTypeMismatch extends Error {}
const MISMATCH = new JsonTypeMismatch("type mismatch");

export function makeJsonConverter(dt: DatetimeCodec): (v: JsonValue, t: DataType) => unknown {
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
  return convert;
}
