// The "== Physical Plan ==" section: the optimized plan as the operators that run it.
import type { RPlan } from "../plan/logical/resolved.js";
import { fileScanLine } from "./file-sources.js";
import { nodeLine, treeString, exprWithIds, sortOrderText } from "../plan/logical/tree-string.js";

export function physicalLine(p: RPlan): string {
  switch (p.kind) {
    case "aggregate":
      return `HashAggregate(keys=[${p.groupingExprs.map(exprWithIds).join(", ")}], functions=[${p.aggregateExprs.map(exprWithIds).join(", ")}])`;
    case "local_scan":
      return `LocalTableScan [${p.output.map(exprWithIds).join(", ")}]`;
    case "range_scan":
      return `Range (${p.start}, ${p.end}, step=${p.step}, splits=${p.numPartitions})`;
    case "file_scan":
      return fileScanLine(p, p.output.map(exprWithIds).join(","), p.pushedFilters.map(exprWithIds).join(", "));
    case "join":
      return `${p.condition ? "ShuffledHashJoin" : "BroadcastNestedLoopJoin"} ${p.joinType}${p.condition ? ", " + exprWithIds(p.condition) : ""}`;
    case "sort":
      return `Sort [${p.order.map(sortOrderText).join(", ")}], ${p.global}, 0`;
    case "limit":
      return `CollectLimit ${p.limit}`;
    default:
      return nodeLine(p);
  }
}

export function physicalTreeString(p: RPlan): string {
  return treeString(p, physicalLine);
}
