// Resolves unresolved expressions (src/plan/expr/unresolved.ts) against a scope into resolved
// ones (src/plan/expr/resolved.ts): names → attributes, function names → bound functions from
// the registry, implicit casts from the functions' declared input types, and the special forms
// (AND/OR/NOT/CASE/COALESCE/IN/IS NULL) that must short-circuit.

import { AnalysisException, quoteId } from "../../errors/spark-error.js";
import type { FunctionContext, ArgInfo } from "../../functions/function-definition.js";
import { lookupFunction } from "../../functions/registry.js";
import {
  BooleanType,
  ByteType,
  LongType,
  IntegerType,
  dataTypeEquals,
  type DataType,
} from "../../types/data-type.js";
import { toInternal } from "../../values/internal.js";
import type { Expr, WindowExpr, SortOrder } from "../expr/unresolved.js";
import type { LogicalPlan } from "../logical/unresolved.js";
import type { RPlan } from "../logical/resolved.js";
import { newExprId } from "../expr/expr-id.js";
import type { AttributeRef, RExpr, RLambdaVar, RSortOrder, RWindow, RAggregate } from "../expr/resolved.js";
import { matchName, unresolvedColumn, type Scope } from "./scope.js";
import { callSql, exprSql } from "./expr-sql.js";
import { implicitCast, commonType } from "./implicit-cast.js";
import { extractField } from "./extract-value.js";
import { resolveHigherOrder } from "./higher-order-functions.js";
import { subqueryPlaceholder, type PendingSubquery } from "./subqueries.js";
import { simpleString, sqlTypeName } from "../../types/type-strings.js";
import { checkCast } from "../../exec/cast/check-cast.js";
import { wrongNumArgs } from "../../functions/misc/bind-helpers.js";
import { checkFrame, checkWindowFunctionFrame } from "../../functions/window/check-frame.js";
import { evaluate } from "../../exec/eval/interpreter.js";
import { getValue } from "../../exec/batch/access.js";
import { makeBatch } from "../../exec/batch/batch-ops.js";
import { isFoldable } from "../optimizer/expr-utils.js";
import { anyExpr, referencedAttributes } from "../expr/transform.js";
import { childrenOf } from "../logical/resolved.js";

/** Whether a resolved subquery plan references attributes it does not produce. */
function isCorrelated(plan: RPlan): boolean {
  const produced = new Set<number>();
  const used: number[] = [];
  const walk = (p: RPlan) => {
    for (const a of p.output) produced.add(a.exprId);
    const exprs: RExpr[] =
      p.kind === "filter" ? [p.condition] : p.kind === "project" ? [...p.projectList] : p.kind === "aggregate" ? [...p.aggregateExprs, ...p.groupingExprs] : p.kind === "join" && p.condition ? [p.condition] : [];
    for (const e of exprs) {
      if (e.kind === "alias") produced.add(e.exprId);
      used.push(...referencedAttributes(e));
    }
    childrenOf(p).forEach(walk);
  };
  walk(plan);
  return used.some((id) => !produced.has(id));
}

export interface ExprResolverContext {
  readonly caseSensitive: boolean;
  readonly fnCtx: FunctionContext;
  /** Resolved plan nodes by the planId of the unresolved node they came from. */
  readonly planIdMap: Map<number, RPlan>;
  readonly parseExpression: (text: string) => Expr;
  readonly resolveSubquery: (plan: LogicalPlan, outer: Scope) => RPlan;
  readonly subqueryValues: { plan: RPlan }[];
  /** Subqueries rewritten into joins by their enclosing operator (src/plan/analyzer/subqueries.ts). */
  readonly pendingSubqueries: Map<number, PendingSubquery>;
  /** Scopes of enclosing queries, innermost last (correlated references). */
  readonly outerScopes: Scope[];
  readonly udfs: ReadonlyMap<string, { fn: (...a: unknown[]) => unknown; returnType: DataType; deterministic: boolean }>;
}

export interface ExprOptions {
  readonly allowAggregates: boolean;
  /** Set while resolving an aggregate's arguments (nested aggregates are an error). */
  readonly insideAggregate?: boolean;
  readonly allowWindows: boolean;
  readonly allowGenerators: boolean;
}

