// Shared helpers of the table commands: warehouse locations, name qualification, the errors
// Spark raises when a name is missing or is the wrong kind of object.

import os from "node:os";
import { AnalysisException, quoteId } from "../../errors/spark-error.js";
import { getFileSystem } from "../../io/fs/registry.js";
import type { FileSystem } from "../../io/fs/file-system.js";
import { qualifiedName, type RelationRef, type TableDefinition } from "../catalog.js";
import type { SessionState } from "../session-state.js";

/** The warehouse directory, absolute, in its file system's notation. */
export function warehousePath(state: SessionState): string {
  const dir = state.conf.get("spark.sql.warehouse.dir");
  return getFileSystem(dir).resolve(dir);
}

/** Where a database keeps its managed tables: the warehouse for `default`, else <warehouse>/<db>.db. */
export function databaseLocation(state: SessionState, db: string): string {
  const d = state.catalog.getDatabase(db);
  if (d.location) return d.location;
  const wh = warehousePath(state);
  return d.name === "default" ? wh : getFileSystem(wh).join(wh, `${d.name}.db`);
}

export function defaultTableLocation(state: SessionState, db: string, name: string): string {
  const dbDir = databaseLocation(state, db);
  return getFileSystem(dbDir).join(dbDir, name);
}

export function fsOf(path: string): FileSystem {
  return getFileSystem(path);
}

/** `file:/tmp/x` as Spark prints locations. */
export function qualifyPath(path: string): string {
  return path === "" ? "" : getFileSystem(path).qualify(path);
}

/** [db, name] of a table name, with the current database filled in. */
export function splitTableName(state: SessionState, nameParts: readonly string[]): [string, string] {
  const parts = nameParts.length === 3 && nameParts[0]!.toLowerCase() === "spark_catalog" ? nameParts.slice(1) : nameParts;
  if (parts.length === 1) return [state.catalog.currentDatabase, state.catalog.formatName(parts[0]!)];
  if (parts.length === 2) return [parts[0]!.toLowerCase(), state.catalog.formatName(parts[1]!)];
  throw new AnalysisException("REQUIRES_SINGLE_PART_NAMESPACE", { sessionCatalog: "spark_catalog", namespace: quoteId(parts.slice(0, -1).join(".")) });
}

/** How Spark names a missing relation: as written. */
export function tableNotFound(nameParts: readonly string[]): AnalysisException {
  return new AnalysisException("TABLE_OR_VIEW_NOT_FOUND", { relationName: nameParts.map(quoteId).join(".") });
}

/** How Spark names a relation in messages: temp views by name, catalog objects fully qualified. */
export function displayName(ref: RelationRef): string {
  if (ref.kind === "temp_view") return quoteId(ref.name);
  if (ref.kind === "global_temp_view") return `${quoteId("global_temp")}.${quoteId(ref.name)}`;
  return qualifiedName(ref.table.database, ref.table.name);
}

export function isView(ref: RelationRef): boolean {
  return ref.kind !== "table" || ref.table.tableType === "VIEW";
}

export function tableTypeOf(t: TableDefinition): "MANAGED" | "EXTERNAL" | "VIEW" {
  return t.tableType ?? (t.managed ? "MANAGED" : "EXTERNAL");
}

/** A relation that must be a table (INSERT, TRUNCATE, ...). */
export function requireTable(state: SessionState, nameParts: readonly string[], operation: string): TableDefinition {
  const ref = state.catalog.resolve(nameParts);
  if (!ref) throw tableNotFound(nameParts);
  if (isView(ref)) {
    throw new AnalysisException("EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE", { operation, viewName: displayName(ref) });
  }
  return (ref as { table: TableDefinition }).table;
}

/** A relation that must exist (DESCRIBE, CACHE, ...). */
export function requireRelation(state: SessionState, nameParts: readonly string[]): RelationRef {
  const ref = state.catalog.resolve(nameParts);
  if (!ref) throw tableNotFound(nameParts);
  return ref;
}

/** Deletes everything inside a directory, keeping the directory. */
export async function emptyDirectory(path: string): Promise<void> {
  const fs = getFileSystem(path);
  if (!(await fs.exists(path))) {
    await fs.mkdirs(path);
    return;
  }
  for (const child of await fs.list(path)) await fs.delete(child.path, true);
}

export function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return "unknown";
  }
}
