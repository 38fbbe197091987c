// File formats by short name (case-insensitive), as DataFrameReader.format(name) looks them up.

import type { FileFormat } from "./file-format.js";
import { csvFormat } from "./csv/format.js";
import { jsonFormat } from "./json/format.js";
import { textFormat } from "./text/format.js";

const formats = new Map<string, FileFormat>([
  ["csv", csvFormat],
  ["json", jsonFormat],
  ["text", textFormat],
]);

/** Registers a format (parquet, avro, orc... as they are built). */
export function registerFileFormat(format: FileFormat): void {
  formats.set(format.name.toLowerCase(), format);
}

export function getFileFormat(name: string): FileFormat {
  const f = formats.get(name.toLowerCase());
  if (!f) {
    throw new Error(`[DATA_SOURCE_NOT_FOUND] Failed to find the data source: ${name}. Make sure the provider name is correct and the package is properly registered and compatible with your Spark version. SQLSTATE: 42K02`);
  }
  return f;
}

export function hasFileFormat(name: string): boolean {
  return formats.has(name.toLowerCase());
}
import { parquetFormat } from "./parquet/format.js"; registerFileFormat(parquetFormat); // one line keeps the format list above untouched
