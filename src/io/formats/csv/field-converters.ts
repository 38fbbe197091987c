// Per-type converters from a CSV field (a UTF-8 byte slice) into a column sink, with Spark's
// UnivocityParser rules: integers as Java parseInt/parseLong (exact, from bytes), doubles as
// Java parseDouble with nanValue/positiveInf/negativeInf, decimals as java.math.BigDecimal
// (commas removed for en-US) rounded HALF_UP to the column's scale, booleans as toBoolean.

import type { DataType } from "../../../types/data-type.js";
import { AnalysisException } from "../../../errors/spark-error.js";
import type { ColumnSink } from "../common/column-sink.js";
import type { DatetimeCodec } from "../common/datetime-codec.js";
import {
  decodeSlice,
  isJavaDouble,
  parseBigDecimal,
  parseIntBytes,
  parseJavaBoolean,
  parseJavaDouble,
  parseLongBytes,
  toDecimalUnscaled,
} from "../common/number-parsing.js";
import { typeSql } from "../common/type-names.js";
import { parseSimpleDecimal, parseSimpleDouble, parseSmallLong } from "../common/byte-numbers.js";

const encoder = new TextEncoder();

/** Appends the field's value; returns false when the text does not parse (the sink is untouched). */
export type FieldConverter = (sink: ColumnSink, buf: Uint8Array, start: number, end: number) => boolean;

export interface NumberTextOptions {
  readonly nanValue: string;
  readonly positiveInf: string;
  readonly negativeInf: string;
}

export function makeFieldConverter(type: DataType, o: NumberTextOptions, dt: DatetimeCodec, format: string): FieldConverter {
  switch (type.kind) {
    case "string":
    case "char":
    case "varchar":
    case "binary":
      return (sink, buf, s, e) => {
        sink.appendBytes(buf, s, e);
        return true;
      };
    case "byte":
    case "short":
    case "integer": {
      const [min, max] = type.kind === "byte" ? [-128, 127] : type.kind === "short" ? [-32768, 32767] : [-2147483648, 2147483647];
      return (sink, buf, s, e) => {
        const v = parseIntBytes(buf, s, e, min, max);
        if (v !== v) return false;
        sink.appendNumber(v);
        return true;
      };
    }
    case "long":
      return (sink, buf, s, e) => {
        const n = parseSmallLong(buf, s, e);
        if (n === n) {
          sink.appendInt64Number(n);
          return true;
        }
        const v = parseLongBytes(buf, s, e);
        if (v === null) return false;
        sink.appendBigInt(v);
        return true;
      };
    case "float":
    case "double": {
      const isFloat = type.kind === "float";
      const special = [o.nanValue, o.negativeInf, o.positiveInf].map((t) => encoder.encode(t));
      return (sink, buf, s, e) => {
        if (!isSpecialText(buf, s, e, special)) {
          const f = parseSimpleDouble(buf, s, e);
          if (f === f) {
            sink.appendNumber(isFloat ? Math.fround(f) : f);
            return true;
          }
        }
        const text = decodeSlice(buf, s, e);
        let v: number;
        if (text === o.nanValue) v = NaN;
        else if (text === o.negativeInf) v = -Infinity;
        else if (text === o.positiveInf) v = Infinity;
        else {
          if (!isJavaDouble(text)) return false;
          v = parseJavaDouble(text);
        }
        sink.appendNumber(isFloat ? Math.fround(v) : v);
        return true;
      };
    }
    case "decimal": {
      const { precision, scale } = type;
      return (sink, buf, s, e) => {
        if (precision <= 18) {
          const f = parseSimpleDecimal(buf, s, e, precision, scale);
          if (f === f) {
            sink.appendInt64Number(f);
            return true;
          }
        }
        const text = decodeSlice(buf, s, e);
        const d = parseBigDecimal(text.includes(",") ? text.replace(/,/g, "") : text);
        if (d === null) return false;
        const u = toDecimalUnscaled(d, precision, scale);
        if (u === null) return false;
        if (precision <= 18) sink.appendBigInt(u);
        else sink.appendBoxed(u);
        return true;
      };
    }
    case "boolean":
      return (sink, buf, s, e) => {
        const v = parseJavaBoolean(decodeSlice(buf, s, e));
        if (v === null) return false;
        sink.appendBoolean(v);
        return true;
      };
    case "date":
      return (sink, buf, s, e) => {
        const v = dt.parseDateBytes(buf, s, e);
        if (v === null) return false;
        sink.appendNumber(v);
        return true;
      };
    case "timestamp":
      return (sink, buf, s, e) => {
        const v = dt.parseTimestamp(decodeSlice(buf, s, e));
        if (v === null) return false;
        sink.appendBigInt(v);
        return true;
      };
    case "timestamp_ntz":
      return (sink, buf, s, e) => {
        const v = dt.parseTimestampNTZ(decodeSlice(buf, s, e));
        if (v === null) return false;
        sink.appendBigInt(v);
        return true;
      };
    case "null":
      return (sink) => {
        sink.appendNull();
        return true;
      };
    default:
      throw unsupportedType(format, type);
  }
}

/** Whether the field equals one of the nanValue/positiveInf/negativeInf texts. */
function isSpecialText(buf: Uint8Array, s: number, e: number, special: readonly Uint8Array[]): boolean {
  for (const t of special) {
    if (t.length !== e - s) continue;
    let k = 0;
    while (k < t.length && buf[s + k] === t[k]) k++;
    if (k === t.length) return true;
  }
  return false;
}

export function unsupportedType(format: string, type: DataType): AnalysisException {
  return new AnalysisException("UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE", {
    columnName: "",
    columnType: `"${typeSql(type)}"`,
    format,
  });
}
