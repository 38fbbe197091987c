// ALTER TABLE t ADD COLUMNS (c type, ...): new data columns before the partition columns; rows
// already written read NULL for them.
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException, quoteId } from "../../errors/spark-error.js";
import type { AlterTableAddColumnsStatement } from "../../sql/statement.js";
import { StructType } from "../../types/data-type.js";
import { noResult, type StatementContext } from "./context.js";
import { requireTable } from "./tables.js";
import { refreshCachedTable } from "./refresh-table.js";

export function runAlterTableAddColumns(ctx: StatementContext, stmt: AlterTableAddColumnsStatement): DataFrame {
  return noResult(ctx, () => {
    const t = requireTable(ctx.state, stmt.name, "ALTER TABLE ... ADD COLUMNS");
    const fields = t.schema?.fields ?? [];
    const names = new Set(fields.map((f) => f.name.toLowerCase()));
    for (const c of stmt.columns) {
      if (names.has(c.name.toLowerCase())) throw new AnalysisException("COLUMN_ALREADY_EXISTS", { columnName: quoteId(c.name) });
      names.add(c.name.toLowerCase());
    }
    const data = fields.filter((f) => !t.partitionColumns.includes(f.name));
    const parts = fields.filter((f) => t.partitionColumns.includes(f.name));
    ctx.state.catalog.alterTable({ ...t, schema: StructType([...data, ...stmt.columns, ...parts]) });
    refreshCachedTable(ctx.state, t);
  });
}
