// OVER clauses: `OVER w`, `OVER (w2 PARTITION BY ... ORDER BY ... ROWS|RANGE frame)`, and the
// named WINDOW clause substitution.

import type { Expr, FrameBoundary, SortOrder, WindowExpr, WindowFrame } from "../plan/expr/unresolved.js";
import { mapExpr, negate } from "./expr-build.js";
import { parseExprList, parseSortItem, parseValueExpr } from "./parse-expression.js";
import type { SqlParser } from "./parser-core.js";

/** After OVER: a window name or a parenthesized specification, applied to `fn`. */
export function parseWindowSpec(p: SqlParser, fnExpr: Expr): WindowExpr {
  if (!p.isOp("(")) {
    return { kind: "window", fn: fnExpr, partitionSpec: [], orderSpec: [], windowName: p.identifier(true) };
  }
  const spec = parseWindowBody(p);
  return { kind: "window", fn: fnExpr, ...spec };
}

export interface WindowSpecParts {
  partitionSpec: readonly Expr[];
  orderSpec: readonly SortOrder[];
  frame?: WindowFrame;
  windowName?: string;
}

/** `( [name] [PARTITION BY ...] [ORDER BY ...] [frame] )` */
export function parseWindowBody(p: SqlParser): WindowSpecParts {
  p.expectOp("(");
  let windowName: string | undefined;
  if (p.isIdentifier() && !p.isAnyWord(["PARTITION", "DISTRIBUTE", "ORDER", "SORT", "ROWS", "RANGE", "CLUSTER"])) {
    windowName = p.identifier();
  }
  let partitionSpec: Expr[] = [];
  let orderSpec: SortOrder[] = [];
  if (p.acceptWords("PARTITION", "BY") || p.acceptWords("DISTRIBUTE", "BY")) partitionSpec = parseExprList(p);
  if (p.acceptWords("CLUSTER", "BY")) {
    partitionSpec = parseExprList(p);
    orderSpec = partitionSpec.map((child) => ({ kind: "sort_order", child, direction: "asc", nullOrdering: "nulls_first" }));
  }
  if (p.acceptWords("ORDER", "BY") || p.acceptWords("SORT", "BY")) {
    orderSpec = [parseSortItem(p)];
    while (p.acceptOp(",")) orderSpec.push(parseSortItem(p));
  }
  let frame: WindowFrame | undefined;
  if (p.isWord("ROWS") || p.isWord("RANGE")) {
    const frameType = p.next().value === "ROWS" ? "rows" : "range";
    if (p.acceptWord("BETWEEN")) {
      const lower = parseBoundary(p);
      p.expectWord("AND");
      const upper = parseBoundary(p);
      frame = { frameType, lower, upper };
    } else {
      frame = { frameType, lower: parseBoundary(p), upper: { kind: "current_row" } };
    }
  }
  p.expectOp(")");
  return {
    partitionSpec,
    orderSpec,
    ...(frame ? { frame } : {}),
    ...(windowName !== undefined ? { windowName } : {}),
  };
}

function parseBoundary(p: SqlParser): FrameBoundary {
  if (p.acceptWord("UNBOUNDED")) {
    if (p.acceptWord("PRECEDING")) return { kind: "unbounded_preceding" };
    p.expectWord("FOLLOWING");
    return { kind: "unbounded_following" };
  }
  if (p.acceptWords("CURRENT", "ROW")) return { kind: "current_row" };
  const value = parseValueExpr(p);
  if (p.acceptWord("PRECEDING")) return { kind: "offset", value: negate(value) };
  p.expectWord("FOLLOWING");
  return { kind: "offset", value };
}

/**
 * Replaces `OVER w` references with the WINDOW clause definitions. A definition may itself start
 * from another named window (`w2 AS (w1 ORDER BY x)`).
 */
export function substituteWindows(e: Expr, defs: ReadonlyMap<string, WindowSpecParts>, onUnknown: (name: string) => never): Expr {
  return mapExpr(e, (x) => {
    if (x.kind !== "window" || x.windowName === undefined) return x;
    const def = resolveDef(x.windowName, defs, onUnknown, 0);
    const { windowName: _drop, ...rest } = x;
    void _drop;
    return {
      ...rest,
      partitionSpec: x.partitionSpec.length > 0 ? x.partitionSpec : def.partitionSpec,
      orderSpec: x.orderSpec.length > 0 ? x.orderSpec : def.orderSpec,
      ...(x.frame ?? def.frame ? { frame: x.frame ?? def.frame } : {}),
    };
  });
}

function resolveDef(
  name: string,
  defs: ReadonlyMap<string, WindowSpecParts>,
  onUnknown: (name: string) => never,
  depth: number,
): WindowSpecParts {
  const def = defs.get(name.toLowerCase()) ?? onUnknown(name);
  if (def.windowName === undefined || depth > 20) return def;
  const base = resolveDef(def.windowName, defs, onUnknown, depth + 1);
  return {
    partitionSpec: def.partitionSpec.length > 0 ? def.partitionSpec : base.partitionSpec,
    orderSpec: def.orderSpec.length > 0 ? def.orderSpec : base.orderSpec,
    ...(def.frame ?? base.frame ? { frame: def.frame ?? base.frame } : {}),
  };
}
