// CREATE DATABASE | SCHEMA [IF NOT EXISTS] db [COMMENT] [LOCATION] [WITH DBPROPERTIES]: the
// database directory is <warehouse>/<db>.db unless LOCATION says otherwise.
import type { DataFrame } from "../../api/dataframe.js";
import type { CreateDatabaseStatement } from "../../sql/statement.js";
import { noResult, type StatementContext } from "./context.js";
import { databaseLocation, fsOf } from "./tables.js";

export function runCreateDatabase(ctx: StatementContext, stmt: CreateDatabaseStatement): DataFrame {
  return noResult(ctx, async () => {
    const name = stmt.name[stmt.name.length - 1]!;
    const existed = ctx.state.catalog.databaseExists(name);
    ctx.state.catalog.createDatabase(name, stmt.ifNotExists, {
      comment: stmt.comment ?? "",
      properties: stmt.properties,
      ...(stmt.location !== undefined ? { location: fsOf(stmt.location).resolve(stmt.location) } : {}),
    });
    if (!existed) {
      const dir = databaseLocation(ctx.state, name);
      await fsOf(dir).mkdirs(dir);
    }
  });
}