const NO_SPECIAL: ExprOptions = { allowAggregates: false, allowWindows: false, allowGenerators: false };


export class ExprResolver {
  /** Lambda parameters in scope, innermost last (used by higher-order-functions.ts). */
  readonly lambdaVars: Map<string, RLambdaVar>[] = [];

  constructor(readonly ctx: ExprResolverContext) {}

  resolve(e: Expr, scope: Scope, opts: ExprOptions = NO_SPECIAL): RExpr {
    switch (e.kind) {
      case "literal":
        return {
          kind: "literal",
          value: e.value === null || e.value === undefined ? null : toInternal(e.value, e.dataType),
          dataType: e.dataType,
          nullable: e.value === null || e.value === undefined,
        };
      case "unresolved_attribute":
        return this.resolveAttribute(e.nameParts, e.planId, scope);
      case "unresolved_star":
        throw new AnalysisException("INVALID_USAGE_OF_STAR_OR_REGEX", { elem: "'*'", prettyName: "expression" });
      case "alias": {
        const child = this.resolve(e.child, scope, opts);
        const alias: RExpr = { kind: "alias", child, name: e.names[0]!, exprId: newExprId(), dataType: child.dataType, nullable: child.nullable };
        // Several names (posexplode(...).alias("pos", "val")) name a generator's outputs; Generate reads them.
        return e.names.length > 1 ? ({ ...alias, names: [...e.names] } as RExpr) : alias;
      }
      case "cast": {
        const child = this.resolve(e.child, scope, opts);
        const mode = e.evalMode === "ansi" && !this.ctx.fnCtx.ansi ? "legacy" : e.evalMode;
        checkCast(child.dataType, e.dataType, mode, `${mode === "try" ? "TRY_CAST" : "CAST"}(${exprSql(child)} AS ${sqlTypeName(e.dataType)})`);
        return {
          kind: "cast",
          ...((e as { keepChildName?: boolean }).keepChildName ? { keepChildName: true } : {}),
          child,
          dataType: e.dataType,
          nullable: child.nullable || mode === "try" || castCanIntroduceNull(child.dataType, e.dataType),
          evalMode: mode,
          timeZone: this.ctx.fnCtx.timeZone,
        };
      }
      case "unresolved_function":
        return this.resolveFunction(e.name, e.args, e.isDistinct, e.filter, scope, opts, e.ignoreNulls);
      case "expression_string":
        return this.resolve(this.ctx.parseExpression(e.expression), scope, opts);
      case "unresolved_extract_value": {
        const child = this.resolve(e.child, scope, opts);
        const key = this.resolve(e.extraction, scope, NO_SPECIAL);
        return extractField(child, key, this.ctx.fnCtx.ansi);
      }
      case "window":
        if (!opts.allowWindows) {
          // like aggregates: a context allowing neither is a WHERE clause
          if (!opts.allowAggregates && !opts.insideAggregate) throw new AnalysisException("_LEGACY_ERROR_TEMP_1034", { clauseName: "WHERE" });
          throw new AnalysisException("UNSUPPORTED_EXPR_FOR_OPERATOR", { invalidExprSqls: "window function" });
        }
        return this.resolveWindow(e, scope);
      case "lambda_variable": {
        for (let i = this.lambdaVars.length - 1; i >= 0; i--) {
          const v = this.lambdaVars[i]!.get(e.name.toLowerCase());
          if (v) return v;
        }
        return this.resolveAttribute([e.name], undefined, scope);
      }
      case "lambda_function":
        throw new AnalysisException("INVALID_LAMBDA_FUNCTION_CALL.NON_HIGHER_ORDER_FUNCTION", { class: "lambda" });
      case "sort_order":
        return this.resolve(e.child, scope, opts);
      case "user_function": {
        const args = e.args.map((a) => this.resolve(a, scope, opts));
        return { kind: "udf", name: e.name, fn: e.fn, args, deterministic: e.deterministic, dataType: e.returnType, nullable: true };
      }
      case "subquery":
        return this.resolveSubqueryExpr(e, scope);
    }
  }

  resolveSortOrder(o: SortOrder | Expr, scope: Scope, opts: ExprOptions = NO_SPECIAL): RSortOrder {
    if (o.kind === "sort_order") {
      return { child: this.resolve(o.child, scope, opts), ascending: o.direction === "asc", nullsFirst: o.nullOrdering === "nulls_first" };
    }
    return { child: this.resolve(o, scope, opts), ascending: true, nullsFirst: true };
  }

