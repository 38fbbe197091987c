// Reading one split of a Parquet file into batches: the row groups whose midpoint lies in the
// split (as parquet-mr assigns them), minus those the pushed filters rule out by statistics;
// only the required columns' chunks are read and decoded (column pruning, nested fields too).

import type { DataType, StructField, StructType } from "../../../types/data-type.js";
import type { Batch, ColumnVector } from "../../../exec/batch/column-vector.js";
import { nullVector } from "../../../exec/batch/builder.js";
import { sliceVector } from "../../../exec/batch/slice.js";
import { SparkRuntimeException } from "../../../errors/spark-error.js";
import { catalogString } from "../../../types/type-strings.js";
import type { FileSystem } from "../../fs/file-system.js";
import type { FileSplit, FormatOptions } from "../file-format.js";
import { OptionReader } from "../common/options.js";
import type { RowGroup } from "./metadata.js";
import { ParquetFileError, readFooter, readRange, type ParquetFooter } from "./footer.js";
import { decodeColumnChunk } from "./column-chunk.js";
import { ColumnTypeMismatch, denseVector, scatterByLevels } from "./leaf-vector.js";
import { assembleRows, findChild, planAssembly, type Assembly, type AssemblyLeaf, type LeafRef } from "./assembly.js";
import { selectRowGroups, type ParquetFilter } from "./stats-filter.js";

/** Rows per batch (Spark's spark.sql.parquet.columnarReaderBatchSize default). */
export const DEFAULT_BATCH_ROWS = 4096;

interface ColumnPlan {
  readonly field: StructField;
  readonly assembly: Assembly | null; // null: the file lacks the column (read as nulls)
  readonly leaves: readonly LeafRef[];
}

function footerError(fs: FileSystem, path: string, e: unknown): Error {
  if (e instanceof ParquetFileError || e instanceof RangeError || e instanceof TypeError) {
    return new SparkRuntimeException("FAILED_READ_FILE.CANNOT_READ_FILE_FOOTER", { path: fs.qualify(path) }, { cause: e });
  }
  return e as Error;
}

/** Reads a file's footer, raising Spark's FAILED_READ_FILE.CANNOT_READ_FILE_FOOTER when corrupt. */
export async function readFooterOrThrow(fs: FileSystem, path: string, size?: number, mtimeMs?: number): Promise<ParquetFooter> {
  try {
    return await readFooter(fs, path, size, mtimeMs);
  } catch (e) {
    throw footerError(fs, path, e);
  }
}

function planColumns(fs: FileSystem, path: string, footer: ParquetFooter, fields: readonly StructField[]): ColumnPlan[] {
  return fields.map((field) => {
    const node = findChild(footer.schema, field.name);
    if (!node) return { field, assembly: null, leaves: [] };
    try {
      const { assembly, leaves } = planAssembly(node, field.dataType);
      return { field, assembly, leaves };
    } catch (e) {
      throw mismatchError(fs, path, e);
    }
  });
}

function mismatchError(fs: FileSystem, path: string, e: unknown): Error {
  if (e instanceof ColumnTypeMismatch) {
    return new SparkRuntimeException("FAILED_READ_FILE.PARQUET_COLUMN_DATA_TYPE_MISMATCH", {
      path: fs.qualify(path),
      column: `[${e.column.split(".").join(", ")}]`,
      expectedType: catalogString(e.expectedType),
      actualType: e.actualType,
    });
  }
  return e as Error;
}

/** Row groups of the footer that belong to [start, start + length) by their midpoint. */
export function rowGroupsInRange(footer: ParquetFooter, start: number, length: number): number[] {
  const out: number[] = [];
  const end = start + length;
  footer.metadata.rowGroups.forEach((rg, i) => {
    if (rg.columns.length === 0) return;
    const m0 = rg.columns[0]!.metaData;
    const first = m0.dictionaryPageOffset !== undefined && m0.dictionaryPageOffset > 0 ? Math.min(m0.dictionaryPageOffset, m0.dataPageOffset) : m0.dataPageOffset;
    let size = 0;
    for (const c of rg.columns) size += c.metaData.totalCompressedSize;
    const mid = first + size / 2;
    if (mid >= start && mid < end) out.push(i);
  });
  return out;
}

