// spark.catalog, as PySpark's Catalog: results are Rows shaped like PySpark's catalog objects
// (Database, Table, Column, Function, CatalogMetadata). Every call runs on the session's
// operation queue, after the eager operations queued before it.
import type { SparkSession } from "./spark-session.js";
import type { DataFrame } from "./dataframe.js";
import { AnalysisException, quoteId } from "../errors/spark-error.js";
import { lookupFunction, listFunctions } from "../functions/registry.js";
import { parseMultipartIdentifier } from "../sql/index.js";
import type { StructType } from "../types/data-type.js";
import { catalogString } from "../types/type-strings.js";
import { Row } from "../values/row.js";
import { likePattern, type RelationRef } from "../session/catalog.js";
import { databaseLocation, isView, qualifyPath, requireRelation, tableNotFound, tableTypeOf } from "../session/statements/tables.js";
import { relationSchema } from "../session/statements/describe-table.js";
import { cacheTable } from "../session/statements/cache-table.js";
import { refreshCached } from "../session/statements/refresh-table.js";
import { setCurrentDatabase } from "../session/statements/use.js";
import { runStatement } from "../session/sql-statements.js";

export interface CreateTableOptions {
  path?: string;
  source?: string;
  schema?: StructType;
  description?: string;
  options?: Record<string, string>;
}

export class CatalogApi {
  constructor(private readonly spark: SparkSession) {}

  private get state() {
    return this.spark.state;
  }
  private get cat() {
    return this.spark.state.catalog;
  }
  private run<T>(f: () => T | Promise<T>): Promise<T> {
    return this.spark.state.queue.enqueue(async () => {
      try {
        return await f();
      } finally {
        for (const id of this.cat.droppedCacheIds.splice(0)) this.state.cache.drop(id);
      }
    });
  }
  private ctx() {
    return { session: this.spark, state: this.state, sqlText: "" };
  }
  private names(name: string, dbName?: string): string[] {
    return dbName !== undefined ? [dbName, name] : parseMultipartIdentifier(name);
  }

  // ---- catalogs and databases ----------------------------------------------------------

  currentCatalog(): Promise<string> {
    return this.run(() => "spark_catalog");
  }
  setCurrentCatalog(name: string): Promise<void> {
    return this.run(() => {
      if (name !== "spark_catalog") throw new AnalysisException("CATALOG_NOT_FOUND", { catalogName: quoteId(name), config: `"spark.sql.catalog.${name}"` });
    });
  }
  listCatalogs(pattern?: string): Promise<Row[]> {
    return this.run(() =>
      ["spark_catalog"].filter(pattern ? likePattern(pattern) : () => true).map((name) => Row.fromObject({ name, description: null })),
    );
  }
  currentDatabase(): Promise<string> {
    return this.run(() => this.cat.currentDatabase);
  }
  setCurrentDatabase(name: string): Promise<void> {
    return this.run(() => setCurrentDatabase(this.state, name));
  }
  listDatabases(pattern?: string): Promise<Row[]> {
    return this.run(() => this.cat.listDatabases().filter(pattern ? likePattern(pattern) : () => true).map((n) => this.databaseRow(n)));
  }
  getDatabase(name: string): Promise<Row> {
    return this.run(() => this.databaseRow(name));
  }
  databaseExists(name: string): Promise<boolean> {
    return this.run(() => this.cat.databaseExists(name));
  }
  private databaseRow(name: string): Row {
    const d = this.cat.getDatabase(name);
    return Row.fromObject({ name: d.name, catalog: "spark_catalog", description: d.comment, locationUri: qualifyPath(databaseLocation(this.state, d.name)) });
  }

  // ---- tables --------------------------------------------------------------------------

