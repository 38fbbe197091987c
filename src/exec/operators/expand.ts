// Expand: each input row is emitted once per projection (rollup/cube/grouping sets, unpivot).
import type { ExpandNode } from "../../plan/logical/resolved.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { bindReferences } from "../physical/bind.js";
import { runPipeline } from "./project-filter.js";

export function execExpand(node: ExpandNode, ctx: ExecContext, input: Partitions): Partitions {
  const projections = node.projections.map((p) => p.map((e) => bindReferences(e, node.input.output)));
  const outs = projections.map((p) => runPipeline(input, [], p, ctx, node.input.output.map((a) => a.dataType)));
  return input.map((_, i) => outs.flatMap((o) => o[i]!));
}
