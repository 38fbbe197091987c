// Plan nodes whose shape depends on the data, computed before analysis (as Spark computes them
// eagerly): describe()/summary() statistics and the values of pivot() without a value list.
// Each is replaced by a plan the analyzer can resolve synchronously.

import type { Expr } from "../plan/expr/unresolved.js";
import { newPlanId, type Aggregate, type LogicalPlan, type StatDescribe, type StatSummary } from "../plan/logical/unresolved.js";
import { StringType, StructField, StructType, isNumeric, isStringLike } from "../types/data-type.js";
import { toPrettyString } from "../exec/cast/pretty-string.js";
import { toExternal } from "../values/internal.js";
import type { SessionState } from "./session-state.js";
import { QueryExecution } from "./query-execution.js";

const call = (name: string, ...args: Expr[]): Expr => ({ kind: "unresolved_function", name, args, isDistinct: false });
import { parseAttributeName } from "../api/column.js";

const col = (name: string): Expr => ({ kind: "unresolved_attribute", nameParts: [name] });
const lit = (v: unknown, kind: "double" | "string" | "integer" = "string"): Expr => ({ kind: "literal", value: v, dataType: { kind } });

export async function precompute(state: SessionState, node: LogicalPlan): Promise<LogicalPlan | null> {
  if (node.kind === "describe") return describe(state, node);
  if (node.kind === "summary") return summary(state, node);
  if (node.kind === "aggregate" && node.groupType === "pivot" && node.pivot && !node.pivot.values) return pivotValues(state, node);
  return null;
}

async function statsTable(state: SessionState, input: LogicalPlan, cols: string[] | null, stats: readonly string[]): Promise<LogicalPlan> {
  // As Spark: describe(cols) is select(cols).summary(...), so the columns come in the order
  // asked, an unknown name is an analysis error, and only numeric and string columns count.
  const selected: LogicalPlan =
    cols && cols.length > 0 ? { kind: "project", planId: newPlanId(), input, expressions: cols.map((c) => ({ kind: "unresolved_attribute", nameParts: parseAttributeName(c) }) as Expr) } : input;
  const analyzed = await new QueryExecution(state, selected).analyzed();
  input = selected;
  const targets = analyzed.output.filter((a) => isNumeric(a.dataType) || isStringLike(a.dataType));
  const exprs: Expr[] = [];
  for (const a of targets) {
    const numeric = isNumeric(a.dataType);
    for (const s of stats) {
      const c = col(a.name);
      let e: Expr;
      switch (s) {
        case "count":
          e = call("count", c);
          break;
        case "mean":
          e = numeric ? call("avg", c) : lit(null);
          break;
        case "stddev":
          e = numeric ? call("stddev", c) : lit(null);
          break;
        case "min":
          e = call("min", c);
          break;
        case "max":
          e = call("max", c);
          break;
        case "count_distinct":
          e = call("count", c);
          e = { ...(e as object), isDistinct: true } as Expr;
          break;
        default: {
          const pct = /^(\d+(?:\.\d+)?)%$/.exec(s);
          if (!pct) throw new Error(`[SUMMARY_STATISTIC] ${s} is not a recognised statistic`);
          e = numeric ? call("percentile_approx", c, lit(Number(pct[1]) / 100, "double"), lit(10000, "integer")) : lit(null);
        }
      }
      exprs.push({ kind: "cast", child: e, dataType: StringType(), evalMode: "legacy" });
    }
  }
  const aggPlan: LogicalPlan = { kind: "aggregate", planId: newPlanId(), input, groupType: "groupby", groupingExpressions: [], aggregateExpressions: exprs };
  const { rows } = await new QueryExecution(state, aggPlan).collectInternal();
  const values = rows[0] ?? [];
  const tz = state.conf.get("spark.sql.session.timeZone");
  void tz;
  void toPrettyString;
  const out = stats.map((s, si) => [s, ...targets.map((_, ti) => toExternal(values[ti * stats.length + si] ?? null, StringType()) ?? null)]);
  return {
    kind: "local_relation",
    planId: newPlanId(),
    schema: StructType([StructField("summary", StringType(), true), ...targets.map((a) => StructField(a.name, StringType(), true))]),
    rows: out,
  };
}

function describe(state: SessionState, node: StatDescribe): Promise<LogicalPlan> {
  return statsTable(state, node.input, [...node.cols], ["count", "mean", "stddev", "min", "max"]);
}

function summary(state: SessionState, node: StatSummary): Promise<LogicalPlan> {
  return statsTable(state, node.input, null, node.statistics);
}

/** pivot(col) without values: the distinct values, sorted, as Spark computes them. */
async function pivotValues(state: SessionState, node: Aggregate): Promise<LogicalPlan> {
  const pivotCol = node.pivot!.col;
  const distinct: LogicalPlan = {
    kind: "sort",
    planId: newPlanId(),
    isGlobal: true,
    order: [{ kind: "sort_order", child: col("__pivot"), direction: "asc", nullOrdering: "nulls_first" }],
    input: {
      kind: "deduplicate",
      planId: newPlanId(),
      allColumnsAsKeys: true,
      input: { kind: "project", planId: newPlanId(), input: node.input, expressions: [{ kind: "alias", child: pivotCol, names: ["__pivot"] }] },
    },
  };
  const { output, rows } = await new QueryExecution(state, distinct).collectInternal();
  const max = Number(state.conf.getOption("spark.sql.pivotMaxValues") ?? "10000");
  if (rows.length > max) {
    throw new Error(`[PIVOT_VALUE_DATA_TYPE_MISMATCH] The pivot column has more than ${max} distinct values; pass the values explicitly.`);
  }
  const t = output[0]!.dataType;
  const values: Expr[] = rows.map((r) => ({ kind: "literal", value: r[0] === null ? null : toExternal(r[0], t), dataType: t }));
  return { ...node, pivot: { col: pivotCol, values } };
}
