// Binding: attribute references (by exprId) → positions in an operator's input batch.

import type { AttributeRef, RExpr } from "../../plan/expr/resolved.js";
import { transformUp } from "../../plan/expr/transform.js";

export function bindReferences(e: RExpr, input: readonly AttributeRef[]): RExpr {
  const pos = new Map<number, number>();
  input.forEach((a, i) => {
    if (!pos.has(a.exprId)) pos.set(a.exprId, i);
  });
  return transformUp(e, (x) => {
    if (x.kind !== "attribute") return x;
    const ordinal = pos.get(x.exprId);
    if (ordinal === undefined) {
      throw new Error(`internal error: attribute ${x.name}#${x.exprId} is not among the operator's inputs [${input.map((a) => `${a.name}#${a.exprId}`).join(", ")}]`);
    }
    return { kind: "bound_ref", ordinal, name: x.name, dataType: x.dataType, nullable: x.nullable };
  });
}

export const bindAll = (es: readonly RExpr[], input: readonly AttributeRef[]): RExpr[] =>
  es.map((e) => bindReferences(e, input));
