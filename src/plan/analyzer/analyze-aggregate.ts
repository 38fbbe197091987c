// GROUP BY / rollup / cube / grouping sets / pivot / HAVING → Aggregate (over Expand for the
// multi-set forms). Validates that non-aggregated columns are grouped (MISSING_AGGREGATION).

import { AnalysisException } from "../../errors/spark-error.js";
import { ByteType, LongType, StringType } from "../../types/data-type.js";
import { newExprId } from "../expr/expr-id.js";
import type { AttributeRef, RAlias, RExpr } from "../expr/resolved.js";
import type { Expr } from "../expr/unresolved.js";
import type { Aggregate } from "../logical/unresolved.js";
import type { NamedExpr, RPlan } from "../logical/resolved.js";
import { anyExpr, semanticEquals, transformDown } from "../expr/transform.js";
import type { Analyzer } from "./analyzer.js";
import { exprSql } from "./expr-sql.js";
import { attrOf, expandStars, namedOutput, projectOf, resolveSelectItem, extractWindows } from "./analyze-project.js";
import { castToStringName } from "./pivot-names.js";

const AGG_OPTS = { allowAggregates: true, allowWindows: true, allowGenerators: false };

export function analyzeAggregate(an: Analyzer, p: Aggregate): RPlan {
  const input = an.analyze(p.input);
  const items = expandStars(an, p.aggregateExpressions, input.output).map((e) => resolveSelectItem(an, e, input.output));
  const grouping = resolveGrouping(an, p, input, items);

  let plan: RPlan;
  if (p.groupType === "rollup" || p.groupType === "cube" || p.groupType === "grouping_sets") {
    const sets =
      p.groupType === "rollup"
        ? grouping.map((_, i) => grouping.slice(0, grouping.length - i)).concat([[]])
        : p.groupType === "cube"
          ? cubeSets(grouping)
          : (p.groupingSets ?? []).map((set) => set.map((e) => an.resolve(e, input.output)));
    plan = groupingSetsAggregate(an, input, grouping, sets, items);
  } else if (p.groupType === "pivot") {
    plan = pivotAggregate(an, input, grouping, items, p);
  } else {
    plan = aggregateFromSelect(an, input, grouping, items);
  }
  if (p.having) plan = applyHaving(an, plan, p.having);
  return plan;
}

function resolveGrouping(an: Analyzer, p: Aggregate, input: RPlan, items: readonly NamedExpr[]): RExpr[] {
  if ((p as Aggregate & { groupByAll?: boolean }).groupByAll) {
    return items.filter((i) => !anyExpr(i, (x) => x.kind === "aggregate")).map((i) => (i.kind === "alias" ? i.child : i));
  }
  // groupBy(col.alias("k")): the grouping key is the aliased expression; the alias names the
  // output column (it is also among the select items).
  return p.groupingExpressions.map((g) => {
    const r = resolveGroupingExpr(an, g, input, items);
    return r.kind === "alias" ? r.child : r;
  });
}

function resolveGroupingExpr(an: Analyzer, g: Expr, input: RPlan, items: readonly NamedExpr[]): RExpr {
  // GROUP BY 1: ordinal into the select list (spark.sql.groupByOrdinal).
  if (g.kind === "literal" && typeof g.value === "number" && Number.isInteger(g.value)) {
    const item = items[g.value - 1];
    if (!item) {
      throw new AnalysisException("GROUP_BY_POS_OUT_OF_RANGE", { index: String(g.value), size: String(items.length) });
    }
    return item.kind === "alias" ? item.child : item;
  }
  try {
    return an.resolve(g, input.output);
  } catch (err) {
    // GROUP BY alias (spark.sql.groupByAliases).
    if (g.kind === "unresolved_attribute" && g.nameParts.length === 1) {
      const item = items.find((i) => i.kind === "alias" && i.name.toLowerCase() === g.nameParts[0]!.toLowerCase());
      if (item && item.kind === "alias") return item.child;
    }
    throw err;
  }
}

/** Builds the Aggregate for a select list over `input` grouped by `grouping`. */
export function aggregateFromSelect(
  an: Analyzer,
  input: RPlan,
  grouping: readonly RExpr[],
  items: readonly NamedExpr[],
): RPlan {
  for (const item of items) checkGrouped(item, grouping);
  if (items.some((i) => anyExpr(i, (x) => x.kind === "window"))) {
    // Aggregates feeding window functions: aggregate first, then window over the result.
    const hidden: RAlias[] = [];
    const rewritten = items.map((item) =>
      transformDown(item, (x) => {
        if (x.kind !== "aggregate" && !grouping.some((g) => semanticEquals(g, x))) return x;
        if (x.kind === "attribute" && grouping.some((g) => semanticEquals(g, x))) {
          hidden.push({ kind: "alias", child: x, name: x.name, exprId: x.exprId, dataType: x.dataType, nullable: x.nullable });
          return x;
        }
        const a: RAlias = { kind: "alias", child: x, name: exprSql(x), exprId: newExprId(), dataType: x.dataType, nullable: x.nullable };
        hidden.push(a);
        return attrOf(a);
      }),
    ) as NamedExpr[];
    const agg: RPlan = { kind: "aggregate", input, groupingExprs: grouping, aggregateExprs: dedupe(hidden), output: dedupe(hidden).map(attrOf) };
    const { child, list } = extractWindows(agg, rewritten);
    return projectOf(child, list);
  }
  return { kind: "aggregate", input, groupingExprs: grouping, aggregateExprs: items, output: items.map(attrOf) };
}

