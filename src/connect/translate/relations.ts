// Unresolved logical plans (src/plan/logical/unresolved.ts) to Spark Connect's Relation: one
// small function per kind, gathered in a Record so a new kind fails to compile until it has one.
// Shapes that only the SQL parser builds (CTEs, LATERAL VIEW, HAVING, GROUP BY ALL) never reach
// here on a remote session: spark.sql(...) text goes to the server as it is.
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import {
  Aggregate_GroupType,
  Join_JoinType,
  RelationSchema,
  SetOperation_SetOpType,
  type Relation,
} from "../proto/gen/spark/connect/relations_pb.js";
import type { Expression_Literal, ExpressionSchema } from "../proto/gen/spark/connect/expressions_pb.js";
import type { Expr } from "../../plan/expr/unresolved.js";
import type { GroupType, JoinType, LogicalPlan } from "../../plan/logical/unresolved.js";
import { ConnectUnsupportedError } from "../errors.js";
import { quoteNameParts, type TranslateContext } from "./context.js";
import { toProtoExpression, toProtoSortOrder } from "./expressions.js";
import { toProtoLiteral, toProtoLiteralInferred } from "./literal.js";
import { schemaString } from "./data-type.js";
import { localRelationArrow } from "./local-relation.js";

type PlanOf<K extends LogicalPlan["kind"]> = Extract<LogicalPlan, { kind: K }>;
type RelInit = MessageInitShape<typeof RelationSchema>["relType"];
type Handler<K extends LogicalPlan["kind"]> = (p: PlanOf<K>, ctx: TranslateContext) => RelInit;

const JOIN_TYPES: Record<JoinType, Join_JoinType> = {
  inner: Join_JoinType.INNER,
  left_outer: Join_JoinType.LEFT_OUTER,
  right_outer: Join_JoinType.RIGHT_OUTER,
  full_outer: Join_JoinType.FULL_OUTER,
  left_semi: Join_JoinType.LEFT_SEMI,
  left_anti: Join_JoinType.LEFT_ANTI,
  cross: Join_JoinType.CROSS,
};

const GROUP_TYPES: Record<GroupType, Aggregate_GroupType> = {
  groupby: Aggregate_GroupType.GROUPBY,
  rollup: Aggregate_GroupType.ROLLUP,
  cube: Aggregate_GroupType.CUBE,
  pivot: Aggregate_GroupType.PIVOT,
  grouping_sets: Aggregate_GroupType.GROUPING_SETS,
};

const SET_OPS = { union: SetOperation_SetOpType.UNION, intersect: SetOperation_SetOpType.INTERSECT, except: SetOperation_SetOpType.EXCEPT } as const;

const sqlOnly = (what: string): never => {
  throw new ConnectUnsupportedError(what + " built outside spark.sql(...)", "send it as SQL text with spark.sql(...)");
};

function pivotLiteral(e: Expr): Expression_Literal {
  if (e.kind === "literal") return toProtoExpression(e, noCtx).exprType.value as Expression_Literal;
  throw new ConnectUnsupportedError("A pivot value that is not a literal");
}
/** df.hint(name, ...params) wraps every parameter as a literal; its type comes from the value. */
function hintParameter(e: Expr, c: TranslateContext): MessageInitShape<typeof ExpressionSchema> {
  if (e.kind !== "literal") return toProtoExpression(e, c);
  return { exprType: { case: "literal", value: toProtoLiteralInferred(e.value) } };
}

/**
 * A fill value as the server's NAFill accepts it: a single fill value must be a long, double,
 * string or boolean literal (an integer literal is refused), so JS integers travel as longs.
 */
function fillValue(v: unknown): Expression_Literal {
  if (typeof v === "number") return toProtoLiteral(Number.isInteger(v) ? BigInt(v) : v, Number.isInteger(v) ? { kind: "long" } : { kind: "double" });
  return toProtoLiteralInferred(v);
}

/**
 * The DataFrame API lists the grouping keys first in aggregateExpressions (the local analyzer
 * takes the list as the output); Spark Connect prepends the keys itself, so they are dropped.
 */
function aggregatesOnly(p: PlanOf<"aggregate">): readonly Expr[] {
  const g = p.groupingExpressions;
  const a = p.aggregateExpressions;
  if (p.groupType === "pivot" || g.length > a.length) return a;
  const same = (x: Expr, y: Expr) => x === y || stableJson(x) === stableJson(y);
  return g.every((e, i) => same(a[i]!, e)) ? a.slice(g.length) : a;
}
const stableJson = (e: Expr): string => JSON.stringify(e, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : typeof v === "function" ? String(v) : v));

