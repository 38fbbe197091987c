// A task is data: the node tree of one partition's computation, built on the driver from the
// RDD graph and evaluated on an executor. Narrow dependencies become child nodes (pipelined in
// the task); a shuffle dependency becomes a `shuffle-read` leaf holding references to the map
// outputs. Extensions (the DataFrame engine) add kinds named "ext:<name>".

import type { FnRef } from "../closure/fn-ref.js";
import type { StorageLevel } from "../storage/storage-level.js";

/** Where one map task's output for a range of reducers lives. */
export type BlockRef =
  | { readonly kind: "memory"; readonly buffer: SharedArrayBuffer; readonly offset: number; readonly length: number }
  | { readonly kind: "file"; readonly path: string; readonly offset: number; readonly length: number };

/** How a shuffle's map side turns records into per-reducer bytes (registered writer kind). */
export interface ShuffleWriterSpec {
  readonly kind: string;
}
/** How a reducer turns fetched bytes back into records (registered reader kind). */
export interface ShuffleReaderSpec {
  readonly kind: string;
}

export type TaskNode =
  | { readonly kind: "empty" }
  | { readonly kind: "values"; readonly values: readonly unknown[] }
  | { readonly kind: "range"; readonly start: number; readonly end: number; readonly step: number }
  | { readonly kind: "text-split"; readonly path: string; readonly start: number; readonly end: number; readonly gzip: boolean }
  | { readonly kind: "whole-text-files"; readonly paths: readonly string[] }
  /** fn(iterator, partitionIndex, ctx) → iterable; `partition` is this node's own partition index. */
  | { readonly kind: "apply"; readonly fn: FnRef; readonly partition: number; readonly child: TaskNode }
  | { readonly kind: "concat"; readonly children: readonly TaskNode[] }
  | { readonly kind: "cartesian"; readonly left: TaskNode; readonly right: TaskNode }
  | { readonly kind: "zip"; readonly children: readonly TaskNode[] }
  | {
      readonly kind: "shuffle-read";
      readonly shuffleId: number;
      /** Reducer partitions [start, end) — more than one when small partitions are coalesced. */
      readonly startPartition: number;
      readonly endPartition: number;
      readonly blocks: readonly BlockRef[];
      readonly reader: ShuffleReaderSpec;
    }
  | { readonly kind: "cached"; readonly blockId: string; readonly level: StorageLevel; readonly child: TaskNode }
  | ExtTaskNode;

/** An extension node: evaluated by the evaluator registered for `kind` (see evaluate.ts). */
export interface ExtTaskNode {
  readonly kind: `ext:${string}`;
  readonly spec: unknown;
  readonly children: readonly TaskNode[];
}

export type BuiltinTaskNode = Exclude<TaskNode, ExtTaskNode>;
