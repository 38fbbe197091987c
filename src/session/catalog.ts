// The session catalog: temp views (per session), global temp views (`global_temp.`, shared by
// the sessions of the process), and the databases, tables and persistent views of the external
// catalog. As Spark's in-memory catalog, the external catalog is one per process (Spark: one per
// SparkContext): tables survive `newSession()` but not the process; their data lives in files.
// `spark.catalog` (src/api/catalog-api.ts), `spark.table` and SQL commands go through it.
//
// Names are normalized as Spark's SessionCatalog does: lower-cased unless
// spark.sql.caseSensitive is on (database names are always lower-cased).

import { AnalysisException, quoteId } from "../errors/spark-error.js";
import type { LogicalPlan } from "../plan/logical/unresolved.js";
import type { StructType } from "../types/data-type.js";
import { tablePlan } from "./table-plan.js";

export const GLOBAL_TEMP_DB = "global_temp";
export const SPARK_CATALOG = "spark_catalog";

export type TableType = "MANAGED" | "EXTERNAL" | "VIEW";

/** A table or persistent view of the external catalog. */
export interface TableDefinition {
  readonly name: string;
  readonly database: string;
  /** Provider (csv, json, parquet, text, ...); "" for views. */
  readonly format: string;
  /** Directory holding the table's files (file-system notation); "" for views. */
  readonly location: string;
  /** Data columns followed by partition columns, as Spark keeps a datasource table's schema. */
  readonly schema?: StructType;
  readonly partitionColumns: readonly string[];
  readonly options: Readonly<Record<string, string>>;
  readonly managed: boolean;
  readonly bucketSpec?: { numBuckets: number; bucketColumns: string[]; sortColumns: string[] };
  /** Defaults to MANAGED / EXTERNAL from `managed`. */
  readonly tableType?: TableType;
  readonly properties?: Readonly<Record<string, string>>;
  readonly comment?: string;
  /** ms since the epoch. */
  readonly createTime?: number;
  /** Persistent views: the query text and its parsed plan. */
  readonly viewText?: string;
  readonly viewPlan?: LogicalPlan;
}

export interface DatabaseDefinition {
  readonly name: string;
  readonly comment: string;
  /** Directory of the database's managed tables; undefined for `default` (the warehouse itself). */
  readonly location?: string;
  readonly properties: Readonly<Record<string, string>>;
}

export interface TempView {
  readonly name: string;
  readonly plan: LogicalPlan;
  /** CREATE VIEW text, when created from SQL. */
  readonly viewText?: string;
}

export interface CatalogEntry {
  readonly name: string;
  readonly database: string | null;
  readonly isTemporary: boolean;
  readonly tableType: "TEMPORARY" | TableType;
}

/** What a name refers to (resolution order as Spark: temp view, then catalog object). */
export type RelationRef =
  | { readonly kind: "temp_view"; readonly name: string; readonly view: TempView }
  | { readonly kind: "global_temp_view"; readonly name: string; readonly view: TempView }
  | { readonly kind: "table"; readonly table: TableDefinition };

/** Process-wide state: Spark's external catalog and global temp views. */
class ExternalCatalog {
  readonly databases = new Map<string, DatabaseDefinition>([["default", { name: "default", comment: "default database", properties: {} }]]);
  readonly tables = new Map<string, TableDefinition>();
  readonly globalTempViews = new Map<string, TempView>();
}
const external = new ExternalCatalog();

export class SessionCatalog {
  private readonly tempViews = new Map<string, TempView>();
  /** Cache ids of cached relations, by relation key (see relationKey). */
  private readonly cachedRelations = new Map<string, number>();
  currentDatabase = "default";

  constructor(private readonly caseSensitive: () => boolean) {}

  /** Normalized table/view name. */
  formatName(name: string): string {
    return this.caseSensitive() ? name : name.toLowerCase();
  }

  private tableKey(db: string, name: string): string {
    return `${db.toLowerCase()}.${this.formatName(name)}`;
  }

  // ---- temp views ---------------------------------------------------------------------

