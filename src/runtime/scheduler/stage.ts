// A stage: a set of tasks computing the same function over partitions of one RDD, cut at
// shuffle boundaries. A shuffle map stage writes shuffle output for its dependency; a result
// stage computes an action's function for its job.

import type { FnRef } from "../closure/fn-ref.js";
import type { RddNode, ShuffleDependency } from "../rdd-node.js";
import type { ActiveJob, ResultJob } from "./active-job.js";

interface StageBase {
  readonly id: number;
  readonly rdd: RddNode;
  readonly parents: readonly ShuffleMapStage[];
  readonly firstJobId: number;
  readonly jobIds: Set<number>;
  readonly callSite: string;
  /** Attempt number of the latest submission (-1 before the first). */
  latestAttempt: number;
  /** Partitions (map ids, or result output indices) not yet computed in the current attempt. */
  pendingPartitions: Set<number>;
  submissionTime?: number;
}

export interface ShuffleMapStage extends StageBase {
  readonly kind: "map";
  readonly dep: ShuffleDependency;
  /** Jobs submitted with submitMapStage that end when this stage's output is available. */
  readonly mapStageJobs: ActiveJob[];
}

export interface ResultStage extends StageBase {
  readonly kind: "result";
  readonly resultFn: FnRef;
  readonly job: ResultJob;
}

export type Stage = ShuffleMapStage | ResultStage;

export const stageNumTasks = (s: Stage): number => (s.kind === "map" ? s.rdd.numPartitions : s.job.partitions.length);
