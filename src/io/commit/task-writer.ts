// One write task: routes each row to the file of its partition directory (col=value/...) and
// bucket, with partition columns removed from the data, and names files as Spark does:
// part-<task:05d>-<jobId>-c<n:03d><ext>, or part-<task:05d>-<jobId>_<bucket:05d>.c<n:03d><ext>
// for bucketed tables; n counts the files a (directory, bucket) got under maxRecordsPerFile.

import type { DataType, StructType } from "../../types/data-type.js";
import type { Batch, ColumnVector } from "../../exec/batch/column-vector.js";
import { getValue } from "../../exec/batch/access.js";
import { hashPartitionIds } from "../../exec/hash/hash-row-keys.js";
import type { FileSystem } from "../fs/file-system.js";
import type { FormatWriter } from "../formats/file-format.js";
import { getFileFormat } from "../formats/registry.js";
import { partitionDirName } from "../partitioning/path-escaping.js";
import { partitionValueText } from "../partitioning/partition-values.js";
import type { WriteJob } from "./write-job.js";

export function partFileName(taskIndex: number, jobId: string, ext: string, fileCounter = 0, bucketId = -1): string {
  const bucket = bucketId < 0 ? "-" : `_${String(bucketId).padStart(5, "0")}.`;
  return `part-${String(taskIndex).padStart(5, "0")}-${jobId}${bucket}c${String(fileCounter).padStart(3, "0")}${ext}`;
}

/** The file currently open for one (partition directory, bucket). */
interface OpenWriter {
  writer: FormatWriter;
  rows: number;
  counter: number;
  readonly dirs: string[];
  readonly bucket: number;
}

export async function writePartitionedTask(
  fs: FileSystem,
  attemptDir: string,
  job: WriteJob,
  taskIndex: number,
  batches: AsyncIterable<Batch>,
  writeEmptyFile = false,
): Promise<{ files: string[]; partitions: string[]; numRows: number }> {
  const format = getFileFormat(job.format);
  const ext = format.fileExtension(job.options);
  const partIdx = job.partitionBy.map((c) => job.schema.fields.findIndex((f) => f.name === c));
  const dataIdx = job.schema.fields.map((_, i) => i).filter((i) => !partIdx.includes(i));
  const dataSchema: StructType = { kind: "struct", fields: dataIdx.map((i) => job.schema.fields[i]!) };
  const bucket = job.bucketSpec;
  const bucketIdx = bucket ? bucket.bucketColumns.map((c) => job.schema.fields.findIndex((f) => f.name === c)) : [];
  const maxRecords = job.maxRecordsPerFile ?? 0;
  const tz = job.options["timeZone"] ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const writers = new Map<string, OpenWriter>();
  const files: string[] = [];
  const partitions = new Set<string>();
  let numRows = 0;
  let bucketIds = new Int32Array(0);

  const create = async (dirs: string[], bucketId: number, counter: number): Promise<FormatWriter> => {
    const name = partFileName(taskIndex, job.jobId, ext, counter, bucketId);
    const out = await fs.create(fs.join(attemptDir, ...dirs, name));
    files.push([...dirs, name].join("/"));
    if (dirs.length > 0) partitions.add(dirs.join("/"));
    return format.createWriter(out, dataSchema, job.options);
  };

  const open = async (dirs: string[], bucketId: number): Promise<OpenWriter> => {
    const key = bucketId < 0 ? dirs.join("/") : `${dirs.join("/")}#${bucketId}`;
    let w = writers.get(key);
    if (!w) {
      w = { writer: await create(dirs, bucketId, 0), rows: 0, counter: 0, dirs, bucket: bucketId };
      writers.set(key, w);
    }
    return w;
  };

  /** Writes rows (indices into the batch) to w's files, rolling over at maxRecordsPerFile. */
  const writeRows = async (w: OpenWriter, batch: Batch, dataCols: ColumnVector[], rows: Int32Array | null): Promise<void> => {
    const total = rows ? rows.length : batch.numRows;
    let done = 0;
    while (done < total) {
      if (maxRecords > 0 && w.rows >= maxRecords) {
        await w.writer.close();
        w.counter++;
        w.rows = 0;
        w.writer = await create(w.dirs, w.bucket, w.counter);
      }
      const take = maxRecords > 0 ? Math.min(total - done, maxRecords - w.rows) : total - done;
      const selection = rows === null && take === total ? null : rows ? rows.subarray(done, done + take) : rangeOf(done, take);
      await w.writer.write({ numRows: batch.numRows, columns: dataCols, selection });
      w.rows += take;
      done += take;
    }
  };

  try {
    for await (const batch of batches) {
      const live = batch.selection ? batch.selection.length : batch.numRows;
      if (live === 0) continue;
      numRows += live;
      const dataCols = dataIdx.map((i) => batch.columns[i]!);
      if (partIdx.length === 0 && !bucket) {
        await writeRows(await open([], -1), batch, dataCols, batch.selection);
        continue;
      }
      if (bucket) {
        if (bucketIds.length < live) bucketIds = new Int32Array(live);
        hashPartitionIds(batch, bucketIdx, bucket.numBuckets, bucketIds);
      }
      // Group live rows by partition directory and bucket, keeping row order within each group.
      const groups = new Map<string, { dirs: string[]; bucket: number; rows: number[] }>();
      for (let r = 0; r < live; r++) {
        const row = batch.selection ? batch.selection[r]! : r;
        const dirs = partIdx.map((ci, k) =>
          partitionDirName(job.partitionBy[k]!, partitionText(batch.columns[ci]!, job.schema.fields[ci]!.dataType, row, tz)),
        );
        const b = bucket ? bucketIds[r]! : -1;
        const key = `${dirs.join("/")}#${b}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { dirs, bucket: b, rows: [] }));
        g.rows.push(row);
      }
      for (const g of groups.values()) await writeRows(await open(g.dirs, g.bucket), batch, dataCols, Int32Array.from(g.rows));
    }
    // Tasks without rows write nothing, except when the whole job is empty: then Spark writes
    // one file (with the header for CSV) so the output has a schema-bearing file.
    if (writeEmptyFile && writers.size === 0) await open([], -1);
    for (const w of writers.values()) await w.writer.close();
  } catch (e) {
    for (const w of writers.values()) await w.writer.abort().catch(() => undefined);
    throw e;
  }
  return { files, partitions: [...partitions], numRows };
}

function rangeOf(start: number, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = start + i;
  return out;
}

function partitionText(v: ColumnVector, type: DataType, row: number, tz: string): string | null {
  const value = getValue(v, row);
  return value === null ? null : partitionValueText(type, value, tz);
}
