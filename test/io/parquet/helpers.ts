// Writing and reading Parquet files in tests through the FileFormat contract.

import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import type { StructType } from "../../../src/types/data-type.js";
import type { Batch } from "../../../src/exec/batch/column-vector.js";
import { vectorFromValues } from "../../../src/exec/batch/builder.js";
import { getFileSystem } from "../../../src/io/fs/registry.js";
import { parquetFormat } from "../../../src/io/formats/parquet/format.js";
import type { ParquetFilter } from "../../../src/io/formats/parquet/stats-filter.js";
import { readParquetSplit } from "../../../src/io/formats/parquet/reader.js";

export const fs = getFileSystem("/");

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "faisca-parquet-"));

/** A batch of internal-value rows. */
export function batchOf(schema: StructType, rows: readonly unknown[][]): Batch {
  return {
    numRows: rows.length,
    columns: schema.fields.map((f, i) => vectorFromValues(f.dataType, rows.map((r) => r[i]))),
    selection: null,
  };
}

export async function writeParquet(path: string, schema: StructType, batches: readonly Batch[], options: Record<string, string> = {}): Promise<void> {
  parquetFormat.checkWriteSchema(schema, options);
  const out = await fs.create(path);
  const w = parquetFormat.createWriter(out, schema, options);
  for (const b of batches) await w.write(b);
  await w.close();
}

export async function readParquet(
  path: string,
  schema?: StructType,
  required: number[] | null = null,
  options: Record<string, string> = {},
  filters: ParquetFilter[] = [],
): Promise<{ schema: StructType; batches: Batch[] }> {
  const st = statSync(path);
  const files = [{ path, isDirectory: false, size: st.size, mtimeMs: st.mtimeMs }];
  const s = schema ?? (await parquetFormat.inferSchema(files, options, fs))!;
  const batches: Batch[] = [];
  const split = { path, start: 0, length: st.size, fileSize: st.size, mtimeMs: st.mtimeMs, partitionValues: [] };
  for await (const b of readParquetSplit(split, s, required, options, fs, filters)) batches.push(b);
  return { schema: s, batches };
}

let pythonModules: Map<string, boolean> | null = null;

/** Whether `python3 -c "import <module>"` works (checked once per module). */
export function hasPython(module: string): boolean {
  pythonModules ??= new Map();
  if (!pythonModules.has(module)) {
    const r = spawnSync("python3", ["-c", `import ${module}`], { stdio: "ignore" });
    pythonModules.set(module, r.status === 0);
  }
  return pythonModules.get(module)!;
}
