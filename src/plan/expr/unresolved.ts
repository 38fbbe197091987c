// Unresolved expressions: what the DataFrame API and the SQL parser build, shaped like Spark
// Connect's Expression message so that translating to it stays a thin file per node kind.
// Operators are functions by their Spark names ("+", "==", "and", "not", "when", "in", ...),
// exactly as Spark Connect sends them; CASE WHEN is the function "when"
// (args: cond1, value1, cond2, value2, ..., [else]).

import type { DataType } from "../../types/data-type.js";
import type { LogicalPlan } from "../logical/unresolved.js";

export type Expr =
  | Literal
  | UnresolvedAttribute
  | UnresolvedStar
  | UnresolvedFunction
  | Alias
  | Cast
  | SortOrder
  | WindowExpr
  | LambdaFunction
  | LambdaVariable
  | UnresolvedExtractValue
  | ExpressionString
  | SubqueryExpr
  | UserFunction;

/** A constant. `value` uses the user-facing value classes (bigint for long, Decimal, ...). */
export interface Literal {
  readonly kind: "literal";
  readonly value: unknown;
  readonly dataType: DataType;
}

/** A column by (possibly qualified) name. planId ties it to the DataFrame it came from. */
export interface UnresolvedAttribute {
  readonly kind: "unresolved_attribute";
  readonly nameParts: readonly string[];
  readonly planId?: number;
}

/** `*` or `t.*`. */
export interface UnresolvedStar {
  readonly kind: "unresolved_star";
  readonly target?: readonly string[];
  readonly planId?: number;
}

export interface UnresolvedFunction {
  readonly kind: "unresolved_function";
  readonly name: string;
  readonly args: readonly Expr[];
  readonly isDistinct: boolean;
  /** Aggregate FILTER (WHERE ...) clause, SQL only. */
  readonly filter?: Expr;
  /** IGNORE NULLS / RESPECT NULLS on window/aggregate functions. */
  readonly ignoreNulls?: boolean;
}

/** `expr AS name`; several names for multi-output generators (posexplode AS (pos, col)). */
export interface Alias {
  readonly kind: "alias";
  readonly child: Expr;
  readonly names: readonly string[];
  readonly metadata?: Readonly<Record<string, unknown>>;
}

export type CastEvalMode = "ansi" | "try" | "legacy";
export interface Cast {
  readonly kind: "cast";
  readonly child: Expr;
  readonly dataType: DataType;
  /** "ansi" for CAST under ANSI mode, "try" for TRY_CAST / try_cast. */
  readonly evalMode: CastEvalMode;
}

export interface SortOrder {
  readonly kind: "sort_order";
  readonly child: Expr;
  readonly direction: "asc" | "desc";
  readonly nullOrdering: "nulls_first" | "nulls_last";
}

export type FrameBoundary =
  | { readonly kind: "unbounded_preceding" }
  | { readonly kind: "unbounded_following" }
  | { readonly kind: "current_row" }
  /** Offset: negative = preceding, positive = following (rows: a count; range: a value). */
  | { readonly kind: "offset"; readonly value: Expr };

export interface WindowFrame {
  readonly frameType: "rows" | "range";
  readonly lower: FrameBoundary;
  readonly upper: FrameBoundary;
}

export interface WindowExpr {
  readonly kind: "window";
  readonly fn: Expr;
  readonly partitionSpec: readonly Expr[];
  readonly orderSpec: readonly SortOrder[];
  readonly frame?: WindowFrame;
  /** SQL `OVER w` before the named window is substituted. */
  readonly windowName?: string;
}

/** `x -> x + 1` / `(acc, x) -> acc + x`. */
export interface LambdaFunction {
  readonly kind: "lambda_function";
  readonly fn: Expr;
  readonly args: readonly LambdaVariable[];
}
export interface LambdaVariable {
  readonly kind: "lambda_variable";
  readonly name: string;
}

/** `col[0]`, `col["key"]`, `col.field` after the child resolves. */
export interface UnresolvedExtractValue {
  readonly kind: "unresolved_extract_value";
  readonly child: Expr;
  readonly extraction: Expr;
}

/** A SQL expression string (selectExpr / F.expr), parsed by the analyzer. */
export interface ExpressionString {
  readonly kind: "expression_string";
  readonly expression: string;
}

export interface SubqueryExpr {
  readonly kind: "subquery";
  readonly subqueryType: "scalar" | "exists" | "in";
  readonly plan: LogicalPlan;
  /** For IN: the left-hand values. */
  readonly values?: readonly Expr[];
}

/** A TypeScript UDF. `fn` receives user-facing values and returns one. */
export interface UserFunction {
  readonly kind: "user_function";
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
  readonly returnType: DataType;
  readonly args: readonly Expr[];
  readonly deterministic: boolean;
}
