// The session catalog: temp views (session), global temp views (`global_temp.`), databases and
// file-backed tables in the warehouse directory. `spark.catalog` (src/api/catalog-api.ts) and
// SQL DDL statements go through it.

import { AnalysisException, quoteId } from "../errors/spark-error.js";
import type { LogicalPlan } from "../plan/logical/unresolved.js";
import type { StructType } from "../types/data-type.js";

export interface TableDefinition {
  readonly name: string;
  readonly database: string;
  readonly format: string;
  readonly location: string;
  readonly schema?: StructType;
  readonly partitionColumns: readonly string[];
  readonly options: Readonly<Record<string, string>>;
  readonly managed: boolean;
  readonly bucketSpec?: { numBuckets: number; bucketColumns: string[]; sortColumns: string[] };
}

export interface CatalogEntry {
  readonly name: string;
  readonly database: string | null;
  readonly isTemporary: boolean;
  readonly tableType: "TEMPORARY" | "MANAGED" | "EXTERNAL" | "VIEW";
}

const GLOBAL_TEMP_DB = "global_temp";
const globalTempViews = new Map<string, LogicalPlan>();

export class SessionCatalog {
  private readonly tempViews = new Map<string, LogicalPlan>();
  private readonly databases = new Set<string>(["default"]);
  private readonly tables = new Map<string, TableDefinition>();
  currentDatabase = "default";

  constructor(private readonly caseSensitive: () => boolean) {}

  private key(name: string): string {
    return this.caseSensitive() ? name : name.toLowerCase();
  }

  createTempView(name: string, plan: LogicalPlan, replace: boolean): void {
    const k = this.key(name);
    if (!replace && this.tempViews.has(k)) {
      throw new AnalysisException("TEMP_TABLE_OR_VIEW_ALREADY_EXISTS", { relationName: quoteId(name) });
    }
    this.tempViews.set(k, plan);
  }

  createGlobalTempView(name: string, plan: LogicalPlan, replace: boolean): void {
    const k = this.key(name);
    if (!replace && globalTempViews.has(k)) {
      throw new AnalysisException("TEMP_TABLE_OR_VIEW_ALREADY_EXISTS", { relationName: `${quoteId(GLOBAL_TEMP_DB)}.${quoteId(name)}` });
    }
    globalTempViews.set(k, plan);
  }

  dropTempView(name: string): boolean {
    return this.tempViews.delete(this.key(name));
  }

  dropGlobalTempView(name: string): boolean {
    return globalTempViews.delete(this.key(name));
  }

  /** Resolution order as in Spark: temp view, then table in the current (or named) database. */
  lookupRelation(nameParts: readonly string[]): LogicalPlan | TableDefinition | null {
    if (nameParts.length === 1) {
      const v = this.tempViews.get(this.key(nameParts[0]!));
      if (v) return v;
      return this.tables.get(this.tableKey(this.currentDatabase, nameParts[0]!)) ?? null;
    }
    if (nameParts.length === 2) {
      const [db, name] = nameParts as [string, string];
      if (db.toLowerCase() === GLOBAL_TEMP_DB) return globalTempViews.get(this.key(name)) ?? null;
      return this.tables.get(this.tableKey(db, name)) ?? null;
    }
    if (nameParts.length === 3 && nameParts[0]!.toLowerCase() === "spark_catalog") return this.lookupRelation(nameParts.slice(1));
    return null;
  }

  isTempView(name: string): boolean {
    return this.tempViews.has(this.key(name));
  }

  private tableKey(db: string, name: string): string {
    return `${db.toLowerCase()}.${this.key(name)}`;
  }

  createDatabase(name: string, ifNotExists: boolean): void {
    if (this.databases.has(name.toLowerCase())) {
      if (ifNotExists) return;
      throw new AnalysisException("SCHEMA_ALREADY_EXISTS", { schemaName: quoteId(name) });
    }
    this.databases.add(name.toLowerCase());
  }

  databaseExists(name: string): boolean {
    return this.databases.has(name.toLowerCase());
  }

  listDatabases(): string[] {
    return [...this.databases].sort();
  }

  dropDatabase(name: string, ifExists: boolean): void {
    if (!this.databases.delete(name.toLowerCase()) && !ifExists) {
      throw new AnalysisException("SCHEMA_NOT_FOUND", { schemaName: quoteId(name) });
    }
  }

  setCurrentDatabase(name: string): void {
    if (!this.databaseExists(name)) throw new AnalysisException("SCHEMA_NOT_FOUND", { schemaName: quoteId(name) });
    this.currentDatabase = name.toLowerCase();
  }

  createTable(def: TableDefinition, ifNotExists: boolean): boolean {
    const k = this.tableKey(def.database, def.name);
    if (this.tables.has(k)) {
      if (ifNotExists) return false;
      throw new AnalysisException("TABLE_OR_VIEW_ALREADY_EXISTS", { relationName: `${quoteId("spark_catalog")}.${quoteId(def.database)}.${quoteId(def.name)}` });
    }
    this.tables.set(k, def);
    return true;
  }

  getTable(nameParts: readonly string[]): TableDefinition | undefined {
    const [db, name] = nameParts.length === 2 ? (nameParts as [string, string]) : [this.currentDatabase, nameParts[0]!];
    return this.tables.get(this.tableKey(db, name));
  }

  dropTable(nameParts: readonly string[]): TableDefinition | undefined {
    const def = this.getTable(nameParts);
    if (def) this.tables.delete(this.tableKey(def.database, def.name));
    return def;
  }

  listTables(database?: string): CatalogEntry[] {
    const db = (database ?? this.currentDatabase).toLowerCase();
    const out: CatalogEntry[] = [];
    for (const t of this.tables.values()) {
      if (t.database === db) out.push({ name: t.name, database: t.database, isTemporary: false, tableType: t.managed ? "MANAGED" : "EXTERNAL" });
    }
    for (const name of this.tempViews.keys()) out.push({ name, database: null, isTemporary: true, tableType: "TEMPORARY" });
    if (db === GLOBAL_TEMP_DB) {
      for (const name of globalTempViews.keys()) out.push({ name, database: GLOBAL_TEMP_DB, isTemporary: true, tableType: "TEMPORARY" });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }
}
