// Helpers over the RDD graph of a stage: building a partition's task node (narrow parents
// inlined, shuffle parents as reads of tracked map outputs, persisted RDDs wrapped in a cache
// lookup), preferred executors, and stage infos for listeners.

import type { NodeBuilder, RddNode } from "../rdd-node.js";
import type { MapOutputTracker } from "../shuffle/map-output-tracker.js";
import type { BlockManagerMaster } from "../storage/block-manager-master.js";
import { storageLevelName } from "../storage/storage-level.js";
import type { RddInfo, StageInfo } from "../events/listener-events.js";
import type { TaskNode } from "../task/task-node.js";
import type { Stage } from "./stage.js";

export function buildTaskNode(rdd: RddNode, partition: number, tracker: MapOutputTracker): TaskNode {
  const b: NodeBuilder = {
    node: (r, p) => {
      const inner = r.build(p, b);
      return r.isPersisted ? { kind: "cached", blockId: r.blockId(p), level: r.storageLevel, child: inner } : inner;
    },
    shuffle: (dep, start, end) => ({
      kind: "shuffle-read",
      shuffleId: dep.shuffleId,
      startPartition: start,
      endPartition: end,
      blocks: tracker.blocksFor(dep.shuffleId, start, end),
      reader: dep.reader,
    }),
  };
  return b.node(rdd, partition);
}

export function preferredLocations(rdd: RddNode, partition: number, blocks: BlockManagerMaster, depth = 0): string[] {
  if (rdd.isPersisted) {
    const locs = blocks.locations(rdd.blockId(partition));
    if (locs.length > 0) return locs;
  }
  if (depth > 20) return [];
  for (const dep of rdd.dependencies) {
    if (dep.kind !== "narrow") continue;
    for (const pp of dep.parents(partition)) {
      const locs = preferredLocations(dep.rdd, pp, blocks, depth + 1);
      if (locs.length > 0) return locs;
    }
  }
  return [];
}

/** The RDDs computed inside a stage (its RDD and narrow ancestors), for the UI's DAG. */
export function stageRdds(rdd: RddNode): RddNode[] {
  const out = new Map<number, RddNode>();
  const stack = [rdd];
  while (stack.length > 0) {
    const r = stack.pop()!;
    if (out.has(r.id)) continue;
    out.set(r.id, r);
    for (const d of r.dependencies) if (d.kind === "narrow") stack.push(d.rdd);
  }
  return [...out.values()].sort((a, b) => a.id - b.id);
}

export function rddInfoOf(r: RddNode): RddInfo {
  return {
    id: r.id,
    name: r.displayName ?? r.name,
    numPartitions: r.numPartitions,
    parentIds: r.dependencies.map((d) => d.rdd.id),
    callSite: r.callSite,
    scope: r.scope,
    storageLevel: storageLevelName(r.storageLevel),
  };
}

export function stageInfoOf(stage: Stage, numTasks: number): StageInfo {
  return {
    stageId: stage.id,
    attemptNumber: Math.max(0, stage.latestAttempt),
    name: stage.callSite,
    numTasks,
    rddInfos: stageRdds(stage.rdd).map(rddInfoOf),
    parentIds: stage.parents.map((p) => p.id),
    details: stage.callSite,
  };
}