const noCtx: TranslateContext = {
  sqlResults: new Map(),
  references: new Map(),
  relation: () => {
    throw new Error("unreachable");
  },
};

const HANDLERS: { [K in LogicalPlan["kind"]]: Handler<K> } = {
  read_table: (p) => ({ case: "read", value: { readType: { case: "namedTable", value: { unparsedIdentifier: quoteNameParts(p.nameParts), options: { ...p.options } } } } }),
  read_files: (p) => ({
    case: "read",
    value: {
      readType: {
        case: "dataSource",
        value: {
          format: p.format,
          ...(p.schema !== undefined ? { schema: typeof p.schema === "string" ? p.schema : schemaString(p.schema) } : {}),
          options: { ...p.options },
          paths: [...p.paths],
        },
      },
    },
  }),
  local_relation: (p) => ({ case: "localRelation", value: { data: localRelationArrow(p), schema: schemaString(p.schema) } }),
  range: (p) => ({
    case: "range",
    value: { start: p.start, end: p.end, step: p.step, ...(p.numPartitions !== undefined ? { numPartitions: p.numPartitions } : {}) },
  }),
  project: (p, c) => ({ case: "project", value: { input: c.relation(p.input), expressions: p.expressions.map((e) => toProtoExpression(e, c)) } }),
  filter: (p, c) => ({ case: "filter", value: { input: c.relation(p.input), condition: toProtoExpression(p.condition, c) } }),
  aggregate: (p, c) => {
    if (p.having) sqlOnly("HAVING");
    if (p.groupByAll) sqlOnly("GROUP BY ALL");
    if (p.pivotImplicitGrouping) sqlOnly("PIVOT with implicit grouping");
    return {
      case: "aggregate",
      value: {
        input: c.relation(p.input),
        groupType: GROUP_TYPES[p.groupType],
        groupingExpressions: p.groupingExpressions.map((e) => toProtoExpression(e, c)),
        aggregateExpressions: aggregatesOnly(p).map((e) => toProtoExpression(e, c)),
        ...(p.pivot ? { pivot: { col: toProtoExpression(p.pivot.col, c), values: (p.pivot.values ?? []).map(pivotLiteral) } } : {}),
        groupingSets: (p.groupingSets ?? []).map((s) => ({ groupingSet: s.map((e) => toProtoExpression(e, c)) })),
      },
    };
  },
  sort: (p, c) => ({ case: "sort", value: { input: c.relation(p.input), order: p.order.map((o) => toProtoSortOrder(o, c)), isGlobal: p.isGlobal } }),
  limit: (p, c) => ({ case: "limit", value: { input: c.relation(p.input), limit: p.limit } }),
  offset: (p, c) => ({ case: "offset", value: { input: c.relation(p.input), offset: p.offset } }),
  tail: (p, c) => ({ case: "tail", value: { input: c.relation(p.input), limit: p.limit } }),
  join: (p, c) => {
    if (p.natural) sqlOnly("NATURAL JOIN");
    return {
      case: "join",
      value: {
        left: c.relation(p.left),
        right: c.relation(p.right),
        joinType: JOIN_TYPES[p.joinType],
        ...(p.condition ? { joinCondition: toProtoExpression(p.condition, c) } : {}),
        usingColumns: [...(p.usingColumns ?? [])],
      },
    };
  },
  set_operation: (p, c) => ({
    case: "setOp",
    value: {
      leftInput: c.relation(p.left),
      rightInput: c.relation(p.right),
      setOpType: SET_OPS[p.opType],
      isAll: p.isAll,
      byName: p.byName,
      allowMissingColumns: p.allowMissingColumns,
    },
  }),
  deduplicate: (p, c) => ({
    case: "deduplicate",
    value: { input: c.relation(p.input), columnNames: [...(p.columnNames ?? [])], allColumnsAsKeys: p.allColumnsAsKeys },
  }),
  with_columns: (p, c) => ({
    case: "withColumns",
    value: { input: c.relation(p.input), aliases: p.aliases.map((a) => toProtoExpression(a, c).exprType.value as never) },
  }),
  with_columns_renamed: (p, c) => ({
    case: "withColumnsRenamed",
    value: { input: c.relation(p.input), renames: p.renames.map((r) => ({ colName: r.from, newColName: r.to })) },
  }),
  drop: (p, c) => ({
    case: "drop",
    value: { input: c.relation(p.input), columns: p.columns.map((e) => toProtoExpression(e, c)), columnNames: [...p.columnNames] },
  }),
  subquery_alias: (p, c) => {
    // SQL's `AS t(a, b)`: rename the columns, then alias.
    const input = p.columnAliases
      ? create(RelationSchema, { relType: { case: "toDf", value: { input: c.relation(p.input), columnNames: [...p.columnAliases] } } })
      : c.relation(p.input);
    return { case: "subqueryAlias", value: { input, alias: p.alias } };
  },
  repartition: (p, c) => ({ case: "repartition", value: { input: c.relation(p.input), numPartitions: p.numPartitions, shuffle: p.shuffle } }),
  repartition_by_expression: (p, c) => ({
    case: "repartitionByExpression",
    value: {
      input: c.relation(p.input),
      // Range partitioning is signalled by sort-order expressions, as PySpark sends it.
      partitionExprs: p.partitionExprs.map((e) =>
        toProtoExpression(p.byRange && e.kind !== "sort_order" ? { kind: "sort_order", child: e, direction: "asc", nullOrdering: "nulls_first" } : e, c),
      ),
      ...(p.numPartitions !== undefined ? { numPartitions: p.numPartitions } : {}),
    },
  }),
  sample: (p, c) => ({
    case: "sample",
    value: {
      input: c.relation(p.input),
      lowerBound: p.lowerBound,
      upperBound: p.upperBound,
      withReplacement: p.withReplacement,
      seed: BigInt(Math.trunc(p.seed)),
      deterministicOrder: p.deterministicOrder ?? false,
    },
  }),
  sql: (p, c) => {
    const served = c.sqlResults.get(p.planId);
    if (served) return served.relType as RelInit;
    if (Array.isArray(p.args)) return { case: "sql", value: { query: p.query, posArgs: p.args.map(toProtoLiteralInferred) } };
    const named = Object.fromEntries(Object.entries(p.args ?? {}).map(([k, v]) => [k, toProtoLiteralInferred(v)]));
    return { case: "sql", value: { query: p.query, args: named } };
  },
  to_df: (p, c) => ({ case: "toDf", value: { input: c.relation(p.input), columnNames: [...p.columnNames] } }),
  na_fill: (p, c) => ({ case: "fillNa", value: { input: c.relation(p.input), cols: [...p.cols], values: p.values.map(fillValue) } }),
  na_drop: (p, c) => ({
    case: "dropNa",
    value: { input: c.relation(p.input), cols: [...p.cols], ...(p.minNonNulls !== undefined ? { minNonNulls: p.minNonNulls } : {}) },
  }),
  na_replace: (p, c) => ({
    case: "replace",
    value: {
      input: c.relation(p.input),
      cols: [...p.cols],
      replacements: p.replacements.map((r) => ({ oldValue: toProtoLiteralInferred(r.oldValue), newValue: toProtoLiteralInferred(r.newValue) })),
    },
  }),
  describe: (p, c) => ({ case: "describe", value: { input: c.relation(p.input), cols: [...p.cols] } }),
  summary: (p, c) => ({ case: "summary", value: { input: c.relation(p.input), statistics: [...p.statistics] } }),
  unpivot: (p, c) => {
    if (p.implicitIds) sqlOnly("UNPIVOT with implicit ids");
    if (p.excludeNulls) sqlOnly("UNPIVOT EXCLUDE NULLS");
    return {
      case: "unpivot",
      value: {
        input: c.relation(p.input),
        ids: p.ids.map((e) => toProtoExpression(e, c)),
        ...(p.values ? { values: { values: p.values.map((e) => toProtoExpression(e, c)) } } : {}),
        variableColumnName: p.variableColumnName,
        valueColumnName: p.valueColumnName,
      },
    };
  },
  hint: (p, c) => ({ case: "hint", value: { input: c.relation(p.input), name: p.name, parameters: p.parameters.map((e) => hintParameter(e, c)) } }),
  with_cte: () => sqlOnly("WITH (common table expressions)"),
  generate: () => sqlOnly("LATERAL VIEW"),
  // Caching on a remote session is the server's business; the cached plan runs as it is.
  cached_relation: (p, c) => c.relation(p.input).relType as RelInit,
};

/** Every plan kind the translator has a case for (tests check each one is exercised). */
export const TRANSLATED_RELATION_KINDS = Object.keys(HANDLERS) as readonly LogicalPlan["kind"][];

/** One relation with its plan id (Columns refer to it for self-joins). */
export function toProtoRelation(p: LogicalPlan, ctx: TranslateContext): Relation {
  const h = HANDLERS[p.kind] as Handler<LogicalPlan["kind"]>;
  return create(RelationSchema, { common: { planId: BigInt(p.planId) }, relType: h(p as never, ctx) });
}
