// USE [NAMESPACE | DATABASE] db: the current database (current_database() follows it).
import type { DataFrame } from "../../api/dataframe.js";
import type { UseStatement } from "../../sql/statement.js";
import type { SessionState } from "../session-state.js";
import { noResult, type StatementContext } from "./context.js";

export function runUse(ctx: StatementContext, stmt: UseStatement): DataFrame {
  return noResult(ctx, () => {
    const parts = stmt.namespace.length === 2 && stmt.namespace[0]!.toLowerCase() === "spark_catalog" ? stmt.namespace.slice(1) : stmt.namespace;
    setCurrentDatabase(ctx.state, parts[parts.length - 1]!);
  });
}

export function setCurrentDatabase(state: SessionState, db: string): void {
  state.catalog.setCurrentDatabase(db);
  // current_database() reads it from the conf (functions see conf, not the catalog).
  state.conf.set("spark.sql.catalog.currentDatabase", state.catalog.currentDatabase);
}
