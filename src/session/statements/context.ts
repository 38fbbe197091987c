// What every statement handler gets, and the helper that runs a command on the session's
// operation queue and returns its result as a DataFrame.
//
// A command starts at once (in queue order); spark.sql returns a DataFrame over a LocalRelation
// whose rows are filled when the command completes. Actions on that DataFrame queue after the
// command, so they see the rows. A failing command fails the next operation on the session
// (with the command's error as cause), as every eager side effect does.

import type { DataFrame } from "../../api/dataframe.js";
import type { SparkSession } from "../../api/spark-session.js";
import { newPlanId, type LogicalPlan } from "../../plan/logical/unresolved.js";
import { BooleanType, StringType, StructField, StructType, type DataType } from "../../types/data-type.js";
import { QueryExecution } from "../query-execution.js";
import type { SessionState } from "../session-state.js";

export interface StatementContext {
  readonly session: SparkSession;
  readonly state: SessionState;
  /** The statement's SQL text (persistent views keep it). */
  readonly sqlText: string;
}

export type ResultRow = readonly unknown[];

/** Runs `run` on the queue; the DataFrame's rows are its result, with `schema`. */
export function command(ctx: StatementContext, schema: StructType, run: () => Promise<readonly ResultRow[]> | readonly ResultRow[]): DataFrame {
  const rows: ResultRow[] = [];
  const plan: LogicalPlan = { kind: "local_relation", planId: newPlanId(), schema, rows };
  const state = ctx.state;
  void state.queue.enqueue(async () => {
    try {
      for (const r of await run()) rows.push(r);
    } finally {
      // Catalog changes (drop, replace, rename) forget cached relations; free their data.
      for (const id of state.catalog.droppedCacheIds.splice(0)) state.cache.drop(id);
    }
  });
  return ctx.session.dataFrame(plan);
}

/** A command with no result columns (most DDL). */
export function noResult(ctx: StatementContext, run: () => Promise<void> | void): DataFrame {
  return command(ctx, StructType([]), async () => {
    await run();
    return [];
  });
}

/** Result schema from (name, type) pairs; every column nullable as Spark's command outputs. */
export function resultSchema(...cols: [string, DataType][]): StructType {
  return StructType(cols.map(([n, t]) => StructField(n, t, true)));
}

export const stringCols = (...names: string[]): StructType => resultSchema(...names.map((n): [string, DataType] => [n, StringType()]));
export const SHOW_TABLES_SCHEMA = (nameCol: string): StructType =>
  StructType([StructField("namespace", StringType(), false), StructField(nameCol, StringType(), false), StructField("isTemporary", BooleanType(), false)]);

/** Analyzes a query plan now (errors surface in the command) and returns its execution. */
export async function analyzeQuery(state: SessionState, plan: LogicalPlan): Promise<QueryExecution> {
  const qe = new QueryExecution(state, plan);
  await qe.analyzed();
  return qe;
}
