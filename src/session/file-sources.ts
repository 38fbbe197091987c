// Bridge from the session to the file formats (src/io): schema inference for a relation.
import type { ReadFiles } from "../plan/logical/unresolved.js";
import type { StructType } from "../types/data-type.js";
import type { SessionState } from "./session-state.js";

export async function inferRelationSchema(state: SessionState, node: ReadFiles): Promise<StructType> {
  void state;
  if (node.schema && typeof node.schema === "object") return node.schema;
  throw new Error(`reading ${node.format} files is not available yet`);
}

export async function readFileRelation(node: import("../plan/logical/resolved.js").FileScan, ctx: import("../exec/physical/exec-context.js").ExecContext): Promise<import("../exec/physical/exec-context.js").Partitions> {
  void ctx;
  throw new Error(`reading ${node.format} files is not available yet`);
}
