// DataFrame: a lazy, immutable query. Transformations are synchronous and return a new
// DataFrame; anything that needs data, a schema or a side effect is asynchronous and runs on
// the session's operation queue (after the eager operations queued before it).

import type { Expr, SortOrder } from "../plan/expr/unresolved.js";
import { newPlanId, type JoinType, type LogicalPlan } from "../plan/logical/unresolved.js";
import type { StructType } from "../types/data-type.js";
import { simpleString } from "../types/type-strings.js";
import { treeString as schemaTreeString } from "../types/tree-string.js";
import { toExternal } from "../values/internal.js";
import { Row } from "../values/row.js";
import { toPrettyString } from "../exec/cast/pretty-string.js";
import { Column, colExpr, parseAttributeName, type ColumnOrName } from "./column.js";
import { GroupedData } from "./grouped-data.js";
import { DataFrameNaFunctions } from "./na-functions.js";
import { showString } from "./show-string.js";
import type { SparkSession } from "./spark-session.js";
import { QueryExecution } from "../session/query-execution.js";
import { DataFrameWriter } from "./dataframe-writer.js";
import { describeDataFrame, summaryDataFrame } from "./describe.js";
import { remoteBackendOf } from "../connect/remote-session.js";
import type { SessionBackend } from "../connect/backend.js";
import { dataFrameRdd, rddOnRemoteSession } from "../rdd/dataframe-bridge.js";
import type { RDD } from "../rdd/rdd.js";
import { SparkError } from "../errors/spark-error.js";

export type JoinHow =
  | "inner" | "cross" | "outer" | "full" | "fullouter" | "full_outer" | "left" | "leftouter" | "left_outer"
  | "right" | "rightouter" | "right_outer" | "semi" | "leftsemi" | "left_semi" | "anti" | "leftanti" | "left_anti";

const JOIN_TYPES: Record<string, JoinType> = {
  inner: "inner", cross: "cross", outer: "full_outer", full: "full_outer", fullouter: "full_outer", full_outer: "full_outer",
  left: "left_outer", leftouter: "left_outer", left_outer: "left_outer", right: "right_outer", rightouter: "right_outer",
  right_outer: "right_outer", semi: "left_semi", leftsemi: "left_semi", left_semi: "left_semi", anti: "left_anti",
  leftanti: "left_anti", left_anti: "left_anti",
};

type Cols = (ColumnOrName | ColumnOrName[])[];
const flat = (cols: Cols): ColumnOrName[] => cols.flatMap((c) => (Array.isArray(c) ? c : [c]));

function sortOrderOf(c: ColumnOrName, ascending = true): SortOrder {
  const e = colExpr(c);
  if (e.kind === "sort_order") return e;
  return { kind: "sort_order", child: e, direction: ascending ? "asc" : "desc", nullOrdering: ascending ? "nulls_first" : "nulls_last" };
}

export class DataFrame {
  private qe?: QueryExecution;

  constructor(
    readonly sparkSession: SparkSession,
    readonly plan: LogicalPlan,
  ) {}

  /** @internal */
  queryExecution(): QueryExecution {
    this.qe ??= new QueryExecution(this.sparkSession.state, this.plan);
    return this.qe;
  }

  private with(plan: LogicalPlan): DataFrame {
    return new DataFrame(this.sparkSession, plan);
  }

  private run<T>(op: () => Promise<T>): Promise<T> {
    return this.sparkSession.state.queue.enqueue(op);
  }

  /** The Spark Connect back end when this DataFrame belongs to a remote session. */
  private get remote(): SessionBackend | undefined {
    return remoteBackendOf(this.sparkSession);
  }

  // ---- Columns --------------------------------------------------------------------------

  /** df.col("x") / df["x"]: a column tied to this DataFrame (resolves in self-joins). */
  col(name: string): Column {
    if (name === "*") return new Column({ kind: "unresolved_star", planId: this.plan.planId });
    return new Column({ kind: "unresolved_attribute", nameParts: parseAttributeName(name), planId: this.plan.planId });
  }
  get(name: string): Column {
    return this.col(name);
  }

  // ---- Transformations ------------------------------------------------------------------

