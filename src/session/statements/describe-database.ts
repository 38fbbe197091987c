// DESCRIBE DATABASE [EXTENDED] db: info_name / info_value rows.
import type { DataFrame } from "../../api/dataframe.js";
import type { DescribeDatabaseStatement } from "../../sql/statement.js";
import { command, stringCols, type StatementContext } from "./context.js";
import { currentUser, databaseLocation, qualifyPath } from "./tables.js";

export function runDescribeDatabase(ctx: StatementContext, stmt: DescribeDatabaseStatement): DataFrame {
  return command(ctx, stringCols("info_name", "info_value"), () => {
    const db = ctx.state.catalog.getDatabase(stmt.name[stmt.name.length - 1]!);
    const rows: string[][] = [
      ["Catalog Name", "spark_catalog"],
      ["Namespace Name", db.name],
      ["Comment", db.comment],
      ["Location", qualifyPath(databaseLocation(ctx.state, db.name))],
      ["Owner", currentUser()],
    ];
    if (stmt.extended) {
      const props = Object.entries(db.properties).map(([k, v]) => `(${k},${v})`).join(", ");
      rows.push(["Properties", props === "" ? "" : `((${props.slice(1, -1)}))`]);
    }
    return rows;
  });
}
