// FROM clauses: tables (and `format`.`path` files), subqueries, VALUES, table-valued functions,
// joins of every type, comma joins, aliases with column lists, TABLESAMPLE, LATERAL VIEW, PIVOT
// and UNPIVOT.

import type { Expr } from "../plan/expr/unresolved.js";
import { newPlanId, type JoinType, type LogicalPlan } from "../plan/logical/unresolved.js";
import { StructField, StructType, dataTypeEquals, type DataType } from "../types/data-type.js";
import { alias, parseExpr, parseExprList, parseNamedExpr } from "./parse-expression.js";
import { parseIdentifierList, parseQueryBody, isQueryStart } from "./parse-query.js";
import { oneRowRelation, project } from "./plan-build.js";
import type { SqlParser } from "./parser-core.js";
import { fn } from "./expr-build.js";

/** Formats usable as `SELECT * FROM format.\`path\`` (Spark's run-SQL-on-files). */
const FILE_FORMATS = new Set(["parquet", "csv", "json", "orc", "text", "avro", "binaryfile", "xml", "delta"]);
const GENERATORS = new Set([
  "explode", "explode_outer", "posexplode", "posexplode_outer", "inline", "inline_outer", "stack", "json_tuple",
]);

/** FROM relation [, relation ...] [LATERAL VIEW ...] [PIVOT | UNPIVOT] */
export function parseFromClause(p: SqlParser): LogicalPlan {
  p.expectWord("FROM");
  let plan = parseRelation(p);
  while (p.acceptOp(",")) {
    const right = parseRelation(p);
    plan = { kind: "join", planId: newPlanId(), left: plan, right, joinType: "inner" };
  }
  while (p.isWords("LATERAL", "VIEW")) plan = parseLateralView(p, plan);
  if (p.isWord("PIVOT") && p.isOp("(", 1)) plan = parsePivot(p, plan);
  else if (p.isWord("UNPIVOT")) plan = parseUnpivot(p, plan);
  return plan;
}

/** relationPrimary followed by any number of joins. */
export function parseRelation(p: SqlParser): LogicalPlan {
  let left = parseRelationPrimary(p);
  for (;;) {
    const join = parseJoinType(p);
    if (!join) return left;
    const right = parseRelationPrimary(p);
    let condition: Expr | undefined;
    let usingColumns: string[] | undefined;
    if (!join.natural) {
      if (p.acceptWord("ON")) condition = parseExpr(p);
      else if (p.acceptWord("USING")) usingColumns = parseIdentifierList(p);
    }
    left = {
      kind: "join",
      planId: newPlanId(),
      left,
      right,
      joinType: join.type,
      ...(condition ? { condition } : {}),
      ...(usingColumns ? { usingColumns } : {}),
      ...(join.natural ? { natural: true } : {}),
    };
  }
}

function parseJoinType(p: SqlParser): { type: JoinType; natural: boolean } | undefined {
  const save = p.pos;
  const natural = p.acceptWord("NATURAL");
  let type: JoinType = "inner";
  if (p.acceptWord("INNER")) type = "inner";
  else if (p.acceptWord("CROSS")) type = "cross";
  else if (p.acceptWord("LEFT")) {
    if (p.acceptWord("SEMI")) type = "left_semi";
    else if (p.acceptWord("ANTI")) type = "left_anti";
    else {
      p.acceptWord("OUTER");
      type = "left_outer";
    }
  } else if (p.acceptWord("RIGHT")) {
    p.acceptWord("OUTER");
    type = "right_outer";
  } else if (p.acceptWord("FULL")) {
    p.acceptWord("OUTER");
    type = "full_outer";
  } else if (p.acceptWord("SEMI")) type = "left_semi";
  else if (p.acceptWord("ANTI")) type = "left_anti";
  if (!p.isWord("JOIN")) {
    if (p.pos !== save) p.fail();
    return undefined;
  }
  p.next();
  return { type, natural };
}