  resolveAttribute(nameParts: readonly string[], planId: number | undefined, scope: Scope): RExpr {
    if (planId !== undefined) {
      const node = this.ctx.planIdMap.get(planId);
      if (node) {
        const m = matchName(nameParts, node.output, this.ctx.caseSensitive);
        if (m) {
          const visible = scope.input.find((a) => a.exprId === m.attr.exprId);
          if (visible) return withFields({ ...visible }, m.nestedFields);
          // The column's DataFrame is not an input of this operator: Spark reports it unresolved.
          throw new AnalysisException("CANNOT_RESOLVE_DATAFRAME_COLUMN", { name: quoteId(nameParts.join(".")) });
        }
      }
    }
    for (let s: Scope | undefined = scope; s; s = s.outer) {
      const m = matchName(nameParts, s.input, this.ctx.caseSensitive);
      if (m) return withFields(m.attr, m.nestedFields);
    }
    // Correlated reference to an enclosing query's column.
    for (let i = this.ctx.outerScopes.length - 1; i >= 0; i--) {
      for (let s: Scope | undefined = this.ctx.outerScopes[i]; s; s = s.outer) {
        const m = matchName(nameParts, s.input, this.ctx.caseSensitive);
        if (m) return withFields(m.attr, m.nestedFields);
      }
    }
    throw unresolvedColumn(nameParts, scope.input);
  }

