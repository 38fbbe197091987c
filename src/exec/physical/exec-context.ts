// What operators need at run time: session settings, scalar subquery values, file access,
// cached data, and the listener hooks the UI and progress bar use.

import type { FunctionContext } from "../../functions/function-definition.js";
import type { Batch } from "../batch/column-vector.js";
import type { EvalContext } from "../eval/context.js";
import type { RPlan } from "../../plan/logical/resolved.js";

/** A dataset split into partitions, each a list of batches. */
export type Partitions = Batch[][];

export interface ExecContext {
  readonly fnCtx: FunctionContext;
  readonly eval: EvalContext;
  readonly shufflePartitions: number;
  readonly defaultParallelism: number;
  /** spark.faisca.codegen.enabled: false forces the interpreter. */
  readonly codegen: boolean;
  /** Rows per batch produced by scans and operators. */
  readonly batchSize: number;
  readonly cached: (cacheId: number) => Partitions | undefined;
  readonly storeCache: (cacheId: number, parts: Partitions) => void;
  readonly execute: (plan: RPlan) => Promise<Partitions>;
}
