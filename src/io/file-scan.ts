// The engine's entry points for reading files:
//   planFileScan  lists paths (globs, directories, hidden files), discovers partitions, infers
//                 or applies the schema, and cuts files into splits packed into partitions;
//   readFileSplit reads one split into batches of the requested columns, partition values
//                 appended as constant columns.
// A FileScanPlan is plain data: ship `partitions[i]` to task i.

import { StructField, StructType, type DataType } from "../types/data-type.js";
import type { Batch, ColumnVector } from "../exec/batch/column-vector.js";
import { constantVector } from "../exec/batch/builder.js";
import { AnalysisException } from "../errors/spark-error.js";
import { parseDDLSchema } from "../sql/parser.js";
import { listLeafFiles } from "./fs/list-files.js";
import { getFileSystem } from "./fs/registry.js";
import type { FileSplit, FormatOptions } from "./formats/file-format.js";
import { getFileFormat } from "./formats/registry.js";
import { OptionReader } from "./formats/common/options.js";
import type { ParquetFilter } from "./formats/parquet/stats-filter.js";
import { defaultTimeZone } from "./formats/common/civil-time.js";
import { discoverPartitions } from "./partitioning/discovery.js";
import { maxSplitBytes, packSplits, splitFiles, type SplitConfig } from "./partitioning/split-files.js";

export interface FileScanPlan {
  readonly format: string;
  readonly options: FormatOptions;
  /** Columns stored in the files. */
  readonly dataSchema: StructType;
  /** Columns from col=value directories. */
  readonly partitionSchema: StructType;
  /** dataSchema ++ partitionSchema: the relation's output. */
  readonly schema: StructType;
  /** Scan partitions: each a list of splits one task reads in order. */
  readonly partitions: readonly (readonly FileSplit[])[];
  /** Every data file (qualified URI), for inputFiles(). */
  readonly files: readonly string[];
}

export interface PlanFileScanOptions extends SplitConfig {
  /** spark.sql.session.timeZone, for partition timestamps (default: the process zone). */
  readonly timeZone?: string;
  /** spark.sql.sources.partitionColumnTypeInference.enabled (default true). */
  readonly partitionColumnTypeInference?: boolean;
}

export async function planFileScan(
  paths: string | readonly string[],
  format: string,
  options: FormatOptions = {},
  userSchemaOrDDL?: StructType | string,
  conf: PlanFileScanOptions = {},
): Promise<FileScanPlan> {
  const userSchema = typeof userSchemaOrDDL === "string" ? parseDDLSchema(userSchemaOrDDL) : userSchemaOrDDL;
  const fileFormat = getFileFormat(format);
  const list = typeof paths === "string" ? [paths] : paths;
  const opts = new OptionReader(options);
  const timeZone = opts.get("timeZone") ?? conf.timeZone ?? defaultTimeZone();
  const withTz: FormatOptions = opts.has("timeZone") ? options : { ...options, timeZone };
  const listed = await listLeafFiles(list);
  const { fs, roots, files } = listed;
  const parts = discoverPartitions(fs, roots, files, {
    basePath: opts.get("basePath"),
    typeInference: conf.partitionColumnTypeInference,
    timeZone,
    userSchema,
  });
  const partNames = new Set(parts.schema.fields.map((f) => f.name.toLowerCase()));
  let dataSchema: StructType;
  let partitionSchema = parts.schema;
  if (userSchema) {
    // A user schema lists data columns and, optionally, partition columns (which keep their place
    // at the end of the output, as Spark does).
    dataSchema = StructType(userSchema.fields.filter((f) => !partNames.has(f.name.toLowerCase())));
  } else {
    const inferred = files.length === 0 ? null : await fileFormat.inferSchema(files, withTz, fs);
    if (inferred === null || (inferred.fields.length === 0 && fileFormat.name !== "text")) {
      throw new AnalysisException("UNABLE_TO_INFER_SCHEMA", { format: fileFormat.name.toUpperCase() });
    }
    dataSchema = StructType(inferred.fields.filter((f) => !partNames.has(f.name.toLowerCase())));
  }
  const inputs = files.map((f, i) => ({
    path: f.path,
    size: f.size,
    mtimeMs: f.mtimeMs,
    splittable: fileFormat.isSplitable(withTz, f.path),
    partitionValues: parts.values[i]!,
  }));
  const maxSplit = maxSplitBytes(inputs, conf);
  const partitions = packSplits(splitFiles(inputs, conf), maxSplit, conf.openCostInBytes);
  return {
    format: fileFormat.name,
    options: withTz,
    dataSchema,
    partitionSchema,
    schema: StructType([...dataSchema.fields, ...partitionSchema.fields.map((f) => StructField(f.name, f.dataType, true))]),
    partitions,
    files: files.map((f) => fs.qualify(f.path)),
  };
}

/**
 * Reads one split. `columns` index into plan.schema (data columns then partition columns);
 * null reads them all. Batches hold exactly those columns, in that order.
 */
export async function* readFileSplit(
  plan: Pick<FileScanPlan, "format" | "options" | "dataSchema" | "partitionSchema">,
  split: FileSplit,
  columns: readonly number[] | null = null,
  filters: readonly ParquetFilter[] = [],
): AsyncIterable<Batch> {
  const format = getFileFormat(plan.format);
  const fs = getFileSystem(split.path);
  const nData = plan.dataSchema.fields.length;
  const all = columns ?? [...Array(nData + plan.partitionSchema.fields.length).keys()];
  const dataCols = all.filter((c) => c < nData);
  const required = [...new Set(dataCols)].sort((a, b) => a - b);
  for await (const batch of format.read(split, plan.dataSchema, required, plan.options, fs, filters)) {
    const n = batch.numRows;
    const out: ColumnVector[] = all.map((c) => {
      if (c < nData) return batch.columns[required.indexOf(c)]!;
      const k = c - nData;
      const type: DataType = plan.partitionSchema.fields[k]!.dataType;
      return constantVector(type, split.partitionValues[k] ?? null, n);
    });
    yield { numRows: n, columns: out, selection: batch.selection };
  }
}