  createTempView(name: string, plan: LogicalPlan, replace: boolean, viewText?: string): void {
    const k = this.formatName(name);
    if (!replace && this.tempViews.has(k)) {
      throw new AnalysisException("TEMP_TABLE_OR_VIEW_ALREADY_EXISTS", { relationName: quoteId(k) });
    }
    if (replace) this.uncacheKey(`temp:${k}`);
    this.tempViews.set(k, { name: k, plan, ...(viewText !== undefined ? { viewText } : {}) });
  }

  createGlobalTempView(name: string, plan: LogicalPlan, replace: boolean, viewText?: string): void {
    const k = this.formatName(name);
    if (!replace && external.globalTempViews.has(k)) {
      throw new AnalysisException("TEMP_TABLE_OR_VIEW_ALREADY_EXISTS", { relationName: `${quoteId(GLOBAL_TEMP_DB)}.${quoteId(k)}` });
    }
    if (replace) this.uncacheKey(`global:${k}`);
    external.globalTempViews.set(k, { name: k, plan, ...(viewText !== undefined ? { viewText } : {}) });
  }

  getTempView(name: string): TempView | undefined {
    return this.tempViews.get(this.formatName(name));
  }

  getGlobalTempView(name: string): TempView | undefined {
    return external.globalTempViews.get(this.formatName(name));
  }

  dropTempView(name: string): boolean {
    const k = this.formatName(name);
    this.uncacheKey(`temp:${k}`);
    return this.tempViews.delete(k);
  }

  dropGlobalTempView(name: string): boolean {
    const k = this.formatName(name);
    this.uncacheKey(`global:${k}`);
    return external.globalTempViews.delete(k);
  }

  renameTempView(from: string, to: string): void {
    const v = this.getTempView(from);
    if (!v) throw new AnalysisException("TABLE_OR_VIEW_NOT_FOUND", { relationName: quoteId(from) });
    const k = this.formatName(to);
    if (this.tempViews.has(k)) throw new AnalysisException("TABLE_OR_VIEW_ALREADY_EXISTS", { relationName: quoteId(k) });
    this.tempViews.delete(v.name);
    this.tempViews.set(k, { ...v, name: k });
  }

  isTempView(name: string): boolean {
    return this.tempViews.has(this.formatName(name));
  }

  // ---- name resolution ----------------------------------------------------------------

  /** What a (possibly qualified) name refers to, or null. */
  resolve(nameParts: readonly string[]): RelationRef | null {
    let parts = nameParts;
    if (parts.length === 3 && parts[0]!.toLowerCase() === SPARK_CATALOG) parts = parts.slice(1);
    if (parts.length === 1) {
      const v = this.getTempView(parts[0]!);
      if (v) return { kind: "temp_view", name: v.name, view: v };
      const t = external.tables.get(this.tableKey(this.currentDatabase, parts[0]!));
      return t ? { kind: "table", table: t } : null;
    }
    if (parts.length === 2) {
      const [db, name] = parts as [string, string];
      if (db.toLowerCase() === GLOBAL_TEMP_DB) {
        const g = this.getGlobalTempView(name);
        return g ? { kind: "global_temp_view", name: g.name, view: g } : null;
      }
      const t = external.tables.get(this.tableKey(db, name));
      return t ? { kind: "table", table: t } : null;
    }
    return null;
  }

  /** Stable key of a resolved relation (cache bookkeeping). */
  relationKey(ref: RelationRef): string {
    if (ref.kind === "temp_view") return `temp:${ref.name}`;
    if (ref.kind === "global_temp_view") return `global:${ref.name}`;
    return `table:${ref.table.database}.${ref.table.name}`;
  }

  /** The plan a name reads (view definition or table scan), through the cache when cached. */
  lookupRelation(nameParts: readonly string[]): LogicalPlan | null {
    const ref = this.resolve(nameParts);
    if (!ref) return null;
    const plan = this.refPlan(ref);
    const cacheId = this.cachedRelations.get(this.relationKey(ref));
    return cacheId === undefined ? plan : { kind: "cached_relation", planId: plan.planId, input: plan, cacheId };
  }

