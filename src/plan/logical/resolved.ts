// Resolved logical plans: the analyzer's output. Every node exposes `output`, the attributes it
// produces (by exprId). The optimizer rewrites these trees; the physical planner turns them into
// operators. Expressions here are resolved (src/plan/expr/resolved.ts) and reference input
// columns through `attribute` nodes.

import type { StructType } from "../../types/data-type.js";
import type { AttributeRef, RAlias, RExpr, RSortOrder } from "../expr/resolved.js";
import type { JoinType } from "./unresolved.js";

export type NamedExpr = RAlias | AttributeRef;

export type RPlan =
  | LocalScan
  | RangeScan
  | FileScan
  | ProjectNode
  | FilterNode
  | AggregateNode
  | ExpandNode
  | SortNode
  | LimitNode
  | OffsetNode
  | TailNode
  | JoinNode
  | UnionNode
  | SetOpNode
  | WindowNode
  | GenerateNode
  | SampleNode
  | RepartitionNode
  | CachedScan;

interface Base {
  readonly output: readonly AttributeRef[];
}

export interface LocalScan extends Base {
  readonly kind: "local_scan";
  /** Rows of internal values, in output order. */
  readonly rows: readonly (readonly unknown[])[];
  readonly numPartitions: number;
}

export interface RangeScan extends Base {
  readonly kind: "range_scan";
  readonly start: bigint;
  readonly end: bigint;
  readonly step: bigint;
  readonly numPartitions: number;
}

export interface FileScan extends Base {
  readonly kind: "file_scan";
  readonly format: string;
  readonly paths: readonly string[];
  readonly options: Readonly<Record<string, string>>;
  /** Full schema of the files (data + partition columns); output may be a pruned subset. */
  readonly fileSchema: StructType;
  readonly userSchema?: StructType;
  /** Predicates the scan may use to skip data (all are re-checked by a Filter above). */
  readonly pushedFilters: readonly RExpr[];
}

export interface ProjectNode extends Base {
  readonly kind: "project";
  readonly input: RPlan;
  readonly projectList: readonly NamedExpr[];
}

export interface FilterNode extends Base {
  readonly kind: "filter";
  readonly input: RPlan;
  readonly condition: RExpr;
}

/** Group by `groupingExprs`; `aggregateExprs` may contain RAggregate calls and grouping
 *  expressions (matched semantically). */
export interface AggregateNode extends Base {
  readonly kind: "aggregate";
  readonly input: RPlan;
  readonly groupingExprs: readonly RExpr[];
  readonly aggregateExprs: readonly NamedExpr[];
}

/** Rollup / cube / grouping sets: each input row is emitted once per projection. */
export interface ExpandNode extends Base {
  readonly kind: "expand";
  readonly input: RPlan;
  readonly projections: readonly (readonly RExpr[])[];
}

export interface SortNode extends Base {
  readonly kind: "sort";
  readonly input: RPlan;
  readonly order: readonly RSortOrder[];
  readonly global: boolean;
}

export interface LimitNode extends Base {
  readonly kind: "limit";
  readonly input: RPlan;
  readonly limit: number;
}

export interface OffsetNode extends Base {
  readonly kind: "offset";
  readonly input: RPlan;
  readonly offset: number;
}

export interface TailNode extends Base {
  readonly kind: "tail";
  readonly input: RPlan;
  readonly limit: number;
}

export interface JoinNode extends Base {
  readonly kind: "join";
  readonly left: RPlan;
  readonly right: RPlan;
  readonly joinType: JoinType;
  readonly condition: RExpr | null;
  /** Broadcast hint side, if any. */
  readonly hint?: "broadcast_left" | "broadcast_right";
}

/** UNION ALL by position; output attributes are fresh (nullable if any child's is). */
export interface UnionNode extends Base {
  readonly kind: "union";
  readonly children: readonly RPlan[];
}

/** INTERSECT / EXCEPT [ALL] (set semantics use null-safe equality on all columns). */
export interface SetOpNode extends Base {
  readonly kind: "set_op";
  readonly left: RPlan;
  readonly right: RPlan;
  readonly opType: "intersect" | "except";
  readonly isAll: boolean;
}

/** Adds window-function columns; all windowExprs share partitionSpec/orderSpec. */
export interface WindowNode extends Base {
  readonly kind: "window";
  readonly input: RPlan;
  readonly windowExprs: readonly RAlias[];
  readonly partitionSpec: readonly RExpr[];
  readonly orderSpec: readonly RSortOrder[];
}

export interface GenerateNode extends Base {
  readonly kind: "generate";
  readonly input: RPlan;
  readonly generator: RExpr;
  readonly outer: boolean;
  /** The generator's output attributes (appended to the input's output). */
  readonly generatorOutput: readonly AttributeRef[];
}

export interface SampleNode extends Base {
  readonly kind: "sample";
  readonly input: RPlan;
  readonly lowerBound: number;
  readonly upperBound: number;
  readonly withReplacement: boolean;
  readonly seed: number;
}

export interface RepartitionNode extends Base {
  readonly kind: "repartition";
  readonly input: RPlan;
  readonly numPartitions: number;
  readonly shuffle: boolean;
  readonly partitionExprs: readonly RExpr[];
  readonly byRange: boolean;
}

export interface CachedScan extends Base {
  readonly kind: "cached_scan";
  readonly cacheId: number;
  /** The plan that computes the cached data (for explain and recompute). */
  readonly input: RPlan;
}

export const childrenOf = (p: RPlan): RPlan[] => {
  switch (p.kind) {
    case "local_scan":
    case "range_scan":
    case "file_scan":
      return [];
    case "join":
    case "set_op":
      return [p.left, p.right];
    case "union":
      return [...p.children];
    default:
      return [p.input];
  }
};

export const attrsToSchemaFields = (attrs: readonly AttributeRef[]) =>
  attrs.map((a) => ({ name: a.name, dataType: a.dataType, nullable: a.nullable }));

export type { RSortOrder };
