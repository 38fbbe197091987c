// UNION / INTERSECT / EXCEPT [ALL] by position or by name (unionByName with
// allowMissingColumns), with the column types widened to a common type.

import { AnalysisException } from "../../errors/spark-error.js";
import type { SetOperation } from "../logical/unresolved.js";
import type { NamedExpr, RPlan } from "../logical/resolved.js";
import type { AttributeRef, RExpr } from "../expr/resolved.js";
import { newExprId } from "../expr/expr-id.js";
import { dataTypeEquals } from "../../types/data-type.js";
import type { Analyzer } from "./analyzer.js";
import { commonType, implicitCast } from "./implicit-cast.js";
import { projectOf } from "./analyze-project.js";

export function analyzeSetOperation(an: Analyzer, p: SetOperation): RPlan {
  const left = an.analyze(p.left);
  let right = an.analyze(p.right);
  if (p.byName) right = reorderByName(left, right, p.allowMissingColumns);
  let l = left;
  if (p.byName && p.allowMissingColumns) {
    const rightNames = new Set(right.output.map((a) => a.name.toLowerCase()));
    const missingInLeft = right.output.filter((a) => !l.output.some((x) => x.name.toLowerCase() === a.name.toLowerCase()));
    if (missingInLeft.length) {
      l = projectOf(l, [...l.output, ...missingInLeft.map((a) => nullColumn(a))]);
      right = reorderByName(l, right, true);
    }
    void rightNames;
  }
  if (l.output.length !== right.output.length) {
    throw new AnalysisException("NUM_COLUMNS_MISMATCH", {
      operator: p.opType.toUpperCase(),
      firstNumColumns: String(l.output.length),
      invalidOrdinalNum: "second",
      invalidNumColumns: String(right.output.length),
    });
  }
  const types = l.output.map((a, i) => commonType([a.dataType, right.output[i]!.dataType], p.opType.toUpperCase()));
  const leftC = castTo(an, l, types);
  const rightC = castTo(an, right, types);
  const output: AttributeRef[] = leftC.output.map((a, i) => ({ ...a, nullable: a.nullable || rightC.output[i]!.nullable }));
  if (p.opType === "union") {
    const union: RPlan = { kind: "union", children: [leftC, rightC], output };
    return p.isAll ? union : { kind: "aggregate", input: union, groupingExprs: output, aggregateExprs: output, output };
  }
  return { kind: "set_op", left: leftC, right: rightC, opType: p.opType, isAll: p.isAll, output };
}

function nullColumn(a: AttributeRef): NamedExpr {
  return { kind: "alias", child: { kind: "literal", value: null, dataType: a.dataType, nullable: true }, name: a.name, exprId: newExprId(), dataType: a.dataType, nullable: true };
}

function reorderByName(left: RPlan, right: RPlan, allowMissing: boolean): RPlan {
  const list: NamedExpr[] = left.output.map((a) => {
    const r = right.output.find((x) => x.name.toLowerCase() === a.name.toLowerCase());
    if (r) return r;
    if (allowMissing) return nullColumn(a);
    throw new AnalysisException("NUM_COLUMNS_MISMATCH", { operator: "UNION", firstNumColumns: String(left.output.length), invalidOrdinalNum: "second", invalidNumColumns: String(right.output.length) });
  });
  if (!allowMissing && right.output.length !== left.output.length) {
    throw new AnalysisException("NUM_COLUMNS_MISMATCH", { operator: "UNION", firstNumColumns: String(left.output.length), invalidOrdinalNum: "second", invalidNumColumns: String(right.output.length) });
  }
  const extra = allowMissing ? right.output.filter((x) => !left.output.some((a) => a.name.toLowerCase() === x.name.toLowerCase())) : [];
  return projectOf(right, [...list, ...extra]);
}

function castTo(an: Analyzer, plan: RPlan, types: readonly RExpr["dataType"][]): RPlan {
  if (plan.output.every((a, i) => dataTypeEquals(a.dataType, types[i]!, true))) return plan;
  return projectOf(
    plan,
    plan.output.map((a, i) => {
      if (dataTypeEquals(a.dataType, types[i]!, true)) return a;
      const c = implicitCast(a, types[i]!, an.env.fnCtx);
      return { kind: "alias", child: c, name: a.name, exprId: newExprId(), dataType: types[i]!, nullable: a.nullable } as NamedExpr;
    }),
  );
}
