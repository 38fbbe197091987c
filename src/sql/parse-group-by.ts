// GROUP BY: expressions and ordinals, ALL, ROLLUP / CUBE / GROUPING SETS (also the Hive forms
// `GROUP BY a, b WITH ROLLUP` and `GROUP BY a, b GROUPING SETS ((a), ())`). A lone ROLLUP or CUBE
// keeps its group type; any mix becomes explicit grouping sets, expanded as Spark does
// (cartesian product of each item's sets, CUBE subsets in Spark's order).

import type { Expr } from "../plan/expr/unresolved.js";
import type { GroupType } from "../plan/logical/unresolved.js";
import { parseExpr } from "./parse-expression.js";
import { exprKey } from "./plan-build.js";
import type { SqlParser } from "./parser-core.js";

export interface GroupBy {
  groupType: GroupType;
  groupingExpressions: Expr[];
  groupingSets?: Expr[][];
  groupByAll?: boolean;
}

type Item =
  | { kind: "expr"; expr: Expr }
  | { kind: "rollup" | "cube"; elements: Expr[][] }
  | { kind: "sets"; sets: Expr[][] };

export function parseGroupBy(p: SqlParser): GroupBy {
  p.expectWords("GROUP", "BY");
  if (p.isWord("ALL") && !p.isOp("(", 1) && !p.isOp(".", 1)) {
    p.next();
    return { groupType: "groupby", groupingExpressions: [], groupByAll: true };
  }
  const items: Item[] = [];
  do items.push(parseItem(p)); while (p.acceptOp(","));
  // Hive-style trailing modifiers apply to the plain expressions listed before them
  if (p.acceptWords("WITH", "ROLLUP") || p.acceptWords("WITH", "CUBE")) {
    const kind = p.prev().value === "ROLLUP" ? "rollup" : "cube";
    const exprs = items.map((i) => (i.kind === "expr" ? i.expr : p.fail()));
    return build([{ kind, elements: exprs.map((e) => [e]) }]);
  }
  if (p.isWords("GROUPING", "SETS")) {
    const sets = parseItem(p);
    const exprs = items.map((i) => (i.kind === "expr" ? i.expr : p.fail()));
    const built = build([sets]);
    return { ...built, groupingExpressions: dedupe([...exprs, ...built.groupingExpressions]) };
  }
  return build(items);
}

function parseItem(p: SqlParser): Item {
  if ((p.isWord("ROLLUP") || p.isWord("CUBE")) && p.isOp("(", 1)) {
    const kind = p.next().value === "ROLLUP" ? "rollup" : "cube";
    return { kind, elements: parseElementList(p) };
  }
  if (p.isWords("GROUPING", "SETS")) {
    p.pos += 2;
    return { kind: "sets", sets: parseElementList(p) };
  }
  return { kind: "expr", expr: parseExpr(p) };
}

/** `( elem, elem, ... )` where elem is an expression or a parenthesized tuple (possibly empty). */
function parseElementList(p: SqlParser): Expr[][] {
  p.expectOp("(");
  const out: Expr[][] = [];
  if (!p.isOp(")")) {
    do out.push(parseElement(p)); while (p.acceptOp(","));
  }
  p.expectOp(")");
  return out;
}

function parseElement(p: SqlParser): Expr[] {
  if (p.isOp("(")) {
    // a tuple `(a, b)` / `()`, or a parenthesized expression `(a + 1)`
    const tuple = p.speculate(() => {
      p.next();
      const list: Expr[] = [];
      if (!p.isOp(")")) {
        do list.push(parseExpr(p)); while (p.acceptOp(","));
      }
      p.expectOp(")");
      if (!p.isOp(",") && !p.isOp(")")) p.fail();
      return list;
    });
    if (tuple) return tuple;
  }
  return [parseExpr(p)];
}

function dedupe(exprs: readonly Expr[]): Expr[] {
  const seen = new Set<string>();
  const out: Expr[] = [];
  for (const e of exprs) {
    const k = exprKey(e);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(e);
    }
  }
  return out;
}

const rollupSets = (elements: Expr[][]): Expr[][] => {
  const sets: Expr[][] = [];
  for (let n = elements.length; n >= 0; n--) sets.push(elements.slice(0, n).flat());
  return sets;
};

const cubeSets = (elements: Expr[][]): Expr[][] =>
  elements.reduceRight<Expr[][]>((acc, x) => [...acc.map((s) => [...x, ...s]), ...acc], [[]]);

function build(items: Item[]): GroupBy {
  if (items.every((i) => i.kind === "expr")) {
    return { groupType: "groupby", groupingExpressions: items.map((i) => (i as { expr: Expr }).expr) };
  }
  if (items.length === 1 && (items[0]!.kind === "rollup" || items[0]!.kind === "cube")) {
    const it = items[0] as { kind: "rollup" | "cube"; elements: Expr[][] };
    if (it.elements.every((e) => e.length === 1)) {
      return { groupType: it.kind, groupingExpressions: it.elements.map((e) => e[0]!) };
    }
  }
  let sets: Expr[][] = [[]];
  for (const it of items) {
    let own: Expr[][];
    if (it.kind === "expr") own = [[it.expr]];
    else if (it.kind === "sets") own = it.sets;
    else own = it.kind === "rollup" ? rollupSets(it.elements) : cubeSets(it.elements);
    const next: Expr[][] = [];
    for (const s of sets) for (const o of own) next.push([...s, ...o]);
    sets = next;
  }
  return {
    groupType: "grouping_sets",
    groupingExpressions: dedupe(sets.flat()),
    groupingSets: sets.map(dedupe),
  };
}
