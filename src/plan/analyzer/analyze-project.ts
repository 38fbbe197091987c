// SELECT lists: star expansion, output naming as Spark names columns, and the rewrites Spark
// does for select lists that hold aggregates (→ Aggregate), window functions (→ Window below
// the Project) or generators (→ Generate below the Project).

import { AnalysisException } from "../../errors/spark-error.js";
import { newExprId } from "../expr/expr-id.js";
import type { AttributeRef, RAlias, RExpr, RWindow } from "../expr/resolved.js";
import type { Alias, Expr } from "../expr/unresolved.js";
import type { NamedExpr, RPlan } from "../logical/resolved.js";
import { anyExpr, transformDown } from "../expr/transform.js";
import type { Analyzer } from "./analyzer.js";
import { exprSql } from "./expr-sql.js";
import { matchName } from "./scope.js";
import { aggregateFromSelect } from "./analyze-aggregate.js";
import { hasSubquery, rewriteScalarSubqueries } from "./subqueries.js";

const SELECT_OPTS = { allowAggregates: true, allowWindows: true, allowGenerators: true };

export const attrOf = (e: NamedExpr): AttributeRef =>
  e.kind === "attribute" ? e : { kind: "attribute", exprId: e.exprId, name: e.name, dataType: e.dataType, nullable: e.nullable, qualifier: [] };

/** Names an expression the way Spark names unaliased select items. */
export function namedOutput(e: RExpr): NamedExpr {
  if (e.kind === "attribute" || e.kind === "alias") return e;
  // Column.cast on a column keeps the column's name (Spark's Column.cast naming).
  // CAST(col AS T) / try_cast keep the column's name; st.x is named x (Spark's naming).
  const name =
    e.kind === "cast" && !(e as { implicit?: boolean }).implicit && e.child.kind === "attribute"
      ? e.child.name
      : e.kind === "call" && e.name === "get_struct_field" && e.fieldFromName
        ? e.sql.slice(e.sql.lastIndexOf(".") + 1)
        : exprSql(e);
  return { kind: "alias", child: e, name, exprId: newExprId(), dataType: e.dataType, nullable: e.nullable };
}

export function projectOf(input: RPlan, list: readonly NamedExpr[]): RPlan {
  return { kind: "project", input, projectList: list, output: list.map(attrOf) };
}

/** Expands `*` / `t.*` / `df["*"]` into the input's attributes. */
export function expandStars(an: Analyzer, exprs: readonly Expr[], input: readonly AttributeRef[]): Expr[] {
  const out: Expr[] = [];
  for (const e of exprs) {
    if (e.kind !== "unresolved_star") {
      out.push(e);
      continue;
    }
    let attrs = input;
    if (e.planId !== undefined) {
      const node = an.planIdMap.get(e.planId);
      if (node) {
        // The DataFrame's own column order (a USING join moves its keys first in the input).
        const byId = new Map(input.map((a) => [a.exprId, a] as const));
        attrs = node.output.flatMap((a) => byId.get(a.exprId) ?? []);
      }
    } else if (e.target && e.target.length > 0) {
      const q = e.target.map((s) => s.toLowerCase());
      attrs = input.filter(
        (a) => a.qualifier.length >= q.length && q.every((p, i) => a.qualifier[a.qualifier.length - q.length + i]!.toLowerCase() === p),
      );
      if (attrs.length === 0) {
        // `s.*` on a struct column expands its fields.
        const m = matchName(e.target, input, an.env.caseSensitive);
        if (m && m.attr.dataType.kind === "struct") {
          for (const f of m.attr.dataType.fields) {
            out.push({ kind: "unresolved_attribute", nameParts: [...e.target, f.name] });
          }
          continue;
        }
        throw new AnalysisException("CANNOT_RESOLVE_STAR_EXPAND", {
          targetString: e.target.map((t) => "`" + t + "`").join("."),
          columns: input.map((a) => "`" + a.name + "`").join(", "),
        });
      }
    }
    for (const a of attrs) out.push({ kind: "unresolved_attribute", nameParts: [...a.qualifier, a.name], planId: undefined });
    // Resolve by exprId directly to avoid ambiguity among equal names.
    out.splice(out.length - attrs.length, attrs.length, ...attrs.map((a) => resolvedMarker(a)));
  }
  return out;
}

/** An already-resolved attribute smuggled through the unresolved API (star expansion). */
const RESOLVED = Symbol("resolved");
function resolvedMarker(a: AttributeRef): Expr {
  return { kind: "unresolved_attribute", nameParts: [a.name], [RESOLVED]: a } as unknown as Expr;
}
export function resolvedAttrOf(e: Expr): AttributeRef | undefined {
  return (e as unknown as { [RESOLVED]?: AttributeRef })[RESOLVED];
}

export function resolveSelectItem(an: Analyzer, e: Expr, input: readonly AttributeRef[]): NamedExpr {
  const pre = resolvedAttrOf(e);
  if (pre) return pre;
  return namedOutput(an.exprs.resolve(e, { input }, SELECT_OPTS));
}

