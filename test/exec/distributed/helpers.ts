// Shared helpers for distributed-execution tests: a SparkContext (progress bar off) and a
// session whose queries run on its executors, plus row formatting for comparisons.

import { SparkSession } from "../../../src/index.js";
import { SparkContext } from "../../../src/rdd/spark-context.js";
import type { DataFrame } from "../../../src/api/dataframe.js";
import type { SparkListenerEvent } from "../../../src/runtime/events/listener-events.js";

export function newContext(master: string, conf: Record<string, string> = {}): SparkContext {
  return new SparkContext({ master, appName: "df-distributed-test", conf: { "spark.ui.showConsoleProgress": "false", "spark.locality.wait": "50ms", ...conf } });
}

export function distributedSession(master: string, conf: Record<string, string> = {}): SparkSession {
  const b = SparkSession.builder.master(master).config("spark.sql.session.timeZone", "UTC").config("spark.faisca.distributed.enabled", "true");
  for (const [k, v] of Object.entries(conf)) b.config(k, v);
  return b.create();
}

/** Rows as printable strings (in order). */
export async function rowStrings(df: DataFrame): Promise<string[]> {
  return (await df.collect()).map((r) => r.toString());
}

/** Collects `df` with distributed execution on, then off: [distributed, driver]. */
export async function bothWays(spark: SparkSession, make: () => DataFrame): Promise<[string[], string[]]> {
  spark.conf.set("spark.faisca.distributed.enabled", "true");
  const d = await rowStrings(make());
  spark.conf.set("spark.faisca.distributed.enabled", "false");
  try {
    return [d, await rowStrings(make())];
  } finally {
    spark.conf.set("spark.faisca.distributed.enabled", "true");
  }
}

export function recordEvents(sc: SparkContext): SparkListenerEvent[] {
  const events: SparkListenerEvent[] = [];
  sc.addSparkListener({ onEvent: (e) => events.push(e) });
  return events;
}

export const sorted = (a: readonly string[]): string[] => [...a].sort();
