// spark.catalog: listTables, tableExists, dropTempView, cacheTable, currentDatabase, ...
import type { SparkSession } from "./spark-session.js";
import { Row } from "../values/row.js";

export class CatalogApi {
  constructor(private readonly spark: SparkSession) {}

  private get cat() {
    return this.spark.state.catalog;
  }
  private run<T>(f: () => T | Promise<T>): Promise<T> {
    return this.spark.state.queue.enqueue(async () => f());
  }

  currentDatabase(): Promise<string> {
    return this.run(() => this.cat.currentDatabase);
  }
  setCurrentDatabase(name: string): Promise<void> {
    return this.run(() => this.cat.setCurrentDatabase(name));
  }
  listDatabases(): Promise<Row[]> {
    return this.run(() => this.cat.listDatabases().map((name) => Row.fromObject({ name, catalog: "spark_catalog", description: null, locationUri: "" })));
  }
  listTables(dbName?: string): Promise<Row[]> {
    return this.run(() =>
      this.cat.listTables(dbName).map((t) =>
        Row.fromObject({ name: t.name, catalog: t.isTemporary ? null : "spark_catalog", namespace: t.database ? [t.database] : [], description: null, tableType: t.tableType, isTemporary: t.isTemporary }),
      ),
    );
  }
  tableExists(name: string, dbName?: string): Promise<boolean> {
    return this.run(() => this.cat.lookupRelation(dbName ? [dbName, name] : name.split(".")) !== null);
  }
  async listColumns(name: string): Promise<Row[]> {
    const schema = await this.spark.table(name).schema();
    return schema.fields.map((f) => Row.fromObject({ name: f.name, description: null, dataType: f.dataType.kind, nullable: f.nullable, isPartition: false, isBucket: false }));
  }
  dropTempView(name: string): Promise<boolean> {
    return this.run(() => this.cat.dropTempView(name));
  }
  dropGlobalTempView(name: string): Promise<boolean> {
    return this.run(() => this.cat.dropGlobalTempView(name));
  }
  cacheTable(name: string): Promise<void> {
    return this.run(() => {
      this.spark.table(name).cache();
    });
  }
  uncacheTable(name: string): Promise<void> {
    return this.run(() => void name);
  }
  clearCache(): Promise<void> {
    return this.run(() => this.spark.state.cache.clear());
  }
  isCached(name: string): Promise<boolean> {
    return this.run(() => void name).then(() => false);
  }
}
