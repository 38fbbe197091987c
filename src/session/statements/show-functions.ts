// SHOW [USER | SYSTEM | ALL] FUNCTIONS [LIKE pattern]: one `function` column, sorted. Built-ins
// are the shared function registry; user functions are the session's registered UDFs.
import type { DataFrame } from "../../api/dataframe.js";
import { listFunctions } from "../../functions/registry.js";
import type { ShowFunctionsStatement } from "../../sql/statement.js";
import { likePattern } from "../catalog.js";
import { command, stringCols, type StatementContext } from "./context.js";

export function runShowFunctions(ctx: StatementContext, stmt: ShowFunctionsStatement): DataFrame {
  return command(ctx, stringCols("function"), () => {
    const names = new Set<string>();
    if (stmt.scope !== "system") for (const n of ctx.state.udfs.keys()) names.add(n);
    if (stmt.scope !== "user") for (const n of listFunctions()) names.add(n);
    const match = stmt.pattern !== undefined ? likePattern(stmt.pattern) : () => true;
    return [...names].filter(match).sort().map((n) => [n]);
  });
}