function dedupe(list: RAlias[]): RAlias[] {
  const seen = new Set<number>();
  return list.filter((a) => (seen.has(a.exprId) ? false : (seen.add(a.exprId), true)));
}

function checkGrouped(item: NamedExpr, grouping: readonly RExpr[]): void {
  const stripped = transformDown(item.kind === "alias" ? item.child : item, (x) =>
    x.kind === "aggregate" || x.kind === "window" || grouping.some((g) => semanticEquals(g, x))
      ? { kind: "literal", value: null, dataType: x.dataType, nullable: true }
      : x,
  );
  if (anyExpr(stripped, (x) => x.kind === "attribute")) {
    const sql = exprSql(item.kind === "alias" ? item.child : item);
    throw new AnalysisException("MISSING_AGGREGATION", { expression: `"${sql}"`, expressionAnyValue: `"any_value(${sql})"` });
  }
}

function cubeSets(g: readonly RExpr[]): RExpr[][] {
  const sets: RExpr[][] = [];
  for (let mask = (1 << g.length) - 1; mask >= 0; mask--) {
    sets.push(g.filter((_, i) => (mask >> (g.length - 1 - i)) & 1));
  }
  return sets;
}

/** rollup / cube / grouping sets: Expand emits each row once per set with the other grouping
 *  columns nulled and a grouping id; the Aggregate groups by (columns, id). */
function groupingSetsAggregate(
  an: Analyzer,
  input: RPlan,
  grouping: readonly RExpr[],
  sets: readonly (readonly RExpr[])[],
  items: readonly NamedExpr[],
): RPlan {
  const gAttrs: AttributeRef[] = grouping.map((g) => ({
    kind: "attribute",
    exprId: newExprId(),
    name: g.kind === "attribute" ? g.name : exprSql(g),
    dataType: g.dataType,
    nullable: true,
    qualifier: [],
  }));
  const gid: AttributeRef = { kind: "attribute", exprId: newExprId(), name: "spark_grouping_id", dataType: LongType(), nullable: false, qualifier: [] };
  const n = grouping.length;
  const projections = sets.map((set) => {
    let id = 0;
    const values = grouping.map((g, i) => {
      const inSet = set.some((s) => semanticEquals(s, g));
      if (!inSet) id |= 1 << (n - 1 - i);
      return inSet ? g : ({ kind: "literal", value: null, dataType: g.dataType, nullable: true } as RExpr);
    });
    return [...input.output, ...values, { kind: "literal", value: BigInt(id), dataType: LongType(), nullable: false } as RExpr];
  });
  const expand: RPlan = { kind: "expand", input, projections, output: [...input.output, ...gAttrs, gid] };
  const rewritten = items.map((item) =>
    transformDown(item, (x) => {
      const i = grouping.findIndex((g) => semanticEquals(g, x));
      if (i >= 0) return gAttrs[i]!;
      if (x.kind === "call" && (x.name === "grouping" || x.name === "grouping_id")) return groupingCall(x, grouping, gid);
      return x;
    }),
  ) as NamedExpr[];
  const named = rewritten.map((r, i) => (r.kind === "attribute" && items[i]!.kind === "attribute" ? r : r));
  return aggregateFromSelect(an, expand, [...gAttrs, gid], named);
}

function groupingCall(x: Extract<RExpr, { kind: "call" }>, grouping: readonly RExpr[], gid: AttributeRef): RExpr {
  const n = grouping.length;
  if (x.name === "grouping_id") return gid;
  const i = grouping.findIndex((g) => semanticEquals(g, x.args[0]!));
  if (i < 0) throw new AnalysisException("GROUPING_COLUMN_MISMATCH", { grouping: exprSql(x.args[0]!), groupingColumns: grouping.map(exprSql).join(", ") });
  const shift = BigInt(n - 1 - i);
  return {
    kind: "call",
    name: "grouping",
    sql: x.sql,
    args: [gid],
    dataType: ByteType(),
    nullable: false,
    fn: { returnType: ByteType(), nullable: false, nullIntolerant: true, kernel: (g: bigint) => Number((g >> shift) & 1n) },
  };
}

