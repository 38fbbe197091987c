// LocalTableScan: rows given in the program (createDataFrame, VALUES).

import type { LocalScan } from "../../plan/logical/resolved.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { rowsToBatches } from "./row-utils.js";

export function execLocalScan(node: LocalScan, ctx: ExecContext): Partitions {
  const types = node.output.map((a) => a.dataType);
  return [rowsToBatches(types, node.rows, ctx.batchSize)];
}
