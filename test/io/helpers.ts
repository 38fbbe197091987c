// Shared helpers for the file IO tests: temp directories, read-all, batches from rows.

import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { StructType } from "../../src/types/data-type.js";
import type { Batch } from "../../src/exec/batch/column-vector.js";
import { vectorToArray } from "../../src/exec/batch/access.js";
import { vectorFromValues } from "../../src/exec/batch/builder.js";
import { planFileScan, readFileSplit, type FileScanPlan } from "../../src/io/file-scan.js";
import type { FormatOptions } from "../../src/io/formats/file-format.js";
import { simpleString } from "../../src/io/formats/common/type-names.js";

export function tempDir(prefix = "faisca-io-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files given as { "rel/path": "content" } under dir; returns dir. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, ...rel.split("/"));
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

export interface ReadResult {
  readonly plan: FileScanPlan;
  readonly schema: string;
  readonly rows: unknown[][];
}

/** Plans and reads every split; rows in split order (partitions, then splits). */
export async function readAll(
  paths: string | string[],
  format: string,
  options: FormatOptions = {},
  schema?: StructType,
  conf: Parameters<typeof planFileScan>[4] = {},
): Promise<ReadResult> {
  const plan = await planFileScan(paths, format, { timeZone: "UTC", ...options }, schema, conf);
  const rows: unknown[][] = [];
  for (const part of plan.partitions) {
    for (const split of part) {
      for await (const b of readFileSplit(plan, split)) rows.push(...batchRows(b));
    }
  }
  return { plan, schema: simpleString(plan.schema), rows };
}

export function batchRows(b: Batch): unknown[][] {
  const cols = b.columns.map((c) => vectorToArray(c));
  const idx = b.selection ? [...b.selection] : [...Array(b.numRows).keys()];
  return idx.map((r) => cols.map((c) => c[r]));
}

/** A batch from rows of internal values. */
export function batchOf(schema: StructType, rows: unknown[][]): Batch {
  return {
    numRows: rows.length,
    columns: schema.fields.map((f, i) => vectorFromValues(f.dataType, rows.map((r) => r[i]))),
    selection: null,
  };
}

export async function* asyncOf<T>(...items: T[]): AsyncIterable<T> {
  for (const x of items) yield x;
}

/** Rows sorted by their JSON text (for order-insensitive comparisons). */
export function sortRows(rows: unknown[][]): unknown[][] {
  const key = (r: unknown[]): string => JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