  private resolveFunction(
    rawName: string,
    rawArgs: readonly Expr[],
    isDistinct: boolean,
    filter: Expr | undefined,
    scope: Scope,
    opts: ExprOptions,
    ignoreNulls?: boolean,
  ): RExpr {
    const name = rawName.toLowerCase();
    const special = this.resolveSpecialForm(name, rawArgs, scope, opts);
    if (special) return special;

    const udf = this.ctx.udfs.get(name);
    if (udf) {
      const args = rawArgs.map((a) => this.resolve(a, scope, opts));
      return { kind: "udf", name: rawName, fn: udf.fn, args, deterministic: udf.deterministic, dataType: udf.returnType, nullable: true };
    }

    if (rawArgs.some((a) => a.kind === "lambda_function")) return resolveHigherOrder(this, name, rawArgs, scope, opts);
    if (name === "grouping" || name === "grouping_id") {
      // Placeholders replaced by the grouping-sets planner (analyze-aggregate.ts).
      const args = rawArgs.map((a) => this.resolve(a, scope, opts));
      const t = name === "grouping" ? ByteType() : LongType();
      return {
        kind: "call",
        name,
        sql: callSql(name, args.map(exprSql)),
        args,
        dataType: t,
        nullable: false,
        fn: {
          returnType: t,
          nullable: false,
          nullIntolerant: false,
          kernel: () => {
            throw new AnalysisException("UNSUPPORTED_GROUPING_EXPRESSION", {});
          },
        },
      };
    }
    // Unary minus from SQL (`-x`) is the function negative, printed `(- x)`.
    const def = lookupFunction(name === "-" && rawArgs.length === 1 ? "negative" : name);
    if (!def) {
      throw new AnalysisException("UNRESOLVED_ROUTINE", {
        routineName: quoteId(rawName),
        searchPath: "[`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`]",
      });
    }

    if (ignoreNulls) rawArgs = withIgnoreNulls(name, rawArgs);
    // count(*) is count(1), named `count(1)` as in Spark.
    const argExprs =
      name === "count" && rawArgs.length === 1 && rawArgs[0]!.kind === "unresolved_star"
        ? [{ kind: "literal", value: 1, dataType: IntegerType() } as Expr]
        : rawArgs;
    const innerOpts = def.kind === "aggregate" ? { ...opts, allowAggregates: false, allowWindows: false, insideAggregate: true } : opts;
    const args = argExprs.map((a) => this.resolve(a, scope, innerOpts));
    // aggregate parameters (percentile's array(0.25, 0.75)) are constants Spark folds first
    const infos = args.map(def.kind === "aggregate" ? foldedArgInfo : argInfo);
    // Spark keeps the name that was written (mod(a, b), pow(2, 3)), except for operators.
    const sql = callSql(name, args.map(exprSql), isDistinct);

    switch (def.kind) {
      case "scalar": {
        const bound = def.bind(infos, this.ctx.fnCtx);
        const cargs = applyInputTypes(args, bound.inputTypes, this.ctx.fnCtx);
        return {
          kind: "call",
          name,
          fn: bound,
          args: cargs,
          dataType: bound.returnType,
          nullable: bound.nullable || (bound.nullIntolerant && cargs.some((a) => a.nullable)),
          sql,
        };
      }
      case "aggregate": {
        if (!opts.allowAggregates) {
          if (opts.insideAggregate) throw new AnalysisException("NESTED_AGGREGATE_FUNCTION", {});
          throw new AnalysisException("INVALID_WHERE_CONDITION", { condition: quoteId(sql), expressionList: sql });
        }
        const bound = def.bind(infos, this.ctx.fnCtx, isDistinct);
        const agg: RAggregate = {
          kind: "aggregate",
          name,
          fn: bound,
          args: applyInputTypes(args, bound.inputTypes, this.ctx.fnCtx),
          isDistinct,
          filter: filter ? this.resolve(filter, scope) : null,
          dataType: bound.returnType,
          nullable: bound.nullable,
          sql: ignoreNulls ? sql.replace(/\)$/, ") IGNORE NULLS") : sql,
        };
        return agg;
      }
      case "window":
        throw new AnalysisException("WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE", { funcName: quoteId(name) });
      case "generator": {
        if (!opts.allowGenerators) {
          throw new AnalysisException("UNSUPPORTED_GENERATOR.OUTSIDE_SELECT", { plan: sql });
        }
        const bound = def.bind(infos, this.ctx.fnCtx);
        return {
          kind: "generator",
          name,
          fn: bound,
          args: applyInputTypes(args, bound.inputTypes, this.ctx.fnCtx),
          dataType: bound.outputTypes[0] ?? IntegerType(),
          nullable: true,
        };
      }
    }
  }

  /** AND/OR/NOT/IS NULL/CASE/IF/COALESCE/IN/BETWEEN: nodes the evaluator short-circuits. */
  private resolveSpecialForm(name: string, rawArgs: readonly Expr[], scope: Scope, opts: ExprOptions): RExpr | null {
    const r = (a: Expr) => this.resolve(a, scope, opts);
    const bool = (e: RExpr) => implicitCast(e, BooleanType(), this.ctx.fnCtx);
    switch (name) {
      case "and":
      case "or": {
        const [l, rr] = rawArgs.map(r) as [RExpr, RExpr];
        return { kind: name, left: bool(l), right: bool(rr), dataType: BooleanType(), nullable: l.nullable || rr.nullable };
      }
      case "not": {
        const c = r(rawArgs[0]!);
        return { kind: "not", child: bool(c), dataType: BooleanType(), nullable: c.nullable };
      }
      case "isnull":
      case "isnotnull": {
        const c = r(rawArgs[0]!);
        return { kind: name === "isnull" ? "is_null" : "is_not_null", child: c, dataType: BooleanType(), nullable: false };
      }
      case "when":
      case "if": {
        const args = rawArgs.map(r);
        if (name === "if" && args.length === 3 && args[0]!.dataType.kind !== "boolean" && args[0]!.dataType.kind !== "null") {
          throw new AnalysisException("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", {
            sqlExpr: `"(IF(${args.map(exprSql).join(", ")}))"`,
            paramIndex: "first",
            requiredType: '"BOOLEAN"',
            inputSql: `"${exprSql(args[0]!)}"`,
            inputType: `"${sqlTypeName(args[0]!.dataType)}"`,
          });
        }
        const pairs = Math.floor(args.length / 2);
        const hasElse = args.length % 2 === 1;
        const values = [...Array.from({ length: pairs }, (_, i) => args[2 * i + 1]!), ...(hasElse ? [args[args.length - 1]!] : [])];
        const t = commonType(values.map((v) => v.dataType), "CASE");
        const branches = Array.from({ length: pairs }, (_, i) => ({
          condition: bool(args[2 * i]!),
          value: implicitCast(args[2 * i + 1]!, t, this.ctx.fnCtx),
        }));
        const elseValue = hasElse ? implicitCast(args[args.length - 1]!, t, this.ctx.fnCtx) : null;
        const node: RExpr = {
          kind: "case_when",
          branches,
          elseValue,
          dataType: t,
          nullable: !elseValue || values.some((v) => v.nullable),
        };
        // IF(c, a, b) keeps its name: (IF(c, a, b)).
        return name === "if" ? withDisplaySql(node, `(IF(${args.map(exprSql).join(", ")}))`) : node;
      }
      case "coalesce":
      case "nvl":
      case "ifnull": {
        const args = rawArgs.map(r);
        if (name === "coalesce" && args.length === 0) throw wrongNumArgs("coalesce", "> 0", 0);
        const t = commonType(args.map((a) => a.dataType), name);
        const node: RExpr = {
          kind: "coalesce",
          args: args.map((a) => implicitCast(a, t, this.ctx.fnCtx)),
          dataType: t,
          nullable: args.every((a) => a.nullable),
        };
        // nvl / ifnull keep their own names.
        return name === "coalesce" ? node : withDisplaySql(node, `${name}(${args.map(exprSql).join(", ")})`);
      }
      case "in": {
        const args = rawArgs.map(r);
        const t = commonType(args.map((a) => a.dataType), "IN");
        const [value, ...list] = args.map((a) => implicitCast(a, t, this.ctx.fnCtx));
        return { kind: "in", value: value!, list, dataType: BooleanType(), nullable: args.some((a) => a.nullable) };
      }
      case "typeof": {
        // Spark answers typeof from the argument's type: the argument is never evaluated.
        if (rawArgs.length !== 1) return null;
        const arg = r(rawArgs[0]!);
        // Keep the call when the argument aggregates: the select list must stay an aggregation.
        if (anyExpr(arg, (x) => x.kind === "aggregate" || x.kind === "window" || x.kind === "generator")) return null;
        const lit: RExpr = { kind: "literal", value: simpleString(arg.dataType), dataType: { kind: "string" }, nullable: false };
        return withDisplaySql(lit, `typeof(${exprSql(arg)})`);
      }
      case "between": {
        const [x, lo, hi] = rawArgs as [Expr, Expr, Expr];
        const ge: Expr = { kind: "unresolved_function", name: ">=", args: [x, lo], isDistinct: false };
        const le: Expr = { kind: "unresolved_function", name: "<=", args: [x, hi], isDistinct: false };
        const node = this.resolve({ kind: "unresolved_function", name: "and", args: [ge, le], isDistinct: false }, scope, opts);
        const parts = [x, lo, hi].map((a) => exprSql(this.resolve(a, scope, opts)));
        return withDisplaySql(node, `between(${parts.join(", ")})`);
      }
      default:
        return null;
    }
  }

  private resolveWindow(e: WindowExpr, scope: Scope): RWindow {
    // Aggregates may appear in a window's spec when the select list is an aggregation; the
    // aggregate planner computes them first (analyze-aggregate.ts).
    const specOpts = { allowAggregates: true, allowWindows: false, allowGenerators: false };
    const partitionSpec = e.partitionSpec.map((p) => this.resolve(p, scope, specOpts));
    const orderSpec = e.orderSpec.map((o) => this.resolveSortOrder(o, scope, specOpts));
    const fnExpr = e.fn;
    if (fnExpr.kind !== "unresolved_function") {
      throw new AnalysisException("UNSUPPORTED_EXPR_FOR_WINDOW", { sqlExpr: "expression" });
    }
    const def = lookupFunction(fnExpr.name);
    let fn: RWindow["fn"];
    if (def?.kind === "window") {
      const rawArgs = fnExpr.ignoreNulls ? withIgnoreNulls(def.name, fnExpr.args) : fnExpr.args;
      const args = rawArgs.map((a) => this.resolve(a, scope));
      const bound = def.bind(args.map(argInfo), this.ctx.fnCtx);
      fn = { kind: "window_fn", name: def.name, fn: bound, args: applyInputTypes(args, bound.inputTypes, this.ctx.fnCtx) };
      if (orderSpec.length === 0) {
        throw new AnalysisException("_LEGACY_ERROR_TEMP_1037", { wf: callSql(def.name, args.map(exprSql)) });
      }
      checkWindowFunctionFrame(def.name, e.frame);
    } else {
      const r = this.resolve(fnExpr, scope, { allowAggregates: true, allowWindows: false, allowGenerators: false });
      if (r.kind !== "aggregate") throw new AnalysisException("UNSUPPORTED_EXPR_FOR_WINDOW", { sqlExpr: exprSql(r) });
      fn = r;
    }
    const frame = e.frame
      ? {
          frameType: e.frame.frameType,
          lower: this.frameBound(e.frame.lower),
          upper: this.frameBound(e.frame.upper),
        }
      : fn.kind === "window_fn"
        ? { frameType: "rows" as const, lower: { kind: "unbounded_preceding" as const }, upper: { kind: "current_row" as const } }
        : orderSpec.length === 0
        ? { frameType: "rows" as const, lower: { kind: "unbounded_preceding" as const }, upper: { kind: "unbounded_following" as const } }
        : { frameType: "range" as const, lower: { kind: "unbounded_preceding" as const }, upper: { kind: "current_row" as const } };
    checkFrame(frame, orderSpec.map((o) => o.child.dataType), windowSpecSql(partitionSpec, orderSpec, frame));
    // Spark prints RANK()/DENSE_RANK()/PERCENT_RANK() upper-case, and cume_dist() with its own RANGE frame.
    const fnSql =
      fn.kind === "aggregate" ? fn.sql : UPPER_CASE_RANKS.has(fn.name) ? `${fn.name.toUpperCase()}()` : callSql(fn.name, fn.args.map(exprSql));
    const sqlFrame = fn.kind === "window_fn" && fn.name === "cume_dist" && !e.frame ? { ...frame, frameType: "range" as const } : frame;
    const sql = `${fnSql} OVER (${windowSpecSql(partitionSpec, orderSpec, sqlFrame)})`;
    const returnType = fn.kind === "aggregate" ? fn.dataType : fn.fn.returnType;
    return {
      kind: "window",
      fn,
      partitionSpec,
      orderSpec,
      frame,
      sql,
      dataType: returnType,
      nullable: fn.kind === "aggregate" ? fn.nullable : fn.fn.nullable,
    };
  }

  private frameBound(b: NonNullable<WindowExpr["frame"]>["lower"]) {
    if (b.kind !== "offset") return { kind: b.kind };
    const v = this.resolve(b.value, { input: [] });
    if (v.kind !== "literal") throw new AnalysisException("INVALID_WINDOW_FRAME" as string, { reason: "frame boundary must be a literal" });
    return { kind: "offset" as const, offset: v.value, offsetType: v.dataType };
  }

  private resolveSubqueryExpr(e: Extract<Expr, { kind: "subquery" }>, scope: Scope): RExpr {
    const plan = this.ctx.resolveSubquery(e.plan, scope);
    const correlated = isCorrelated(plan);
    if (e.subqueryType === "scalar") {
      if (plan.output.length !== 1) {
        throw new AnalysisException("INVALID_SUBQUERY_EXPRESSION.SCALAR_SUBQUERY_RETURN_MORE_THAN_ONE_OUTPUT_COLUMN", { number: String(plan.output.length) });
      }
      if (!correlated) {
        const id = this.ctx.subqueryValues.push({ plan }) - 1;
        return { kind: "scalar_subquery", subqueryId: id, dataType: plan.output[0]!.dataType, nullable: true };
      }
    }
    const values = (e.values ?? []).map((v) => this.resolve(v, scope));
    const id = this.ctx.pendingSubqueries.size + 1;
    this.ctx.pendingSubqueries.set(id, { id, type: e.subqueryType, plan, values });
    const dataType = e.subqueryType === "scalar" ? plan.output[0]!.dataType : BooleanType();
    const sql = e.subqueryType === "in" ? `(${values.map(exprSql).join(", ")} IN (listquery()))` : e.subqueryType === "exists" ? "exists()" : "scalarsubquery()";
    return subqueryPlaceholder(id, e.subqueryType, dataType, sql);
  }
}

