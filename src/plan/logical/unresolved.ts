// Unresolved logical plans: what the DataFrame API and the SQL parser build. Shaped like Spark
// Connect's Relation message (one kind per relation type) so a remote session translates each
// node 1:1. Every node carries `planId`, the id Columns use to say which DataFrame they came
// from (self-joins).

import type { DataType, StructType } from "../../types/data-type.js";
import type { Alias, Expr, SortOrder } from "../expr/unresolved.js";

export type JoinType = "inner" | "left_outer" | "right_outer" | "full_outer" | "left_semi" | "left_anti" | "cross";

export type LogicalPlan =
  | ReadTable
  | ReadFiles
  | LocalRelation
  | Range
  | Project
  | Filter
  | Aggregate
  | Sort
  | Limit
  | Offset
  | Tail
  | Join
  | SetOperation
  | Deduplicate
  | WithColumns
  | WithColumnsRenamed
  | Drop
  | SubqueryAlias
  | Repartition
  | RepartitionByExpression
  | Sample
  | Sql
  | ToDF
  | NAFill
  | NADrop
  | NAReplace
  | StatDescribe
  | StatSummary
  | Unpivot
  | Hint
  | WithCTE
  | Generate
  | CachedRelation;

interface Node {
  readonly planId: number;
}

/** A table or view by name (`spark.table`, `FROM t`). */
export interface ReadTable extends Node {
  readonly kind: "read_table";
  readonly nameParts: readonly string[];
  readonly options?: Readonly<Record<string, string>>;
}

/** `spark.read.format(f)...load(paths)` or `SELECT * FROM parquet.\`path\``. */
export interface ReadFiles extends Node {
  readonly kind: "read_files";
  readonly format: string;
  readonly paths: readonly string[];
  readonly schema?: StructType | string;
  readonly options: Readonly<Record<string, string>>;
}

/** Rows given in the program (`createDataFrame`, SQL VALUES). Values are user-facing values. */
export interface LocalRelation extends Node {
  readonly kind: "local_relation";
  readonly schema: StructType;
  readonly rows: readonly (readonly unknown[])[];
}

export interface Range extends Node {
  readonly kind: "range";
  readonly start: bigint;
  readonly end: bigint;
  readonly step: bigint;
  readonly numPartitions?: number;
}

export interface Project extends Node {
  readonly kind: "project";
  readonly input: LogicalPlan;
  readonly expressions: readonly Expr[];
}

export interface Filter extends Node {
  readonly kind: "filter";
  readonly input: LogicalPlan;
  readonly condition: Expr;
}

export type GroupType = "groupby" | "rollup" | "cube" | "pivot" | "grouping_sets";
export interface Aggregate extends Node {
  readonly kind: "aggregate";
  readonly input: LogicalPlan;
  readonly groupType: GroupType;
  readonly groupingExpressions: readonly Expr[];
  readonly aggregateExpressions: readonly Expr[];
  /** groupType "pivot": the pivot column and its values (computed when absent). */
  readonly pivot?: { readonly col: Expr; readonly values?: readonly Expr[] };
  /** groupType "grouping_sets": each set as expressions. */
  readonly groupingSets?: readonly (readonly Expr[])[];
  /** SQL HAVING, applied over the aggregate's output (may reference aggregates). */
  readonly having?: Expr;
  /** SQL `GROUP BY ALL`: group by every select item without aggregates (groupingExpressions is []). */
  readonly groupByAll?: boolean;
  /**
   * SQL `PIVOT (...)`: the grouping columns are implicit — every input column not used by the
   * pivot column or the aggregates (groupingExpressions is []).
   */
  readonly pivotImplicitGrouping?: boolean;
}

export interface Sort extends Node {
  readonly kind: "sort";
  readonly input: LogicalPlan;
  readonly order: readonly SortOrder[];
  /** false for sortWithinPartitions. */
  readonly isGlobal: boolean;
}

export interface Limit extends Node {
  readonly kind: "limit";
  readonly input: LogicalPlan;
  readonly limit: number;
}

export interface Offset extends Node {
  readonly kind: "offset";
  readonly input: LogicalPlan;
  readonly offset: number;
}

export interface Tail extends Node {
  readonly kind: "tail";
  readonly input: LogicalPlan;
  readonly limit: number;
}

export interface Join extends Node {
  readonly kind: "join";
  readonly left: LogicalPlan;
  readonly right: LogicalPlan;
  readonly joinType: JoinType;
  readonly condition?: Expr;
  /** `join(other, ["id"])` / SQL USING (...) / NATURAL (names filled by the analyzer). */
  readonly usingColumns?: readonly string[];
  readonly natural?: boolean;
}

export interface SetOperation extends Node {
  readonly kind: "set_operation";
  readonly left: LogicalPlan;
  readonly right: LogicalPlan;
  readonly opType: "union" | "intersect" | "except";
  readonly isAll: boolean;
  readonly byName: boolean;
  readonly allowMissingColumns: boolean;
}

/** distinct() (allColumnsAsKeys) / dropDuplicates(cols). */
export interface Deduplicate extends Node {
  readonly kind: "deduplicate";
  readonly input: LogicalPlan;
  readonly columnNames?: readonly string[];
  readonly allColumnsAsKeys: boolean;
}

