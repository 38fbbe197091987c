// Building, reading and reshaping batches. Gather/slice/concat live in their own files.

import type { DataType } from "../../types/data-type.js";
import type { Batch, ColumnVector } from "./column-vector.js";
import { createBuilder } from "./builder.js";
import { getValue } from "./access.js";
import { gatherVector } from "./gather.js";

export { gatherVector, gatherRows, compactBatch } from "./gather.js";
export { sliceVector, sliceBatch } from "./slice.js";
export { concatVectors, concatBatches } from "./concat.js";

/** A batch over `columns` (all of length `numRows`), with an optional ascending selection. */
export function makeBatch(columns: readonly ColumnVector[], numRows: number, selection: Int32Array | null = null): Batch {
  for (let c = 0; c < columns.length; c++) {
    if (columns[c]!.length !== numRows) {
      throw new RangeError(`column ${c} has ${columns[c]!.length} rows, batch has ${numRows}`);
    }
  }
  return { numRows, columns, selection };
}

/** A batch from rows of internal values, one builder per column. */
export function batchFromRows(schemaTypes: readonly DataType[], rows: readonly (readonly unknown[])[]): Batch {
  const builders = schemaTypes.map((t) => createBuilder(t, rows.length));
  for (const row of rows) {
    for (let c = 0; c < builders.length; c++) builders[c]!.append(row[c]);
  }
  return { numRows: rows.length, columns: builders.map((b) => b.build()), selection: null };
}

/** The live rows (honouring the selection) as arrays of internal values. */
export function batchToRows(batch: Batch): unknown[][] {
  const sel = batch.selection;
  const n = sel ? sel.length : batch.numRows;
  const cols = batch.columns;
  const rows = new Array<unknown[]>(n);
  for (let r = 0; r < n; r++) {
    const i = sel ? sel[r]! : r;
    const row = new Array<unknown>(cols.length);
    for (let c = 0; c < cols.length; c++) row[c] = getValue(cols[c]!, i);
    rows[r] = row;
  }
  return rows;
}

/** A batch with only the columns at `ordinals` (shared, not copied); selection kept. */
export function projectColumns(batch: Batch, ordinals: readonly number[]): Batch {
  return { numRows: batch.numRows, columns: ordinals.map((o) => batch.columns[o]!), selection: batch.selection };
}

/** One column with the batch's selection applied (dense). */
export function liveColumn(batch: Batch, ordinal: number): ColumnVector {
  const v = batch.columns[ordinal]!;
  return batch.selection ? gatherVector(v, batch.selection) : v;
}