/** groupBy(...).pivot(col, values).agg(...): one output column per (value, aggregate). */
function pivotAggregate(an: Analyzer, input: RPlan, grouping: readonly RExpr[], items: readonly NamedExpr[], p: Aggregate): RPlan {
  const pivotCol = an.resolve(p.pivot!.col, input.output);
  const values = (p.pivot!.values ?? []).map((v) => an.resolve(v, input.output));
  const aggs = items.filter((i) => !grouping.some((g) => semanticEquals(g, i.kind === "alias" ? i.child : i)));
  const out: NamedExpr[] = grouping.map((g) => namedOutput(g));
  for (const v of values) {
    for (const a of aggs) {
      const expr = a.kind === "alias" ? a.child : a;
      const match = an.resolve(
        { kind: "unresolved_function", name: "<=>", args: [{ kind: "unresolved_attribute", nameParts: ["__pivot_col__"] }, { kind: "unresolved_attribute", nameParts: ["__pivot_value__"] }], isDistinct: false },
        [
          { ...attrOf(namedOutput(pivotCol)), name: "__pivot_col__" },
          { kind: "attribute", exprId: -1, name: "__pivot_value__", dataType: v.dataType, nullable: true, qualifier: [] },
        ],
      );
      const cond = transformDown(match, (x) =>
        x.kind === "attribute" && x.name === "__pivot_col__" ? pivotCol : x.kind === "attribute" && x.name === "__pivot_value__" ? v : x,
      );
      const filtered = transformDown(expr, (x) => (x.kind === "aggregate" ? { ...x, filter: x.filter ? { kind: "and", left: x.filter, right: cond, dataType: cond.dataType, nullable: true } : cond } : x));
      // Spark's pivot yields null (not 0) where a group has no row for the value.
      const anyRow: RExpr = transformDown(
        an.exprs.resolve({ kind: "unresolved_function", name: "count", args: [{ kind: "literal", value: 1, dataType: { kind: "integer" } }], isDistinct: false }, { input: [] }, AGG_OPTS),
        (x) => (x.kind === "aggregate" ? { ...x, filter: cond } : x),
      );
      const gated: RExpr = {
        kind: "case_when",
        branches: [{ condition: an.exprs.resolve({ kind: "unresolved_function", name: ">", args: [{ kind: "unresolved_attribute", nameParts: ["__n__"] }, { kind: "literal", value: 0n, dataType: LongType() }], isDistinct: false }, { input: [{ kind: "attribute", exprId: -2, name: "__n__", dataType: LongType(), nullable: false, qualifier: [] }] }), value: filtered }],
        elseValue: null,
        dataType: filtered.dataType,
        nullable: true,
      };
      const withCount = transformDown(gated, (x) => (x.kind === "attribute" && x.exprId === -2 ? anyRow : x));
      const valueName = castToStringName(v);
      const name = aggs.length === 1 ? valueName : `${valueName}_${a.kind === "alias" ? a.name : exprSql(expr)}`;
      out.push({ kind: "alias", child: withCount, name, exprId: newExprId(), dataType: withCount.dataType, nullable: true });
    }
  }
  void StringType;
  return aggregateFromSelect(an, input, grouping, out);
}

/** HAVING: a Filter over the Aggregate; aggregates it needs that the select list lacks are
 *  computed as hidden columns and projected away. */
function applyHaving(an: Analyzer, agg: RPlan, having: Expr): RPlan {
  if (agg.kind !== "aggregate") {
    const cond = an.resolve(having, agg.output);
    return { kind: "filter", input: agg, condition: cond, output: agg.output };
  }
  const inputAttrs = agg.input.output;
  const cond = an.exprs.resolve(having, { input: agg.output, outer: { input: inputAttrs } }, AGG_OPTS);
  const hidden: RAlias[] = [];
  const outIds = new Set(agg.output.map((a) => a.exprId));
  const rewritten = transformDown(cond, (x) => {
    if (x.kind === "attribute" && outIds.has(x.exprId)) return x;
    const existing = agg.aggregateExprs.find((i) => i.kind === "alias" && semanticEquals(i.child, x));
    if (existing) return attrOf(existing);
    if (x.kind === "aggregate" || (x.kind === "attribute" && agg.groupingExprs.some((g) => semanticEquals(g, x)))) {
      const a: RAlias = { kind: "alias", child: x, name: exprSql(x), exprId: newExprId(), dataType: x.dataType, nullable: x.nullable };
      hidden.push(a);
      return attrOf(a);
    }
    return x;
  });
  const widened: RPlan = hidden.length
    ? { ...agg, aggregateExprs: [...agg.aggregateExprs, ...hidden], output: [...agg.output, ...hidden.map(attrOf)] }
    : agg;
  const filter: RPlan = { kind: "filter", input: widened, condition: rewritten, output: widened.output };
  return hidden.length ? projectOf(filter, agg.output) : filter;
}
