// SHOW CURRENT NAMESPACE: catalog / namespace.
import type { DataFrame } from "../../api/dataframe.js";
import type { ShowCurrentNamespaceStatement } from "../../sql/statement.js";
import { command, stringCols, type StatementContext } from "./context.js";

export function runShowCurrentNamespace(ctx: StatementContext, stmt: ShowCurrentNamespaceStatement): DataFrame {
  void stmt;
  return command(ctx, stringCols("catalog", "namespace"), () => [["spark_catalog", ctx.state.catalog.currentDatabase]]);
}
