// Whether a case's result has a defined row order (then rows and show() text are compared in
// order). Detected from the program text; a case can say so itself with `ordered`.

import { isSqlCase, type DiffCase } from "./case.js";

/** Blanks out string literals, quoted identifiers and comments so keywords can be found. */
function codeOnly(sqlText: string): string {
  return sqlText
    .replace(/--[^\n]*/g, " ")
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, "''");
}

/** True when the query's outermost level has ORDER BY (not inside a subquery or OVER (...)). */
export function sqlIsOrdered(sqlText: string): boolean {
  const code = codeOnly(sqlText);
  let depth = 0;
  let outer = "";
  for (const ch of code) {
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0) outer += ch;
  }
  return /\border\s+by\b/i.test(outer);
}

// DataFrame operations after which a preceding orderBy no longer fixes the row order.
const REORDERING =
  /\.(groupBy|groupby|agg|join|crossJoin|distinct|dropDuplicates|drop_duplicates|union|unionAll|unionByName|intersect|intersectAll|subtract|exceptAll|repartition)\(/g;

/** True when the PySpark program sorts and nothing after the last sort reorders rows. */
export function programIsOrdered(py: string): boolean {
  const lastSort = Math.max(py.lastIndexOf(".orderBy("), py.lastIndexOf(".sort("));
  if (lastSort < 0) return false;
  return ![...py.matchAll(REORDERING)].some((m) => m.index! > lastSort);
}

export function isOrdered(c: DiffCase): boolean {
  if (c.ordered !== undefined) return c.ordered;
  return isSqlCase(c) ? sqlIsOrdered(c.sql) : programIsOrdered(c.py);
}
