// Arrow interchange at the edges (Spark Connect results, IPC, file readers): conversion of
// batches to/from apache-arrow RecordBatches and the Arrow IPC stream format.

import * as A from "apache-arrow";
import type { StructType } from "../../types/data-type.js";
import type { Batch } from "./column-vector.js";
import { batchToArrow, type ArrowExportOptions } from "./arrow-export.js";
import { arrowToBatch } from "./arrow-import.js";
import { fromArrowSchema, toArrowSchema } from "./arrow-types.js";

export { batchToArrow, vectorToArrowData, packBits } from "./arrow-export.js";
export { arrowToBatch, arrowDataToVector } from "./arrow-import.js";
export { toArrowType, fromArrowType, toArrowSchema, fromArrowSchema } from "./arrow-types.js";

/** Arrow IPC stream bytes for the batches (schema message, then one record batch each). */
export function batchesToArrowIPC(batches: readonly Batch[], schema: StructType, options: ArrowExportOptions = {}): Uint8Array {
  const writer = new A.RecordBatchStreamWriter();
  writer.reset(undefined, toArrowSchema(schema, options.timeZone ?? "UTC"));
  for (const b of batches) writer.write(batchToArrow(b, schema, options));
  writer.finish();
  return writer.toUint8Array(true);
}

/** Batches and schema from Arrow IPC bytes (stream or file format). */
export function arrowIPCToBatches(bytes: Uint8Array): { schema: StructType; batches: Batch[] } {
  const reader = A.RecordBatchReader.from(bytes);
  reader.open();
  const schema = fromArrowSchema(reader.schema); // read before iterating: the reader closes at the end
  const batches: Batch[] = [];
  for (const rb of reader) if (rb.numRows > 0) batches.push(arrowToBatch(rb).batch);
  return { schema, batches };
}
