// The values a session's conf had when it first ran SQL: RESET restores them (Spark restores the
// values the session was built with).
import type { RuntimeConfig } from "../conf.js";

const initial = new WeakMap<RuntimeConfig, Record<string, string>>();

export function rememberInitialConf(conf: RuntimeConfig): void {
  if (!initial.has(conf)) initial.set(conf, conf.getAll());
}

export function initialConf(conf: RuntimeConfig): Record<string, string> {
  return initial.get(conf) ?? {};
}

/** Settings Spark refuses to change at runtime (CANNOT_MODIFY_STATIC_CONFIG). */
export const STATIC_CONFS = new Set([
  "spark.sql.warehouse.dir",
  "spark.sql.catalogImplementation",
  "spark.sql.globalTempDatabase",
  "spark.sql.extensions",
  "spark.sql.queryExecutionListeners",
  "spark.sql.streaming.streamingQueryListeners",
]);

/** Internal bookkeeping keys SET does not list. */
export const HIDDEN_CONFS = new Set(["spark.sql.catalog.currentDatabase"]);
