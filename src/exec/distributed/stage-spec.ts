// What a DataFrame task carries (plain data, cloned to the executor with the task):
//   * StageEnv — the query's settings and scalar-subquery values, shared by its stages;
//   * DfStageSpec — the spec of an `ext:df-stage` node: one serialized operator pipeline and
//     the partition it computes; its children are its inputs (shuffle reads, driver batches,
//     narrow parents);
//   * BatchesWriterSpec — how a map task partitions its batches for an exchange.

import type { SerializedExpr, SerializedFnContext, SerializedPlan } from "../../plan/serde/index.js";
import type { DataType } from "../../types/data-type.js";
import type { TransferableBatch } from "../batch/transfer.js";

export interface StageEnv {
  /** Unique per query execution; with a fragment id it keys the executors' rebuilt plans. */
  readonly queryId: string;
  readonly fnCtx: SerializedFnContext;
  /** Scalar subquery values by id, encoded with encodeInternal. */
  readonly subqueries: readonly (readonly [number, unknown])[];
  readonly codegen: boolean;
  readonly batchSize: number;
  readonly shufflePartitions: number;
  readonly defaultParallelism: number;
}

export interface DfStageSpec {
  readonly env: StageEnv;
  readonly fragmentId: number;
  readonly plan: SerializedPlan;
  readonly partition: number;
  /** The plan holds UDFs or functions with per-partition state: rebuild it per task, so
   *  captured accumulators bind to the running task and rand()/monotonically_increasing_id()
   *  take the task's partition (rebuilt plans are otherwise cached per executor). */
  readonly perTask: boolean;
}

/** Rows of one driver-side partition (file scans, cached data, local rows), as messages. */
export type DfBatchesSpec = readonly TransferableBatch[];

export type ExchangeSpec =
  /** Spark's HashPartitioning; `keys` are bound to the map side's output ordinals. `byValue`
   *  hashes canonical keys (floating point, nested types: -0.0 = 0.0, one NaN) instead of
   *  murmur3 over the columns. */
  | { readonly kind: "hash"; readonly keys: readonly SerializedExpr[]; readonly byValue: boolean }
  | { readonly kind: "single" }
  | { readonly kind: "round_robin" };

export interface BatchesWriterSpec {
  readonly kind: "batches";
  readonly env: StageEnv;
  readonly exchangeId: number;
  readonly exchange: ExchangeSpec;
  readonly types: readonly DataType[];
}

export interface BatchesReaderSpec {
  readonly kind: "batches";
}

export const DF_STAGE = "ext:df-stage" as const;
export const DF_BATCHES = "ext:df-batches" as const;
export const DF_COLLECT = "df-collect";
