// How a function is defined: once, with its signature (resolve), null handling, ANSI behaviour
// and kernel. The interpreter calls `kernel`; the code generator inlines `inline` when present
// and otherwise calls the same `kernel` through the constants array, so both give one answer.
//
// Kernels work on INTERNAL values (src/values/internal.ts):
//   boolean → boolean; byte/short/integer/float/double → number; long → bigint;
//   decimal → bigint unscaled (scale known from the bound type); string/char/varchar → string;
//   binary → Uint8Array; date → number (days since epoch); timestamp/timestamp_ntz → bigint µs;
//   year_month_interval → number (months); day_time_interval → bigint µs;
//   calendar_interval → CalendarInterval; array → unknown[]; map → MapData; struct → unknown[];
//   null → null.

import type { DataType } from "../types/data-type.js";

/** Session settings a function may depend on, fixed when the plan is analyzed. */
export interface FunctionContext {
  /** spark.sql.ansi.enabled (true by default in Spark 4). */
  readonly ansi: boolean;
  /** spark.sql.session.timeZone, an IANA zone id. */
  readonly timeZone: string;
  /** Any other spark.sql.* setting a function reads. */
  readonly conf: (key: string, fallback: string) => string;
}

/** What the analyzer knows about an argument when binding a function. */
export interface ArgInfo {
  readonly dataType: DataType;
  readonly nullable: boolean;
  /** True when the argument is a constant; `value` then holds it (internal representation). */
  readonly foldable: boolean;
  readonly value?: unknown;
  /** How Spark prints the argument (`array(1)`, `a`), used in DATATYPE_MISMATCH messages. */
  readonly sql?: string;
}

export interface BoundScalar {
  readonly returnType: DataType;
  /** Whether the result may be null (beyond null inputs of a nullIntolerant function). */
  readonly nullable: boolean;
  /** When true, a null argument makes the result null and the kernel is never called with it. */
  readonly nullIntolerant: boolean;
  /** The types the arguments must have; the analyzer inserts implicit casts to them. */
  readonly inputTypes?: readonly DataType[];
  /** False for rand(), uuid(), current_timestamp() in some contexts — never constant-folded. */
  readonly deterministic?: boolean;
  readonly kernel: (...args: any[]) => unknown;
  /** For functions with per-partition state (rand(seed), monotonically_increasing_id,
   *  spark_partition_id): the evaluator calls this once per task with the partition index and
   *  uses the returned kernel instead of `kernel` for that partition's rows. */
  readonly perPartition?: (partitionIndex: number) => (...args: any[]) => unknown;
  /** Optional JS source for codegen: receives argument expressions' source, returns an
   *  expression. Must not embed user text (use kernel calls for anything data-dependent). */
  readonly inline?: (args: readonly string[]) => string;
}

export interface ScalarFunctionDef {
  readonly kind: "scalar";
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Binds to argument types or throws AnalysisException (DATATYPE_MISMATCH.*,
   *  WRONG_NUM_ARGS). */
  readonly bind: (args: readonly ArgInfo[], ctx: FunctionContext) => BoundScalar;
}

/** An aggregate's accumulator protocol; `acc` is any JS value owned by the aggregate. */
export interface BoundAggregate {
  readonly returnType: DataType;
  readonly nullable: boolean;
  readonly inputTypes?: readonly DataType[];
  /** When true (most aggregates), rows where any argument is null are skipped. */
  readonly skipNulls: boolean;
  init(): unknown;
  update(acc: unknown, args: readonly unknown[]): unknown;
  merge(a: unknown, b: unknown): unknown;
  finish(acc: unknown): unknown;
}

export interface AggregateFunctionDef {
  readonly kind: "aggregate";
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly bind: (args: readonly ArgInfo[], ctx: FunctionContext, isDistinct: boolean) => BoundAggregate;
}

/** Ranking / offset window functions (row_number, rank, lag, ...). Evaluated by the window
 *  operator over one partition's ordered rows. */
export interface BoundWindowFunction {
  readonly returnType: DataType;
  readonly nullable: boolean;
  readonly inputTypes?: readonly DataType[];
  /** Fills `out[i]` for each row i of the partition. `args[k][i]` is argument k at row i;
   *  `peerGroupStarts` marks where ORDER BY values change. */
  evaluatePartition(
    args: readonly (readonly unknown[])[],
    numRows: number,
    peerGroupStarts: Uint8Array,
    out: unknown[],
  ): void;
}

export interface WindowFunctionDef {
  readonly kind: "window";
  readonly name: string;
  readonly bind: (args: readonly ArgInfo[], ctx: FunctionContext) => BoundWindowFunction;
}

/** Table-generating functions (explode, posexplode, inline, stack, json_tuple). */
export interface BoundGenerator {
  readonly outputNames: readonly string[];
  readonly outputTypes: readonly DataType[];
  readonly outputNullable: readonly boolean[];
  readonly inputTypes?: readonly DataType[];
  /** Rows produced for one input row (each row an array of internal values). */
  generate(args: readonly unknown[]): readonly (readonly unknown[])[];
}

export interface GeneratorFunctionDef {
  readonly kind: "generator";
  readonly name: string;
  readonly bind: (args: readonly ArgInfo[], ctx: FunctionContext) => BoundGenerator;
}

export type FunctionDef = ScalarFunctionDef | AggregateFunctionDef | WindowFunctionDef | GeneratorFunctionDef;
