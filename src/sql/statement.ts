// What a SQL statement asks for. Queries carry an unresolved logical plan; commands carry their
// arguments for the session to execute (catalog, conf, cache). Names are multi-part (db.table).

import type { Expr } from "../plan/expr/unresolved.js";
import type { LogicalPlan } from "../plan/logical/unresolved.js";
import type { StructField, StructType } from "../types/data-type.js";

export type ExplainMode = "simple" | "extended" | "formatted" | "codegen" | "cost";

export type Statement =
  | QueryStatement
  | ExplainStatement
  | CreateViewStatement
  | CreateTableStatement
  | InsertStatement
  | DropTableStatement
  | DescribeTableStatement
  | DescribeQueryStatement
  | DescribeFunctionStatement
  | DescribeDatabaseStatement
  | ShowTablesStatement
  | ShowViewsStatement
  | ShowFunctionsStatement
  | ShowColumnsStatement
  | ShowCreateTableStatement
  | ShowDatabasesStatement
  | ShowTblPropertiesStatement
  | ShowPartitionsStatement
  | ShowCatalogsStatement
  | ShowCurrentNamespaceStatement
  | CreateDatabaseStatement
  | DropDatabaseStatement
  | SetStatement
  | ResetStatement
  | CacheTableStatement
  | UncacheTableStatement
  | ClearCacheStatement
  | UseStatement
  | RefreshTableStatement
  | RefreshPathStatement
  | TruncateTableStatement
  | AnalyzeTableStatement
  | AlterTableRenameStatement
  | AlterTableAddColumnsStatement
  | AlterTableSetPropertiesStatement;

export type StatementKind = Statement["kind"];

export interface QueryStatement {
  readonly kind: "query";
  readonly plan: LogicalPlan;
}

export interface ExplainStatement {
  readonly kind: "explain";
  readonly mode: ExplainMode;
  readonly statement: Statement;
}

export interface CreateViewStatement {
  readonly kind: "create_view";
  readonly name: readonly string[];
  /** Optional `(col [COMMENT 'c'], ...)` list renaming the query's columns. */
  readonly columns?: readonly { readonly name: string; readonly comment?: string }[];
  readonly query: LogicalPlan;
  /** Source text of the query (persistent views store it). */
  readonly queryText: string;
  readonly replace: boolean;
  readonly ifNotExists: boolean;
  readonly temporary: boolean;
  readonly global: boolean;
  readonly comment?: string;
  readonly properties: Readonly<Record<string, string>>;
}

export interface CreateTableStatement {
  readonly kind: "create_table";
  readonly name: readonly string[];
  readonly ifNotExists: boolean;
  /** CREATE OR REPLACE TABLE / REPLACE TABLE. */
  readonly replace: boolean;
  readonly external: boolean;
  /** Declared columns (partition columns declared with types are appended). */
  readonly schema?: StructType;
  /** USING fmt / STORED AS fmt; undefined = session default (spark.sql.sources.default). */
  readonly provider?: string;
  readonly options: Readonly<Record<string, string>>;
  readonly partitionBy: readonly string[];
  readonly bucketBy?: { readonly columns: readonly string[]; readonly numBuckets: number; readonly sortBy: readonly string[] };
  readonly location?: string;
  readonly comment?: string;
  readonly properties: Readonly<Record<string, string>>;
  /** CREATE TABLE ... AS query. */
  readonly query?: LogicalPlan;
}

export interface InsertStatement {
  readonly kind: "insert";
  readonly table: readonly string[];
  readonly overwrite: boolean;
  /** Target column list `INSERT INTO t (a, b) ...`. */
  readonly columns?: readonly string[];
  /** INSERT INTO t BY NAME. */
  readonly byName: boolean;
  /** PARTITION (p = 1, q): static values, or undefined for dynamic partitions. */
  readonly partition?: Readonly<Record<string, Expr | undefined>>;
  readonly ifNotExists: boolean;
  readonly query: LogicalPlan;
}

export interface DropTableStatement {
  readonly kind: "drop_table";
  readonly name: readonly string[];
  readonly ifExists: boolean;
  /** DROP VIEW. */
  readonly isView: boolean;
  readonly purge: boolean;
}

export interface DescribeTableStatement {
  readonly kind: "describe_table";
  readonly name: readonly string[];
  readonly extended: boolean;
  readonly partition?: Readonly<Record<string, Expr | undefined>>;
  /** DESCRIBE t col */
  readonly column?: readonly string[];
}

