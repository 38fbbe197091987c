// Result decoding: each ExecutePlanResponse.arrow_batch is an Arrow IPC stream; its rows become
// the same Row objects (user-facing values) the local engine returns. Column names and Spark
// types come from the response's schema when the server sends one (Arrow may dedupe names).
import type { ExecutePlanResponse } from "./proto/gen/spark/connect/base_pb.js";
import type { DataType, StructType } from "../types/data-type.js";
import { arrowIPCToBatches } from "../exec/batch/arrow.js";
import { batchToRows } from "../exec/batch/batch-ops.js";
import { toExternal } from "../values/internal.js";
import { Row } from "../values/row.js";
import { fromProtoDataType } from "./translate/data-type.js";

export interface DecodedResult {
  schema: StructType | null;
  rows: Row[];
}

export async function decodeResults(responses: AsyncIterable<ExecutePlanResponse>): Promise<DecodedResult> {
  let protoSchema: StructType | null = null;
  let arrowSchema: StructType | null = null;
  const internal: unknown[][] = [];
  for await (const res of responses) {
    if (res.schema && !protoSchema) {
      const t = fromProtoDataType(res.schema);
      if (t.kind === "struct") protoSchema = t;
    }
    if (res.responseType.case !== "arrowBatch") continue;
    const { schema, batches } = arrowIPCToBatches(res.responseType.value.data);
    arrowSchema ??= schema;
    for (const b of batches) for (const r of batchToRows(b)) internal.push(r);
  }
  const schema = protoSchema ?? arrowSchema;
  if (!schema) return { schema: null, rows: [] };
  const names = schema.fields.map((f) => f.name);
  const rowTypes = schema.fields.map((f) => f.dataType);
  // Convert with the Arrow types: they describe the internal values the decoder produced.
  const convTypes: readonly DataType[] = (arrowSchema ?? schema).fields.map((f) => f.dataType);
  const rows = internal.map((r) => new Row(names, r.map((v, i) => (v === null ? null : toExternal(v, convTypes[i]!))), rowTypes));
  return { schema, rows };
}
