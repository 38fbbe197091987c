// The contract between the engine and a file format (csv, json, text; parquet later).
//
// Reading: the engine plans a scan (src/io/file-scan.ts: planFileScan) which lists files,
// infers or takes the schema and cuts files into FileSplits; each task reads its splits with
// `format.read`, which yields batches holding the required data columns only. Splits are plain
// data (structured-clone friendly) so they travel to worker threads.
//
// Writing: the commit protocol (src/io/commit/) opens one OutputFile per task and partition
// directory and hands it to `format.createWriter`.

import type { StructType } from "../../types/data-type.js";
import type { Batch } from "../../exec/batch/column-vector.js";
import type { FileStatus, FileSystem, OutputFile } from "../fs/file-system.js";
import type { FormatOptions } from "./common/options.js";
import type { ParquetFilter } from "./parquet/stats-filter.js";

export type { FormatOptions } from "./common/options.js";

/** A byte range of one file, plus the partition values of the directory it lies in. */
export interface FileSplit {
  /** The file's path in its file system's notation (as returned by FileSystem listing). */
  readonly path: string;
  /** First byte of the range. */
  readonly start: number;
  /** Bytes in the range (the last line-based record may extend past it). */
  readonly length: number;
  readonly fileSize: number;
  readonly mtimeMs: number;
  /** Internal values, aligned with the scan's partition schema. */
  readonly partitionValues: readonly unknown[];
}

export interface FormatWriter {
  /** Appends the live rows of a batch (columns aligned with the schema given at creation). */
  write(batch: Batch): Promise<void>;
  /** Flushes and closes the output file. */
  close(): Promise<void>;
  /** Closes and deletes the output (on task failure). */
  abort(): Promise<void>;
}

export interface FileFormat {
  /** The short name used by `spark.read.format(name)`. */
  readonly name: string;

  /** Whether a file may be cut into byte-range splits under these options. */
  isSplitable(options: FormatOptions, path: string): boolean;

  /**
   * Infers the data schema of the files (partition columns excluded). Returns null when there is
   * nothing to infer from (Spark then raises UNABLE_TO_INFER_SCHEMA).
   */
  inferSchema(files: readonly FileStatus[], options: FormatOptions, fs: FileSystem): Promise<StructType | null>;

  /**
   * Reads one split. Batches hold the columns `requiredColumns` (indices into dataSchema, in
   * that order; null = all columns). Malformed records follow the `mode` option.
   */
  read(
    split: FileSplit,
    dataSchema: StructType,
    requiredColumns: readonly number[] | null,
    options: FormatOptions,
    fs: FileSystem,
    /** Pushed filters (src/io/pushed-filters.ts) the format may skip data by; rows still need filtering. */
    filters?: readonly ParquetFilter[],
  ): AsyncIterable<Batch>;

  /** Throws an AnalysisException when the format cannot write this schema. */
  checkWriteSchema(schema: StructType, options: FormatOptions): void;

  /** The file-name suffix of written files, e.g. ".csv", ".csv.gz", ".json", ".txt". */
  fileExtension(options: FormatOptions): string;

  /** A writer that encodes batches of `schema` into `out`. */
  createWriter(out: OutputFile, schema: StructType, options: FormatOptions): FormatWriter;
}
