// LocalRelation rows (user-facing values) to Arrow IPC bytes, as Spark Connect expects them.
import type { LocalRelation } from "../../plan/logical/unresolved.js";
import { toInternal } from "../../values/internal.js";
import { batchFromRows } from "../../exec/batch/batch-ops.js";
import { batchesToArrowIPC } from "../../exec/batch/arrow.js";

export function localRelationArrow(node: LocalRelation): Uint8Array {
  const types = node.schema.fields.map((f) => f.dataType);
  const rows = node.rows.map((r) => types.map((t, i) => toInternal(r[i], t)));
  return batchesToArrowIPC([batchFromRows(types, rows)], node.schema);
}
