// Bridges between the RDD API and DataFrames: df.rdd (an RDD of Row), rdd.toDF(schema?) and
// spark.createDataFrame(rdd, schema?). The session module imports this one, so the session and
// DataFrame classes are only referenced as types here (and loaded lazily when needed).

import type { DataFrame } from "../api/dataframe.js";
import type { SparkSession } from "../api/spark-session.js";
import { SparkIllegalArgumentException } from "../errors/spark-error.js";
import { RddNode } from "../runtime/rdd-node.js";
import { toWire } from "../runtime/serde/wire.js";
import type { StructType } from "../types/data-type.js";
import type { Row } from "../values/row.js";
import { RDD } from "./rdd.js";
import type { SparkContext } from "./spark-context.js";

/** A schema for toDF / createDataFrame: DDL text, a StructType, or column names (types inferred). */
export type SchemaLike = StructType | string | string[];

/** The error every RDD entry point raises on a Spark Connect session (as spark.sparkContext). */
export function rddOnRemoteSession(api: string): Error {
  return new Error(`[UNSUPPORTED_CONNECT_FEATURE.RDD] The RDD API (${api}) is not available on a Spark Connect session; use DataFrames. SQLSTATE: 0A000`);
}

/** df.rdd: an RDD of Row with sc.defaultParallelism partitions. The query runs once, on the
 *  driver, before the first job that needs the RDD; its rows are shipped to the executors as the
 *  partitions' data (later jobs reuse them unless the RDD is recomputed from a new df.rdd). */
export function dataFrameRdd(sc: SparkContext, collectRows: () => Promise<Row[]>): RDD<Row> {
  const n = Math.max(1, sc.defaultParallelism);
  const slices: unknown[][] = Array.from({ length: n }, () => []);
  return new RDD<Row>(sc, new RddNode(sc.runtime, {
    name: "SQLExecutionRDD",
    numPartitions: n,
    dependencies: [],
    prepare: async () => {
      const rows = await collectRows();
      for (let i = 0; i < n; i++) slices[i] = toWire(rows.slice(Math.floor((i * rows.length) / n), Math.floor(((i + 1) * rows.length) / n))) as unknown[];
    },
    build: (p) => ({ kind: "values", values: slices[p]! }),
  }));
}

/** The session rdd.toDF uses: the active one, else one on the RDD's SparkContext master. */
async function sessionFor(sc: SparkContext): Promise<SparkSession> {
  const { SparkSession } = await import("../api/spark-session.js");
  const active = SparkSession.getActiveSession();
  if (active && !active.stopped) return active;
  return SparkSession.builder.master(sc.master).appName(sc.appName).getOrCreate();
}

/** A DDL string naming one type ("int"), as PySpark accepts: a struct with one "value" field. */
async function atomicSchema(ddl: string): Promise<StructType | null> {
  const { sqlParser } = await import("../session/sql-parser-bridge.js");
  try {
    sqlParser.parseDDLSchema(ddl);
    return null;
  } catch {
    const { StructType, StructField } = await import("../types/data-type.js");
    const t = sqlParser.parseDataType(ddl);
    return t.kind === "struct" ? t : StructType([StructField("value", t, true)]);
  }
}

const pythonTypeName = (v: unknown): string =>
  typeof v === "number" ? (Number.isInteger(v) ? "int" : "float") : typeof v === "string" ? "str" : typeof v === "boolean" ? "bool" : typeof v === "bigint" ? "int" : String(v === null ? "NoneType" : typeof v);

/** Collects the RDD and builds a DataFrame of its records (Rows, objects or [tuples]) with the
 *  given or inferred schema, as spark.createDataFrame does for local data. */
export async function rddToDataFrame(rdd: RDD<unknown>, schema?: SchemaLike, session?: SparkSession): Promise<DataFrame> {
  const spark = session ?? (await sessionFor(rdd.context));
  const { remoteBackendOf } = await import("../connect/remote-session.js");
  if (remoteBackendOf(spark)) throw rddOnRemoteSession("createDataFrame(rdd)");
  const rows = await rdd.collect();
  const inferring = schema === undefined || Array.isArray(schema);
  if (inferring && rows.length === 0) throw new Error("RDD is empty");
  if (typeof schema === "string") {
    const atomic = await atomicSchema(schema);
    if (atomic) return spark.createDataFrame(rows.map((v) => [v]), atomic);
  }
  const firstPrimitive = rows.find((r) => r === null || typeof r !== "object");
  if (inferring && rows.length > 0 && firstPrimitive !== undefined) {
    throw new SparkIllegalArgumentException("CANNOT_INFER_SCHEMA_FOR_TYPE", { data_type: pythonTypeName(firstPrimitive) });
  }
  return spark.createDataFrame(rows, schema);
}
