// SELECT / WITH / VALUES / TABLE / FROM ...: a lazy DataFrame (analysis happens at the first action).
import type { DataFrame } from "../../api/dataframe.js";
import type { QueryStatement } from "../../sql/statement.js";
import type { StatementContext } from "./context.js";

export function runQuery(ctx: StatementContext, stmt: QueryStatement): DataFrame {
  return ctx.session.dataFrame(stmt.plan);
}
