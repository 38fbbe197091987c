// Expressions with Spark's precedence (loosest first):
//   OR < AND < NOT < predicates (IS, [NOT] IN/BETWEEN/LIKE/ILIKE/RLIKE) < comparison
//   < | < ^ < & < shifts < + - || < * / % DIV < unary - + ~ < primary (postfix . [] ::)
// Operators become unresolved functions named as Spark names them.

import type { Alias, Expr, SortOrder } from "../plan/expr/unresolved.js";
import { fn, not } from "./expr-build.js";
import { boolLit, parseStringValue, strLit } from "./parse-literal.js";
import { isRowConstructor, parsePrimary } from "./parse-primary.js";
import { isQueryStart, parseQueryBody } from "./parse-query.js";
import type { SqlParser } from "./parser-core.js";

/** A full boolean expression. */
export function parseExpr(p: SqlParser): Expr {
  return parseOr(p);
}

function parseOr(p: SqlParser): Expr {
  let left = parseAnd(p);
  while (p.acceptWord("OR")) left = fn("or", left, parseAnd(p));
  return left;
}

function parseAnd(p: SqlParser): Expr {
  let left = parseNot(p);
  while (p.acceptWord("AND")) left = fn("and", left, parseNot(p));
  return left;
}

function parseNot(p: SqlParser): Expr {
  if (p.isWord("NOT") || p.isOp("!")) {
    p.next();
    return not(parseNot(p));
  }
  // EXISTS (query) — otherwise `exists` is the higher-order function
  if (p.isWord("EXISTS") && p.isOp("(", 1) && isQueryStart(p, 2)) {
    p.next();
    p.next();
    const plan = parseQueryBody(p);
    p.expectOp(")");
    return { kind: "subquery", subqueryType: "exists", plan };
  }
  return parsePredicated(p);
}

function parsePredicated(p: SqlParser): Expr {
  let e = parseValueExpr(p);
  for (;;) {
    const next = parsePredicate(p, e);
    if (next === undefined) return e;
    e = next;
  }
}

function parsePredicate(p: SqlParser, e: Expr): Expr | undefined {
  if (p.isWord("IS")) {
    p.next();
    const negated = p.acceptWord("NOT");
    let r: Expr;
    if (p.acceptWord("NULL")) return negated ? fn("isnotnull", e) : fn("isnull", e);
    if (p.acceptWord("UNKNOWN")) return negated ? fn("isnotnull", e) : fn("isnull", e);
    if (p.isWord("TRUE") || p.isWord("FALSE")) r = fn("<=>", e, boolLit(p.next().value === "TRUE"));
    else if (p.acceptWord("DISTINCT")) {
      p.expectWord("FROM");
      // IS DISTINCT FROM = NOT (a <=> b); IS NOT DISTINCT FROM = a <=> b
      const right = parseValueExpr(p);
      return negated ? fn("<=>", e, right) : not(fn("<=>", e, right));
    } else return p.fail();
    return negated ? not(r) : r;
  }
  const negated = p.isWord("NOT") && p.isAnyWord(["BETWEEN", "IN", "LIKE", "ILIKE", "RLIKE", "REGEXP"], 1);
  const notTok = p.peek();
  const kw = p.peek(negated ? 1 : 0);
  if (kw.type !== "word") return undefined;
  const wrap = (x: Expr): Expr => (negated ? not(x) : x);
  switch (kw.value) {
    case "BETWEEN": {
      p.pos += negated ? 2 : 1;
      const lower = parseValueExpr(p);
      p.expectWord("AND");
      const upper = parseValueExpr(p);
      return wrap(fn("between", e, lower, upper));
    }
    case "IN": {
      p.pos += negated ? 2 : 1;
      p.expectOp("(");
      if (isQueryStart(p, 0)) {
        const plan = parseQueryBody(p);
        p.expectOp(")");
        const values = isRowConstructor(e) && e.kind === "unresolved_function" ? e.args : [e];
        return wrap({ kind: "subquery", subqueryType: "in", plan, values });
      }
      if (p.isOp(")")) p.fail(kw); // Spark reports an empty IN list at the IN keyword
      const list = [parseExpr(p)];
      while (p.acceptOp(",")) list.push(parseExpr(p));
      p.expectOp(")");
      return wrap(fn("in", e, ...list));
    }
    case "RLIKE":
    case "REGEXP":
      p.pos += negated ? 2 : 1;
      return wrap(fn("rlike", e, parseValueExpr(p)));
    case "LIKE":
    case "ILIKE": {
      p.pos += negated ? 2 : 1;
      const name = kw.value.toLowerCase();
      // LIKE ANY|SOME|ALL (patterns)
      if (p.isAnyWord(["ANY", "SOME", "ALL"]) && p.isOp("(", 1)) {
        const quantifier = p.next().value === "ALL" ? "all" : "any";
        p.next();
        const patterns: Expr[] = [];
        if (!p.isOp(")")) {
          do patterns.push(parseExpr(p)); while (p.acceptOp(","));
        }
        p.expectOp(")");
        return fn(`${negated ? "not_" : ""}${name}_${quantifier}`, e, ...patterns);
      }
      const pattern = parseValueExpr(p);
      if (p.acceptWord("ESCAPE")) {
        const esc = parseStringValue(p);
        const escTok = p.prev();
        if ([...esc].length !== 1) {
          // Spark's context spans the predicate from its keyword (or NOT) to the escape string
          p.contextError("INVALID_ESC", { invalidEscape: `'${esc}'` }, negated ? notTok : kw, escTok);
        }
        return wrap(fn(name, e, pattern, strLit(esc)));
      }
      return wrap(fn(name, e, pattern));
    }
    default:
      return undefined;
  }
}

