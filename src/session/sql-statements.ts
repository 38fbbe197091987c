// spark.sql(text): parses at once (syntax errors throw synchronously, as PySpark); a query becomes
// a lazy DataFrame, a command starts at once on the session's operation queue and its result rows
// are the returned DataFrame. One handler per statement kind (src/session/statements/), keyed by
// kind so a new kind fails to compile until it is handled.
import type { DataFrame } from "../api/dataframe.js";
import type { SparkSession } from "../api/spark-session.js";
import { newPlanId } from "../plan/logical/unresolved.js";
import { parseStatement } from "../sql/index.js";
import type { Statement } from "../sql/statement.js";
import type { StatementContext } from "./statements/context.js";
import { rememberInitialConf } from "./statements/conf-snapshot.js";
import { runQuery } from "./statements/query.js";
import { runExplain } from "./statements/explain.js";
import { runCreateView } from "./statements/create-view.js";
import { runCreateTable } from "./statements/create-table.js";
import { runInsert } from "./statements/insert.js";
import { runDropTable } from "./statements/drop-table.js";
import { runDescribeTable } from "./statements/describe-table.js";
import { runDescribeQuery } from "./statements/describe-query.js";
import { runDescribeFunction } from "./statements/describe-function.js";
import { runDescribeDatabase } from "./statements/describe-database.js";
import { runShowTables } from "./statements/show-tables.js";
import { runShowViews } from "./statements/show-views.js";
import { runShowFunctions } from "./statements/show-functions.js";
import { runShowColumns } from "./statements/show-columns.js";
import { runShowCreateTable } from "./statements/show-create-table.js";
import { runShowDatabases } from "./statements/show-databases.js";
import { runShowTblProperties } from "./statements/show-tblproperties.js";
import { runShowPartitions } from "./statements/show-partitions.js";
import { runShowCatalogs } from "./statements/show-catalogs.js";
import { runShowCurrentNamespace } from "./statements/show-current-namespace.js";
import { runCreateDatabase } from "./statements/create-database.js";
import { runDropDatabase } from "./statements/drop-database.js";
import { runSet } from "./statements/set.js";
import { runReset } from "./statements/reset.js";
import { runCacheTable } from "./statements/cache-table.js";
import { runUncacheTable } from "./statements/uncache-table.js";
import { runClearCache } from "./statements/clear-cache.js";
import { runUse } from "./statements/use.js";
import { runRefreshPath, runRefreshTable } from "./statements/refresh-table.js";
import { runTruncateTable } from "./statements/truncate-table.js";
import { runAnalyzeTable } from "./statements/analyze-table.js";
import { runAlterTableRename } from "./statements/alter-table-rename.js";
import { runAlterTableAddColumns } from "./statements/alter-table-add-columns.js";
import { runAlterTableSetProperties } from "./statements/alter-table-set-properties.js";

type Handlers = { [K in Statement["kind"]]: (ctx: StatementContext, stmt: Extract<Statement, { kind: K }>) => DataFrame };

const handlers: Handlers = {
  query: runQuery,
  explain: runExplain,
  create_view: runCreateView,
  create_table: runCreateTable,
  insert: runInsert,
  drop_table: runDropTable,
  describe_table: runDescribeTable,
  describe_query: runDescribeQuery,
  describe_function: runDescribeFunction,
  describe_database: runDescribeDatabase,
  show_tables: runShowTables,
  show_views: runShowViews,
  show_functions: runShowFunctions,
  show_columns: runShowColumns,
  show_create_table: runShowCreateTable,
  show_databases: runShowDatabases,
  show_tblproperties: runShowTblProperties,
  show_partitions: runShowPartitions,
  show_catalogs: runShowCatalogs,
  show_current_namespace: runShowCurrentNamespace,
  create_database: runCreateDatabase,
  drop_database: runDropDatabase,
  set: runSet,
  reset: runReset,
  cache_table: runCacheTable,
  uncache_table: runUncacheTable,
  clear_cache: runClearCache,
  use: runUse,
  refresh_table: runRefreshTable,
  refresh_path: runRefreshPath,
  truncate_table: runTruncateTable,
  analyze_table: runAnalyzeTable,
  alter_table_rename: runAlterTableRename,
  alter_table_add_columns: runAlterTableAddColumns,
  alter_table_set_properties: runAlterTableSetProperties,
};

export function runSql(session: SparkSession, sqlText: string, args?: Record<string, unknown> | unknown[]): DataFrame {
  const stmt = parseStatement(sqlText, args !== undefined ? { args } : {});
  rememberInitialConf(session.state.conf);
  return runStatement({ session, state: session.state, sqlText }, stmt);
}

/** Runs a parsed statement (also used by scripts of several statements). */
export function runStatement(ctx: StatementContext, stmt: Statement): DataFrame {
  if (stmt.kind === "query") {
    // Give the plan an id of its own so columns of the result resolve against it.
    const plan = stmt.plan.planId ? stmt.plan : { ...stmt.plan, planId: newPlanId() };
    return runQuery(ctx, { kind: "query", plan });
  }
  const handler = handlers[stmt.kind] as (ctx: StatementContext, s: Statement) => DataFrame;
  return handler(ctx, stmt);
}
