// describe() / summary(): statistics computed when the result is needed (see
// src/session/prepare.ts, which runs the aggregate queries before analysis).
import { newPlanId } from "../plan/logical/unresolved.js";
import type { DataFrame } from "./dataframe.js";

type Ctor = new (s: DataFrame["sparkSession"], p: unknown) => DataFrame;

export function describeDataFrame(df: DataFrame, cols: string[]): DataFrame {
  return new (df.constructor as Ctor)(df.sparkSession, { kind: "describe", planId: newPlanId(), input: df.plan, cols });
}

export function summaryDataFrame(df: DataFrame, statistics: string[]): DataFrame {
  const stats = statistics.length ? statistics : ["count", "mean", "stddev", "min", "25%", "50%", "75%", "max"];
  return new (df.constructor as Ctor)(df.sparkSession, { kind: "summary", planId: newPlanId(), input: df.plan, statistics: stats });
}
