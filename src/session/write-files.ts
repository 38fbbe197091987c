// Bridge from DataFrameWriter to the file formats and the commit protocol (src/io): runs the
// query, then writes each result partition as one task; saveAsTable also registers the table.

import { remoteBackendOf } from "../connect/remote-session.js";
import path from "node:path";
import type { DataFrame } from "../api/dataframe.js";
import type { WriteSpec } from "../api/dataframe-writer.js";
import { AnalysisException, quoteId } from "../errors/spark-error.js";
import { writeFiles } from "../io/index.js";
import type { Batch } from "../exec/batch/column-vector.js";
import { StructField, StructType } from "../types/data-type.js";
import { parseAttributeName } from "../api/column.js";

export function writeDataFrame(df: DataFrame, spec: WriteSpec, target: { path?: string; table?: string; insert?: boolean }): Promise<void> {
  const remote = remoteBackendOf(df.sparkSession);
  if (remote) return df.sparkSession.state.queue.enqueue(() => remote.write(df.plan, spec, target));
  return df.sparkSession.state.queue.enqueue(() => writeDataFrameNow(df, spec, target));
}

/** The write itself, for callers already running on the session's queue (SQL commands):
 *  enqueueing from inside a queued operation would wait for itself. */
export function writeDataFrameNow(df: DataFrame, spec: WriteSpec, target: { path?: string; table?: string; insert?: boolean }): Promise<void> {
  const state = df.sparkSession.state;
  return (async () => {
    let outPath = target.path;
    let mode = spec.mode;
    let format = spec.format;
    let options = spec.options;
    let partitionBy = spec.partitionBy;
    const tableName = target.table ? parseAttributeName(target.table) : undefined;
    const existing = tableName ? state.catalog.getTable(tableName) : undefined;
    if (tableName) {
      if (existing) {
        if (!target.insert && (mode === "errorifexists" || mode === "error")) {
          throw new AnalysisException("TABLE_OR_VIEW_ALREADY_EXISTS", { relationName: `${quoteId("spark_catalog")}.${quoteId(existing.database)}.${quoteId(existing.name)}` });
        }
        if (!target.insert && mode === "ignore") return;
        outPath = existing.location;
        format = existing.format;
        options = { ...existing.options, ...options };
        partitionBy = [...existing.partitionColumns];
        if (mode === "errorifexists" || mode === "error") mode = "append";
      } else {
        if (target.insert) throw new AnalysisException("TABLE_OR_VIEW_NOT_FOUND", { relationName: quoteId(target.table!) });
        const warehouse = state.conf.get("spark.sql.warehouse.dir");
        const name = tableName[tableName.length - 1]!;
        const db = tableName.length > 1 ? tableName[0]!.toLowerCase() : state.catalog.currentDatabase;
        outPath = db === "default" ? path.resolve(warehouse, name.toLowerCase()) : path.resolve(warehouse, `${db}.db`, name.toLowerCase());
        mode = "overwrite";
      }
    }
    if (!outPath) throw new Error("[PATH_NOT_SPECIFIED] 'path' is not specified. SQLSTATE: 42000");
    const { output, partitions } = await df.queryExecution().execute();
    const schema = StructType(output.map((a) => StructField(a.name, a.dataType, a.nullable)));
    await writeFiles({
      path: outPath,
      format,
      mode: mode === "error" ? "errorifexists" : mode,
      options,
      partitionBy,
      schema,
      partitionOverwriteMode: state.conf.get("spark.sql.sources.partitionOverwriteMode") as "static" | "dynamic",
      partitions: partitions.map((batches: Batch[]) => toAsync(batches)),
    });
    if (tableName && !existing) {
      const name = tableName[tableName.length - 1]!;
      state.catalog.createTable(
        {
          name: name.toLowerCase(),
          database: tableName.length > 1 ? tableName[0]!.toLowerCase() : state.catalog.currentDatabase,
          format,
          location: outPath,
          schema,
          partitionColumns: partitionBy,
          options,
          managed: true,
          ...(spec.bucketBy ? { bucketSpec: { numBuckets: spec.bucketBy.numBuckets, bucketColumns: spec.bucketBy.columns, sortColumns: spec.sortBy } } : {}),
        },
        false,
      );
    }
  })();
}

async function* toAsync(batches: Batch[]): AsyncIterable<Batch> {
  for (const b of batches) yield b;
}
