// Messages between the driver and an executor about one task attempt.

import type { FnRef } from "../closure/fn-ref.js";
import type { ShuffleWriterSpec, TaskNode } from "./task-node.js";
import type { TaskMetrics } from "./task-metrics.js";

export type TaskOutput =
  /** Result task: fn(iterator, ctx) → value sent back to the driver. */
  | { readonly kind: "result"; readonly fn: FnRef }
  /** Shuffle map task: records are partitioned by the writer and kept on the executor. */
  | { readonly kind: "shuffle-map"; readonly shuffleId: number; readonly numReducers: number; readonly writer: ShuffleWriterSpec };

export interface TaskDescription {
  readonly taskId: number;
  readonly jobId: number;
  readonly stageId: number;
  readonly stageAttempt: number;
  readonly partition: number;
  readonly attempt: number;
  readonly node: TaskNode;
  readonly output: TaskOutput;
  readonly properties: Readonly<Record<string, string>>;
}

/** Map output of one map task: per-reducer byte ranges in one buffer or file. */
export interface MapOutput {
  readonly location:
    | { readonly kind: "memory"; readonly buffer: SharedArrayBuffer }
    | { readonly kind: "file"; readonly path: string };
  /** offsets[r]..offsets[r+1] are reducer r's bytes; length numReducers + 1. */
  readonly offsets: readonly number[];
}

export interface BlockUpdate {
  readonly blockId: string;
  /** Bytes in memory / on disk after the update; both 0 means removed. */
  readonly memSize: number;
  readonly diskSize: number;
}

export type AccumulatorUpdate = readonly [id: number, value: unknown];

export interface TaskFailureInfo {
  readonly name: string;
  readonly message: string;
  readonly stack: string;
}

export type TaskResult =
  | {
      readonly taskId: number;
      readonly ok: true;
      readonly value: unknown;
      readonly mapOutput: MapOutput | null;
      readonly metrics: TaskMetrics;
      readonly accumUpdates: readonly AccumulatorUpdate[];
      readonly blockUpdates: readonly BlockUpdate[];
    }
  | {
      readonly taskId: number;
      readonly ok: false;
      readonly error: TaskFailureInfo;
      readonly metrics: TaskMetrics;
      readonly accumUpdates: readonly AccumulatorUpdate[];
      readonly blockUpdates: readonly BlockUpdate[];
    };