  select(...cols: Cols): DataFrame {
    return this.with({ kind: "project", planId: newPlanId(), input: this.plan, expressions: flat(cols).map(colExpr) });
  }
  selectExpr(...exprs: string[]): DataFrame {
    return this.with({ kind: "project", planId: newPlanId(), input: this.plan, expressions: exprs.map((e) => ({ kind: "expression_string", expression: e }) as Expr) });
  }
  filter(condition: Column | string): DataFrame {
    const e: Expr = typeof condition === "string" ? { kind: "expression_string", expression: condition } : condition.expr;
    return this.with({ kind: "filter", planId: newPlanId(), input: this.plan, condition: e });
  }
  where(condition: Column | string): DataFrame {
    return this.filter(condition);
  }
  withColumn(name: string, col: Column): DataFrame {
    return this.withColumns({ [name]: col });
  }
  withColumns(cols: Record<string, Column>): DataFrame {
    const aliases = Object.entries(cols).map(([name, c]) => ({ kind: "alias" as const, child: c.expr, names: [name] }));
    return this.with({ kind: "with_columns", planId: newPlanId(), input: this.plan, aliases });
  }
  withColumnRenamed(existing: string, newName: string): DataFrame {
    return this.withColumnsRenamed({ [existing]: newName });
  }
  withColumnsRenamed(renames: Record<string, string>): DataFrame {
    return this.with({ kind: "with_columns_renamed", planId: newPlanId(), input: this.plan, renames: Object.entries(renames).map(([from, to]) => ({ from, to })) });
  }
  drop(...cols: ColumnOrName[]): DataFrame {
    return this.with({
      kind: "drop",
      planId: newPlanId(),
      input: this.plan,
      columns: cols.filter((c): c is Column => c instanceof Column).map((c) => c.expr),
      columnNames: cols.filter((c): c is string => typeof c === "string"),
    });
  }
  toDF(...names: string[]): DataFrame {
    return this.with({ kind: "to_df", planId: newPlanId(), input: this.plan, columnNames: names });
  }
  alias(name: string): DataFrame {
    return this.with({ kind: "subquery_alias", planId: newPlanId(), input: this.plan, alias: name });
  }
  limit(n: number): DataFrame {
    return this.with({ kind: "limit", planId: newPlanId(), input: this.plan, limit: n });
  }
  offset(n: number): DataFrame {
    return this.with({ kind: "offset", planId: newPlanId(), input: this.plan, offset: n });
  }
  distinct(): DataFrame {
    return this.with({ kind: "deduplicate", planId: newPlanId(), input: this.plan, allColumnsAsKeys: true });
  }
  dropDuplicates(subset?: string[]): DataFrame {
    return subset
      ? this.with({ kind: "deduplicate", planId: newPlanId(), input: this.plan, columnNames: subset, allColumnsAsKeys: false })
      : this.distinct();
  }
  drop_duplicates(subset?: string[]): DataFrame {
    return this.dropDuplicates(subset);
  }
  orderBy(...cols: Cols): DataFrame {
    return this.sortImpl(flat(cols), true);
  }
  sort(...cols: Cols): DataFrame {
    return this.sortImpl(flat(cols), true);
  }
  sortWithinPartitions(...cols: Cols): DataFrame {
    return this.sortImpl(flat(cols), false);
  }
  private sortImpl(cols: ColumnOrName[], global: boolean): DataFrame {
    return this.with({ kind: "sort", planId: newPlanId(), input: this.plan, order: cols.map((c) => sortOrderOf(c)), isGlobal: global });
  }
  groupBy(...cols: Cols): GroupedData {
    return new GroupedData(this, "groupby", flat(cols).map(colExpr));
  }
  groupby(...cols: Cols): GroupedData {
    return this.groupBy(...cols);
  }
  rollup(...cols: Cols): GroupedData {
    return new GroupedData(this, "rollup", flat(cols).map(colExpr));
  }
  cube(...cols: Cols): GroupedData {
    return new GroupedData(this, "cube", flat(cols).map(colExpr));
  }
  agg(...exprs: (Column | Record<string, string>)[]): DataFrame {
    return this.groupBy().agg(...exprs);
  }
  join(other: DataFrame, on?: string | string[] | Column | Column[], how: JoinHow = "inner"): DataFrame {
    const joinType = JOIN_TYPES[how.toLowerCase()];
    if (!joinType) {
      throw new Error(`[UNSUPPORTED_JOIN_TYPE] Unsupported join type '${how}'. Supported join types include: 'inner', 'outer', 'full', 'fullouter', 'full_outer', 'left', 'leftouter', 'left_outer', 'right', 'rightouter', 'right_outer', 'leftsemi', 'left_semi', 'semi', 'leftanti', 'left_anti', 'anti', 'cross'.`);
    }
    const base = { kind: "join" as const, planId: newPlanId(), left: this.plan, right: other.plan, joinType };
    if (on === undefined) return this.with(base);
    if (typeof on === "string") return this.with({ ...base, usingColumns: [on] });
    if (Array.isArray(on) && on.every((x) => typeof x === "string")) return this.with({ ...base, usingColumns: on as string[] });
    const conds = (Array.isArray(on) ? on : [on]) as Column[];
    const condition = conds.reduce((a, b) => a.and(b));
    return this.with({ ...base, condition: condition.expr });
  }
  crossJoin(other: DataFrame): DataFrame {
    return this.with({ kind: "join", planId: newPlanId(), left: this.plan, right: other.plan, joinType: "cross" });
  }
  private setOp(other: DataFrame, opType: "union" | "intersect" | "except", isAll: boolean, byName = false, allowMissingColumns = false): DataFrame {
    return this.with({ kind: "set_operation", planId: newPlanId(), left: this.plan, right: other.plan, opType, isAll, byName, allowMissingColumns });
  }
  union(other: DataFrame): DataFrame {
    return this.setOp(other, "union", true);
  }
  unionAll(other: DataFrame): DataFrame {
    return this.union(other);
  }
  unionByName(other: DataFrame, allowMissingColumns = false): DataFrame {
    return this.setOp(other, "union", true, true, allowMissingColumns);
  }
  intersect(other: DataFrame): DataFrame {
    return this.setOp(other, "intersect", false);
  }
  intersectAll(other: DataFrame): DataFrame {
    return this.setOp(other, "intersect", true);
  }
  subtract(other: DataFrame): DataFrame {
    return this.setOp(other, "except", false);
  }
  exceptAll(other: DataFrame): DataFrame {
    return this.setOp(other, "except", true);
  }
  sample(fractionOrWithReplacement: number | boolean, fractionOrSeed?: number, seed?: number): DataFrame {
    let withReplacement = false;
    let fraction: number;
    let s: number | undefined;
    if (typeof fractionOrWithReplacement === "boolean") {
      withReplacement = fractionOrWithReplacement;
      fraction = fractionOrSeed!;
      s = seed;
    } else {
      fraction = fractionOrWithReplacement;
      s = fractionOrSeed;
    }
    return this.with({ kind: "sample", planId: newPlanId(), input: this.plan, lowerBound: 0, upperBound: fraction, withReplacement, seed: s ?? Math.floor(Math.random() * 2 ** 31) });
  }
  randomSplit(weights: number[], seed?: number): DataFrame[] {
    const total = weights.reduce((a, b) => a + b, 0);
    const s = seed ?? Math.floor(Math.random() * 2 ** 31);
    let acc = 0;
    return weights.map((w) => {
      const lower = acc / total;
      acc += w;
      const upper = acc / total;
      return this.with({ kind: "sample", planId: newPlanId(), input: this.plan, lowerBound: lower, upperBound: upper, withReplacement: false, seed: s, deterministicOrder: true });
    });
  }
  repartition(numOrCol?: number | ColumnOrName, ...cols: ColumnOrName[]): DataFrame {
    if (typeof numOrCol === "number" && cols.length === 0) {
      return this.with({ kind: "repartition", planId: newPlanId(), input: this.plan, numPartitions: numOrCol, shuffle: true });
    }
    const exprs = (typeof numOrCol === "number" || numOrCol === undefined ? cols : [numOrCol, ...cols]).map(colExpr);
    return this.with({ kind: "repartition_by_expression", planId: newPlanId(), input: this.plan, partitionExprs: exprs, ...(typeof numOrCol === "number" ? { numPartitions: numOrCol } : {}) });
  }
  repartitionByRange(numOrCol: number | ColumnOrName, ...cols: ColumnOrName[]): DataFrame {
    const exprs = (typeof numOrCol === "number" ? cols : [numOrCol, ...cols]).map((c) => sortOrderOf(c) as Expr);
    return this.with({ kind: "repartition_by_expression", planId: newPlanId(), input: this.plan, partitionExprs: exprs, byRange: true, ...(typeof numOrCol === "number" ? { numPartitions: numOrCol } : {}) });
  }
  coalesce(n: number): DataFrame {
    return this.with({ kind: "repartition", planId: newPlanId(), input: this.plan, numPartitions: n, shuffle: false });
  }
  hint(name: string, ...params: unknown[]): DataFrame {
    return this.with({ kind: "hint", planId: newPlanId(), input: this.plan, name, parameters: params.map((p) => ({ kind: "literal", value: p, dataType: { kind: "string" } }) as Expr) });
  }
  unpivot(ids: ColumnOrName[], values: ColumnOrName[] | null, variableColumnName: string, valueColumnName: string): DataFrame {
    return this.with({
      kind: "unpivot",
      planId: newPlanId(),
      input: this.plan,
      ids: ids.map(colExpr),
      ...(values ? { values: values.map(colExpr) } : {}),
      variableColumnName,
      valueColumnName,
    });
  }
  melt(ids: ColumnOrName[], values: ColumnOrName[] | null, variableColumnName: string, valueColumnName: string): DataFrame {
    return this.unpivot(ids, values, variableColumnName, valueColumnName);
  }
  get na(): DataFrameNaFunctions {
    return new DataFrameNaFunctions(this);
  }
  fillna(value: unknown, subset?: string[]): DataFrame {
    return this.na.fill(value as never, subset);
  }
  dropna(how: "any" | "all" = "any", thresh?: number, subset?: string[]): DataFrame {
    return this.na.drop(how, thresh, subset);
  }
  describe(...cols: string[]): DataFrame {
    return describeDataFrame(this, cols);
  }
  summary(...statistics: string[]): DataFrame {
    return summaryDataFrame(this, statistics);
  }

