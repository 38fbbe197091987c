// The text format: one `value` string column per line (or one row per file with wholetext),
// and a writer for a single string column. Lines are copied as UTF-8 bytes, never decoded.

import { StringType, StructField, StructType } from "../../../types/data-type.js";
import type { Batch } from "../../../exec/batch/column-vector.js";
import { getValue } from "../../../exec/batch/access.js";
import { AnalysisException, quoteId } from "../../../errors/spark-error.js";
import { checkScalarSchema } from "../common/schema-checks.js";
import { typeSql } from "../common/type-names.js";
import type { FileSystem } from "../../fs/file-system.js";
import type { FileFormat, FileSplit, FormatOptions } from "../file-format.js";
import { ColumnSink } from "../common/column-sink.js";
import { codecExtension, compressionCodecOption } from "../common/compression.js";
import { readLines } from "../common/lines.js";
import { OptionReader, READ_BATCH_ROWS } from "../common/options.js";
import { isSplittableText, openSplit } from "../common/split-source.js";
import { TextOutput } from "../common/text-output.js";

const encoder = new TextEncoder();

interface TextOptions {
  readonly wholetext: boolean;
  readonly lineSep: string | null;
  readonly encoding: string;
  readonly compression: ReturnType<typeof compressionCodecOption>;
}

function parseTextOptions(options: FormatOptions): TextOptions {
  const o = new OptionReader(options);
  const lineSep = o.get("lineSep");
  if (lineSep !== undefined && lineSep.length === 0) throw new Error("'lineSep' cannot be an empty string.");
  return {
    wholetext: o.bool("wholetext", false),
    lineSep: lineSep ?? null,
    encoding: o.firstOf(["encoding", "charset"], "UTF-8"),
    compression: compressionCodecOption(o.firstOf(["compression", "codec"], "none")),
  };
}

async function* readText(split: FileSplit, schema: StructType, required: readonly number[] | null, options: FormatOptions, fs: FileSystem): AsyncIterable<Batch> {
  const o = parseTextOptions(options);
  const want = required === null ? schema.fields.length > 0 : required.length > 0;
  const sink = new ColumnSink(StringType(), READ_BATCH_ROWS);
  let rows = 0;
  const flush = (): Batch => {
    const n = rows;
    rows = 0;
    const col = sink.build();
    return { numRows: n, columns: want ? [col] : [], selection: null };
  };
  if (o.wholetext) {
    if (split.start !== 0) return;
    const parts: Uint8Array[] = [];
    let total = 0;
    for await (const c of openSplit(fs, { ...split, length: split.fileSize }, o.encoding).chunks) {
      parts.push(c);
      total += c.length;
    }
    const all = new Uint8Array(total);
    let off = 0;
    for (const p of parts) {
      all.set(p, off);
      off += p.length;
    }
    sink.appendBytes(all, 0, total);
    rows = 1;
    yield flush();
    return;
  }
  const sep = o.lineSep === null ? null : encoder.encode(o.lineSep);
  for await (const block of readLines(openSplit(fs, split, o.encoding), sep)) {
    for (let i = 0; i < block.count; i++) {
      if (want) sink.appendBytes(block.buf, block.starts[i]!, block.ends[i]!);
      rows++;
    }
    if (rows >= READ_BATCH_ROWS) yield flush();
  }
  if (rows > 0) yield flush();
}

export const textFormat: FileFormat = {
  name: "text",
  isSplitable(options, path) {
    const o = parseTextOptions(options);
    return !o.wholetext && isSplittableText(path, o.encoding);
  },
  async inferSchema() {
    return StructType([StructField("value", StringType(), true)]);
  },
  read: readText,
  checkWriteSchema(schema) {
    checkScalarSchema(schema, "Text");
    for (const f of schema.fields) {
      const t = f.dataType.kind;
      if (t !== "string" && t !== "char" && t !== "varchar") {
        throw new AnalysisException("UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE", {
          columnName: quoteId(f.name),
          columnType: `"${typeSql(f.dataType)}"`,
          format: "Text",
        });
      }
    }
    if (schema.fields.length !== 1) {
      throw new Error(`Text data source supports only a single column, and you have ${schema.fields.length} columns.`);
    }
  },
  fileExtension(options) {
    return ".txt" + codecExtension(parseTextOptions(options).compression);
  },
  createWriter(file, _schema, options) {
    const o = parseTextOptions(options);
    const out = new TextOutput(file, o.compression, o.encoding);
    const sep = o.lineSep ?? "\n";
    return {
      async write(batch: Batch) {
        const n = batch.selection ? batch.selection.length : batch.numRows;
        const col = batch.columns[0]!;
        for (let r = 0; r < n; r++) {
          const v = getValue(col, batch.selection ? batch.selection[r]! : r);
          out.append((v === null ? "" : (v as string)) + sep);
        }
        await out.maybeFlush();
      },
      close: () => out.close(),
      abort: () => out.abort(),
    };
  },
};