  listTables(dbName?: string, pattern?: string): Promise<Row[]> {
    return this.run(() =>
      this.cat
        .listTables(dbName)
        .filter((t) => (pattern ? likePattern(pattern)(t.name) : true))
        .map((t) =>
          Row.fromObject({
            name: t.name,
            catalog: t.database === null ? null : "spark_catalog",
            namespace: t.database === null ? [] : [t.database],
            description: null,
            tableType: t.tableType,
            isTemporary: t.isTemporary,
          }),
        ),
    );
  }
  getTable(name: string): Promise<Row> {
    return this.run(() => this.tableRow(requireRelation(this.state, this.names(name))));
  }
  private tableRow(ref: RelationRef): Row {
    if (ref.kind === "temp_view") return Row.fromObject({ name: ref.name, catalog: null, namespace: [], description: null, tableType: "TEMPORARY", isTemporary: true });
    if (ref.kind === "global_temp_view") {
      return Row.fromObject({ name: ref.name, catalog: null, namespace: ["global_temp"], description: null, tableType: "TEMPORARY", isTemporary: true });
    }
    const t = ref.table;
    return Row.fromObject({ name: t.name, catalog: "spark_catalog", namespace: [t.database], description: t.comment ?? null, tableType: tableTypeOf(t), isTemporary: false });
  }
  tableExists(name: string, dbName?: string): Promise<boolean> {
    return this.run(() => this.cat.resolve(this.names(name, dbName)) !== null);
  }
  listColumns(name: string, dbName?: string): Promise<Row[]> {
    return this.run(async () => {
      const parts = this.names(name, dbName);
      const ref = requireRelation(this.state, parts);
      const schema = await relationSchema(this.ctx(), parts);
      const partitions = ref.kind === "table" ? ref.table.partitionColumns : [];
      const buckets = ref.kind === "table" ? (ref.table.bucketSpec?.bucketColumns ?? []) : [];
      return schema.fields.map((f) => {
        const c = f.metadata?.["comment"];
        return Row.fromObject({
          name: f.name,
          description: typeof c === "string" ? c : null,
          dataType: catalogString(f.dataType),
          nullable: f.nullable,
          isPartition: partitions.includes(f.name),
          isBucket: buckets.includes(f.name),
          isCluster: false,
        });
      });
    });
  }
  /** Creates a table over files (path given: external) or an empty managed table; returns it. */
  createTable(tableName: string, opts: CreateTableOptions = {}): Promise<DataFrame> {
    const parts = parseMultipartIdentifier(tableName);
    this.runCreate(parts, opts);
    return Promise.resolve(this.spark.table(tableName));
  }
  createExternalTable(tableName: string, path: string, source?: string, schema?: StructType, options?: Record<string, string>): Promise<DataFrame> {
    return this.createTable(tableName, { path, ...(source ? { source } : {}), ...(schema ? { schema } : {}), ...(options ? { options } : {}) });
  }
  private runCreate(parts: string[], opts: CreateTableOptions): void {
    runStatement(this.ctx(), {
      kind: "create_table",
      name: parts,
      ifNotExists: false,
      replace: false,
      external: opts.path !== undefined,
      ...(opts.schema ? { schema: opts.schema } : {}),
      ...(opts.source ? { provider: opts.source } : {}),
      options: opts.options ?? {},
      partitionBy: [],
      ...(opts.path !== undefined ? { location: opts.path } : {}),
      ...(opts.description !== undefined ? { comment: opts.description } : {}),
      properties: {},
    });
  }

  // ---- views ---------------------------------------------------------------------------

  dropTempView(name: string): Promise<boolean> {
    return this.run(() => this.cat.dropTempView(name));
  }
  dropGlobalTempView(name: string): Promise<boolean> {
    return this.run(() => this.cat.dropGlobalTempView(name));
  }

  // ---- functions -----------------------------------------------------------------------

  listFunctions(dbName?: string, pattern?: string): Promise<Row[]> {
    void dbName;
    return this.run(() => {
      const match = pattern ? likePattern(pattern) : () => true;
      const user = [...this.state.udfs.keys()].filter(match).map((n) => this.functionRow(n, true));
      const builtin = listFunctions()
        .filter((n) => match(n) && !this.state.udfs.has(n))
        .map((n) => this.functionRow(n, false));
      return [...user, ...builtin].sort((a, b) => ((a.get("name") as string) < (b.get("name") as string) ? -1 : 1));
    });
  }
  functionExists(name: string, dbName?: string): Promise<boolean> {
    void dbName;
    return this.run(() => this.state.udfs.has(name.toLowerCase()) || lookupFunction(name) !== undefined);
  }
  getFunction(name: string): Promise<Row> {
    return this.run(() => {
      const n = name.toLowerCase();
      if (this.state.udfs.has(n)) return this.functionRow(n, true);
      if (lookupFunction(n)) return this.functionRow(n, false);
      throw new AnalysisException("UNRESOLVED_ROUTINE", { routineName: quoteId(name), searchPath: "[`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`]" });
    });
  }
  // Spark lists built-ins like temporary functions: no catalog or namespace, isTemporary true.
  private functionRow(name: string, udf: boolean): Row {
    const def = udf ? undefined : lookupFunction(name);
    return Row.fromObject({
      name,
      catalog: null,
      namespace: null,
      description: null,
      className: udf ? "faisca.udf" : `faisca.${def?.kind ?? "function"}.${def?.name ?? name}`,
      isTemporary: true,
    });
  }

  // ---- cache ---------------------------------------------------------------------------

  cacheTable(name: string, storageLevel = "MEMORY_AND_DISK"): Promise<void> {
    return this.run(() => cacheTable(this.state, parseMultipartIdentifier(name), storageLevel, true));
  }
  uncacheTable(name: string): Promise<void> {
    return this.run(() => {
      const ref = requireRelation(this.state, parseMultipartIdentifier(name));
      this.cat.uncache(ref);
    });
  }
  isCached(name: string): Promise<boolean> {
    return this.run(() => this.cat.cacheIdOf(requireRelation(this.state, parseMultipartIdentifier(name))) !== undefined);
  }
  clearCache(): Promise<void> {
    return this.run(() => {
      this.cat.clearCachedRelations();
      this.state.cache.clear();
    });
  }
  refreshTable(name: string): Promise<void> {
    return this.run(() => refreshCached(this.state, requireRelation(this.state, parseMultipartIdentifier(name))));
  }
  refreshByPath(path: string): Promise<void> {
    return this.run(() => void path);
  }
  recoverPartitions(name: string): Promise<void> {
    return this.run(() => {
      const ref = this.cat.resolve(parseMultipartIdentifier(name));
      if (!ref) throw tableNotFound(parseMultipartIdentifier(name));
      if (isView(ref)) throw new AnalysisException("EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE", { operation: "ALTER TABLE ... RECOVER PARTITIONS", viewName: quoteId(name) });
    });
  }
}
