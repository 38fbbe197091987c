// DROP DATABASE | SCHEMA [IF EXISTS] db [RESTRICT | CASCADE]: CASCADE drops the tables too
// (managed tables lose their files) and the database directory goes.
import type { DataFrame } from "../../api/dataframe.js";
import type { DropDatabaseStatement } from "../../sql/statement.js";
import { noResult, type StatementContext } from "./context.js";
import { dropTableData } from "./drop-table.js";
import { databaseLocation, fsOf } from "./tables.js";

export function runDropDatabase(ctx: StatementContext, stmt: DropDatabaseStatement): DataFrame {
  return noResult(ctx, async () => {
    const { catalog } = ctx.state;
    const name = stmt.name[stmt.name.length - 1]!;
    const dir = catalog.databaseExists(name) && name.toLowerCase() !== "default" ? databaseLocation(ctx.state, name) : undefined;
    const dropped = catalog.dropDatabase(name, stmt.ifExists, stmt.cascade);
    for (const t of dropped) await dropTableData(t);
    if (dir) await fsOf(dir).delete(dir, true);
  });
}
