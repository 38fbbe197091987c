// Resolved expressions: the analyzer's output. Logical plans hold them with `attribute`
// references (by exprId, Spark's AttributeReference); physical planning binds attributes to
// input ordinals (`bound_ref`) and only bound expressions reach the evaluator (src/exec/eval).
// Values in literals are INTERNAL values (see src/functions/function-definition.ts).

import type { DataType } from "../../types/data-type.js";
import type { CastEvalMode } from "./unresolved.js";
import type {
  BoundAggregate,
  BoundGenerator,
  BoundScalar,
  BoundWindowFunction,
} from "../../functions/function-definition.js";

export type RExpr =
  | AttributeRef
  | BoundRef
  | RLiteral
  | RCall
  | RCast
  | RAnd
  | ROr
  | RNot
  | RIsNull
  | RIsNotNull
  | RCaseWhen
  | RCoalesce
  | RIn
  | RUdf
  | RAlias
  | RLambda
  | RLambdaVar
  | RHigherOrder
  | RAggregate
  | RWindow
  | RGenerator
  | RScalarSubquery;

interface Typed {
  readonly dataType: DataType;
  readonly nullable: boolean;
}

/** A column of a logical plan's input, identified by exprId (stable through the plan). */
export interface AttributeRef extends Typed {
  readonly kind: "attribute";
  readonly exprId: number;
  readonly name: string;
  /** Table alias / relation name that qualifies it (`t` in t.a). */
  readonly qualifier: readonly string[];
}

/** A column of the operator's input batch by position (after binding). */
export interface BoundRef extends Typed {
  readonly kind: "bound_ref";
  readonly ordinal: number;
  readonly name: string;
}

export interface RLiteral extends Typed {
  readonly kind: "literal";
  readonly value: unknown;
}

/** A scalar function call; `name` is how Spark prints it (`+`, `upper`, ...). */
export interface RCall extends Typed {
  readonly kind: "call";
  readonly name: string;
  readonly fn: BoundScalar;
  readonly args: readonly RExpr[];
  /** Spark's printed form of this call, e.g. `(valor * qtd)` or `upper(loja)`. */
  readonly sql: string;
  /** A struct field reached by name resolution (`st.b.c`): an unaliased select item is then
   *  named after the field (`c`), while an explicit getField keeps the full form (`st.b.c`). */
  readonly fieldFromName?: boolean;
}

export interface RCast extends Typed {
  readonly kind: "cast";
  readonly child: RExpr;
  readonly evalMode: CastEvalMode;
  readonly timeZone: string;
}

/** Three-valued AND / OR: the right side is evaluated only for rows the left does not decide. */
export interface RAnd extends Typed {
  readonly kind: "and";
  readonly left: RExpr;
  readonly right: RExpr;
}
export interface ROr extends Typed {
  readonly kind: "or";
  readonly left: RExpr;
  readonly right: RExpr;
}
export interface RNot extends Typed {
  readonly kind: "not";
  readonly child: RExpr;
}
export interface RIsNull extends Typed {
  readonly kind: "is_null";
  readonly child: RExpr;
}
export interface RIsNotNull extends Typed {
  readonly kind: "is_not_null";
  readonly child: RExpr;
}

/** CASE WHEN / IF / when().otherwise(): a branch's value is evaluated only where it is taken. */
export interface RCaseWhen extends Typed {
  readonly kind: "case_when";
  readonly branches: readonly { readonly condition: RExpr; readonly value: RExpr }[];
  readonly elseValue: RExpr | null;
}

/** COALESCE / NVL / IFNULL: later arguments are evaluated only where earlier ones are null. */
export interface RCoalesce extends Typed {
  readonly kind: "coalesce";
  readonly args: readonly RExpr[];
}

/** `x IN (a, b, ...)` with SQL's null semantics. */
export interface RIn extends Typed {
  readonly kind: "in";
  readonly value: RExpr;
  readonly list: readonly RExpr[];
}

/** A TypeScript UDF: called with USER-FACING values (converted at the boundary). */
export interface RUdf extends Typed {
  readonly kind: "udf";
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
  readonly args: readonly RExpr[];
  readonly deterministic: boolean;
}

/** A named output column of a projection / aggregate. */
export interface RAlias extends Typed {
  readonly kind: "alias";
  readonly child: RExpr;
  readonly name: string;
  readonly exprId: number;
}

export interface RLambdaVar extends Typed {
  readonly kind: "lambda_var";
  readonly name: string;
  /** Unique id so nested lambdas with equal names do not clash. */
  readonly varId: number;
}
export interface RLambda extends Typed {
  readonly kind: "lambda";
  readonly params: readonly RLambdaVar[];
  readonly body: RExpr;
}
/** transform / filter / exists / forall / aggregate / zip_with / map_filter ... */
export interface RHigherOrder extends Typed {
  readonly kind: "higher_order";
  readonly name: string;
  readonly args: readonly RExpr[];
  readonly lambdas: readonly RLambda[];
}

/** An aggregate call inside an Aggregate's output (replaced by a reference when planned). */
export interface RAggregate extends Typed {
  readonly kind: "aggregate";
  readonly name: string;
  readonly fn: BoundAggregate;
  readonly args: readonly RExpr[];
  readonly isDistinct: boolean;
  readonly filter: RExpr | null;
  readonly sql: string;
}

export interface RSortOrder {
  readonly child: RExpr;
  readonly ascending: boolean;
  readonly nullsFirst: boolean;
}

export interface RFrameBound {
  readonly kind: "unbounded_preceding" | "unbounded_following" | "current_row" | "offset";
  /** For offset: negative preceding, positive following (rows count or range value). */
  readonly offset?: unknown;
  /** The offset literal's type (RANGE offsets: numbers, decimals, intervals). */
  readonly offsetType?: DataType;
}

export interface RWindow extends Typed {
  readonly kind: "window";
  /** Either an aggregate over a frame or a ranking/offset window function. */
  readonly fn: RAggregate | { readonly kind: "window_fn"; readonly name: string; readonly fn: BoundWindowFunction; readonly args: readonly RExpr[] };
  readonly partitionSpec: readonly RExpr[];
  readonly orderSpec: readonly RSortOrder[];
  readonly frame: { readonly frameType: "rows" | "range"; readonly lower: RFrameBound; readonly upper: RFrameBound };
  readonly sql: string;
}

export interface RGenerator extends Typed {
  readonly kind: "generator";
  readonly name: string;
  readonly fn: BoundGenerator;
  readonly args: readonly RExpr[];
}

/** A scalar subquery's value, computed before the enclosing plan runs (uncorrelated). */
export interface RScalarSubquery extends Typed {
  readonly kind: "scalar_subquery";
  readonly subqueryId: number;
}
