// CSV schema inference as Spark 4's CSVInferSchema: column names from the first record (header
// or _c0.._cN), and with inferSchema each field's type is widened from the type so far:
//   null → int → long → decimal (integral text beyond long, ≤ 38 digits) → double
//        → date (preferDate, strict dateFormat) → timestamp → boolean → string
// Column types merge by Spark's findCompatibleTypeForCSV; columns with only nulls are strings.

import {
  DecimalType,
  DoubleType,
  IntegerType,
  LongType,
  NullType,
  StringType,
  StructField,
  StructType,
  BooleanType,
  DateType,
  TimestampType,
  type DataType,
} from "../../../types/data-type.js";
import type { FileStatus, FileSystem } from "../../fs/file-system.js";
import type { FormatOptions } from "../file-format.js";
import { DatetimeCodec } from "../common/datetime-codec.js";
import { decodeSlice, isJavaDouble, parseBigDecimal, parseJavaBoolean, parseJavaInt, parseJavaLong } from "../common/number-parsing.js";
import { openSplit } from "../common/split-source.js";
import { Sampler } from "../common/sampler.js";
import { parseCsvOptions, type CsvOptions } from "./options.js";
import { CsvTokenizer } from "./tokenizer.js";
import { makeSafeHeader, tokenStrings } from "./header.js";
import { scanCsvRecords } from "./reader.js";

export async function inferCsvSchema(files: readonly FileStatus[], raw: FormatOptions, fs: FileSystem): Promise<StructType | null> {
  const o = parseCsvOptions(raw);
  const tok = new CsvTokenizer(o);
  const infer = new CsvTypeInference(o);
  const sampler = new Sampler(o.samplingRatio);
  let names: string[] | null = null;
  let types: DataType[] = [];
  for (const file of files) {
    let firstInFile = true;
    const split = { path: file.path, start: 0, length: file.size, fileSize: file.size, mtimeMs: file.mtimeMs, partitionValues: [] };
    const src = openSplit(fs, split, o.encoding);
    const onRecord = (): void => {
      if (names === null) {
        const first = tokenStrings(tok);
        names = o.header ? makeSafeHeader(first, o) : first.map((_, i) => `_c${i}`);
        types = names.map(() => NullType());
        if (o.header) {
          firstInFile = false;
          return;
        }
      }
      if (firstInFile && o.header) {
        firstInFile = false;
        return;
      }
      firstInFile = false;
      if (!o.inferSchema || !sampler.take()) return;
      const n = Math.min(types.length, tok.fieldCount);
      for (let i = 0; i < n; i++) {
        const s = tok.fieldStart[i]!;
        const e = tok.fieldEnd[i]!;
        let text: string;
        if (s === e) text = tok.fieldQuoted[i] ? o.emptyValueInRead : o.nullValue;
        else text = decodeSlice(tok.fieldBytes(i), s, e);
        if (text === o.nullValue) continue;
        types[i] = infer.merge(types[i]!, infer.inferField(types[i]!, text));
      }
    };
    for await (const _ of scanCsvRecords(src, o, tok, onRecord)) {
      // Without inferSchema only the first record matters.
      if (names !== null && !o.inferSchema) break;
    }
    if (names !== null && !o.inferSchema) break;
  }
  if (names === null) return files.length === 0 ? null : StructType([]);
  const finalNames: string[] = names;
  return StructType(
    finalNames.map((n, i) => {
      const t = types[i]!;
      return StructField(n, !o.inferSchema || t.kind === "null" ? StringType() : t, true);
    }),
  );
}

export class CsvTypeInference {
  private readonly dt: DatetimeCodec;

  constructor(private readonly o: CsvOptions) {
    this.dt = new DatetimeCodec(o);
  }