function parseRelationPrimary(p: SqlParser): LogicalPlan {
  const t = p.peek();
  let plan: LogicalPlan;
  if (p.isOp("(")) {
    if (isQueryStart(p, 1)) {
      const q = p.speculate(() => {
        p.next();
        const plan = parseQueryBody(p);
        p.expectOp(")");
        return plan;
      });
      plan = q ?? parenthesizedRelation(p);
    } else plan = parenthesizedRelation(p);
  } else if (p.isWord("VALUES")) {
    plan = parseValuesRelation(p);
  } else if ((t.type === "word" || t.type === "qident") && isFunctionTable(p)) {
    plan = parseTableFunction(p);
  } else {
    const start = p.peek();
    const parts = p.multipartIdentifier(false);
    const second = p.tokens[p.tokens.indexOf(start) + 2];
    if (parts.length === 2 && FILE_FORMATS.has(parts[0]!.toLowerCase()) && second?.type === "qident") {
      plan = { kind: "read_files", planId: newPlanId(), format: parts[0]!.toLowerCase(), paths: [parts[1]!], options: {} };
    } else {
      plan = { kind: "read_table", planId: newPlanId(), nameParts: parts };
    }
  }
  if (p.isWord("TABLESAMPLE")) plan = parseSample(p, plan);
  return parseTableAlias(p, plan);
}

function parenthesizedRelation(p: SqlParser): LogicalPlan {
  p.expectOp("(");
  let plan = parseRelation(p);
  while (p.acceptOp(",")) {
    plan = { kind: "join", planId: newPlanId(), left: plan, right: parseRelation(p), joinType: "inner" };
  }
  p.expectOp(")");
  return plan;
}

function isFunctionTable(p: SqlParser): boolean {
  let k = 1;
  while (p.isOp(".", k) && (p.peek(k + 1).type === "word" || p.peek(k + 1).type === "qident")) k += 2;
  return p.isOp("(", k);
}

/** [AS] alias [(col, ...)] — wraps in SubqueryAlias. */
function parseTableAlias(p: SqlParser, plan: LogicalPlan): LogicalPlan {
  let name: string | undefined;
  if (p.acceptWord("AS")) name = p.errorCapturingIdentifier(true);
  else if (p.isImplicitAlias() && !p.isWords("LATERAL", "VIEW")) name = p.errorCapturingIdentifier(true);
  if (name === undefined) return plan;
  const columnAliases = p.isOp("(") ? parseIdentifierList(p) : undefined;
  return { kind: "subquery_alias", planId: newPlanId(), input: plan, alias: name, ...(columnAliases ? { columnAliases } : {}) };
}

/** range(...) → Range; generator functions (explode, inline, stack, ...) → Generate. */
function parseTableFunction(p: SqlParser): LogicalPlan {
  const start = p.peek();
  const name = p.multipartIdentifier(true).join(".");
  p.expectOp("(");
  const args: Expr[] = [];
  if (!p.isOp(")")) {
    do args.push(parseExpr(p)); while (p.acceptOp(","));
  }
  p.expectOp(")");
  const lower = name.toLowerCase();
  if (lower === "range") {
    const nums = args.map((a) =>
      a.kind === "literal" && (typeof a.value === "number" || typeof a.value === "bigint") ? BigInt(a.value) : undefined,
    );
    if (nums.some((n) => n === undefined) || nums.length < 1 || nums.length > 4) {
      p.contextError("FAISCA_UNSUPPORTED_TVF_ARGUMENTS", { name }, start);
    }
    const [a, b, c, d] = nums as bigint[];
    const [startV, end] = nums.length === 1 ? [0n, a!] : [a!, b!];
    return {
      kind: "range",
      planId: newPlanId(),
      start: startV,
      end,
      step: c ?? 1n,
      ...(d !== undefined ? { numPartitions: Number(d) } : {}),
    };
  }
  if (!GENERATORS.has(lower)) {
    p.contextError("UNRESOLVABLE_TABLE_VALUED_FUNCTION", { name: `\`${name}\`` }, start);
  }
  // Column aliases come from the table alias `AS t(a, b)`; the analyzer names them otherwise.
  return { kind: "generate", planId: newPlanId(), input: oneRowRelation(), generator: fn(lower, ...args), outer: false, columnAliases: [] };
}

