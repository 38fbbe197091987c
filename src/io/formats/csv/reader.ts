// Reads one CSV split into batches: lines (or multiLine records) → tokens → typed columns, with
// Spark's header handling, null/empty values, parse modes and the corrupt-record column.

import type { DataType, StructType } from "../../../types/data-type.js";
import type { Batch } from "../../../exec/batch/column-vector.js";
import type { FileSystem } from "../../fs/file-system.js";
import type { FileSplit, FormatOptions } from "../file-format.js";
import { ColumnSink } from "../common/column-sink.js";
import { DatetimeCodec, WRITE_DATE_FORMAT } from "../common/datetime-codec.js";
import { parseIsoDate, parseSimpleDecimal, parseSmallLong } from "../common/byte-numbers.js";
import { readLines } from "../common/lines.js";
import { READ_BATCH_ROWS } from "../common/options.js";
import { concatBytes, openSplit, type SplitBytes } from "../common/split-source.js";
import { decodeSlice } from "../common/number-parsing.js";
import { BadRecordHandler } from "../common/bad-records.js";
import { makeFieldConverter, type FieldConverter } from "./field-converters.js";
import { parseCsvOptions, type CsvOptions } from "./options.js";
import { CsvTokenizer } from "./tokenizer.js";
import { checkHeader } from "./header.js";

const encoder = new TextEncoder();

export async function* readCsvSplit(
  split: FileSplit,
  dataSchema: StructType,
  requiredColumns: readonly number[] | null,
  rawOptions: FormatOptions,
  fs: FileSystem,
): AsyncIterable<Batch> {
  const o = parseCsvOptions(rawOptions);
  const parser = new CsvRecordParser(o, dataSchema, requiredColumns, fs.qualify(split.path));
  const tok = new CsvTokenizer(o);
  const src = openSplit(fs, split, o.encoding);
  let headerPending = o.header && split.start === 0;

  const handle = (buf: Uint8Array, recStart: number, recEnd: number): void => {
    if (headerPending) {
      headerPending = false;
      if (!o.enforceSchema) checkHeader(tok, parser.csvFieldNames, fs.qualify(split.path), o);
      return;
    }
    parser.addRecord(tok, buf, recStart, recEnd);
  };

  for await (const _ of scanCsvRecords(src, o, tok, handle)) {
    if (parser.rows >= READ_BATCH_ROWS) yield parser.flush();
  }
  if (parser.rows > 0) yield parser.flush();
}

/**
 * Tokenizes every record of a split (blank and comment lines skipped), calling `onRecord` with
 * the tokenizer filled and the raw record's byte range. Yields once per input chunk so callers
 * can emit batches.
 */
export async function* scanCsvRecords(
  src: SplitBytes,
  o: CsvOptions,
  tok: CsvTokenizer,
  onRecord: (buf: Uint8Array, start: number, end: number) => void,
): AsyncIterable<void> {
  if (!o.multiLine) {
    const sep = o.lineSep === null ? null : encoder.encode(o.lineSep);
    for await (const block of readLines(src, sep)) {
      const { buf, starts, ends, count } = block;
      for (let i = 0; i < count; i++) {
        const s = starts[i]!;
        const e = ends[i]!;
        if (isBlankLine(buf, s, e) || tok.isComment(buf, s)) continue;
        tok.parse(buf, s, e, true);
        onRecord(buf, s, e);
      }
      yield;
    }
    return;
  }
  let carry: Uint8Array = new Uint8Array(0);
  const iter = src.chunks[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await iter.next();
      const eof = next.done === true;
      const buf = eof ? carry : concatBytes(carry, next.value);
      let pos = 0;
      while (pos < buf.length) {
        // Skip blank lines and comment lines between records.
        const b = buf[pos]!;
        if (b === 10 || b === 13) {
          pos++;
          continue;
        }
        if (tok.isComment(buf, pos)) {
          const nl = buf.indexOf(10, pos);
          if (nl < 0 && !eof) break;
          pos = nl < 0 ? buf.length : nl + 1;
          continue;
        }
        const end = tok.parse(buf, pos, buf.length, eof);
        if (end < 0) break;
        let recEnd = end;
        while (recEnd > pos && (buf[recEnd - 1] === 10 || buf[recEnd - 1] === 13)) recEnd--;
        if (!isBlankLine(buf, pos, recEnd)) onRecord(buf, pos, recEnd);
        pos = end;
      }
      yield;
      if (eof) break;
      carry = buf.subarray(pos);
    }
  } finally {
    await iter.return?.();
  }
}

function isBlankLine(buf: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (buf[i]! > 32) return false;
  return true;
}

/** Turns tokenized records into rows of the required columns. */
class CsvRecordParser {
  rows = 0;
  /** Names of the CSV columns (the data schema without the corrupt-record column). */
  readonly csvFieldNames: string[];
  private readonly sinks: ColumnSink[];
  /** Per required column: its CSV column index, or -1 for the corrupt-record column. */
  private readonly csvIndex: Int32Array;
  private readonly converters: (FieldConverter | null)[];
  private readonly numCsvColumns: number;
  private readonly fastKind: Uint8Array;
  private readonly fastPrecision: Uint8Array;
  private readonly fastScale: Uint8Array;
  private readonly nullBytes: Uint8Array;
  private readonly emptyBytes: Uint8Array;
  private readonly bad: BadRecordHandler;

