// Unresolved expressions (src/plan/expr/unresolved.ts) to Spark Connect's Expression: one
// small function per kind, gathered in a Record so a new kind fails to compile until it has one.
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import {
  ExpressionSchema,
  Expression_Cast_EvalMode,
  Expression_SortOrder_NullOrdering,
  Expression_SortOrder_SortDirection,
  Expression_SortOrderSchema,
  Expression_Window_WindowFrame_FrameType,
  SubqueryExpression_SubqueryType,
  type Expression,
  type Expression_SortOrder,
  Expression_Window_WindowFrame_FrameBoundarySchema,
} from "../proto/gen/spark/connect/expressions_pb.js";
import type { Expr, FrameBoundary, SortOrder } from "../../plan/expr/unresolved.js";
import { ConnectUnsupportedError } from "../errors.js";
import { toProtoDataType } from "./data-type.js";
import { toProtoLiteral } from "./literal.js";
import { quoteNameParts, type TranslateContext } from "./context.js";

type ExprOf<K extends Expr["kind"]> = Extract<Expr, { kind: K }>;
type ExprInit = MessageInitShape<typeof ExpressionSchema>["exprType"];
type Handler<K extends Expr["kind"]> = (e: ExprOf<K>, ctx: TranslateContext) => ExprInit;

const x = (exprType: ExprInit): Expression => create(ExpressionSchema, { exprType });

/** Aggregate/window functions whose IGNORE NULLS travels as a trailing boolean argument. */
const IGNORE_NULLS_AS_ARG = new Set(["first", "last", "first_value", "last_value", "any_value", "nth_value", "lag", "lead"]);

const HANDLERS: { [K in Expr["kind"]]: Handler<K> } = {
  literal: (e) => ({ case: "literal", value: toProtoLiteral(e.value, e.dataType) }),
  unresolved_attribute: (e) => ({
    case: "unresolvedAttribute",
    value: { unparsedIdentifier: quoteNameParts(e.nameParts), ...(e.planId !== undefined ? { planId: BigInt(e.planId) } : {}) },
  }),
  unresolved_star: (e) => ({
    case: "unresolvedStar",
    value: {
      ...(e.target && e.target.length > 0 ? { unparsedTarget: quoteNameParts(e.target) + ".*" } : {}),
      ...(e.planId !== undefined && !e.target ? { planId: BigInt(e.planId) } : {}),
    },
  }),
  unresolved_function: (e, ctx) => {
    if (e.filter) throw new ConnectUnsupportedError("An aggregate FILTER (WHERE ...) clause in the DataFrame API", "write it in spark.sql(...)");
    const args = e.args.map((a) => toProtoExpression(a, ctx));
    if (e.ignoreNulls) {
      if (!IGNORE_NULLS_AS_ARG.has(e.name.toLowerCase())) throw new ConnectUnsupportedError(`IGNORE NULLS on ${e.name}`);
      args.push(toProtoExpression({ kind: "literal", value: true, dataType: { kind: "boolean" } }, ctx));
    }
    return { case: "unresolvedFunction", value: { functionName: e.name, arguments: args, isDistinct: e.isDistinct } };
  },
  alias: (e, ctx) => ({
    case: "alias",
    value: {
      expr: toProtoExpression(e.child, ctx),
      name: [...e.names],
      ...(e.metadata && Object.keys(e.metadata).length > 0 ? { metadata: JSON.stringify(e.metadata) } : {}),
    },
  }),
  cast: (e, ctx) => ({
    case: "cast",
    value: {
      expr: toProtoExpression(e.child, ctx),
      castToType: { case: "type", value: toProtoDataType(e.dataType) },
      evalMode: e.evalMode === "try" ? Expression_Cast_EvalMode.TRY : e.evalMode === "legacy" ? Expression_Cast_EvalMode.LEGACY : Expression_Cast_EvalMode.ANSI,
    },
  }),
  sort_order: (e, ctx) => ({ case: "sortOrder", value: toProtoSortOrder(e, ctx) }),
  window: (e, ctx) => {
    if (e.windowName) throw new ConnectUnsupportedError(`A named window (OVER ${e.windowName}) outside SQL`);
    return {
      case: "window",
      value: {
        windowFunction: toProtoExpression(e.fn, ctx),
        partitionSpec: e.partitionSpec.map((p) => toProtoExpression(p, ctx)),
        orderSpec: e.orderSpec.map((o) => toProtoSortOrder(o, ctx)),
        ...(e.frame
          ? {
              frameSpec: {
                frameType: e.frame.frameType === "rows" ? Expression_Window_WindowFrame_FrameType.ROW : Expression_Window_WindowFrame_FrameType.RANGE,
                lower: boundary(e.frame.lower, ctx),
                upper: boundary(e.frame.upper, ctx),
              },
            }
          : {}),
      },
    };
  },
  lambda_function: (e, ctx) => ({
    case: "lambdaFunction",
    value: { function: toProtoExpression(e.fn, ctx), arguments: e.args.map((a) => ({ nameParts: [a.name] })) },
  }),
  lambda_variable: (e) => ({ case: "unresolvedNamedLambdaVariable", value: { nameParts: [e.name] } }),
  unresolved_extract_value: (e, ctx) => ({
    case: "unresolvedExtractValue",
    value: { child: toProtoExpression(e.child, ctx), extraction: toProtoExpression(e.extraction, ctx) },
  }),
  expression_string: (e) => ({ case: "expressionString", value: { expression: e.expression } }),
  subquery: (e, ctx) => {
    // The subquery's plan travels once in the root's WithRelations, found by its plan id.
    if (!ctx.references.has(e.plan.planId)) ctx.references.set(e.plan.planId, ctx.relation(e.plan));
    const type =
      e.subqueryType === "scalar" ? SubqueryExpression_SubqueryType.SCALAR : e.subqueryType === "exists" ? SubqueryExpression_SubqueryType.EXISTS : SubqueryExpression_SubqueryType.IN;
    return {
      case: "subqueryExpression",
      value: { planId: BigInt(e.plan.planId), subqueryType: type, inSubqueryValues: (e.values ?? []).map((v) => toProtoExpression(v, ctx)) },
    };
  },
  user_function: (e) => {
    throw new ConnectUnsupportedError(
      `The TypeScript UDF '${e.name}'`,
      "a remote Spark cannot run JavaScript; use built-in functions or SQL expressions",
    );
  },
};