/** TABLESAMPLE (n PERCENT) | (n ROWS) | (BUCKET x OUT OF y) [REPEATABLE (seed)] */
function parseSample(p: SqlParser, input: LogicalPlan): LogicalPlan {
  const kw = p.next();
  p.expectOp("(");
  let plan: LogicalPlan;
  let bounds: [number, number] | undefined;
  if (p.acceptWord("BUCKET")) {
    const x = numberValue(p);
    p.expectWords("OUT", "OF");
    const y = numberValue(p);
    if (p.acceptWord("ON")) parseExpr(p);
    bounds = [(x - 1) / y, x / y];
  } else {
    const n = numberValue(p);
    if (p.acceptWord("PERCENT")) {
      if (n < 0 || n > 100) {
        p.contextError("_LEGACY_ERROR_TEMP_0064", { msg: `Sampling fraction (${n / 100}) must be on interval [0, 1]` }, kw);
      }
      bounds = [0, n / 100];
    } else if (p.acceptWord("ROWS")) {
      p.expectOp(")");
      return { kind: "limit", planId: newPlanId(), input, limit: n };
    } else return p.fail();
  }
  p.expectOp(")");
  let seed = Math.floor(Math.random() * 1000);
  if (p.acceptWord("REPEATABLE")) {
    p.expectOp("(");
    seed = numberValue(p);
    p.expectOp(")");
  }
  plan = { kind: "sample", planId: newPlanId(), input, lowerBound: bounds[0], upperBound: bounds[1], withReplacement: false, seed };
  return plan;
}

function numberValue(p: SqlParser): number {
  const t = p.peek();
  const neg = p.acceptOp("-");
  if (p.peek().type !== "number") return p.fail(t);
  const v = Number(p.next().value);
  return neg ? -v : v;
}

/** LATERAL VIEW [OUTER] generator(args) tableAlias [AS] col, col ... */
function parseLateralView(p: SqlParser, input: LogicalPlan): LogicalPlan {
  p.expectWords("LATERAL", "VIEW");
  const outer = p.acceptWord("OUTER");
  const name = p.multipartIdentifier(true).join(".").toLowerCase();
  p.expectOp("(");
  const args: Expr[] = [];
  if (!p.isOp(")")) {
    do args.push(parseExpr(p)); while (p.acceptOp(","));
  }
  p.expectOp(")");
  const tableAlias = p.errorCapturingIdentifier(true);
  const columnAliases: string[] = [];
  if (p.acceptWord("AS") || p.isImplicitAlias()) {
    do columnAliases.push(p.errorCapturingIdentifier(true)); while (p.acceptOp(","));
  }
  return { kind: "generate", planId: newPlanId(), input, generator: fn(name, ...args), outer, tableAlias, columnAliases };
}

/** PIVOT (agg [AS a], ... FOR col IN (v [AS a], ...)) */
function parsePivot(p: SqlParser, input: LogicalPlan): LogicalPlan {
  p.expectWord("PIVOT");
  p.expectOp("(");
  const aggregates = [parseNamedExpr(p, false)];
  while (p.acceptOp(",")) aggregates.push(parseNamedExpr(p, false));
  p.expectWord("FOR");
  let col: Expr;
  if (p.isOp("(")) {
    const cols = parseIdentifierList(p).map((n): Expr => ({ kind: "unresolved_attribute", nameParts: [n] }));
    col = cols.length === 1 ? cols[0]! : fn("struct", ...cols);
  } else col = { kind: "unresolved_attribute", nameParts: p.multipartIdentifier(true) };
  p.expectWord("IN");
  p.expectOp("(");
  const values: Expr[] = [];
  do {
    const v = parseExpr(p);
    if (p.acceptWord("AS") || p.isImplicitAlias()) values.push(alias(v, [p.errorCapturingIdentifier(true)]));
    else values.push(v);
  } while (p.acceptOp(","));
  p.expectOp(")");
  p.expectOp(")");
  const plan: LogicalPlan = {
    kind: "aggregate",
    planId: newPlanId(),
    input,
    groupType: "pivot",
    groupingExpressions: [],
    aggregateExpressions: aggregates,
    pivot: { col, values },
    pivotImplicitGrouping: true,
  };
  return parseTableAlias(p, plan);
}