  /** The uncached plan of a resolved relation. */
  refPlan(ref: RelationRef): LogicalPlan {
    if (ref.kind !== "table") return ref.view.plan;
    if (ref.table.tableType === "VIEW") return ref.table.viewPlan!;
    return tablePlan(ref.table);
  }

  // ---- cache --------------------------------------------------------------------------

  setCached(ref: RelationRef, cacheId: number): void {
    this.cachedRelations.set(this.relationKey(ref), cacheId);
  }

  cacheIdOf(ref: RelationRef): number | undefined {
    return this.cachedRelations.get(this.relationKey(ref));
  }

  /** Forgets a cached relation; returns its cache id so the caller drops the data. */
  uncache(ref: RelationRef): number | undefined {
    return this.uncacheKey(this.relationKey(ref));
  }

  /** Cache ids dropped by catalog changes since the last call (the session frees their data). */
  readonly droppedCacheIds: number[] = [];

  private uncacheKey(key: string): number | undefined {
    const id = this.cachedRelations.get(key);
    if (id !== undefined) {
      this.cachedRelations.delete(key);
      this.droppedCacheIds.push(id);
    }
    return id;
  }

  clearCachedRelations(): void {
    for (const id of this.cachedRelations.values()) this.droppedCacheIds.push(id);
    this.cachedRelations.clear();
  }

  // ---- databases ----------------------------------------------------------------------

  createDatabase(name: string, ifNotExists: boolean, def?: Omit<DatabaseDefinition, "name">): void {
    const k = name.toLowerCase();
    if (external.databases.has(k) || k === GLOBAL_TEMP_DB) {
      if (ifNotExists) return;
      throw new AnalysisException("SCHEMA_ALREADY_EXISTS", { schemaName: quoteId(k) });
    }
    external.databases.set(k, { name: k, comment: def?.comment ?? "", properties: def?.properties ?? {}, ...(def?.location ? { location: def.location } : {}) });
  }

  databaseExists(name: string): boolean {
    return external.databases.has(name.toLowerCase());
  }

  getDatabase(name: string): DatabaseDefinition {
    const d = external.databases.get(name.toLowerCase());
    if (!d) throw schemaNotFound(name);
    return d;
  }

  listDatabases(): string[] {
    return [...external.databases.keys()].sort();
  }

  /** Drops a database; returns the tables it held (CASCADE) so the caller deletes managed data. */
  dropDatabase(name: string, ifExists: boolean, cascade = false): TableDefinition[] {
    const k = name.toLowerCase();
    if (!external.databases.has(k)) {
      if (ifExists) return [];
      throw schemaNotFound(k);
    }
    if (k === "default") throw new AnalysisException("UNSUPPORTED_FEATURE.DROP_DATABASE", { database: `${quoteId(SPARK_CATALOG)}.${quoteId(k)}` });
    const tables = [...external.tables.values()].filter((t) => t.database === k);
    if (tables.length > 0 && !cascade) throw new AnalysisException("SCHEMA_NOT_EMPTY", { schemaName: quoteId(k) });
    for (const t of tables) this.dropTable([t.database, t.name]);
    external.databases.delete(k);
    if (this.currentDatabase === k) this.currentDatabase = "default";
    return tables;
  }

  setCurrentDatabase(name: string): void {
    const k = name.toLowerCase();
    if (k === GLOBAL_TEMP_DB) {
      throw new AnalysisException("_LEGACY_ERROR_TEMP_1068", { database: k });
    }
    if (!this.databaseExists(k)) throw schemaNotFound(k);
    this.currentDatabase = k;
  }

  // ---- tables and persistent views ----------------------------------------------------

  createTable(def: TableDefinition, ifNotExists: boolean): boolean {
    const database = def.database.toLowerCase();
    if (!external.databases.has(database)) throw schemaNotFound(database);
    const name = this.formatName(def.name);
    const k = this.tableKey(database, name);
    if (external.tables.has(k)) {
      if (ifNotExists) return false;
      throw new AnalysisException("TABLE_OR_VIEW_ALREADY_EXISTS", { relationName: qualifiedName(database, name) });
    }
    external.tables.set(k, { ...def, database, name, createTime: def.createTime ?? Date.now() });
    return true;
  }