async function readLeaf(fs: FileSystem, path: string, rg: RowGroup, ref: LeafRef): Promise<AssemblyLeaf> {
  const chunk = rg.columns[ref.node.column];
  if (!chunk) throw new ParquetFileError(path, `row group lacks column ${ref.node.path.join(".")}`);
  const m = chunk.metaData;
  if (ref.node.maxRep === 0 && m.numValues !== rg.numRows) {
    throw new ParquetFileError(path, `column ${ref.node.path.join(".")} declares ${m.numValues} values in a row group of ${rg.numRows} rows`);
  }
  const start = m.dictionaryPageOffset !== undefined && m.dictionaryPageOffset > 0 ? Math.min(m.dictionaryPageOffset, m.dataPageOffset) : m.dataPageOffset;
  const bytes = await readRange(fs, path, start, start + m.totalCompressedSize);
  let decoded;
  try {
    decoded = decodeColumnChunk(bytes, m, ref.node);
  } catch (e) {
    throw new ParquetFileError(path, `column ${ref.node.path.join(".")}: ${(e as Error).message}`, { cause: e });
  }
  return { def: decoded.def, rep: decoded.rep, numLevels: decoded.numLevels, values: denseVector(decoded, ref.node, ref.type) };
}

async function columnVector(fs: FileSystem, path: string, rg: RowGroup, plan: ColumnPlan): Promise<ColumnVector> {
  const n = rg.numRows;
  const type: DataType = plan.field.dataType;
  const a = plan.assembly;
  if (a === null || a.k === "missing") return nullVector(type, n);
  const leaves = await Promise.all(plan.leaves.map((ref) => readLeaf(fs, path, rg, ref)));
  if (a.k === "leaf" && plan.leaves[0]!.node.maxRep === 0) {
    const leaf = leaves[0]!;
    if (leaf.numLevels !== n) throw new ParquetFileError(path, `column ${plan.field.name} holds ${leaf.numLevels} values for ${n} rows`);
    return scatterByLevels(leaf.values, leaf.def, plan.leaves[0]!.node.maxDef, n);
  }
  let values: unknown[];
  try {
    values = assembleRows(a, leaves, n);
  } catch (e) {
    throw new ParquetFileError(path, `column ${plan.field.name}: ${(e as Error).message}`, { cause: e });
  }
  let validity: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    if (values[i] === null) {
      validity ??= new Uint8Array(n).fill(1);
      validity[i] = 0;
    }
  }
  return { encoding: "boxed", type, length: n, validity, values };
}

/**
 * Reads one split. `requiredColumns` index into dataSchema (null = all); `filters` (optional)
 * skip row groups by statistics. Errors name the file (Spark's FAILED_READ_FILE.*).
 */
export async function* readParquetSplit(
  split: FileSplit,
  dataSchema: StructType,
  requiredColumns: readonly number[] | null,
  options: FormatOptions,
  fs: FileSystem,
  filters: readonly ParquetFilter[] = [],
): AsyncIterable<Batch> {
  const path = split.path;
  const footer = await readFooterOrThrow(fs, path, split.fileSize, split.mtimeMs);
  const fields = requiredColumns === null ? dataSchema.fields : requiredColumns.map((i) => dataSchema.fields[i]!);
  const plans = planColumns(fs, path, footer, fields);
  let groups = rowGroupsInRange(footer, split.start, split.length);
  if (filters.length > 0) {
    const keep = new Set(selectRowGroups(footer.schema, footer.metadata.rowGroups, filters));
    groups = groups.filter((g) => keep.has(g));
  }
  const batchRows = Math.max(1, new OptionReader(options).int("batchSize", DEFAULT_BATCH_ROWS));
  for (const g of groups) {
    const rg = footer.metadata.rowGroups[g]!;
    const n = rg.numRows;
    let columns: ColumnVector[];
    try {
      columns = await Promise.all(plans.map((p) => columnVector(fs, path, rg, p)));
    } catch (e) {
      const m = mismatchError(fs, path, e);
      if (m !== e) throw m;
      throw new SparkRuntimeException("FAILED_READ_FILE.NO_HINT", { path: fs.qualify(path) }, { cause: e });
    }
    for (let s = 0; s < n; s += batchRows) {
      const e = Math.min(n, s + batchRows);
      if (s === 0 && e === n) {
        yield { numRows: n, columns, selection: null };
      } else {
        yield { numRows: e - s, columns: columns.map((c) => sliceVector(c, s, e)), selection: null };
      }
    }
  }
}
