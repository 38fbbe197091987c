// Primary expressions: literals, names, function calls (DISTINCT, FILTER, IGNORE NULLS, OVER),
// CASE, CAST / TRY_CAST / ::, special-syntax functions (EXTRACT, SUBSTRING ... FROM, TRIM,
// POSITION, OVERLAY), lambdas, subqueries, parameter markers, and postfix . [] :: access.

import type { Cast, Expr, SortOrder, UnresolvedFunction } from "../plan/expr/unresolved.js";
import { RESERVED } from "./keywords.js";
import { bindLambdaVariables, fn } from "./expr-build.js";
import { parameterValue } from "./parameters.js";
import { parseDataTypeAt } from "./parse-datatype.js";
import { alias, parseExpr, parseExprList, parseSortItem, parseValueExpr } from "./parse-expression.js";
import {
  boolLit, isTypedLiteral, nullLit, parseIntervalAfterKeyword, parseNumber, parseStringValue, parseTypedLiteral, strLit,
} from "./parse-literal.js";
import { isQueryStart, parseQueryBody } from "./parse-query.js";
import { parseWindowSpec } from "./parse-window.js";
import type { SqlParser } from "./parser-core.js";

const rowConstructors = new WeakSet<object>();
/** `(a, b)` row constructors (struct), which IN-subqueries unpack into several values. */
export const isRowConstructor = (e: Expr): boolean => rowConstructors.has(e);

// Zero-argument functions Spark allows without parentheses. Spark (with reserved keywords not
// enforced) parses them as column names and resolves them to the function when no column
// matches; we do the same and leave that fallback to the analyzer.
const CURRENT_LIKE = ["CURRENT_DATE", "CURRENT_TIMESTAMP", "CURRENT_USER", "USER", "SESSION_USER", "CURRENT_TIME"];

export function parsePrimary(p: SqlParser): Expr {
  let e = parseBase(p);
  // postfix: .field, [index], ::type
  for (;;) {
    if (p.isOp("[")) {
      p.next();
      const key = parseExpr(p);
      p.expectOp("]");
      e = { kind: "unresolved_extract_value", child: e, extraction: key };
    } else if (p.isOp(".") && (p.peek(1).type === "word" || p.peek(1).type === "qident")) {
      p.next();
      const field = p.identifier(true);
      if (e.kind === "unresolved_attribute") e = { ...e, nameParts: [...e.nameParts, field] };
      else e = { kind: "unresolved_extract_value", child: e, extraction: strLit(field) };
    } else if (p.isOp(".") && p.isOp("*", 1) && e.kind === "unresolved_attribute") {
      p.pos += 2;
      e = { kind: "unresolved_star", target: e.nameParts };
    } else if (p.isOp("::")) {
      p.next();
      const cast: Cast = { kind: "cast", child: e, dataType: parseDataTypeAt(p), evalMode: "ansi" };
      e = cast;
    } else return e;
  }
}

function parseBase(p: SqlParser): Expr {
  const t = p.peek();
  switch (t.type) {
    case "number":
      return parseNumber(p);
    case "string":
      return strLit(parseStringValue(p));
    case "qident":
      return parseNameOrCall(p);
    case "op":
      return parseOpStart(p);
    case "word":
      return parseWordStart(p);
    default:
      return p.fail(t);
  }
}

function parseOpStart(p: SqlParser): Expr {
  const t = p.peek();
  switch (t.value) {
    case "-": {
      // negative numeric literal
      p.next();
      if (p.peek().type !== "number") return p.fail();
      return parseNumber(p, t);
    }
    case "*":
      p.next();
      return { kind: "unresolved_star" };
    case "?": {
      p.next();
      return parameterValue(p, p.positionalIndex++, t);
    }
    case ":": {
      if (p.peek(1).type === "word" || p.peek(1).type === "qident") {
        p.next();
        const nameTok = p.peek();
        return parameterValue(p, p.identifier(true), nameTok);
      }
      return p.fail(t);
    }
    case "(":
      return parseParenthesized(p);
    default:
      return p.fail(t);
  }
}

function parseParenthesized(p: SqlParser): Expr {
  // scalar subquery
  if (isQueryStart(p, 1)) {
    const sub = p.speculate(() => {
      p.next();
      const plan = parseQueryBody(p);
      p.expectOp(")");
      return plan;
    });
    if (sub) return { kind: "subquery", subqueryType: "scalar", plan: sub };
  }
  // lambda (a, b) -> body
  const lambda = p.speculate(() => {
    p.next();
    const names = [p.identifier(true)];
    while (p.acceptOp(",")) names.push(p.identifier(true));
    p.expectOp(")");
    p.expectOp("->");
    return names;
  });
  if (lambda) return lambdaBody(p, lambda);
  p.expectOp("(");
  const first = parseNamedArg(p);
  if (p.acceptOp(")")) return first;
  const items = [first];
  while (p.acceptOp(",")) items.push(parseNamedArg(p));
  if (!p.isOp(")")) p.failFurthest(p.peek());
  p.next();
  const row = fn("struct", ...items);
  rowConstructors.add(row);
  return row;
}