  /** The type of one field given the column's type so far (Spark's inferField). */
  inferField(soFar: DataType, text: string): DataType {
    switch (soFar.kind) {
      case "null":
      case "integer":
        return this.tryInt(text);
      case "long":
        return this.tryLong(text);
      case "decimal":
        return this.tryDecimal(text);
      case "double":
        return this.tryDouble(text);
      case "date":
        return this.tryDate(text);
      case "timestamp_ntz":
      case "timestamp":
        return this.tryTimestamp(text);
      case "boolean":
        return this.tryBoolean(text);
      default:
        return StringType();
    }
  }

  private tryInt(s: string): DataType {
    return Number.isNaN(parseJavaInt(s)) ? this.tryLong(s) : IntegerType();
  }

  private tryLong(s: string): DataType {
    return parseJavaLong(s) === null ? this.tryDecimal(s) : LongType();
  }

  private tryDecimal(s: string): DataType {
    // Only integral text becomes a decimal (values with a scale infer as double).
    const d = parseBigDecimal(s.includes(",") ? s.replace(/,/g, "") : s);
    if (d !== null && d.scale <= 0) {
      const precision = d.precision - d.scale;
      if (d.scale === 0 && precision <= 38) return DecimalType(Math.max(precision, 1), 0);
    }
    return this.tryDouble(s);
  }

  private tryDouble(s: string): DataType {
    if (isJavaDouble(s) || s === this.o.nanValue || s === this.o.positiveInf || s === this.o.negativeInf) return DoubleType();
    return this.tryDate(s);
  }

  private tryDate(s: string): DataType {
    if (this.o.preferDate && this.dt.parseDateStrict(s) !== null) return DateType();
    return this.tryTimestamp(s);
  }

  private tryTimestamp(s: string): DataType {
    if (this.dt.parseTimestamp(s) !== null) return TimestampType();
    return this.tryBoolean(s);
  }

  private tryBoolean(s: string): DataType {
    return parseJavaBoolean(s) !== null ? BooleanType() : StringType();
  }

  /** Spark's CSVInferSchema.compatibleType. */
  merge(a: DataType, b: DataType): DataType {
    return mergeCsvTypes(a, b);
  }
}

const NUMERIC_ORDER = ["byte", "short", "integer", "long", "float", "double"];

export function mergeCsvTypes(a: DataType, b: DataType): DataType {
  if (a.kind === b.kind && a.kind !== "decimal") return a;
  if (a.kind === "null") return b;
  if (b.kind === "null") return a;
  if (a.kind === "string" || b.kind === "string") return StringType();
  if (a.kind === "decimal" && b.kind === "decimal") {
    const scale = Math.max(a.scale, b.scale);
    const range = Math.max(a.precision - a.scale, b.precision - b.scale);
    return range + scale > 38 ? DoubleType() : DecimalType(range + scale, scale);
  }
  if (a.kind === "decimal" || b.kind === "decimal") {
    const d = (a.kind === "decimal" ? a : b) as { precision: number; scale: number };
    const other = a.kind === "decimal" ? b : a;
    if (other.kind === "double" || other.kind === "float") return DoubleType();
    if (other.kind === "integer" || other.kind === "long") {
      const digits = other.kind === "integer" ? 10 : 20;
      return mergeCsvTypes(DecimalType(Math.min(38, digits), 0), DecimalType(d.precision, d.scale));
    }
    return StringType();
  }
  const ia = NUMERIC_ORDER.indexOf(a.kind);
  const ib = NUMERIC_ORDER.indexOf(b.kind);
  if (ia >= 0 && ib >= 0) return ia > ib ? a : b;
  const dates = (x: DataType, y: DataType): boolean => x.kind === "date" && (y.kind === "timestamp" || y.kind === "timestamp_ntz");
  if (dates(a, b)) return b;
  if (dates(b, a)) return a;
  if ((a.kind === "timestamp" && b.kind === "timestamp_ntz") || (b.kind === "timestamp" && a.kind === "timestamp_ntz")) return TimestampType();
  return StringType();
}
