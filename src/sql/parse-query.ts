// Queries: WITH, set operations (INTERSECT binds tighter than UNION / EXCEPT / MINUS), SELECT
// specifications and the trailing ORDER BY / SORT BY / DISTRIBUTE BY / CLUSTER BY / LIMIT / OFFSET.
//
// Shape of a SELECT (bottom-up): FROM relation → LATERAL VIEW (Generate) → WHERE (Filter) →
// Aggregate (GROUP BY, with HAVING inside) or Project → QUALIFY (Filter) → DISTINCT
// (Deduplicate) → hints (Hint) → Sort → Offset → Limit.

import type { Expr, SortOrder } from "../plan/expr/unresolved.js";
import { newPlanId, type Aggregate, type LogicalPlan } from "../plan/logical/unresolved.js";
import { parseExpr, parseExprList, parseNamedExpr, parseSortItem } from "./parse-expression.js";
import { parseFromClause, parseValuesRelation } from "./parse-relation.js";
import { parseGroupBy } from "./parse-group-by.js";
import { parsePrimary } from "./parse-primary.js";
import { parseWindowBody, substituteWindows, type WindowSpecParts } from "./parse-window.js";
import { filter, oneRowRelation, project } from "./plan-build.js";
import type { SqlParser } from "./parser-core.js";

const QUERY_STARTS = ["SELECT", "WITH", "VALUES", "FROM", "TABLE"];

/** Does a query start k tokens ahead (possibly inside parentheses)? */
export function isQueryStart(p: SqlParser, k: number): boolean {
  while (p.isOp("(", k)) k++;
  return p.isAnyWord(QUERY_STARTS, k);
}

/** A full query: [WITH ...] set-expression [ORDER BY ...] [LIMIT ...] [OFFSET ...]. */
export function parseQueryBody(p: SqlParser): LogicalPlan {
  if (p.isWord("WITH")) return parseWith(p);
  const { plan, windows } = parseSetExpression(p);
  return parseQueryOrganization(p, plan, windows);
}

function parseWith(p: SqlParser): LogicalPlan {
  p.expectWord("WITH");
  if (p.isWord("RECURSIVE")) p.fail();
  const ctes: { name: string; plan: LogicalPlan; columnAliases?: readonly string[] }[] = [];
  do {
    const name = p.errorCapturingIdentifier(true);
    let columnAliases: string[] | undefined;
    if (p.isOp("(")) columnAliases = parseIdentifierList(p);
    p.acceptWord("AS");
    p.expectOp("(");
    const plan = parseQueryBody(p);
    p.expectOp(")");
    ctes.push(columnAliases ? { name, plan, columnAliases } : { name, plan });
  } while (p.acceptOp(","));
  const input = parseQueryBody(p);
  return { kind: "with_cte", planId: newPlanId(), input, ctes };
}

export function parseIdentifierList(p: SqlParser): string[] {
  p.expectOp("(");
  const names = [p.errorCapturingIdentifier(true)];
  while (p.acceptOp(",")) names.push(p.errorCapturingIdentifier(true));
  p.expectOp(")");
  return names;
}

interface QueryPart {
  plan: LogicalPlan;
  /** WINDOW definitions of a lone SELECT, applied to its ORDER BY too. */
  windows?: ReadonlyMap<string, WindowSpecParts>;
}

function setOp(left: LogicalPlan, right: LogicalPlan, opType: "union" | "intersect" | "except", isAll: boolean): LogicalPlan {
  return { kind: "set_operation", planId: newPlanId(), left, right, opType, isAll, byName: false, allowMissingColumns: false };
}

function setQuantifier(p: SqlParser): boolean {
  if (p.acceptWord("ALL")) return true;
  p.acceptWord("DISTINCT");
  return false;
}

function parseSetExpression(p: SqlParser): QueryPart {
  let left = parseIntersect(p);
  for (;;) {
    let op: "union" | "except";
    if (p.isWord("UNION")) op = "union";
    else if (p.isAnyWord(["EXCEPT", "MINUS", "SETMINUS"])) op = "except";
    else return left;
    p.next();
    const isAll = setQuantifier(p);
    const right = parseIntersect(p);
    left = { plan: setOp(left.plan, right.plan, op, isAll) };
  }
}