export interface DescribeQueryStatement {
  readonly kind: "describe_query";
  readonly plan: LogicalPlan;
}

export interface DescribeFunctionStatement {
  readonly kind: "describe_function";
  readonly name: string;
  readonly extended: boolean;
}

export interface DescribeDatabaseStatement {
  readonly kind: "describe_database";
  readonly name: readonly string[];
  readonly extended: boolean;
}

export interface ShowTablesStatement {
  readonly kind: "show_tables";
  readonly namespace?: readonly string[];
  readonly pattern?: string;
  readonly extended: boolean;
}

export interface ShowViewsStatement {
  readonly kind: "show_views";
  readonly namespace?: readonly string[];
  readonly pattern?: string;
}

export interface ShowFunctionsStatement {
  readonly kind: "show_functions";
  readonly scope: "all" | "user" | "system";
  readonly namespace?: readonly string[];
  readonly pattern?: string;
}

export interface ShowColumnsStatement {
  readonly kind: "show_columns";
  readonly table: readonly string[];
  readonly namespace?: readonly string[];
}

export interface ShowCreateTableStatement {
  readonly kind: "show_create_table";
  readonly name: readonly string[];
  readonly asSerde: boolean;
}

export interface ShowDatabasesStatement {
  readonly kind: "show_databases";
  readonly pattern?: string;
}

export interface ShowTblPropertiesStatement {
  readonly kind: "show_tblproperties";
  readonly name: readonly string[];
  readonly key?: string;
}

export interface ShowPartitionsStatement {
  readonly kind: "show_partitions";
  readonly name: readonly string[];
}

export interface ShowCatalogsStatement {
  readonly kind: "show_catalogs";
  readonly pattern?: string;
}

export interface ShowCurrentNamespaceStatement {
  readonly kind: "show_current_namespace";
}

export interface CreateDatabaseStatement {
  readonly kind: "create_database";
  readonly name: readonly string[];
  readonly ifNotExists: boolean;
  readonly comment?: string;
  readonly location?: string;
  readonly properties: Readonly<Record<string, string>>;
}

export interface DropDatabaseStatement {
  readonly kind: "drop_database";
  readonly name: readonly string[];
  readonly ifExists: boolean;
  readonly cascade: boolean;
}

/** SET (list all), SET -v, SET key, SET key=value. Keys and values are raw text as Spark keeps them. */
export interface SetStatement {
  readonly kind: "set";
  readonly key?: string;
  readonly value?: string;
  /** SET -v */
  readonly verbose?: boolean;
}

export interface ResetStatement {
  readonly kind: "reset";
  readonly key?: string;
}

export interface CacheTableStatement {
  readonly kind: "cache_table";
  readonly name: readonly string[];
  readonly lazy: boolean;
  readonly options: Readonly<Record<string, string>>;
  readonly query?: LogicalPlan;
}

export interface UncacheTableStatement {
  readonly kind: "uncache_table";
  readonly name: readonly string[];
  readonly ifExists: boolean;
}

export interface ClearCacheStatement {
  readonly kind: "clear_cache";
}

export interface UseStatement {
  readonly kind: "use";
  readonly namespace: readonly string[];
}

export interface RefreshTableStatement {
  readonly kind: "refresh_table";
  readonly name: readonly string[];
}

export interface RefreshPathStatement {
  readonly kind: "refresh_path";
  readonly path: string;
}

export interface TruncateTableStatement {
  readonly kind: "truncate_table";
  readonly name: readonly string[];
  readonly partition?: Readonly<Record<string, Expr | undefined>>;
}

/** ANALYZE TABLE ... COMPUTE STATISTICS — accepted; statistics collection is a no-op. */
export interface AnalyzeTableStatement {
  readonly kind: "analyze_table";
  readonly name: readonly string[];
  readonly noscan: boolean;
  readonly forColumns?: readonly string[] | "all";
}

export interface AlterTableRenameStatement {
  readonly kind: "alter_table_rename";
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly isView: boolean;
}

export interface AlterTableAddColumnsStatement {
  readonly kind: "alter_table_add_columns";
  readonly name: readonly string[];
  readonly columns: readonly StructField[];
}

export interface AlterTableSetPropertiesStatement {
  readonly kind: "alter_table_set_properties";
  readonly name: readonly string[];
  readonly isView: boolean;
  readonly properties: Readonly<Record<string, string>>;
  /** ALTER TABLE UNSET TBLPROPERTIES: keys to remove. */
  readonly unset?: readonly string[];
}
