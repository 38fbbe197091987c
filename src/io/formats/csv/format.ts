// The CSV file format: options, inference, reading and writing wired into the FileFormat contract.

import type { StructType } from "../../../types/data-type.js";
import type { FileFormat, FormatOptions } from "../file-format.js";
import { codecExtension } from "../common/compression.js";
import { isSplittableText } from "../common/split-source.js";
import { checkScalarSchema } from "../common/schema-checks.js";
import { parseCsvOptions } from "./options.js";
import { inferCsvSchema } from "./infer-schema.js";
import { readCsvSplit } from "./reader.js";
import { createCsvWriter } from "./writer.js";

export const csvFormat: FileFormat = {
  name: "csv",
  isSplitable(options: FormatOptions, path: string) {
    const o = parseCsvOptions(options);
    return !o.multiLine && isSplittableText(path, o.encoding);
  },
  inferSchema: inferCsvSchema,
  read: readCsvSplit,
  checkWriteSchema(schema: StructType) {
    checkScalarSchema(schema, "CSV");
  },
  fileExtension(options: FormatOptions) {
    return ".csv" + codecExtension(parseCsvOptions(options).compression);
  },
  createWriter: createCsvWriter,
};