function parseIntersect(p: SqlParser): QueryPart {
  let left = parseQueryPrimary(p);
  while (p.acceptWord("INTERSECT")) {
    const isAll = setQuantifier(p);
    const right = parseQueryPrimary(p);
    left = { plan: setOp(left.plan, right.plan, "intersect", isAll) };
  }
  return left;
}

function parseQueryPrimary(p: SqlParser): QueryPart {
  const t = p.peek();
  if (p.isOp("(")) {
    p.next();
    const plan = parseQueryBody(p);
    p.expectOp(")");
    return { plan };
  }
  if (p.isWord("SELECT")) return parseQuerySpecification(p, undefined);
  if (p.isWord("VALUES")) return { plan: parseValuesRelation(p) };
  if (p.isWord("TABLE")) {
    p.next();
    return { plan: { kind: "read_table", planId: newPlanId(), nameParts: p.multipartIdentifier() } };
  }
  if (p.isWord("FROM")) {
    const from = parseFromClause(p);
    if (!p.isWord("SELECT")) {
      // Spark's `FROM t` alone is `SELECT * FROM t`
      if (p.atEnd() || p.isOp(")") || p.isOp(";")) return { plan: project(from, [{ kind: "unresolved_star" }]) };
      p.fail();
    }
    return parseQuerySpecification(p, from);
  }
  return p.fail(t);
}

/** SELECT ... [FROM ...] [WHERE] [GROUP BY] [HAVING] [WINDOW] [QUALIFY]; `from` for FROM-first. */
function parseQuerySpecification(p: SqlParser, fromFirst: LogicalPlan | undefined): QueryPart {
  p.expectWord("SELECT");
  const hints = p.peek().type === "hint_start" ? parseHints(p) : [];
  let distinct = false;
  if (p.acceptWord("DISTINCT")) distinct = true;
  else p.acceptWord("ALL");
  const items = [parseNamedExpr(p)];
  while (p.acceptOp(",")) items.push(parseNamedExpr(p));

  let plan: LogicalPlan = fromFirst ?? (p.isWord("FROM") ? parseFromClause(p) : oneRowRelation());
  if (p.acceptWord("WHERE")) plan = filter(plan, parseExpr(p));

  const group = p.isWords("GROUP", "BY") ? parseGroupBy(p) : undefined;
  let having: Expr | undefined;
  if (p.acceptWord("HAVING")) having = parseExpr(p);
  const windows = new Map<string, WindowSpecParts>();
  let qualify: Expr | undefined;
  for (;;) {
    if (p.acceptWord("WINDOW")) {
      do {
        const name = p.identifier(true);
        p.expectWord("AS");
        const spec: WindowSpecParts = p.isOp("(") ? parseWindowBody(p) : { partitionSpec: [], orderSpec: [], windowName: p.identifier(true) };
        if (windows.has(name.toLowerCase())) {
          p.contextError("INVALID_SQL_SYNTAX.REPETITIVE_WINDOW_DEFINITION", { windowName: `\`${name}\`` }, p.prev());
        }
        windows.set(name.toLowerCase(), spec);
      } while (p.acceptOp(","));
    } else if (p.acceptWord("QUALIFY")) {
      qualify = parseExpr(p);
    } else break;
  }
  const unknownWindow = (name: string): never => {
    throw p.contextError("INVALID_SQL_SYNTAX.UNRESOLVED_WINDOW_REFERENCE", { windowName: `\`${name}\`` }, p.prev());
  };
  const subst = (e: Expr): Expr => (windows.size > 0 ? substituteWindows(e, windows, unknownWindow) : e);
  const selectList = items.map(subst);

  if (group || having !== undefined) {
    const agg: Aggregate = {
      kind: "aggregate",
      planId: newPlanId(),
      input: plan,
      groupType: group?.groupType ?? "groupby",
      groupingExpressions: group?.groupingExpressions ?? [],
      aggregateExpressions: selectList,
      ...(group?.groupingSets ? { groupingSets: group.groupingSets } : {}),
      ...(having !== undefined ? { having: subst(having) } : {}),
      ...(group?.groupByAll ? { groupByAll: true } : {}),
    };
    plan = agg;
  } else {
    plan = project(plan, selectList);
  }
  if (qualify !== undefined) plan = filter(plan, subst(qualify));
  if (distinct) plan = { kind: "deduplicate", planId: newPlanId(), input: plan, allColumnsAsKeys: true };
  for (const h of hints.reverse()) plan = { kind: "hint", planId: newPlanId(), input: plan, name: h.name, parameters: h.parameters };
  return { plan, windows };
}