export function analyzeProject(an: Analyzer, input: RPlan, exprs: readonly Expr[]): RPlan {
  const items = expandStars(an, exprs, input.output).map((e) => resolveSelectItem(an, e, input.output));
  if (items.some((i) => hasSubquery(i))) {
    // Correlated scalar subqueries become left outer joins below the projection.
    const { plan, exprs: rewritten } = rewriteScalarSubqueries(input, items, an.pendingSubqueries, (a, b) => an.equality(a, b));
    return planSelectList(an, plan, rewritten as NamedExpr[]);
  }
  return planSelectList(an, input, items);
}

/** Turns a resolved select list into Project / Aggregate / Window / Generate as needed. */
export function planSelectList(an: Analyzer, input: RPlan, items: readonly NamedExpr[]): RPlan {
  const hasAgg = items.some((i) => anyExpr(i, (x) => x.kind === "aggregate") && !isInsideWindowOnly(i));
  if (hasAgg) return aggregateFromSelect(an, input, [], items);
  let child = input;
  let list: NamedExpr[] = [...items];
  if (list.some((i) => anyExpr(i, (x) => x.kind === "generator"))) {
    ({ child, list } = extractGenerator(child, list));
  }
  if (list.some((i) => anyExpr(i, (x) => x.kind === "window"))) {
    ({ child, list } = extractWindows(child, list));
  }
  return projectOf(child, list);
}

function isInsideWindowOnly(e: RExpr): boolean {
  // An aggregate that only appears as the function of a window expression does not make the
  // select list an aggregation.
  const stripped = transformDown(e, (x) => (x.kind === "window" ? { kind: "literal", value: null, dataType: x.dataType, nullable: true } : x));
  return !anyExpr(stripped, (x) => x.kind === "aggregate");
}

/** Moves window expressions into Window nodes (one per distinct partition/order spec). */
export function extractWindows(input: RPlan, items: readonly NamedExpr[]): { child: RPlan; list: NamedExpr[] } {
  const groups = new Map<string, { spec: RWindow; exprs: RAlias[] }>();
  const list = items.map((item) =>
    transformDown(item, (x) => {
      if (x.kind !== "window") return x;
      const key = specKey(x);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { spec: x, exprs: [] }));
      const alias: RAlias = { kind: "alias", child: x, name: x.sql, exprId: newExprId(), dataType: x.dataType, nullable: x.nullable };
      g.exprs.push(alias);
      return { kind: "attribute", exprId: alias.exprId, name: x.sql, dataType: x.dataType, nullable: x.nullable, qualifier: [] } as AttributeRef;
    }),
  ) as NamedExpr[];
  let child = input;
  for (const g of groups.values()) {
    child = {
      kind: "window",
      input: child,
      windowExprs: g.exprs,
      partitionSpec: g.spec.partitionSpec,
      orderSpec: g.spec.orderSpec,
      output: [...child.output, ...g.exprs.map(attrOf)],
    };
  }
  return { child, list };
}

const specKey = (w: RWindow): string =>
  JSON.stringify([w.partitionSpec.map(exprSql), w.orderSpec.map((o) => [exprSql(o.child), o.ascending, o.nullsFirst])]);

function extractGenerator(input: RPlan, items: readonly NamedExpr[]): { child: RPlan; list: NamedExpr[] } {
  let generated: RPlan | null = null;
  const list: NamedExpr[] = [];
  for (const item of items) {
    const gen = item.kind === "alias" && item.child.kind === "generator" ? item.child : item.kind === "alias" ? null : null;
    const direct = item.kind === "alias" && item.child.kind === "generator";
    if (!direct) {
      if (anyExpr(item, (x) => x.kind === "generator")) {
        throw new AnalysisException("UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS", { expression: exprSql(item) });
      }
      list.push(item);
      continue;
    }
    if (generated) throw new AnalysisException("UNSUPPORTED_GENERATOR.MULTI_GENERATOR", { clause: "SELECT", num: "2", generators: "" });
    const g = gen!;
    if (g.kind !== "generator") continue;
    const aliasNames = (item as RAlias & { names?: string[] }).names;
    const userNamed = (item as RAlias).name !== exprSql(g);
    const names = aliasNames ?? (userNamed && g.fn.outputNames.length === 1 ? [(item as RAlias).name] : g.fn.outputNames);
    const generatorOutput = g.fn.outputTypes.map((t, i): AttributeRef => ({
      kind: "attribute",
      exprId: newExprId(),
      name: names[i] ?? g.fn.outputNames[i]!,
      dataType: t,
      nullable: g.fn.outputNullable[i] ?? true,
      qualifier: [],
    }));
    const outer = g.name.endsWith("_outer");
    generated = { kind: "generate", input, generator: g, outer, generatorOutput, output: [...input.output, ...generatorOutput] };
    list.push(...generatorOutput);
  }
  return { child: generated ?? input, list };
}

/** withColumn(s): replace same-named columns in place, append new ones. */
export function analyzeWithColumns(an: Analyzer, input: RPlan, aliases: readonly Alias[]): RPlan {
  const list: NamedExpr[] = [...input.output];
  for (const a of aliases) {
    const r = an.exprs.resolve(a.child, { input: input.output }, SELECT_OPTS);
    const name = a.names[0]!;
    const named: RAlias = { kind: "alias", child: r, name, exprId: newExprId(), dataType: r.dataType, nullable: r.nullable };
    const idx = list.findIndex((x) => attrOf(x).name.toLowerCase() === name.toLowerCase());
    if (idx >= 0) list[idx] = named;
    else list.push(named);
  }
  return planSelectList(an, input, list);
}