  // ---- Schema ---------------------------------------------------------------------------

  schema(): Promise<StructType> {
    const remote = this.remote;
    return this.run(() => (remote ? remote.schema(this.plan) : this.queryExecution().schema()));
  }
  async columns(): Promise<string[]> {
    return (await this.schema()).fields.map((f) => f.name);
  }
  async dtypes(): Promise<[string, string][]> {
    return (await this.schema()).fields.map((f) => [f.name, simpleString(f.dataType)]);
  }
  async printSchema(level?: number): Promise<void> {
    process.stdout.write((await this.printSchemaString(level)) + "\n");
  }
  async printSchemaString(level?: number): Promise<string> {
    const remote = this.remote;
    if (remote) return this.run(() => remote.treeString(this.plan, level));
    return schemaTreeString(await this.schema(), level);
  }
  async explain(mode: boolean | "simple" | "extended" | "formatted" | "codegen" | "cost" = "simple"): Promise<void> {
    process.stdout.write((await this.explainString(mode)) + "\n");
  }
  explainString(mode: boolean | "simple" | "extended" | "formatted" | "codegen" | "cost" = "simple"): Promise<string> {
    const m = mode === true ? "extended" : mode === false ? "simple" : mode;
    const remote = this.remote;
    return this.run(() => (remote ? remote.explain(this.plan, m) : this.queryExecution().explainString(m)));
  }

