// spark.catalog on a remote session: each call is a Catalog relation whose rows come back like
// any query's.
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { CatalogSchema } from "./proto/gen/spark/connect/catalog_pb.js";
import type { BackendCatalog } from "./backend.js";
import type { Row } from "../values/row.js";
import { toProtoStorageLevel } from "./storage-level.js";

type CatInit = MessageInitShape<typeof CatalogSchema>["catType"];
const opt = <K extends string>(k: K, v: string | undefined) => (v === undefined ? {} : ({ [k]: v } as Record<K, string>));

export class RemoteCatalog implements BackendCatalog {
  constructor(private readonly run: (cat: CatInit) => Promise<Row[]>) {}

  private async scalar<T>(cat: CatInit): Promise<T> {
    const rows = await this.run(cat);
    return rows[0]?.get(0) as T;
  }

  currentDatabase(): Promise<string> {
    return this.scalar({ case: "currentDatabase", value: {} });
  }
  async setCurrentDatabase(name: string): Promise<void> {
    await this.run({ case: "setCurrentDatabase", value: { dbName: name } });
  }
  listDatabases(pattern?: string): Promise<Row[]> {
    return this.run({ case: "listDatabases", value: opt("pattern", pattern) });
  }
  listTables(dbName?: string, pattern?: string): Promise<Row[]> {
    return this.run({ case: "listTables", value: { ...opt("dbName", dbName), ...opt("pattern", pattern) } });
  }
  listColumns(tableName: string, dbName?: string): Promise<Row[]> {
    return this.run({ case: "listColumns", value: { tableName, ...opt("dbName", dbName) } });
  }
  listFunctions(dbName?: string, pattern?: string): Promise<Row[]> {
    return this.run({ case: "listFunctions", value: { ...opt("dbName", dbName), ...opt("pattern", pattern) } });
  }
  databaseExists(name: string): Promise<boolean> {
    return this.scalar({ case: "databaseExists", value: { dbName: name } });
  }
  tableExists(name: string, dbName?: string): Promise<boolean> {
    return this.scalar({ case: "tableExists", value: { tableName: name, ...opt("dbName", dbName) } });
  }
  dropTempView(name: string): Promise<boolean> {
    return this.scalar({ case: "dropTempView", value: { viewName: name } });
  }
  dropGlobalTempView(name: string): Promise<boolean> {
    return this.scalar({ case: "dropGlobalTempView", value: { viewName: name } });
  }
  isCached(name: string): Promise<boolean> {
    return this.scalar({ case: "isCached", value: { tableName: name } });
  }
  async cacheTable(name: string, storageLevel?: string): Promise<void> {
    await this.run({ case: "cacheTable", value: { tableName: name, ...(storageLevel !== undefined ? { storageLevel: toProtoStorageLevel(storageLevel) } : {}) } });
  }
  async uncacheTable(name: string): Promise<void> {
    await this.run({ case: "uncacheTable", value: { tableName: name } });
  }
  async clearCache(): Promise<void> {
    await this.run({ case: "clearCache", value: {} });
  }
  currentCatalog(): Promise<string> {
    return this.scalar({ case: "currentCatalog", value: {} });
  }
  async setCurrentCatalog(name: string): Promise<void> {
    await this.run({ case: "setCurrentCatalog", value: { catalogName: name } });
  }
  listCatalogs(pattern?: string): Promise<Row[]> {
    return this.run({ case: "listCatalogs", value: opt("pattern", pattern) });
  }
  async getDatabase(name: string): Promise<Row> {
    return (await this.run({ case: "getDatabase", value: { dbName: name } }))[0]!;
  }
  async getTable(name: string, dbName?: string): Promise<Row> {
    return (await this.run({ case: "getTable", value: { tableName: name, ...opt("dbName", dbName) } }))[0]!;
  }
  async getFunction(name: string, dbName?: string): Promise<Row> {
    return (await this.run({ case: "getFunction", value: { functionName: name, ...opt("dbName", dbName) } }))[0]!;
  }
  functionExists(name: string, dbName?: string): Promise<boolean> {
    return this.scalar({ case: "functionExists", value: { functionName: name, ...opt("dbName", dbName) } });
  }
  async refreshTable(name: string): Promise<void> {
    await this.run({ case: "refreshTable", value: { tableName: name } });
  }
  async refreshByPath(path: string): Promise<void> {
    await this.run({ case: "refreshByPath", value: { path } });
  }
  async recoverPartitions(name: string): Promise<void> {
    await this.run({ case: "recoverPartitions", value: { tableName: name } });
  }
}
