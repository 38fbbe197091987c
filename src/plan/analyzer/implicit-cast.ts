// Implicit casts the analyzer inserts (type coercion). They print as their child in column
// names, as in Spark. The wider-type rules live in ./type-coercion/.

import { AnalysisException } from "../../errors/spark-error.js";
import type { FunctionContext } from "../../functions/function-definition.js";
import { dataTypeEquals, type DataType } from "../../types/data-type.js";
import type { RCast, RExpr } from "../expr/resolved.js";
import { findWiderTypeForTwo } from "./type-coercion/index.js";
import { sqlTypeText } from "./expr-sql.js";

export function implicitCast(e: RExpr, to: DataType, ctx: FunctionContext): RExpr {
  if (dataTypeEquals(e.dataType, to, true)) return e;
  if (e.kind === "literal" && e.value === null) return { ...e, dataType: to };
  const cast: RCast & { implicit: true } = {
    kind: "cast",
    child: e,
    dataType: to,
    nullable: e.nullable,
    evalMode: ctx.ansi ? "ansi" : "legacy",
    timeZone: ctx.timeZone,
    implicit: true,
  };
  return cast;
}

/** The common type of several expressions' types (CASE branches, COALESCE, IN lists, UNION). */
export function commonType(types: readonly DataType[], what: string): DataType {
  let t: DataType | null = types[0] ?? { kind: "null" };
  for (let i = 1; i < types.length && t; i++) t = findWiderTypeForTwo(t, types[i]!);
  if (!t) {
    throw new AnalysisException("DATATYPE_MISMATCH.DATA_DIFF_TYPES", {
      sqlExpr: what,
      functionName: what,
      dataType: "[" + types.map((x) => `"${sqlTypeText(x)}"`).join(", ") + "]",
    });
  }
  return t;
}
