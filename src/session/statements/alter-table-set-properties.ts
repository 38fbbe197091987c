// ALTER TABLE | VIEW t SET TBLPROPERTIES (...) / UNSET TBLPROPERTIES [IF EXISTS] (...).
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException } from "../../errors/spark-error.js";
import type { AlterTableSetPropertiesStatement } from "../../sql/statement.js";
import { noResult, type StatementContext } from "./context.js";
import { displayName, isView, requireRelation } from "./tables.js";

export function runAlterTableSetProperties(ctx: StatementContext, stmt: AlterTableSetPropertiesStatement): DataFrame {
  return noResult(ctx, () => {
    const ref = requireRelation(ctx.state, stmt.name);
    const verb = stmt.unset ? "UNSET" : "SET";
    if (ref.kind !== "table") {
      throw new AnalysisException("EXPECT_PERMANENT_VIEW_NOT_TEMP", { viewName: displayName(ref), operation: `ALTER VIEW ... ${verb} TBLPROPERTIES` });
    }
    if (!stmt.isView && isView(ref)) {
      throw new AnalysisException("EXPECT_TABLE_NOT_VIEW.USE_ALTER_VIEW", { operation: `ALTER TABLE ... ${verb} TBLPROPERTIES`, viewName: displayName(ref) });
    }
    if (stmt.isView && !isView(ref)) {
      throw new AnalysisException("EXPECT_VIEW_NOT_TABLE.USE_ALTER_TABLE", { operation: `ALTER VIEW ... ${verb} TBLPROPERTIES`, tableName: displayName(ref) });
    }
    const props: Record<string, string> = { ...(ref.table.properties ?? {}) };
    if (stmt.unset) for (const k of stmt.unset) delete props[k];
    else Object.assign(props, stmt.properties);
    ctx.state.catalog.alterTable({ ...ref.table, properties: props });
  });
}
