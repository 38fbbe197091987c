// ORDER BY / sort: resolves against the input; like Spark, a sort key missing from a Project's
// output (SQL ORDER BY on a non-selected column, or on an aggregate) is added as a hidden
// column below the Sort and projected away above it.

import type { Sort } from "../logical/unresolved.js";
import type { NamedExpr, RPlan } from "../logical/resolved.js";
import type { RAlias, RSortOrder } from "../expr/resolved.js";
import { newExprId } from "../expr/expr-id.js";
import { semanticEquals, transformDown } from "../expr/transform.js";
import type { Analyzer } from "./analyzer.js";
import { AnalysisException } from "../../errors/spark-error.js";
import { attrOf, projectOf } from "./analyze-project.js";
import { exprSql } from "./expr-sql.js";

const AGG = { allowAggregates: true, allowWindows: false, allowGenerators: false };

export function analyzeSort(an: Analyzer, p: Sort): RPlan {
  const input = an.analyze(p.input);
  const make = (order: RSortOrder[], child: RPlan): RPlan => ({ kind: "sort", input: child, order, global: p.isGlobal, output: child.output });
  try {
    const order = p.order.map((o) => ordinalOrResolve(an, o, input));
    return make(order, input);
  } catch (err) {
    if (input.kind === "project") {
      const below = input.input;
      const order = p.order.map((o) => an.exprs.resolveSortOrder(o, { input: input.output, outer: { input: below.output } }));
      const have = new Set(input.output.map((a) => a.exprId));
      const extra = new Map<number, NamedExpr>();
      for (const o of order) {
        transformDown(o.child, (x) => {
          if (x.kind === "attribute" && !have.has(x.exprId)) extra.set(x.exprId, x);
          return x;
        });
      }
      const widened = projectOf(below, [...input.projectList, ...extra.values()]);
      return projectOf(make(order, widened), input.output);
    }
    if (input.kind === "aggregate") {
      const order = p.order.map((o) => an.exprs.resolveSortOrder(o, { input: input.output, outer: { input: input.input.output } }, AGG));
      const hidden: RAlias[] = [];
      const outIds = new Set(input.output.map((a) => a.exprId));
      const rewritten = order.map((o) => ({
        ...o,
        child: transformDown(o.child, (x) => {
          if (x.kind === "attribute" && outIds.has(x.exprId)) return x;
          const existing = input.aggregateExprs.find((i) => i.kind === "alias" && semanticEquals(i.child, x));
          if (existing) return attrOf(existing);
          if (x.kind === "aggregate" || (x.kind === "attribute" && input.groupingExprs.some((g) => semanticEquals(g, x)))) {
            const a: RAlias = { kind: "alias", child: x, name: exprSql(x), exprId: newExprId(), dataType: x.dataType, nullable: x.nullable };
            hidden.push(a);
            return attrOf(a);
          }
          return x;
        }),
      }));
      const widened: RPlan = { ...input, aggregateExprs: [...input.aggregateExprs, ...hidden], output: [...input.output, ...hidden.map(attrOf)] };
      return projectOf(make(rewritten, widened), input.output);
    }
    throw err;
  }
}

/** ORDER BY 1 refers to the first output column (spark.sql.orderByOrdinal). */
function ordinalOrResolve(an: Analyzer, o: Sort["order"][number], input: RPlan): RSortOrder {
  const child = o.child;
  if (child.kind === "literal" && typeof child.value === "number" && Number.isInteger(child.value)) {
    const attr = input.output[child.value - 1];
    if (attr) return { child: attr, ascending: o.direction === "asc", nullsFirst: o.nullOrdering === "nulls_first" };
    throw new AnalysisException("ORDER_BY_POS_OUT_OF_RANGE", { index: String(child.value), size: String(input.output.length) });
  }
  return an.exprs.resolveSortOrder(o, { input: input.output });
}