// Binary operator precedence for value expressions (higher binds tighter).
const BINARY: Record<string, { prec: number; name: string }> = {
  "=": { prec: 1, name: "==" },
  "==": { prec: 1, name: "==" },
  "<>": { prec: 1, name: "!=" },
  "!=": { prec: 1, name: "!=" },
  "<": { prec: 1, name: "<" },
  "<=": { prec: 1, name: "<=" },
  ">": { prec: 1, name: ">" },
  ">=": { prec: 1, name: ">=" },
  "<=>": { prec: 1, name: "<=>" },
  "|": { prec: 2, name: "|" },
  "^": { prec: 3, name: "^" },
  "&": { prec: 4, name: "&" },
  "<<": { prec: 5, name: "shiftleft" },
  ">>": { prec: 5, name: "shiftright" },
  ">>>": { prec: 5, name: "shiftrightunsigned" },
  "+": { prec: 6, name: "+" },
  "-": { prec: 6, name: "-" },
  "||": { prec: 6, name: "concat" },
  "*": { prec: 7, name: "*" },
  "/": { prec: 7, name: "/" },
  "%": { prec: 7, name: "%" },
};

function binaryOp(p: SqlParser): { prec: number; name: string } | undefined {
  const t = p.peek();
  if (t.type === "op") return BINARY[t.value];
  if (t.type === "word" && t.value === "DIV") return { prec: 7, name: "div" };
  return undefined;
}

/** A value expression (no boolean connectives or predicates at the top level). */
export function parseValueExpr(p: SqlParser, minPrec = 1): Expr {
  let left = parseUnary(p);
  for (;;) {
    const op = binaryOp(p);
    if (!op || op.prec < minPrec) return left;
    p.next();
    const right = parseValueExpr(p, op.prec + 1);
    left = fn(op.name, left, right);
  }
}

function parseUnary(p: SqlParser): Expr {
  const t = p.peek();
  if (t.type === "op") {
    if (t.value === "-") {
      // -<number> is a negative literal (Spark's grammar folds the sign into the constant)
      if (p.peek(1).type === "number") return parsePrimary(p);
      p.next();
      // "-" (not "negative") so the column is named (- x), as Spark names SQL's unary minus.
      return fn("-", parseUnary(p));
    }
    if (t.value === "+") {
      p.next();
      return fn("positive", parseUnary(p));
    }
    if (t.value === "~") {
      p.next();
      return fn("~", parseUnary(p));
    }
  }
  return parsePrimary(p);
}

/** `expr [AS] alias`, `expr AS (a, b)`; implicit aliases only when allowed. */
export function parseNamedExpr(p: SqlParser, allowImplicitAlias = true): Expr {
  const e = parseExpr(p);
  if (p.acceptWord("AS")) {
    if (p.acceptOp("(")) {
      const names = [p.errorCapturingIdentifier(true)];
      while (p.acceptOp(",")) names.push(p.errorCapturingIdentifier(true));
      p.expectOp(")");
      return alias(e, names);
    }
    return alias(e, [p.errorCapturingIdentifier(true)]);
  }
  if (allowImplicitAlias && p.isImplicitAlias()) return alias(e, [p.errorCapturingIdentifier(true)]);
  return e;
}

export const alias = (child: Expr, names: string[]): Alias => ({ kind: "alias", child, names });

/** `expr [ASC|DESC] [NULLS FIRST|LAST]` (nulls first for ASC, last for DESC by default). */
export function parseSortItem(p: SqlParser): SortOrder {
  const child = parseExpr(p);
  let direction: "asc" | "desc" = "asc";
  if (p.acceptWord("ASC")) direction = "asc";
  else if (p.acceptWord("DESC")) direction = "desc";
  let nullOrdering: "nulls_first" | "nulls_last" = direction === "asc" ? "nulls_first" : "nulls_last";
  if (p.acceptWord("NULLS")) {
    if (p.acceptWord("FIRST")) nullOrdering = "nulls_first";
    else {
      p.expectWord("LAST");
      nullOrdering = "nulls_last";
    }
  }
  return { kind: "sort_order", child, direction, nullOrdering };
}

export function parseExprList(p: SqlParser): Expr[] {
  const list = [parseExpr(p)];
  while (p.acceptOp(",")) list.push(parseExpr(p));
  return list;
}
