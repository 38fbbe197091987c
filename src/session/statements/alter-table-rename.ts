// ALTER TABLE | VIEW a RENAME TO b: temp views are renamed in the session; a managed table's
// directory moves to the new name's location.
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException } from "../../errors/spark-error.js";
import type { AlterTableRenameStatement } from "../../sql/statement.js";
import { noResult, type StatementContext } from "./context.js";
import { defaultTableLocation, displayName, fsOf, isView, requireRelation, tableTypeOf } from "./tables.js";

export function runAlterTableRename(ctx: StatementContext, stmt: AlterTableRenameStatement): DataFrame {
  return noResult(ctx, async () => {
    const { state } = ctx;
    const ref = requireRelation(state, stmt.from);
    const newName = stmt.to[stmt.to.length - 1]!;
    if (ref.kind === "temp_view") return state.catalog.renameTempView(ref.name, newName);
    if (ref.kind === "global_temp_view") {
      throw new AnalysisException("UNSUPPORTED_FEATURE.TABLE_OPERATION", { tableName: displayName(ref), operation: "RENAME" });
    }
    if (stmt.isView && !isView(ref)) {
      throw new AnalysisException("EXPECT_VIEW_NOT_TABLE.USE_ALTER_TABLE", { operation: "ALTER VIEW ... RENAME TO", tableName: displayName(ref) });
    }
    const t = ref.table;
    if (tableTypeOf(t) !== "MANAGED") return void state.catalog.renameTable(t, newName);
    const to = defaultTableLocation(state, t.database, state.catalog.formatName(newName));
    const renamed = state.catalog.renameTable(t, newName, to);
    const fs = fsOf(t.location);
    if (await fs.exists(t.location)) await fs.rename(t.location, renamed.location);
  });
}
