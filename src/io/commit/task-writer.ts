// One write task: routes each row to the file of its partition directory (col=value/...), with
// partition columns removed from the data, and names files as Spark does:
// part-<task:05d>-<jobId>-c000<ext>.

import type { DataType, StructType } from "../../types/data-type.js";
import type { Batch, ColumnVector } from "../../exec/batch/column-vector.js";
import { getValue } from "../../exec/batch/access.js";
import type { FileSystem } from "../fs/file-system.js";
import type { FormatWriter } from "../formats/file-format.js";
import { getFileFormat } from "../formats/registry.js";
import { partitionDirName } from "../partitioning/path-escaping.js";
import { partitionValueText } from "../partitioning/partition-values.js";
import type { WriteJob } from "./write-job.js";

export function partFileName(taskIndex: number, jobId: string, ext: string, fileCounter = 0): string {
  return `part-${String(taskIndex).padStart(5, "0")}-${jobId}-c${String(fileCounter).padStart(3, "0")}${ext}`;
}

interface OpenWriter {
  readonly writer: FormatWriter;
  readonly rel: string;
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
  const fileName = partFileName(taskIndex, job.jobId, ext);
  const partIdx = job.partitionBy.map((c) => job.schema.fields.findIndex((f) => f.name === c));
  const dataIdx = job.schema.fields.map((_, i) => i).filter((i) => !partIdx.includes(i));
  const dataSchema: StructType = { kind: "struct", fields: dataIdx.map((i) => job.schema.fields[i]!) };
  const tz = job.options["timeZone"] ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const writers = new Map<string, OpenWriter>();
  let numRows = 0;

  const open = async (relDirs: string[]): Promise<OpenWriter> => {
    const key = relDirs.join("/");
    let w = writers.get(key);
    if (!w) {
      const path = fs.join(attemptDir, ...relDirs, fileName);
      const out = await fs.create(path);
      w = { writer: format.createWriter(out, dataSchema, job.options), rel: [...relDirs, fileName].join("/") };
      writers.set(key, w);
    }
    return w;
  };

  try {
    for await (const batch of batches) {
      const live = batch.selection ? batch.selection.length : batch.numRows;
      numRows += live;
      const dataCols = dataIdx.map((i) => batch.columns[i]!);
      if (partIdx.length === 0) {
        const w = await open([]);
        await w.writer.write({ numRows: batch.numRows, columns: dataCols, selection: batch.selection });
        continue;
      }
      // Group live rows by their partition directory, keeping row order within each group.
      const groups = new Map<string, { dirs: string[]; rows: number[] }>();
      for (let r = 0; r < live; r++) {
        const row = batch.selection ? batch.selection[r]! : r;
        const dirs = partIdx.map((ci, k) =>
          partitionDirName(job.partitionBy[k]!, partitionText(batch.columns[ci]!, job.schema.fields[ci]!.dataType, row, tz)),
        );
        const key = dirs.join("/");
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { dirs, rows: [] }));
        g.rows.push(row);
      }
      for (const g of groups.values()) {
        const w = await open(g.dirs);
        await w.writer.write({ numRows: batch.numRows, columns: dataCols, selection: Int32Array.from(g.rows) });
      }
    }
    // Tasks without rows write nothing, except when the whole job is empty: then Spark writes
    // one file (with the header for CSV) so the output has a schema-bearing file.
    if (writeEmptyFile && writers.size === 0) await open([]);
    for (const w of writers.values()) await w.writer.close();
  } catch (e) {
    for (const w of writers.values()) await w.writer.abort().catch(() => undefined);
    throw e;
  }
  const files = [...writers.values()].map((w) => w.rel);
  const partitions = [...writers.keys()].filter((k) => k !== "");
  return { files, partitions, numRows };
}

function partitionText(v: ColumnVector, type: DataType, row: number, tz: string): string | null {
  const value = getValue(v, row);
  return value === null ? null : partitionValueText(type, value, tz);
}
