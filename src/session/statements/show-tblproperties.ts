// SHOW TBLPROPERTIES t [('key')]: key / value rows; a missing key shows Spark's "does not have
// property" text as its value.
import type { DataFrame } from "../../api/dataframe.js";
import type { ShowTblPropertiesStatement } from "../../sql/statement.js";
import { command, stringCols, type StatementContext } from "./context.js";
import { requireRelation } from "./tables.js";

export function runShowTblProperties(ctx: StatementContext, stmt: ShowTblPropertiesStatement): DataFrame {
  return command(ctx, stringCols("key", "value"), () => {
    const ref = requireRelation(ctx.state, stmt.name);
    if (ref.kind !== "table") return [];
    const t = ref.table;
    const props = t.properties ?? {};
    if (stmt.key !== undefined) {
      const v = props[stmt.key];
      return [[stmt.key, v ?? `Table spark_catalog.${t.database}.${t.name} does not have property: ${stmt.key}`]];
    }
    return Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  });
}
