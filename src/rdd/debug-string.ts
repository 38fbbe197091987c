// rdd.toDebugString(): the lineage, indented at shuffle boundaries as Spark prints it:
//   (2) ShuffledRDD[3] at reduceByKey at wc.ts:5 []
//    +-(2) MapPartitionsRDD[2] at map at wc.ts:4 []
//       |  ParallelCollectionRDD[0] at parallelize at wc.ts:2 []

import type { RddNode } from "../runtime/rdd-node.js";
import { storageLevelDescription } from "../runtime/storage/storage-level.js";

export function lineage(root: RddNode): string {
  const lines: string[] = [];
  const label = (r: RddNode) => {
    const persist = r.isPersisted ? `[${storageLevelDescription(r.storageLevel)}]` : "[]";
    return `${r.displayName ?? r.name}[${r.id}] at ${r.callSite} ${persist}`;
  };
  const walk = (r: RddNode, indent: string, first: boolean, shuffleStart: boolean) => {
    if (first) lines.push(`(${r.numPartitions}) ${label(r)}`);
    else if (shuffleStart) lines.push(`${indent}+-(${r.numPartitions}) ${label(r)}`);
    else lines.push(`${indent}|  ${label(r)}`);
    const childIndent = first ? " " : shuffleStart ? indent + "   " : indent;
    for (const d of r.dependencies) {
      if (d.kind === "shuffle") walk(d.rdd, first ? " " : childIndent, false, true);
      else walk(d.rdd, first ? "" : childIndent, false, false);
    }
  };
  walk(root, "", true, false);
  return lines.join("\n");
}