  /** Replaces the definition of an existing table (ALTER TABLE, INSERT schema bookkeeping). */
  alterTable(def: TableDefinition): void {
    external.tables.set(this.tableKey(def.database, def.name), def);
  }

  /** A catalog table by name (temp views are not tables); db defaults to the current one. */
  getTable(nameParts: readonly string[]): TableDefinition | undefined {
    let parts = nameParts;
    if (parts.length === 3 && parts[0]!.toLowerCase() === SPARK_CATALOG) parts = parts.slice(1);
    const [db, name] = parts.length === 2 ? (parts as [string, string]) : [this.currentDatabase, parts[0]!];
    return external.tables.get(this.tableKey(db, name));
  }

  tableExists(nameParts: readonly string[]): boolean {
    return this.getTable(nameParts) !== undefined;
  }

  dropTable(nameParts: readonly string[]): TableDefinition | undefined {
    const def = this.getTable(nameParts);
    if (def) {
      this.uncacheKey(`table:${def.database}.${def.name}`);
      external.tables.delete(this.tableKey(def.database, def.name));
    }
    return def;
  }

  renameTable(def: TableDefinition, newName: string, newLocation?: string): TableDefinition {
    const name = this.formatName(newName);
    const k = this.tableKey(def.database, name);
    if (external.tables.has(k)) throw new AnalysisException("TABLE_OR_VIEW_ALREADY_EXISTS", { relationName: qualifiedName(def.database, name) });
    this.uncacheKey(`table:${def.database}.${def.name}`);
    external.tables.delete(this.tableKey(def.database, def.name));
    const renamed: TableDefinition = { ...def, name, ...(newLocation !== undefined ? { location: newLocation } : {}) };
    external.tables.set(k, renamed);
    return renamed;
  }

  /** Tables and views of a database (default: current) plus this session's temp views, as
   *  SHOW TABLES lists them: catalog objects by name, then temp views by name. */
  listTables(database?: string): CatalogEntry[] {
    const db = (database ?? this.currentDatabase).toLowerCase();
    const out: CatalogEntry[] = [];
    if (db === GLOBAL_TEMP_DB) {
      for (const name of [...external.globalTempViews.keys()].sort()) out.push({ name, database: GLOBAL_TEMP_DB, isTemporary: true, tableType: "TEMPORARY" });
    } else {
      if (!external.databases.has(db)) throw schemaNotFound(db);
      const tables = [...external.tables.values()].filter((t) => t.database === db).sort((a, b) => cmp(a.name, b.name));
      for (const t of tables) out.push({ name: t.name, database: t.database, isTemporary: false, tableType: t.tableType ?? (t.managed ? "MANAGED" : "EXTERNAL") });
    }
    for (const name of [...this.tempViews.keys()].sort()) out.push({ name, database: null, isTemporary: true, tableType: "TEMPORARY" });
    return out;
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `spark_catalog`.`db`.`name`, as Spark names catalog objects in messages. */
export function qualifiedName(db: string, name: string): string {
  return `${quoteId(SPARK_CATALOG)}.${quoteId(db)}.${quoteId(name)}`;
}

export function schemaNotFound(db: string): AnalysisException {
  return new AnalysisException("SCHEMA_NOT_FOUND", { schemaName: `${quoteId(SPARK_CATALOG)}.${quoteId(db.toLowerCase())}` });
}

/** Spark's SHOW ... LIKE pattern: `*` any characters, `|` alternatives, case-insensitive. */
export function likePattern(pattern: string): (name: string) => boolean {
  const alternatives = pattern.split("|").map((p) => p.trim());
  const res = alternatives.map((p) => new RegExp("^" + p.replace(/[.+?^${}()[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$", "i"));
  return (name) => res.some((r) => r.test(name));
}