/** Overrides how an expression prints in column names (Spark names some rewrites as written). */
function withDisplaySql(e: RExpr, sql: string): RExpr {
  return { ...e, displaySql: sql } as unknown as RExpr;
}

/** IGNORE NULLS becomes the functions' boolean argument (padding defaults before it). */
function withIgnoreNulls(name: string, args: readonly Expr[]): readonly Expr[] {
  const lit = (value: unknown, kind: "boolean" | "integer" | "null"): Expr => ({ kind: "literal", value, dataType: { kind } as never });
  const at: Record<string, [number, Expr[]]> = {
    first: [1, []],
    last: [1, []],
    first_value: [1, []],
    last_value: [1, []],
    any_value: [1, []],
    nth_value: [2, []],
    lag: [3, [lit(1, "integer"), lit(null, "null")]],
    lead: [3, [lit(1, "integer"), lit(null, "null")]],
  };
  const spec = at[name.toLowerCase()];
  if (!spec) return args;
  const [pos, defaults] = spec;
  const out = [...args];
  for (let i = out.length; i < pos; i++) out.push(defaults[i - 1] ?? lit(null, "null"));
  out[pos] = lit(true, "boolean");
  return out;
}

const UPPER_CASE_RANKS = new Set(["rank", "dense_rank", "percent_rank"]);

