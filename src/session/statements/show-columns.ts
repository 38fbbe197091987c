// SHOW COLUMNS IN t [IN db]: one col_name column.
import type { DataFrame } from "../../api/dataframe.js";
import type { ShowColumnsStatement } from "../../sql/statement.js";
import { command, stringCols, type StatementContext } from "./context.js";
import { relationSchema } from "./describe-table.js";

export function runShowColumns(ctx: StatementContext, stmt: ShowColumnsStatement): DataFrame {
  return command(ctx, stringCols("col_name"), async () => {
    const name = stmt.namespace ? [...stmt.namespace, stmt.table[stmt.table.length - 1]!] : stmt.table;
    return (await relationSchema(ctx, name)).fields.map((f) => [f.name]);
  });
}
