// The Parquet file format wired into the FileFormat contract: inference from footers (with
// mergeSchema), split reading with column pruning and optional pushed filters, and the writer.

import type { StructType } from "../../../types/data-type.js";
import type { FileFormat, FormatOptions } from "../file-format.js";
import type { OutputFile } from "../../fs/file-system.js";
import { OptionReader } from "../common/options.js";
import { compressionExtension, parseParquetCompression } from "./codec/codecs.js";
import { inferParquetSchema } from "./infer-schema.js";
import { readParquetSplit } from "./reader.js";
import { checkParquetWriteSchema, createParquetWriter } from "./writer.js";

/** The codec named by the `compression` option (Spark's alias `parquet.compression` too). */
export function compressionOption(options: FormatOptions) {
  const o = new OptionReader(options);
  return parseParquetCompression(o.get("compression") ?? o.get("parquet.compression"));
}

export const parquetFormat: FileFormat = {
  name: "parquet",
  isSplitable() {
    return true;
  },
  inferSchema: inferParquetSchema,
  read: readParquetSplit,
  checkWriteSchema(schema: StructType) {
    checkParquetWriteSchema(schema);
  },
  fileExtension(options: FormatOptions) {
    return compressionExtension(compressionOption(options)) + ".parquet";
  },
  createWriter(out: OutputFile, schema: StructType, options: FormatOptions) {
    return createParquetWriter(out, schema, options);
  },
};