/** Every expression kind the translator has a case for (tests check each one is exercised). */
export const TRANSLATED_EXPRESSION_KINDS = Object.keys(HANDLERS) as readonly Expr["kind"][];

function boundary(b: FrameBoundary, ctx: TranslateContext): MessageInitShape<typeof Expression_Window_WindowFrame_FrameBoundarySchema> {
  const boundaryCase = (): MessageInitShape<typeof Expression_Window_WindowFrame_FrameBoundarySchema>["boundary"] => {
    switch (b.kind) {
      case "current_row":
        return { case: "currentRow", value: true };
      case "unbounded_preceding":
      case "unbounded_following":
        return { case: "unbounded", value: true };
      case "offset":
        return { case: "value", value: toProtoExpression(b.value, ctx) };
    }
  };
  return { boundary: boundaryCase() };
}

export function toProtoSortOrder(o: SortOrder, ctx: TranslateContext): Expression_SortOrder {
  return create(Expression_SortOrderSchema, {
    child: toProtoExpression(o.child, ctx),
    direction: o.direction === "asc" ? Expression_SortOrder_SortDirection.ASCENDING : Expression_SortOrder_SortDirection.DESCENDING,
    nullOrdering: o.nullOrdering === "nulls_first" ? Expression_SortOrder_NullOrdering.SORT_NULLS_FIRST : Expression_SortOrder_NullOrdering.SORT_NULLS_LAST,
  });
}

export function toProtoExpression(e: Expr, ctx: TranslateContext): Expression {
  const h = HANDLERS[e.kind] as Handler<Expr["kind"]>;
  return x(h(e as never, ctx));
}
