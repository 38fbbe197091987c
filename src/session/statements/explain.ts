// EXPLAIN [EXTENDED | FORMATTED | CODEGEN | COST] statement: one `plan` string column with the
// explain text. Queries are planned, not run; commands are described, not executed.
import type { DataFrame } from "../../api/dataframe.js";
import type { ExplainStatement, StatementKind } from "../../sql/statement.js";
import { QueryExecution } from "../query-execution.js";
import { command, stringCols, type StatementContext } from "./context.js";

/** Spark's command node names, shown as `Execute <name>` in a command's physical plan. */
const COMMAND_NAMES: Record<Exclude<StatementKind, "query" | "explain">, string> = {
  create_view: "CreateViewCommand",
  create_table: "CreateDataSourceTableCommand",
  insert: "InsertIntoHadoopFsRelationCommand",
  drop_table: "DropTableCommand",
  describe_table: "DescribeTableCommand",
  describe_query: "DescribeQueryCommand",
  describe_function: "DescribeFunctionCommand",
  describe_database: "DescribeDatabaseCommand",
  show_tables: "ShowTablesCommand",
  show_views: "ShowViewsCommand",
  show_functions: "ShowFunctionsCommand",
  show_columns: "ShowColumnsCommand",
  show_create_table: "ShowCreateTableCommand",
  show_databases: "ShowNamespacesCommand",
  show_tblproperties: "ShowTablePropertiesCommand",
  show_partitions: "ShowPartitionsCommand",
  show_catalogs: "ShowCatalogsCommand",
  show_current_namespace: "ShowCurrentNamespaceCommand",
  create_database: "CreateDatabaseCommand",
  drop_database: "DropDatabaseCommand",
  set: "SetCommand",
  reset: "ResetCommand",
  cache_table: "CacheTableCommand",
  uncache_table: "UncacheTableCommand",
  clear_cache: "ClearCacheCommand",
  use: "SetCatalogAndNamespaceCommand",
  refresh_table: "RefreshTableCommand",
  refresh_path: "RefreshResourceCommand",
  truncate_table: "TruncateTableCommand",
  analyze_table: "AnalyzeTableCommand",
  alter_table_rename: "AlterTableRenameCommand",
  alter_table_add_columns: "AlterTableAddColumnsCommand",
  alter_table_set_properties: "AlterTableSetPropertiesCommand",
};

export function runExplain(ctx: StatementContext, stmt: ExplainStatement): DataFrame {
  return command(ctx, stringCols("plan"), async () => {
    const inner = stmt.statement;
    if (inner.kind === "explain") return [["== Physical Plan ==\nExecute ExplainCommand\n\n"]];
    if (inner.kind !== "query") {
      const name = COMMAND_NAMES[inner.kind];
      return [[`== Physical Plan ==\nExecute ${name}\n   +- ${name}\n\n`]];
    }
    let text: string;
    try {
      text = await new QueryExecution(ctx.state, inner.plan).explainString(stmt.mode);
    } catch (e) {
      // As Spark: a query that fails to plan explains as the error, one row per line.
      return ("Error occurred during query planning: \n" + String((e as Error).message ?? e)).split("\n").map((l) => [l]);
    }
    // Spark's explain text ends with a blank line.
    return [[text.endsWith("\n\n") ? text : text.endsWith("\n") ? text + "\n" : text + "\n\n"]];
  });
}
