// spark.sql(text): queries become lazy DataFrames; commands run at once on the queue.
import type { DataFrame } from "../api/dataframe.js";
import type { SparkSession } from "../api/spark-session.js";
import { newPlanId } from "../plan/logical/unresolved.js";

export function runSql(session: SparkSession, query: string, args?: Record<string, unknown> | unknown[]): DataFrame {
  void args;
  const plan = session.state.parser.parseQuery(query);
  return session.dataFrame(plan.planId ? plan : { ...plan, planId: newPlanId() });
}