export interface WithColumns extends Node {
  readonly kind: "with_columns";
  readonly input: LogicalPlan;
  readonly aliases: readonly Alias[];
}

export interface WithColumnsRenamed extends Node {
  readonly kind: "with_columns_renamed";
  readonly input: LogicalPlan;
  readonly renames: readonly { readonly from: string; readonly to: string }[];
}

export interface Drop extends Node {
  readonly kind: "drop";
  readonly input: LogicalPlan;
  readonly columns: readonly Expr[];
  readonly columnNames: readonly string[];
}

/** `df.alias("t")` / `FROM x AS t` / a subquery in FROM. */
export interface SubqueryAlias extends Node {
  readonly kind: "subquery_alias";
  readonly input: LogicalPlan;
  readonly alias: string;
  /** SQL `AS t(a, b)` column aliases. */
  readonly columnAliases?: readonly string[];
}

/** repartition(n) (shuffle = true) / coalesce(n) (shuffle = false). */
export interface Repartition extends Node {
  readonly kind: "repartition";
  readonly input: LogicalPlan;
  readonly numPartitions: number;
  readonly shuffle: boolean;
}

/** repartition(n?, cols...) / repartitionByRange. */
export interface RepartitionByExpression extends Node {
  readonly kind: "repartition_by_expression";
  readonly input: LogicalPlan;
  readonly partitionExprs: readonly Expr[];
  readonly numPartitions?: number;
  readonly byRange?: boolean;
}

export interface Sample extends Node {
  readonly kind: "sample";
  readonly input: LogicalPlan;
  readonly lowerBound: number;
  readonly upperBound: number;
  readonly withReplacement: boolean;
  readonly seed: number;
  /** randomSplit: the pieces must see the rows in one fixed order (Spark sorts each partition
   *  first), so that they never overlap. */
  readonly deterministicOrder?: boolean;
  /** SQL TABLESAMPLE (n ROWS) is a limit; PERCENT/BUCKET map to bounds. */
}

/** `spark.sql(text)` as a relation (parsed by the session). */
export interface Sql extends Node {
  readonly kind: "sql";
  readonly query: string;
  readonly args?: Readonly<Record<string, unknown>> | readonly unknown[];
}

export interface ToDF extends Node {
  readonly kind: "to_df";
  readonly input: LogicalPlan;
  readonly columnNames: readonly string[];
}

export interface NAFill extends Node {
  readonly kind: "na_fill";
  readonly input: LogicalPlan;
  readonly cols: readonly string[];
  readonly values: readonly unknown[];
}

export interface NADrop extends Node {
  readonly kind: "na_drop";
  readonly input: LogicalPlan;
  readonly cols: readonly string[];
  /** Keep rows with at least this many non-null (non-NaN) values among cols. */
  readonly minNonNulls?: number;
}

export interface NAReplace extends Node {
  readonly kind: "na_replace";
  readonly input: LogicalPlan;
  readonly cols: readonly string[];
  readonly replacements: readonly { readonly oldValue: unknown; readonly newValue: unknown }[];
}

export interface StatDescribe extends Node {
  readonly kind: "describe";
  readonly input: LogicalPlan;
  readonly cols: readonly string[];
}

export interface StatSummary extends Node {
  readonly kind: "summary";
  readonly input: LogicalPlan;
  readonly statistics: readonly string[];
}

export interface Unpivot extends Node {
  readonly kind: "unpivot";
  readonly input: LogicalPlan;
  readonly ids: readonly Expr[];
  readonly values?: readonly Expr[];
  readonly variableColumnName: string;
  readonly valueColumnName: string;
  /** SQL UNPIVOT: ids are implicit — every input column not listed in values (ids is []). */
  readonly implicitIds?: boolean;
  /** SQL UNPIVOT drops rows whose value is null unless INCLUDE NULLS (DataFrame.unpivot keeps them). */
  readonly excludeNulls?: boolean;
}

export interface Hint extends Node {
  readonly kind: "hint";
  readonly input: LogicalPlan;
  readonly name: string;
  readonly parameters: readonly Expr[];
}

/** SQL WITH: named relations visible inside `input` (and to later CTEs). */
export interface WithCTE extends Node {
  readonly kind: "with_cte";
  readonly input: LogicalPlan;
  readonly ctes: readonly { readonly name: string; readonly plan: LogicalPlan; readonly columnAliases?: readonly string[] }[];
}

/** LATERAL VIEW [OUTER] generator(...) t AS c1, c2 — and explode() in select lists. */
export interface Generate extends Node {
  readonly kind: "generate";
  readonly input: LogicalPlan;
  readonly generator: Expr;
  readonly outer: boolean;
  readonly tableAlias?: string;
  readonly columnAliases: readonly string[];
}

/** A cached DataFrame's plan (df.cache()) — substituted by the cache manager. */
export interface CachedRelation extends Node {
  readonly kind: "cached_relation";
  readonly input: LogicalPlan;
  readonly cacheId: number;
}

let nextPlanId = 1;
/** Fresh plan id for a new node (ids only need to be unique within the process). */
export const newPlanId = (): number => nextPlanId++;

/** For the types module consumers that need a column's declared type in a plan node. */
export type { DataType };
