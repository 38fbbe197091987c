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
    checkBucketing(spec, target);
    let bucketSpec = spec.bucketBy ? { numBuckets: spec.bucketBy.numBuckets, bucketColumns: spec.bucketBy.columns, sortColumns: spec.sortBy } : undefined;
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
        bucketSpec = existing.bucketSpec;
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
    if (bucketSpec && tableName && !existing) checkBucketSpec(bucketSpec, partitionBy, (await df.queryExecution().analyzed()).output.map((a) => a.name), tableName, state.catalog.currentDatabase);
    // Spark sorts each task's rows by the sort columns, so each bucket file is sorted.
    const source = bucketSpec && bucketSpec.sortColumns.length > 0 ? df.sortWithinPartitions(...bucketSpec.sortColumns) : df;
    const { output, partitions } = await source.queryExecution().execute();
    const schema = StructType(output.map((a) => StructField(a.name, a.dataType, a.nullable)));
    await writeFiles({
      path: outPath,
      format,
      mode: mode === "error" ? "errorifexists" : mode,
      options,
      partitionBy,
      schema,
      partitionOverwriteMode: state.conf.get("spark.sql.sources.partitionOverwriteMode") as "static" | "dynamic",
      maxRecordsPerFile: Number(state.conf.get("spark.sql.files.maxRecordsPerFile", "0")),
      ...(bucketSpec ? { bucketSpec } : {}),
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
          ...(bucketSpec ? { bucketSpec } : {}),
        },
        false,
      );
    }
  })();
}

/** Spark's DataFrameWriter checks: bucketing only with saveAsTable, sortBy only with bucketBy. */
function checkBucketing(spec: WriteSpec, target: { table?: string; insert?: boolean }): void {
  if (!spec.bucketBy) {
    if (spec.sortBy.length > 0) throw new AnalysisException("SORT_BY_WITHOUT_BUCKETING", {});
    return;
  }
  if (!target.table || target.insert) {
    const operation = target.insert ? "insertInto" : "save";
    if (spec.sortBy.length === 0) throw new AnalysisException("_LEGACY_ERROR_TEMP_1312", { operation });
    throw new AnalysisException("_LEGACY_ERROR_TEMP_1313", { operation });
  }
}

const MAX_BUCKETS = 100000;

/** The bucket spec of a new table: bucket count, known columns, no partition column in it. */
function checkBucketSpec(b: { numBuckets: number; bucketColumns: string[]; sortColumns: string[] }, partitionBy: readonly string[], columns: readonly string[], name: string[], currentDb: string): void {
  if (!(b.numBuckets > 0 && b.numBuckets <= MAX_BUCKETS) || !Number.isInteger(b.numBuckets)) {
    throw new AnalysisException("INVALID_BUCKET_COUNT", { bucketingMaxBuckets: String(MAX_BUCKETS), numBuckets: String(b.numBuckets) });
  }
  const db = name.length > 1 ? name[0]!.toLowerCase() : currentDb;
  const tableName = `${quoteId("spark_catalog")}.${quoteId(db)}.${quoteId(name[name.length - 1]!.toLowerCase())}`;
  const tableCols = columns.map(quoteId).join(", ");
  const check = (colType: string, cols: readonly string[]) => {
    for (const c of cols) {
      if (!columns.includes(c)) throw new AnalysisException("COLUMN_NOT_DEFINED_IN_TABLE", { colType, colName: quoteId(c), tableName, tableCols });
    }
  };
  check("bucket", b.bucketColumns);
  check("sort", b.sortColumns);
  const partitionCols = partitionBy.join(", ");
  for (const c of b.bucketColumns) if (partitionBy.includes(c)) throw new AnalysisException("_LEGACY_ERROR_TEMP_1166", { bucketCol: c, partitionCols });
  for (const c of b.sortColumns) if (partitionBy.includes(c)) throw new AnalysisException("_LEGACY_ERROR_TEMP_1167", { sortCol: c, partitionCols });
}

async function* toAsync(batches: Batch[]): AsyncIterable<Batch> {
  for (const b of batches) yield b;
}