  // ---- Actions --------------------------------------------------------------------------

  /** All rows as Row objects with user-facing values. */
  collect(): Promise<Row[]> {
    const remote = this.remote;
    if (remote) return this.run(() => remote.collect(this.plan));
    return this.run(async () => {
      const { output, rows } = await this.queryExecution().collectInternal();
      const names = output.map((a) => a.name);
      const types = output.map((a) => a.dataType);
      return rows.map((r) => new Row(names, r.map((v, i) => (v === null ? null : toExternal(v, types[i]!))), types));
    });
  }
  async take(n: number): Promise<Row[]> {
    return this.limit(n).collect();
  }
  async head(n?: number): Promise<Row | Row[] | null> {
    if (n === undefined) return (await this.take(1))[0] ?? null;
    return this.take(n);
  }
  async first(): Promise<Row | null> {
    return (await this.take(1))[0] ?? null;
  }
  async tail(n: number): Promise<Row[]> {
    return this.with({ kind: "tail", planId: newPlanId(), input: this.plan, limit: n }).collect();
  }
  async count(): Promise<number> {
    const rows = await this.groupBy().count().collect();
    return Number(rows[0]!.get(0) as bigint);
  }
  async isEmpty(): Promise<boolean> {
    return (await this.take(1)).length === 0;
  }
  /** df.rdd: the rows as an RDD of Row. A getter, as PySpark's property: building an RDD needs
   *  no data (the query runs at the RDD's first action). Not available on Spark Connect. */
  get rdd(): RDD<Row> {
    if (this.remote) throw rddOnRemoteSession("df.rdd");
    return dataFrameRdd(this.sparkSession.sparkContext, () => this.collect());
  }
  async *toLocalIterator(): AsyncGenerator<Row> {
    for (const r of await this.collect()) yield r;
  }
  async foreach(f: (row: Row) => void | Promise<void>): Promise<void> {
    for (const r of await this.collect()) await f(r);
  }