/** `/*+ NAME(params), NAME2 *\/` */
function parseHints(p: SqlParser): { name: string; parameters: Expr[] }[] {
  const hints: { name: string; parameters: Expr[] }[] = [];
  while (p.peek().type === "hint_start") {
    p.next();
    while (p.peek().type !== "hint_end") {
      if (p.atEnd()) p.fail();
      const name = p.identifier(true);
      const parameters: Expr[] = [];
      if (p.acceptOp("(")) {
        if (!p.isOp(")")) {
          do parameters.push(parsePrimary(p)); while (p.acceptOp(","));
        }
        p.expectOp(")");
      }
      hints.push({ name, parameters });
      p.acceptOp(",");
    }
    p.next();
  }
  return hints;
}

function parseSortList(p: SqlParser): SortOrder[] {
  const list = [parseSortItem(p)];
  while (p.acceptOp(",")) list.push(parseSortItem(p));
  return list;
}

function limitValue(p: SqlParser): number {
  const t = p.peek();
  const e = parseExpr(p);
  if (e.kind === "literal" && typeof e.value === "number" && Number.isInteger(e.value)) return e.value;
  if (e.kind === "literal" && typeof e.value === "bigint") return Number(e.value);
  return p.fail(t);
}

function parseQueryOrganization(p: SqlParser, input: LogicalPlan, windows?: ReadonlyMap<string, WindowSpecParts>): LogicalPlan {
  let plan = input;
  const subst = (o: SortOrder): SortOrder =>
    windows && windows.size > 0
      ? (substituteWindows(o, windows, (name) => p.contextError("INVALID_SQL_SYNTAX.UNRESOLVED_WINDOW_REFERENCE", { windowName: `\`${name}\`` }, p.prev())) as SortOrder)
      : o;
  if (p.acceptWords("ORDER", "BY")) {
    plan = { kind: "sort", planId: newPlanId(), input: plan, order: parseSortList(p).map(subst), isGlobal: true };
  }
  if (p.acceptWords("CLUSTER", "BY")) {
    const exprs = parseExprList(p);
    plan = { kind: "repartition_by_expression", planId: newPlanId(), input: plan, partitionExprs: exprs };
    const order: SortOrder[] = exprs.map((child) => ({ kind: "sort_order", child, direction: "asc", nullOrdering: "nulls_first" }));
    plan = { kind: "sort", planId: newPlanId(), input: plan, order, isGlobal: false };
  }
  if (p.acceptWords("DISTRIBUTE", "BY")) {
    plan = { kind: "repartition_by_expression", planId: newPlanId(), input: plan, partitionExprs: parseExprList(p) };
  }
  if (p.acceptWords("SORT", "BY")) {
    plan = { kind: "sort", planId: newPlanId(), input: plan, order: parseSortList(p).map(subst), isGlobal: false };
  }
  let limit: number | undefined;
  let offset: number | undefined;
  if (p.acceptWord("LIMIT")) {
    if (!p.acceptWord("ALL")) limit = limitValue(p);
  }
  if (p.acceptWord("OFFSET")) offset = limitValue(p);
  if (offset !== undefined) plan = { kind: "offset", planId: newPlanId(), input: plan, offset };
  if (limit !== undefined) plan = { kind: "limit", planId: newPlanId(), input: plan, limit };
  return plan;
}
