// ANALYZE TABLE t COMPUTE STATISTICS [NOSCAN | FOR COLUMNS ...]: accepted; the engine keeps no
// statistics yet, so only the name is checked.
import type { DataFrame } from "../../api/dataframe.js";
import type { AnalyzeTableStatement } from "../../sql/statement.js";
import { noResult, type StatementContext } from "./context.js";
import { requireRelation } from "./tables.js";

export function runAnalyzeTable(ctx: StatementContext, stmt: AnalyzeTableStatement): DataFrame {
  return noResult(ctx, () => void requireRelation(ctx.state, stmt.name));
}
