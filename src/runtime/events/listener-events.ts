// Spark's listener events (SparkListener*), with what the progress bar and the web UI need:
// stage infos carry their RDDs (for the DAG visualization), tasks carry metrics.

import type { TaskMetrics } from "../task/task-metrics.js";

export interface RddInfo {
  readonly id: number;
  readonly name: string;
  readonly numPartitions: number;
  readonly parentIds: readonly number[];
  readonly callSite: string;
  readonly scope: string | undefined;
  readonly storageLevel: string;
}

export interface StageInfo {
  readonly stageId: number;
  readonly attemptNumber: number;
  readonly name: string;
  readonly numTasks: number;
  readonly rddInfos: readonly RddInfo[];
  readonly parentIds: readonly number[];
  readonly details: string;
  submissionTime?: number;
  completionTime?: number;
  failureReason?: string;
}

export interface TaskInfo {
  readonly taskId: number;
  readonly index: number;
  readonly attemptNumber: number;
  readonly partitionId: number;
  readonly launchTime: number;
  readonly executorId: string;
  readonly host: string;
  readonly locality: "PROCESS_LOCAL" | "NODE_LOCAL" | "ANY";
  readonly speculative: boolean;
  finishTime?: number;
  failed?: boolean;
  killed?: boolean;
}

export type TaskEndReason =
  | { readonly kind: "Success" }
  | { readonly kind: "ExceptionFailure"; readonly className: string; readonly description: string; readonly stack: string }
  | { readonly kind: "ExecutorLostFailure"; readonly executorId: string; readonly reason: string }
  | { readonly kind: "TaskKilled"; readonly reason: string };

export type JobResult = { readonly kind: "JobSucceeded" } | { readonly kind: "JobFailed"; readonly error: Error };

export type SparkListenerEvent =
  | { readonly event: "SparkListenerApplicationStart"; readonly appName: string; readonly appId: string; readonly time: number; readonly sparkUser: string }
  | { readonly event: "SparkListenerApplicationEnd"; readonly time: number }
  | { readonly event: "SparkListenerJobStart"; readonly jobId: number; readonly time: number; readonly stageInfos: readonly StageInfo[]; readonly stageIds: readonly number[]; readonly properties: Readonly<Record<string, string>> }
  | { readonly event: "SparkListenerJobEnd"; readonly jobId: number; readonly time: number; readonly jobResult: JobResult }
  | { readonly event: "SparkListenerStageSubmitted"; readonly stageInfo: StageInfo; readonly properties: Readonly<Record<string, string>> }
  | { readonly event: "SparkListenerStageCompleted"; readonly stageInfo: StageInfo }
  | { readonly event: "SparkListenerTaskStart"; readonly stageId: number; readonly stageAttemptId: number; readonly taskInfo: TaskInfo }
  | { readonly event: "SparkListenerTaskEnd"; readonly stageId: number; readonly stageAttemptId: number; readonly taskType: "ResultTask" | "ShuffleMapTask"; readonly reason: TaskEndReason; readonly taskInfo: TaskInfo; readonly taskMetrics: TaskMetrics }
  | { readonly event: "SparkListenerExecutorAdded"; readonly time: number; readonly executorId: string; readonly totalCores: number; readonly maxMemory: number }
  | { readonly event: "SparkListenerExecutorRemoved"; readonly time: number; readonly executorId: string; readonly reason: string }
  | { readonly event: "SparkListenerBlockUpdated"; readonly executorId: string; readonly blockId: string; readonly memSize: number; readonly diskSize: number }
  | { readonly event: "SparkListenerUnpersistRDD"; readonly rddId: number }
  | { readonly event: "SparkListenerEnvironmentUpdate"; readonly sparkProperties: readonly (readonly [string, string])[] }
  | { readonly event: "SparkListenerLogStart"; readonly sparkVersion: string };

type EventOf<K extends SparkListenerEvent["event"]> = Extract<SparkListenerEvent, { event: K }>;

/** Implement the callbacks you need (all optional), as PySpark's SparkListener. */
export interface SparkListener {
  onApplicationStart?(e: EventOf<"SparkListenerApplicationStart">): void;
  onApplicationEnd?(e: EventOf<"SparkListenerApplicationEnd">): void;
  onJobStart?(e: EventOf<"SparkListenerJobStart">): void;
  onJobEnd?(e: EventOf<"SparkListenerJobEnd">): void;
  onStageSubmitted?(e: EventOf<"SparkListenerStageSubmitted">): void;
  onStageCompleted?(e: EventOf<"SparkListenerStageCompleted">): void;
  onTaskStart?(e: EventOf<"SparkListenerTaskStart">): void;
  onTaskEnd?(e: EventOf<"SparkListenerTaskEnd">): void;
  onExecutorAdded?(e: EventOf<"SparkListenerExecutorAdded">): void;
  onExecutorRemoved?(e: EventOf<"SparkListenerExecutorRemoved">): void;
  onBlockUpdated?(e: EventOf<"SparkListenerBlockUpdated">): void;
  onUnpersistRDD?(e: EventOf<"SparkListenerUnpersistRDD">): void;
  onEnvironmentUpdate?(e: EventOf<"SparkListenerEnvironmentUpdate">): void;
  /** Every event, including kinds without a dedicated callback (the UI's status store uses this). */
  onEvent?(e: SparkListenerEvent): void;
}

export const CALLBACK: { [K in SparkListenerEvent["event"]]: keyof SparkListener | null } = {
  SparkListenerApplicationStart: "onApplicationStart",
  SparkListenerApplicationEnd: "onApplicationEnd",
  SparkListenerJobStart: "onJobStart",
  SparkListenerJobEnd: "onJobEnd",
  SparkListenerStageSubmitted: "onStageSubmitted",
  SparkListenerStageCompleted: "onStageCompleted",
  SparkListenerTaskStart: "onTaskStart",
  SparkListenerTaskEnd: "onTaskEnd",
  SparkListenerExecutorAdded: "onExecutorAdded",
  SparkListenerExecutorRemoved: "onExecutorRemoved",
  SparkListenerBlockUpdated: "onBlockUpdated",
  SparkListenerUnpersistRDD: "onUnpersistRDD",
  SparkListenerEnvironmentUpdate: "onEnvironmentUpdate",
  SparkListenerLogStart: null,
};