  /** The text show() prints. */
  showString(n = 20, truncate: boolean | number = true, vertical = false): Promise<string> {
    // Checked like PySpark's show(): show(false) is a mistake for show(20, false).
    if (!Number.isInteger(n)) return Promise.reject(new SparkError("NOT_INT", { arg_name: "n", arg_type: typeof n }));
    if (typeof truncate !== "boolean" && !Number.isInteger(truncate)) return Promise.reject(new SparkError("NOT_BOOL", { arg_name: "truncate", arg_type: typeof truncate }));
    if (typeof vertical !== "boolean") return Promise.reject(new SparkError("NOT_BOOL", { arg_name: "vertical", arg_type: typeof vertical }));
    const width = truncate === true ? 20 : truncate === false ? 0 : truncate;
    const remote = this.remote;
    if (remote) return this.run(() => remote.showString(this.plan, n, width, vertical));
    return this.run(async () => {
      const qe = new QueryExecution(this.sparkSession.state, { kind: "limit", planId: newPlanId(), input: this.plan, limit: n + 1 });
      const { output, rows } = await qe.collectInternal();
      const tz = this.sparkSession.state.conf.get("spark.sql.session.timeZone");
      const cells = rows.map((r) => r.map((v, i) => toPrettyString(v, output[i]!.dataType, tz)));
      return showString(output.map((a) => a.name), cells, n, width, vertical);
    });
  }
  async show(n: number | { n?: number; truncate?: boolean | number; vertical?: boolean } = 20, truncate: boolean | number = true, vertical = false): Promise<void> {
    const opts = typeof n === "object" ? n : { n, truncate, vertical };
    // As PySpark's print(showString): a newline follows the text.
    process.stdout.write((await this.showString(opts.n ?? 20, opts.truncate ?? true, opts.vertical ?? false)) + "\n");
  }

  // ---- Side effects ---------------------------------------------------------------------

  private view(name: string, global: boolean, replace: boolean): Promise<void> {
    const remote = this.remote;
    if (remote) return this.run(() => remote.createView(this.plan, name, { global, replace }));
    const cat = this.sparkSession.state.catalog;
    return this.run(async () => (global ? cat.createGlobalTempView(name, this.plan, replace) : cat.createTempView(name, this.plan, replace)));
  }
  createOrReplaceTempView(name: string): Promise<void> {
    return this.view(name, false, true);
  }
  createTempView(name: string): Promise<void> {
    return this.view(name, false, false);
  }
  createOrReplaceGlobalTempView(name: string): Promise<void> {
    return this.view(name, true, true);
  }
  createGlobalTempView(name: string): Promise<void> {
    return this.view(name, true, false);
  }
  registerTempTable(name: string): Promise<void> {
    return this.createOrReplaceTempView(name);
  }

  /** Marks this DataFrame for caching; the data is computed on first use and kept. */
  cache(): DataFrame {
    return this.persist("MEMORY_AND_DISK_DESER");
  }
  persist(storageLevel = "MEMORY_AND_DISK_DESER"): DataFrame {
    // A remote session caches on the server (in order on the session's queue); the plan is
    // unchanged, the server recognises it when it runs.
    const remote = this.remote;
    if (remote) {
      void this.run(() => remote.persist(this.plan, storageLevel));
      return this;
    }
    const cacheId = this.sparkSession.state.cache.register(storageLevel);
    const cached = this.with({ kind: "cached_relation", planId: this.plan.planId, input: this.plan, cacheId });
    // Fill the cache from the cached plan on first execution.
    const state = this.sparkSession.state;
    void this.run(async () => {
      const qe = new QueryExecution(state, this.plan);
      state.cache.setPlan(cacheId, await qe.analyzed());
    }).catch(() => undefined);
    (cached as unknown as { cacheId: number }).cacheId = cacheId;
    return new CachedDataFrame(this.sparkSession, cached.plan, cacheId);
  }
  unpersist(): DataFrame {
    const remote = this.remote;
    if (remote) void this.run(() => remote.unpersist(this.plan));
    return this;
  }
  get storageLevel(): string {
    return "NONE";
  }

  get write(): DataFrameWriter {
    return new DataFrameWriter(this);
  }

  toString(): string {
    return `DataFrame[plan ${this.plan.kind}]`;
  }
}

/** A DataFrame whose plan reads through the session's cache. */
export class CachedDataFrame extends DataFrame {
  constructor(
    session: SparkSession,
    plan: LogicalPlan,
    readonly cacheId: number,
  ) {
    super(session, plan);
  }
  override unpersist(): DataFrame {
    this.sparkSession.state.cache.drop(this.cacheId);
    return this;
  }
  override get storageLevel(): string {
    return this.sparkSession.state.cache.storageLevels.get(this.cacheId) ?? "NONE";
  }
  override collect(): Promise<Row[]> {
    return super.collect();
  }
}
