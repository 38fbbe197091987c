// Cutting files into splits and packing splits into scan partitions, as Spark's
// FilePartition.maxSplitBytes / getFilePartitions:
//   maxSplitBytes = min(maxPartitionBytes, max(openCostInBytes, totalBytes / minPartitionNum))
// where totalBytes counts every file plus openCostInBytes. Splittable files are cut into
// maxSplitBytes ranges; splits (largest first) are packed into partitions by next-fit, each
// split costing its length plus openCostInBytes.

import type { FileSplit } from "../formats/file-format.js";

export interface SplitConfig {
  /** spark.sql.files.maxPartitionBytes (default 128 MiB). */
  readonly maxPartitionBytes?: number;
  /** spark.sql.files.openCostInBytes (default 4 MiB). */
  readonly openCostInBytes?: number;
  /** spark.sql.files.minPartitionNum, else the default parallelism (default 1). */
  readonly minPartitionNum?: number;
}

export interface SplitInput {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly splittable: boolean;
  readonly partitionValues: readonly unknown[];
}

export const DEFAULT_MAX_PARTITION_BYTES = 128 * 1024 * 1024;
export const DEFAULT_OPEN_COST_IN_BYTES = 4 * 1024 * 1024;

export function maxSplitBytes(files: readonly SplitInput[], conf: SplitConfig = {}): number {
  const maxBytes = conf.maxPartitionBytes ?? DEFAULT_MAX_PARTITION_BYTES;
  const openCost = conf.openCostInBytes ?? DEFAULT_OPEN_COST_IN_BYTES;
  const minPartitions = Math.max(1, conf.minPartitionNum ?? 1);
  let total = 0;
  for (const f of files) total += f.size + openCost;
  const bytesPerCore = Math.floor(total / minPartitions);
  return Math.min(maxBytes, Math.max(openCost, bytesPerCore));
}

/** Splits of every file (empty files yield none), largest first. */
export function splitFiles(files: readonly SplitInput[], conf: SplitConfig = {}): FileSplit[] {
  const maxSplit = maxSplitBytes(files, conf);
  const splits: FileSplit[] = [];
  for (const f of files) {
    if (f.size === 0) continue;
    if (!f.splittable) {
      splits.push({ path: f.path, start: 0, length: f.size, fileSize: f.size, mtimeMs: f.mtimeMs, partitionValues: f.partitionValues });
      continue;
    }
    for (let off = 0; off < f.size; off += maxSplit) {
      const length = Math.min(maxSplit, f.size - off);
      splits.push({ path: f.path, start: off, length, fileSize: f.size, mtimeMs: f.mtimeMs, partitionValues: f.partitionValues });
    }
  }
  // Stable sort keeps path order among equal lengths.
  return splits.sort((a, b) => b.length - a.length);
}

/** Packs splits into partitions (next-fit decreasing). */
export function packSplits(splits: readonly FileSplit[], maxSplit: number, openCostInBytes = DEFAULT_OPEN_COST_IN_BYTES): FileSplit[][] {
  const partitions: FileSplit[][] = [];
  let current: FileSplit[] = [];
  let size = 0;
  for (const s of splits) {
    if (size + s.length > maxSplit && current.length > 0) {
      partitions.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.length + openCostInBytes;
  }
  if (current.length > 0) partitions.push(current);
  return partitions;
}
