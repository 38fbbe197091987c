// A job being run: its final stage, which partitions it computes, and how results get back.

import type { FnRef } from "../closure/fn-ref.js";
import type { MapOutputStatistics } from "../shuffle/map-output-tracker.js";
import type { RddNode, ShuffleDependency } from "../rdd-node.js";
import type { Stage } from "./stage.js";

interface ActiveJobBase {
  readonly jobId: number;
  readonly callSite: string;
  readonly properties: Readonly<Record<string, string>>;
  finalStage: Stage | null;
  /** Output indices already computed. */
  readonly finished: boolean[];
  numFinished: number;
  done: boolean;
  readonly reject: (e: Error) => void;
}

export interface ResultJob extends ActiveJobBase {
  readonly kind: "result";
  readonly rdd: RddNode;
  readonly partitions: readonly number[];
  readonly resultFn: FnRef;
  /** Called on the driver with each partition's (decoded) result, in completion order. */
  readonly onResult: (outputIndex: number, value: unknown) => void;
  readonly resolve: () => void;
}

export interface MapStageJob extends ActiveJobBase {
  readonly kind: "map";
  readonly dep: ShuffleDependency;
  readonly partitions: readonly number[];
  readonly resolve: (stats: MapOutputStatistics) => void;
}

export type ActiveJob = ResultJob | MapStageJob;
