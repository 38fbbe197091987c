// What a SparkSession needs from whatever runs its plans. The DataFrame API builds unresolved
// plans and hands them here; the local engine and a remote Spark (Spark Connect) are the two
// implementations, so DataFrame code never asks which one it talks to.
//
// Every method that touches data, schemas or side effects is async. Callers put them on the
// session's FIFO operation queue (DataFrame.run) exactly as today; `sql` is the exception: it
// returns its plan at once and starts any command eagerly on the queue itself.
import type { LogicalPlan } from "../plan/logical/unresolved.js";
import type { StructType } from "../types/data-type.js";
import type { Row } from "../values/row.js";
import type { WriteSpec } from "../api/dataframe-writer.js";

export type ExplainMode = "simple" | "extended" | "formatted" | "codegen" | "cost";

export interface WriteTarget {
  readonly path?: string;
  readonly table?: string;
  /** insertInto (vs saveAsTable). */
  readonly insert?: boolean;
}

export interface ViewOptions {
  readonly global: boolean;
  readonly replace: boolean;
}

/** spark.conf, asynchronous because a remote session's configuration lives on the server. */
export interface BackendConf {
  get(key: string, fallback?: string): Promise<string>;
  getOption(key: string): Promise<string | undefined>;
  set(key: string, value: string | number | boolean): Promise<void>;
  unset(key: string): Promise<void>;
  getAll(prefix?: string): Promise<Record<string, string>>;
  isModifiable(key: string): Promise<boolean>;
}

/** spark.catalog. Rows have the columns PySpark's catalog objects have. */
export interface BackendCatalog {
  currentDatabase(): Promise<string>;
  setCurrentDatabase(name: string): Promise<void>;
  listDatabases(pattern?: string): Promise<Row[]>;
  listTables(dbName?: string, pattern?: string): Promise<Row[]>;
  listColumns(tableName: string, dbName?: string): Promise<Row[]>;
  listFunctions(dbName?: string, pattern?: string): Promise<Row[]>;
  databaseExists(name: string): Promise<boolean>;
  tableExists(name: string, dbName?: string): Promise<boolean>;
  dropTempView(name: string): Promise<boolean>;
  dropGlobalTempView(name: string): Promise<boolean>;
  isCached(name: string): Promise<boolean>;
  cacheTable(name: string): Promise<void>;
  uncacheTable(name: string): Promise<void>;
  clearCache(): Promise<void>;
}

export interface SessionBackend {
  readonly kind: "local" | "remote";
  /** The analyzed schema (df.schema(), columns(), dtypes()). */
  schema(plan: LogicalPlan): Promise<StructType>;
  /** All rows, user-facing values (collect/take/head/first/tail/count go through this). */
  collect(plan: LogicalPlan): Promise<Row[]>;
  /** df.explain(mode) text. */
  explain(plan: LogicalPlan, mode: ExplainMode): Promise<string>;
  /** df.printSchema(level) text. */
  treeString(plan: LogicalPlan, level?: number): Promise<string>;
  /** df.show(...) text; truncate: 0 = off, else the cell width. */
  showString(plan: LogicalPlan, numRows: number, truncate: number, vertical: boolean): Promise<string>;
  /** spark.sql(text): a plan at once; commands (DDL, SET, INSERT...) start now, in order. */
  sql(query: string, args?: Readonly<Record<string, unknown>> | readonly unknown[]): LogicalPlan;
  /** createOrReplaceTempView & co. */
  createView(plan: LogicalPlan, name: string, options: ViewOptions): Promise<void>;
  /** df.write...save / saveAsTable / insertInto. */
  write(plan: LogicalPlan, spec: WriteSpec, target: WriteTarget): Promise<void>;
  /** df.persist(level) / df.cache() / df.unpersist(): caching where the plans run. */
  persist(plan: LogicalPlan, storageLevel: string): Promise<void>;
  unpersist(plan: LogicalPlan, blocking?: boolean): Promise<void>;
  storageLevel(plan: LogicalPlan): Promise<string>;
  readonly conf: BackendConf;
  readonly catalog: BackendCatalog;
  /** Cancels running work and releases resources (spark.stop()). */
  stop(): Promise<void>;
}