/** UNPIVOT [INCLUDE|EXCLUDE NULLS] (valueCol FOR nameCol IN (col [AS alias], ...)) */
function parseUnpivot(p: SqlParser, input: LogicalPlan): LogicalPlan {
  p.expectWord("UNPIVOT");
  let excludeNulls = true;
  if (p.acceptWord("INCLUDE")) {
    p.expectWord("NULLS");
    excludeNulls = false;
  } else if (p.acceptWord("EXCLUDE")) p.expectWord("NULLS");
  p.expectOp("(");
  const valueColumnName = p.errorCapturingIdentifier(true);
  p.expectWord("FOR");
  const variableColumnName = p.errorCapturingIdentifier(true);
  p.expectWord("IN");
  p.expectOp("(");
  const values: Expr[] = [];
  do {
    const c: Expr = { kind: "unresolved_attribute", nameParts: p.multipartIdentifier(true) };
    if (p.acceptWord("AS") || p.isImplicitAlias()) values.push(alias(c, [p.errorCapturingIdentifier(true)]));
    else values.push(c);
  } while (p.acceptOp(","));
  p.expectOp(")");
  p.expectOp(")");
  const plan: LogicalPlan = {
    kind: "unpivot",
    planId: newPlanId(),
    input,
    ids: [],
    values,
    variableColumnName,
    valueColumnName,
    implicitIds: true,
    excludeNulls,
  };
  return parseTableAlias(p, plan);
}

/**
 * VALUES (a, b), (c, d) — columns named col1, col2, ... Rows of plain literals whose column types
 * agree become a LocalRelation; anything else (expressions, differing types that need widening)
 * becomes a UNION ALL of one-row Projects, so the analyzer's union coercion widens the types.
 */
export function parseValuesRelation(p: SqlParser): LogicalPlan {
  const valuesTok = p.expectWord("VALUES");
  const rows: Expr[][] = [];
  do {
    if (p.isOp("(")) {
      const save = p.pos;
      p.next();
      const row = parseExprList(p);
      if (p.acceptOp(")") && (p.isOp(",") || !isExprContinuation(p))) rows.push(row);
      else {
        p.pos = save;
        rows.push([parseExpr(p)]);
      }
    } else rows.push([parseExpr(p)]);
  } while (p.acceptOp(","));
  const width = rows[0]!.length;
  const bad = rows.findIndex((r) => r.length !== width);
  if (bad >= 0) {
    p.contextError(
      "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH",
      { expectedNumCols: String(width), actualNumCols: String(rows[bad]!.length), rowIndex: String(bad) },
      valuesTok,
    );
  }
  const names = Array.from({ length: width }, (_, k) => `col${k + 1}`);
  const types: (DataType | undefined)[] = new Array(width).fill(undefined);
  let allLiterals = true;
  for (const row of rows) {
    row.forEach((e, k) => {
      if (e.kind !== "literal") {
        allLiterals = false;
        return;
      }
      if (e.dataType.kind === "null") return;
      const prev = types[k];
      if (prev === undefined) types[k] = e.dataType;
      else if (!dataTypeEquals(prev, e.dataType)) allLiterals = false;
    });
  }
  if (allLiterals && types.every((t) => t !== undefined)) {
    return {
      kind: "local_relation",
      planId: newPlanId(),
      schema: StructType(names.map((n, k) => StructField(n, types[k]!, true))),
      rows: rows.map((r) => r.map((e) => (e.kind === "literal" ? e.value : null))),
    };
  }
  const plans = rows.map((r) => project(oneRowRelation(), r.map((e, k) => alias(e, [names[k]!]))));
  return plans.reduce((left, right) => ({
    kind: "set_operation",
    planId: newPlanId(),
    left,
    right,
    opType: "union",
    isAll: true,
    byName: false,
    allowMissingColumns: false,
  }));
}

/** After `(...)` in VALUES: would the expression continue (e.g. `(1) + 2`)? */
function isExprContinuation(p: SqlParser): boolean {
  const t = p.peek();
  return t.type === "op" && !["(", ")", ",", ";"].includes(t.value);
}
