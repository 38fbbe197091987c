// The RDD core every job compiles to: partitions, dependencies (narrow or shuffle), an optional
// partitioner, a storage level, and — instead of a compute method — a function that builds the
// task node (plain data) of one partition. A task is therefore shipped as data: the user-facing
// RDD API builds nodes holding function references; the DataFrame engine builds nodes holding a
// batch pipeline spec and generated source ("ext:" kinds).

import type { PartitionerSpec } from "./partitioner.js";
import { StorageLevel, isStored } from "./storage/storage-level.js";
import type { ShuffleReaderSpec, ShuffleWriterSpec, TaskNode } from "./task/task-node.js";
import type { Runtime } from "./runtime.js";

export interface NarrowDependency {
  readonly kind: "narrow";
  readonly rdd: RddNode;
  /** Parent partitions partition p reads (for locality and the UI). */
  readonly parents: (p: number) => readonly number[];
}

export interface ShuffleDependency {
  readonly kind: "shuffle";
  /** The map side: the RDD whose records are shuffled. */
  readonly rdd: RddNode;
  readonly shuffleId: number;
  readonly numReducers: number;
  /** Mutable so that `prepare` can fill in what must be computed first (range bounds). */
  writer: ShuffleWriterSpec;
  readonly reader: ShuffleReaderSpec;
  /** Work to do on the driver before the first job using this dependency (e.g. sampling keys
   *  for a range partitioner); set to undefined once done. */
  prepare?: (() => Promise<void>) | undefined;
}

export type Dependency = NarrowDependency | ShuffleDependency;

export const oneToOne = (rdd: RddNode): NarrowDependency => ({ kind: "narrow", rdd, parents: (p) => [p] });

/** Builds the task node of a partition; given to RddNode.build. */
export interface NodeBuilder {
  /** The node of a narrow parent's partition (wrapped in a cache lookup if it is persisted). */
  node(rdd: RddNode, partition: number): TaskNode;
  /** A shuffle-read node over reducers [start, end) of a shuffle dependency. */
  shuffle(dep: ShuffleDependency, startPartition: number, endPartition: number): TaskNode;
}

export interface RddNodeInit {
  /** Class-like name shown in lineage and the UI, e.g. "MapPartitionsRDD". */
  readonly name: string;
  readonly numPartitions: number;
  readonly dependencies: readonly Dependency[];
  readonly partitioner?: PartitionerSpec | null;
  readonly build: (partition: number, b: NodeBuilder) => TaskNode;
  /** "map at wordcount.ts:12"; computed from the stack when omitted. */
  readonly callSite?: string;
  /** Operation scope for the UI's DAG (e.g. "Exchange", "WholeStageCodegen (1)"). */
  readonly scope?: string;
  /** Driver-side work before the first job that computes this RDD (may run jobs itself). */
  readonly prepare?: () => Promise<void>;
}

export class RddNode {
  readonly id: number;
  readonly name: string;
  readonly numPartitions: number;
  readonly dependencies: readonly Dependency[];
  readonly partitioner: PartitionerSpec | null;
  readonly callSite: string;
  readonly scope: string | undefined;
  storageLevel: StorageLevel = StorageLevel.NONE;
  /** User-visible name (rdd.setName). */
  displayName: string | null = null;
  prepare: (() => Promise<void>) | undefined;
  private readonly buildFn: (partition: number, b: NodeBuilder) => TaskNode;

  constructor(
    readonly runtime: Runtime,
    init: RddNodeInit,
  ) {
    this.id = runtime.newRddId();
    this.name = init.name;
    this.numPartitions = init.numPartitions;
    this.dependencies = init.dependencies;
    this.partitioner = init.partitioner ?? null;
    this.callSite = init.callSite ?? callSiteFromStack();
    this.scope = init.scope;
    this.buildFn = init.build;
    this.prepare = init.prepare;
  }

  build(partition: number, b: NodeBuilder): TaskNode {
    return this.buildFn(partition, b);
  }

  get isPersisted(): boolean {
    return isStored(this.storageLevel);
  }

  blockId(partition: number): string {
    return `rdd_${this.id}_${partition}`;
  }
}

const INTERNAL_FRAME = /[\\/](src|dist)[\\/](runtime|rdd|exec|api|session|plan|sql|io)[\\/]|node:internal|node_modules|^\s*at (new )?Promise/;
const API_FRAME = /[\\/](src|dist)[\\/](rdd|api|session)[\\/]/;

/** "op at file.ts:12": the outermost engine API method called and the user's line that called
 *  it, as Spark's call sites. */
export function callSiteFromStack(op?: string): string {
  const stack = new Error().stack?.split("\n").slice(1) ?? [];
  let where = "<unknown>";
  let opName = op;
  for (const line of stack) {
    if (INTERNAL_FRAME.test(line)) {
      if (!op && API_FRAME.test(line)) opName = /at (?:async )?(?:[\w$]+\.)?([\w$]+) /.exec(line)?.[1] ?? opName;
      continue;
    }
    const m = /\(?((?:file:\/\/)?[^()\s]+):(\d+):\d+\)?\s*$/.exec(line);
    if (m) {
      const file = m[1]!.replace(/^file:\/\//, "").split(/[\\/]/).pop();
      where = `${file}:${m[2]}`;
      break;
    }
  }
  return opName ? `${opName} at ${where}` : where;
}
