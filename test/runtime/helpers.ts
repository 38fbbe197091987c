// Shared test helpers for runtime tests: a SparkContext with the progress bar off and a
// listener that records events.

import { SparkContext } from "../../src/rdd/spark-context.js";
import type { SparkListenerEvent } from "../../src/runtime/events/listener-events.js";

export function newContext(master: string, conf: Record<string, string> = {}): SparkContext {
  return new SparkContext({ master, appName: "test", conf: { "spark.ui.showConsoleProgress": "false", "spark.locality.wait": "50ms", ...conf } });
}

export function recordEvents(sc: SparkContext): SparkListenerEvent[] {
  const events: SparkListenerEvent[] = [];
  sc.addSparkListener({ onEvent: (e) => events.push(e) });
  return events;
}

export const byKey = <T extends [unknown, unknown]>(a: T[]): T[] => a.slice().sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : String(x[0]) > String(y[0]) ? 1 : 0));
