// The JSON file format wired into the FileFormat contract.

import type { FileFormat, FormatOptions } from "../file-format.js";
import { codecExtension } from "../common/compression.js";
import { isSplittableText } from "../common/split-source.js";
import { parseJsonOptions } from "./options.js";
import { inferJsonSchema } from "./infer-schema.js";
import { readJsonSplit } from "./reader.js";
import { createJsonWriter } from "./writer.js";

export const jsonFormat: FileFormat = {
  name: "json",
  isSplitable(options: FormatOptions, path: string) {
    const o = parseJsonOptions(options);
    return !o.multiLine && isSplittableText(path, o.encoding);
  },
  inferSchema: inferJsonSchema,
  read: readJsonSplit,
  checkWriteSchema() {
    // JSON writes every Spark type except intervals (checked at conversion).
  },
  fileExtension(options: FormatOptions) {
    return ".json" + codecExtension(parseJsonOptions(options).compression);
  },
  createWriter: createJsonWriter,
};