function withFields(attr: AttributeRef, fields: readonly string[]): RExpr {
  let e: RExpr = attr;
  for (const f of fields) {
    e = extractField(e, { kind: "literal", value: f, dataType: { kind: "string" }, nullable: false });
  }
  return e.kind === "call" && e.name === "get_struct_field" ? { ...e, fieldFromName: true } : e;
}

const ONE_ROW = makeBatch([], 1);

/** argInfo, with a constant expression (all inputs literal) evaluated to its value. */
function foldedArgInfo(e: RExpr): ArgInfo {
  if (e.kind === "literal" || !isFoldable(e)) return argInfo(e);
  try {
    const value = getValue(evaluate(e, ONE_ROW), 0);
    return { dataType: e.dataType, nullable: e.nullable, foldable: true, value: value === undefined ? null : value, sql: exprSql(e) };
  } catch {
    return argInfo(e);
  }
}

export function argInfo(e: RExpr): ArgInfo {
  return e.kind === "literal"
    ? { dataType: e.dataType, nullable: e.nullable, foldable: true, value: e.value, sql: exprSql(e) }
    : { dataType: e.dataType, nullable: e.nullable, foldable: false, sql: exprSql(e) };
}

function applyInputTypes(args: RExpr[], inputTypes: readonly DataType[] | undefined, ctx: FunctionContext): RExpr[] {
  if (!inputTypes) return args;
  return args.map((a, i) => {
    const t = inputTypes[i];
    return t && !dataTypeEquals(a.dataType, t, true) ? implicitCast(a, t, ctx) : a;
  });
}