function lambdaBody(p: SqlParser, names: string[]): Expr {
  const body = parseExpr(p);
  return {
    kind: "lambda_function",
    fn: bindLambdaVariables(body, names),
    args: names.map((name) => ({ kind: "lambda_variable", name })),
  };
}

/** An argument: expression with an optional `AS alias` (struct(a AS x)), or a lambda. */
function parseNamedArg(p: SqlParser): Expr {
  if ((p.peek().type === "word" || p.peek().type === "qident") && p.isOp("->", 1)) {
    const name = p.identifier(true);
    p.next();
    return lambdaBody(p, [name]);
  }
  const e = parseExpr(p);
  if (p.acceptWord("AS")) return alias(e, [p.errorCapturingIdentifier(true)]);
  return e;
}

/** Spark's datetimeUnit keywords (TIMESTAMPADD / TIMESTAMPDIFF and their aliases). */
const DATETIME_UNITS = new Set(["YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "DAYOFYEAR", "HOUR", "MINUTE", "SECOND", "MILLISECOND", "MICROSECOND"]);

function parseWordStart(p: SqlParser): Expr {
  const t = p.peek();
  const w = t.value;
  const callFollows = p.isOp("(", 1);
  if (w !== "INTERVAL" && isTypedLiteral(p)) return parseTypedLiteral(p);
  switch (w) {
    case "NULL":
      p.next();
      return nullLit();
    case "TRUE":
    case "FALSE":
      p.next();
      return boolLit(w === "TRUE");
    case "INTERVAL":
      if (p.peek(1).type === "number" || p.peek(1).type === "string" || p.isOp("-", 1) || p.isOp("+", 1)) {
        p.next();
        return parseIntervalAfterKeyword(p, t);
      }
      break;
    case "CASE":
      return parseCase(p);
    case "CAST":
    case "TRY_CAST":
      if (callFollows) return parseCast(p, w === "TRY_CAST" ? "try" : "ansi");
      break;
    case "EXTRACT":
    case "DATE_PART":
    case "DATEPART":
      if (callFollows && (p.peek(2).type === "word" || p.peek(2).type === "qident") && p.isWord("FROM", 3)) {
        p.pos += 2;
        const field = p.next().text;
        p.expectWord("FROM");
        const source = parseExpr(p);
        p.expectOp(")");
        return fn(w === "EXTRACT" ? "extract" : w.toLowerCase(), strLit(field), source);
      }
      break;
    case "TIMESTAMPADD":
    case "DATEADD":
    case "DATE_ADD":
    case "TIMESTAMPDIFF":
    case "DATEDIFF":
    case "DATE_DIFF":
      // the unit form: timestampadd(HOUR, n, ts), datediff(DAY, start, end)
      if (callFollows && p.peek(2).type === "word" && DATETIME_UNITS.has(p.peek(2).value) && p.isOp(",", 3)) {
        const r = p.speculate(() => {
          p.pos += 2;
          const unit = p.next().value;
          p.expectOp(",");
          const a = parseExpr(p);
          p.expectOp(",");
          const b = parseExpr(p);
          p.expectOp(")");
          return fn(w.includes("ADD") ? "timestampadd" : "timestampdiff", strLit(unit), a, b);
        });
        if (r) return r;
      }
      break;
    case "POSITION":
      if (callFollows) {
        const r = p.speculate(() => {
          p.pos += 2;
          const sub = parseValueExpr(p); // a value expression, so IN is not a predicate here
          p.expectWord("IN");
          const str = parseExpr(p);
          p.expectOp(")");
          // Spark builds StringLocate here, named locate(sub, str, 1)
          return fn("locate", sub, str);
        });
        if (r) return r;
      }
      break;
    case "SUBSTRING":
    case "SUBSTR":
      if (callFollows) {
        const r = p.speculate(() => {
          p.pos += 2;
          const str = parseExpr(p);
          p.expectWord("FROM");
          const pos = parseExpr(p);
          const len = p.acceptWord("FOR") ? [parseExpr(p)] : [];
          p.expectOp(")");
          return fn(w.toLowerCase(), str, pos, ...len);
        });
        if (r) return r;
      }
      break;
    case "OVERLAY":
      if (callFollows) {
        const r = p.speculate(() => {
          p.pos += 2;
          const input = parseExpr(p);
          p.expectWord("PLACING");
          const replace = parseExpr(p);
          p.expectWord("FROM");
          const pos = parseExpr(p);
          const len = p.acceptWord("FOR") ? [parseExpr(p)] : [];
          p.expectOp(")");
          return fn("overlay", input, replace, pos, ...len);
        });
        if (r) return r;
      }
      break;
    case "TRIM":
      if (callFollows) {
        const r = parseTrim(p);
        if (r) return r;
      }
      break;
    default:
      break;
  }
  if (CURRENT_LIKE.includes(w) && !callFollows) {
    p.next();
    return { kind: "unresolved_attribute", nameParts: [t.text] };
  }
  if (p.isOp("->", 1)) {
    const name = p.identifier(true);
    p.next();
    return lambdaBody(p, [name]);
  }
  if (RESERVED.has(w) && !callFollows) return p.fail(t);
  return parseNameOrCall(p);
}

function parseTrim(p: SqlParser): Expr | undefined {
  return p.speculate(() => {
    p.pos += 2;
    let name = "trim";
    if (p.acceptWord("BOTH")) name = "trim";
    else if (p.acceptWord("LEADING")) name = "ltrim";
    else if (p.acceptWord("TRAILING")) name = "rtrim";
    else if (!p.isWord("FROM")) {
      // plain trim(str) / trim(str, chars) handled as a normal call
      const first = parseExpr(p);
      if (!p.acceptWord("FROM")) throw p.fail();
      const src = parseExpr(p);
      p.expectOp(")");
      return fn("trim", first, src);
    }
    if (p.acceptWord("FROM")) {
      const src = parseExpr(p);
      p.expectOp(")");
      return fn(name, src);
    }
    const chars = parseExpr(p);
    p.expectWord("FROM");
    const src = parseExpr(p);
    p.expectOp(")");
    // the registry's argument order: trim(trimStr, srcStr), as Spark's function form
    return fn(name, chars, src);
  });
}

function parseCase(p: SqlParser): Expr {
  p.expectWord("CASE");
  const args: Expr[] = [];
  const subject = p.isWord("WHEN") ? undefined : parseExpr(p);
  if (!p.isWord("WHEN")) p.fail();
  while (p.acceptWord("WHEN")) {
    const cond = parseExpr(p);
    p.expectWord("THEN");
    const value = parseExpr(p);
    args.push(subject ? fn("==", subject, cond) : cond, value);
  }
  if (p.acceptWord("ELSE")) args.push(parseExpr(p));
  p.expectWord("END");
  return fn("when", ...args);
}

function parseCast(p: SqlParser, evalMode: "ansi" | "try"): Expr {
  p.next();
  p.expectOp("(");
  const child = parseExpr(p);
  p.expectWord("AS");
  const dataType = parseDataTypeAt(p);
  p.expectOp(")");
  const c: Cast = { kind: "cast", child, dataType, evalMode };
  return c;
}

/** A (possibly qualified) column name, or a function call when `(` follows. */
function parseNameOrCall(p: SqlParser): Expr {
  const parts = [p.identifier(true)];
  while (p.isOp(".") && (p.peek(1).type === "word" || p.peek(1).type === "qident") && !p.isOp("(", 2)) {
    p.next();
    parts.push(p.identifier(true));
  }
  if (p.isOp(".") && (p.peek(1).type === "word" || p.peek(1).type === "qident") && p.isOp("(", 2)) {
    p.next();
    parts.push(p.identifier(true));
  }
  if (!p.isOp("(")) return { kind: "unresolved_attribute", nameParts: parts };
  // Function names are case-insensitive in Spark; keep them lower-cased.
  return parseCall(p, parts.join(".").toLowerCase());
}

function parseCall(p: SqlParser, name: string): Expr {
  p.expectOp("(");
  let isDistinct = false;
  if (p.acceptWord("DISTINCT")) isDistinct = true;
  else p.acceptWord("ALL");
  const args: Expr[] = [];
  let ignoreNulls: boolean | undefined;
  if (!p.isOp(")")) {
    do args.push(parseNamedArg(p)); while (p.acceptOp(","));
    // first(x IGNORE NULLS) inside the parentheses
    if (p.acceptWords("IGNORE", "NULLS")) ignoreNulls = true;
    else if (p.acceptWords("RESPECT", "NULLS")) ignoreNulls = false;
  }
  p.expectOp(")");
  // WITHIN GROUP (ORDER BY ...): the ordering is passed as trailing sort_order arguments
  if (p.acceptWords("WITHIN", "GROUP")) {
    p.expectOp("(");
    p.expectWords("ORDER", "BY");
    const orders: SortOrder[] = [parseSortItem(p)];
    while (p.acceptOp(",")) orders.push(parseSortItem(p));
    p.expectOp(")");
    args.push(...orders);
  }
  let filter: Expr | undefined;
  if (p.isWord("FILTER") && p.isOp("(", 1)) {
    p.pos += 2;
    p.expectWord("WHERE");
    filter = parseExpr(p);
    p.expectOp(")");
  }
  if (p.acceptWords("IGNORE", "NULLS")) ignoreNulls = true;
  else if (p.acceptWords("RESPECT", "NULLS")) ignoreNulls = false;
  const call: UnresolvedFunction = {
    kind: "unresolved_function",
    name,
    args,
    isDistinct,
    ...(filter ? { filter } : {}),
    ...(ignoreNulls !== undefined ? { ignoreNulls } : {}),
  };
  if (p.acceptWord("OVER")) return parseWindowSpec(p, call);
  return call;
}

export { parseExprList };
