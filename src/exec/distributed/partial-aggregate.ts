// Partial aggregation before an exchange (Spark's partial/final HashAggregate pair): each map
// task aggregates its own rows first, so the shuffle moves one row per group and map task
// instead of every input row. Written as two ordinary Aggregate nodes, run by the same
// operator:
//   partial: GROUP BY keys → [keys AS g_j, agg_i(args) AS p_i]
//   final:   GROUP BY g_j  → the original output, each agg_i replaced by merge_i(p_i)
// Only aggregates whose merge is again a registry aggregate of the same type qualify:
// count → sum, sum (integral, float, double) → sum, min → min, max → max; no DISTINCT, no
// FILTER. Anything else keeps a plain exchange.

import type { AggregateNode, NamedExpr } from "../../plan/logical/resolved.js";
import type { AttributeRef, RAggregate, RExpr } from "../../plan/expr/resolved.js";
import { semanticEquals, transformDown } from "../../plan/expr/transform.js";
import { newExprId } from "../../plan/expr/expr-id.js";
import type { FunctionContext } from "../../functions/function-definition.js";
import { lookupFunction } from "../../functions/registry.js";
import { dataTypeEquals } from "../../types/data-type.js";

const MERGE: Readonly<Record<string, string>> = { count: "sum", sum: "sum", min: "min", max: "max" };
const SUMMABLE = new Set(["byte", "short", "integer", "long", "float", "double"]);

export interface SplitAggregate {
  readonly partial: AggregateNode;
  /** Reads the partial's output (its input is replaced by the exchange). */
  readonly final: AggregateNode;
  /** The partial's grouping attributes (the exchange's hash keys). */
  readonly keys: readonly AttributeRef[];
}

const attr = (name: string, e: RExpr): AttributeRef => ({ kind: "attribute", exprId: newExprId(), name, dataType: e.dataType, nullable: e.nullable, qualifier: [] });

export function splitAggregate(node: AggregateNode, fnCtx: FunctionContext): SplitAggregate | null {
  const aggs: RAggregate[] = [];
  for (const e of node.aggregateExprs) {
    transformDown(e, (x) => {
      if (x.kind === "aggregate" && !aggs.some((a) => semanticEquals(a, x))) aggs.push(x);
      return x;
    });
  }
  if (aggs.length === 0) return null;
  const merges: RAggregate[] = [];
  const partialAttrs: AttributeRef[] = [];
  for (const a of aggs) {
    const mergeName = MERGE[a.name];
    if (!mergeName || a.isDistinct || a.filter) return null;
    if (a.name === "sum" && !SUMMABLE.has(a.args[0]?.dataType.kind ?? "")) return null;
    const p = { ...attr(`partial_${a.name}`, a), nullable: true };
    const def = lookupFunction(mergeName);
    if (def?.kind !== "aggregate") return null;
    const fn = def.bind([{ dataType: p.dataType, nullable: true, foldable: false, sql: p.name }], fnCtx, false);
    if (!dataTypeEquals(fn.returnType, a.dataType, true)) return null;
    partialAttrs.push(p);
    merges.push({ kind: "aggregate", name: mergeName, fn, args: [p], isDistinct: false, filter: null, dataType: fn.returnType, nullable: a.nullable, sql: a.sql });
  }
  const keys = node.groupingExprs.map((g, i) => attr(`partial_key${i}`, g));
  const partialExprs: NamedExpr[] = [
    ...node.groupingExprs.map((g, i) => ({ kind: "alias", child: g, name: keys[i]!.name, exprId: keys[i]!.exprId, dataType: g.dataType, nullable: g.nullable }) as NamedExpr),
    ...aggs.map((a, i) => ({ kind: "alias", child: a, name: partialAttrs[i]!.name, exprId: partialAttrs[i]!.exprId, dataType: a.dataType, nullable: true }) as NamedExpr),
  ];
  const partial: AggregateNode = { kind: "aggregate", input: node.input, groupingExprs: node.groupingExprs, aggregateExprs: partialExprs, output: [...keys, ...partialAttrs] };
  const finalExprs = node.aggregateExprs.map((e) =>
    transformDown(e, (x) => {
      const gi = node.groupingExprs.findIndex((g) => semanticEquals(g, x));
      if (gi >= 0) return keys[gi]!;
      if (x.kind === "aggregate") return merges[aggs.findIndex((a) => semanticEquals(a, x))]!;
      return x;
    }),
  ) as NamedExpr[];
  const final: AggregateNode = { kind: "aggregate", input: partial, groupingExprs: keys, aggregateExprs: finalExprs, output: node.output };
  return { partial, final, keys };
}
