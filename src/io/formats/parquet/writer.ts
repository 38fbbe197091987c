// The Parquet writer behind FormatWriter: batches are shredded into per-leaf buffers; a row
// group is encoded and written when the buffers pass the block size (parquet.block.size,
// 128 MiB by default); close() writes the footer with Spark's schema in the
// `org.apache.spark.sql.parquet.row.metadata` key so Spark reads back exact types.

import type { StructType } from "../../../types/data-type.js";
import type { Batch } from "../../../exec/batch/column-vector.js";
import { getValue } from "../../../exec/batch/access.js";
import { dataTypeToJson } from "../../../types/type-json.js";
import type { OutputFile } from "../../fs/file-system.js";
import type { FormatOptions, FormatWriter } from "../file-format.js";
import { OptionReader } from "../common/options.js";
import { compressionCodec, parseParquetCompression, prepareCodec } from "./codec/codecs.js";
import { MAGIC } from "./footer.js";
import { SPARK_ROW_METADATA_KEY } from "./infer-schema.js";
import { buildWriteSchema, checkParquetWriteSchema, type WriteSchema } from "./write/write-schema.js";
import { LeafBuffer } from "./write/leaf-buffer.js";
import { appendFlatColumn, NullInRequiredField, shredValue } from "./write/shred.js";
import { encodeChunk } from "./write/chunk-writer.js";
import { encodeFileMetaData, type WrittenChunk, type WrittenRowGroup } from "./write/file-metadata.js";

export { checkParquetWriteSchema };

export const DEFAULT_BLOCK_SIZE = 128 * 1024 * 1024;
export const CREATED_BY = "faisca version 0.1.0 (build faisca)";

/** Spark's schema JSON as written in the footer: char/varchar become string, as Spark does. */
function sparkSchemaJson(schema: StructType): string {
  return dataTypeToJson(schema).replace(/"(?:char|varchar)\(\d+\)"/g, '"string"');
}

export class ParquetWriter implements FormatWriter {
  private readonly ws: WriteSchema;
  private leaves: LeafBuffer[];
  private rows = 0;
  private offset = 0;
  private readonly rowGroups: WrittenRowGroup[] = [];
  private readonly codec;
  private readonly blockSize: number;
  private readonly dictionary: boolean;
  private started = false;
  private closed = false;

  constructor(
    private readonly out: OutputFile,
    private readonly schema: StructType,
    options: FormatOptions,
  ) {
    const o = new OptionReader(options);
    this.codec = compressionCodec(parseParquetCompression(o.get("compression") ?? o.get("parquet.compression")));
    this.blockSize = Math.max(1024, o.int("parquet.block.size", DEFAULT_BLOCK_SIZE));
    this.dictionary = o.bool("parquet.enable.dictionary", true);
    this.ws = buildWriteSchema(schema);
    this.leaves = this.newBuffers();
  }

  private newBuffers(): LeafBuffer[] {
    return this.ws.leaves.map((spec) => new LeafBuffer(spec, this.dictionary));
  }

  private async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await prepareCodec(this.codec);
    await this.out.write(MAGIC);
    this.offset = MAGIC.length;
  }

  async write(batch: Batch): Promise<void> {
    await this.start();
    const sel = batch.selection;
    const n = sel ? sel.length : batch.numRows;
    try {
      this.ws.fields.forEach((node, c) => {
        const col = batch.columns[c]!;
        const name = this.schema.fields[c]!.name;
        if (node.k === "leaf" && this.ws.leaves[node.leaf]!.maxRep === 0) {
          appendFlatColumn(this.leaves[node.leaf]!, col, sel);
          return;
        }
        for (let i = 0; i < n; i++) shredValue(node, getValue(col, sel ? sel[i]! : i), 0, 0, this.leaves, name);
      });
    } catch (e) {
      if (e instanceof NullInRequiredField) {
        throw new Error(`Cannot write a null value into the non-nullable field ${e.message} of ${this.out.path}`);
      }
      throw e;
    }
    this.rows += n;
    let size = 0;
    for (const l of this.leaves) size += l.byteSize;
    if (size >= this.blockSize) await this.flushRowGroup();
  }

  private async flushRowGroup(): Promise<void> {
    if (this.rows === 0) return;
    const chunks: WrittenChunk[] = [];
    for (let i = 0; i < this.leaves.length; i++) {
      const spec = this.ws.leaves[i]!;
      const chunk = encodeChunk(this.leaves[i]!, this.codec);
      chunks.push({ chunk, path: spec.path, physical: spec.physical, offset: this.offset, codec: this.codec });
      for (const part of chunk.parts) await this.out.write(part);
      this.offset += chunk.compressedSize;
    }
    this.rowGroups.push({ numRows: this.rows, chunks });
    this.rows = 0;
    this.leaves = this.newBuffers();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.start();
    await this.flushRowGroup();
    this.closed = true;
    const kv = new Map([[SPARK_ROW_METADATA_KEY, sparkSchemaJson(this.schema)]]);
    const footer = encodeFileMetaData(this.ws.elements, this.rowGroups, kv, CREATED_BY, this.ws.leaves.length);
    const tail = new Uint8Array(8);
    new DataView(tail.buffer).setUint32(0, footer.length, true);
    tail.set(MAGIC, 4);
    await this.out.write(footer);
    await this.out.write(tail);
    await this.out.close();
  }

  async abort(): Promise<void> {
    this.closed = true;
    await this.out.abort();
  }
}

export function createParquetWriter(out: OutputFile, schema: StructType, options: FormatOptions): FormatWriter {
  checkParquetWriteSchema(schema);
  return new ParquetWriter(out, schema, options);
}