function castCanIntroduceNull(from: DataType, to: DataType): boolean {
  return from.kind === "string" && to.kind !== "string";
}

function windowSpecSql(
  partitionSpec: readonly RExpr[],
  orderSpec: readonly RSortOrder[],
  frame: RWindow["frame"],
): string {
  const parts: string[] = [];
  if (partitionSpec.length > 0) parts.push(`PARTITION BY ${partitionSpec.map(exprSql).join(", ")}`);
  if (orderSpec.length > 0) parts.push(`ORDER BY ${orderSpec.map(sortOrderSql).join(", ")}`);
  const bound = (b: RWindow["frame"]["lower"]) =>
    b.kind === "unbounded_preceding"
      ? "UNBOUNDED PRECEDING"
      : b.kind === "unbounded_following"
        ? "UNBOUNDED FOLLOWING"
        : b.kind === "current_row"
          ? "CURRENT ROW"
          : `${String(b.offset).replace(/^-/, "")} ${String(b.offset).startsWith("-") ? "PRECEDING" : "FOLLOWING"}`;
  const frameType = frame.frameType === "rows" ? "ROWS" : "RANGE";
  parts.push(`${frame.frameType === "rows" ? "ROWS" : "RANGE"} BETWEEN ${bound(frame.lower)} AND ${bound(frame.upper)}`.replace(/^ROWS|^RANGE/, frameType));
  return parts.join(" ");
}

export function sortOrderSql(o: RSortOrder): string {
  return `${exprSql(o.child)} ${o.ascending ? "ASC" : "DESC"} NULLS ${o.nullsFirst ? "FIRST" : "LAST"}`;
}
