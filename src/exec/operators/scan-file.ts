// FileScan: reads the files of a relation through the file-format registry (src/io).
import type { FileScan } from "../../plan/logical/resolved.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { readFileRelation } from "../../session/file-sources.js";

export async function execFileScan(node: FileScan, ctx: ExecContext): Promise<Partitions> {
  return readFileRelation(node, ctx);
}