  constructor(o: CsvOptions, schema: StructType, required: readonly number[] | null, private readonly path: string) {
    const corruptIdx = schema.fields.findIndex((f) => f.name === o.columnNameOfCorruptRecord && f.dataType.kind === "string");
    const csvCols: number[] = [];
    schema.fields.forEach((_, i) => {
      if (i !== corruptIdx) csvCols.push(i);
    });
    this.csvFieldNames = csvCols.map((i) => schema.fields[i]!.name);
    this.numCsvColumns = csvCols.length;
    const req = required ?? schema.fields.map((_, i) => i);
    const dt = new DatetimeCodec(o);
    this.sinks = req.map((i) => new ColumnSink(schema.fields[i]!.dataType, READ_BATCH_ROWS));
    this.csvIndex = Int32Array.from(req, (i) => (i === corruptIdx ? -1 : csvCols.indexOf(i)));
    this.converters = req.map((i) => (i === corruptIdx ? null : makeFieldConverter(schema.fields[i]!.dataType, o, dt, "CSV")));
    this.fastKind = Uint8Array.from(req, (i) => (i === corruptIdx ? FAST_NONE : fastKindOf(schema.fields[i]!.dataType, o)));
    this.fastPrecision = Uint8Array.from(req, (i) => { const t = schema.fields[i]!.dataType; return t.kind === "decimal" ? t.precision : 0; });
    this.fastScale = Uint8Array.from(req, (i) => { const t = schema.fields[i]!.dataType; return t.kind === "decimal" ? t.scale : 0; });
    this.nullBytes = encoder.encode(o.nullValue);
    this.emptyBytes = encoder.encode(o.emptyValueInRead);
    this.bad = new BadRecordHandler(o.mode, corruptIdx >= 0 && req.includes(corruptIdx));
  }

  addRecord(tok: CsvTokenizer, raw: Uint8Array, recStart: number, recEnd: number): void {
    const n = tok.fieldCount;
    let malformed = n !== this.numCsvColumns;
    const row = this.rows;
    const out = tok.out;
    const inInput = tok.fieldInInput;
    let corruptSink: ColumnSink | null = null;
    for (let j = 0; j < this.sinks.length; j++) {
      const sink = this.sinks[j]!;
      const k = this.csvIndex[j]!;
      if (k < 0) {
        corruptSink = sink;
        continue;
      }
      if (k >= n) {
        sink.appendNull();
        continue;
      }
      let buf: Uint8Array = inInput[k] === 1 ? raw : out;
      let s = tok.fieldStart[k]!;
      let e = tok.fieldEnd[k]!;
      if (s === e) {
        // Empty: quoted → emptyValue, unquoted → nullValue (univocity), then compared to nullValue.
        buf = tok.fieldQuoted[k] ? this.emptyBytes : this.nullBytes;
        s = 0;
        e = buf.length;
      }
      if (bytesEqual(buf, s, e, this.nullBytes)) {
        sink.appendNull();
        continue;
      }
      // Inline fast paths per column kind (monomorphic); NaN = not the simple shape → converter.
      switch (this.fastKind[j]) {
        case FAST_BYTES:
          sink.appendBytes(buf, s, e);
          continue;
        case FAST_LONG: {
          const v = parseSmallLong(buf, s, e);
          if (v === v) {
            sink.appendInt64Number(v);
            continue;
          }
          break;
        }
        case FAST_DECIMAL: {
          const v = parseSimpleDecimal(buf, s, e, this.fastPrecision[j]!, this.fastScale[j]!);
          if (v === v) {
            sink.appendInt64Number(v);
            continue;
          }
          break;
        }
        case FAST_DATE: {
          const v = parseIsoDate(buf, s, e);
          if (v === v) {
            sink.appendNumber(v);
            continue;
          }
          break;
        }
      }
      if (!this.converters[j]!(sink, buf, s, e)) {
        malformed = true;
        sink.appendNull();
      }
    }
    if (malformed) {
      const action = this.bad.onMalformed(() => this.renderPartialRow(row), this.path);
      if (action === "drop") {
        for (const s of this.sinks) s.truncate(row);
        return;
      }
      if (corruptSink) corruptSink.appendBytes(raw, recStart, recEnd);
    } else if (corruptSink) corruptSink.appendNull();
    this.rows = row + 1;
  }

  /** Spark prints the partially parsed row in FAILFAST errors: [3,null]. */
  private renderPartialRow(row: number): string {
    const parts = this.sinks.map((s) => {
      if (s.length <= row || (s.validity !== null && s.validity[row] === 0)) return "null";
      if (s.kind === "utf8") return decodeSlice(s.bytes, s.offsets[row]!, s.offsets[row + 1]!);
      if (s.kind === "boxed") return String(s.boxed[row]);
      return String(s.values[row]);
    });
    return "[" + parts.join(",") + "]";
  }

  flush(): Batch {
    const n = this.rows;
    this.rows = 0;
    return { numRows: n, columns: this.sinks.map((s) => s.build()), selection: null };
  }
}

const FAST_NONE = 0;
const FAST_BYTES = 1;
const FAST_LONG = 2;
const FAST_DECIMAL = 3;
const FAST_DATE = 4;

/** Which inline fast path a column takes (the converter stays the authority on anything else). */
function fastKindOf(t: DataType, o: CsvOptions): number {
  switch (t.kind) {
    case "string":
    case "char":
    case "varchar":
    case "binary":
      return FAST_BYTES;
    case "long":
      return FAST_LONG;
    case "decimal":
      return t.precision <= 18 ? FAST_DECIMAL : FAST_NONE;
    case "date":
      return !o.dateFormat || o.dateFormat === WRITE_DATE_FORMAT ? FAST_DATE : FAST_NONE;
    default:
      return FAST_NONE;
  }
}

function bytesEqual(buf: Uint8Array, s: number, e: number, other: Uint8Array): boolean {
  if (e - s !== other.length) return false;
  for (let i = 0; i < other.length; i++) if (buf[s + i] !== other[i]) return false;
  return true;
}
