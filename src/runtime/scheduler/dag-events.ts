// The DAG scheduler's event union: everything that changes scheduling state arrives as one of
// these, handled one at a time on the driver's event loop (Spark's DAGSchedulerEvent).

import type { TaskResult } from "../task/task-description.js";
import type { TaskInfo } from "../events/listener-events.js";
import type { ActiveJob } from "./active-job.js";

export type DagEvent =
  | { readonly kind: "job-submitted"; readonly job: ActiveJob }
  | {
      readonly kind: "task-completed";
      readonly stageId: number;
      readonly stageAttempt: number;
      readonly outputIndex: number;
      readonly partition: number;
      readonly taskInfo: TaskInfo;
      readonly result: TaskResult;
    }
  | {
      readonly kind: "task-lost";
      readonly stageId: number;
      readonly stageAttempt: number;
      readonly taskInfo: TaskInfo;
      readonly executorId: string;
      readonly reason: string;
    }
  | { readonly kind: "task-set-failed"; readonly stageId: number; readonly stageAttempt: number; readonly message: string; readonly cause: Error | undefined }
  | { readonly kind: "executor-lost"; readonly executorId: string; readonly reason: string }
  | { readonly kind: "job-cancelled"; readonly jobId: number; readonly reason: string }
  | { readonly kind: "job-group-cancelled"; readonly groupId: string }
  | { readonly kind: "all-jobs-cancelled"; readonly reason: string };

export type DagEventKind = DagEvent["kind"];
export type DagEventOf<K extends DagEventKind> = Extract<DagEvent, { kind: K }>;
