// Column names of pivoted values: the value as a string, as Spark prints it.
import type { RExpr } from "../expr/resolved.js";
import { exprSql, literalSql } from "./expr-sql.js";

export function castToStringName(v: RExpr): string {
  if (v.kind === "literal") return v.value === null ? "null" : literalSql(v.value, v.dataType);
  return exprSql(v);
}
