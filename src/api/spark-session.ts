// SparkSession: the entry point, as in PySpark.
//   const spark = SparkSession.builder.appName("vendas").master("local[*]").getOrCreate();

import { newPlanId, type LogicalPlan } from "../plan/logical/unresolved.js";
import { StructType as mkStruct, StructField, type DataType, type StructType } from "../types/data-type.js";
import { inferSchemaFromRows } from "../types/infer-type.js";
import { Row } from "../values/row.js";
import { RuntimeConfig } from "../session/conf.js";
import { SessionState } from "../session/session-state.js";
import { DataFrame } from "./dataframe.js";
import { DataFrameReader } from "./dataframe-reader.js";
import { setTypeParser } from "./column.js";
import { CatalogApi } from "./catalog-api.js";
import { runSql } from "../session/sql-statements.js";
import { sqlParser } from "../session/sql-parser-bridge.js";
// The function registry is filled by importing every category once.
import "../functions/all.js";
import { SparkContext, SparkConf, RDD } from "../rdd/index.js";
import { rddToDataFrame, type SchemaLike } from "../rdd/dataframe-bridge.js";
import { connectRemote, remoteBackendOf } from "../connect/remote-session.js";

setTypeParser((s) => sqlParser.parseDataType(s));

export const VERSION = "4.0.0";

export class Builder {
  private readonly options: Record<string, string> = {};
  private remoteUrl?: string;

  appName(name: string): this {
    return this.config("spark.app.name", name);
  }
  master(master: string): this {
    return this.config("spark.master", master);
  }
  config(key: string | Record<string, string | number | boolean>, value?: string | number | boolean): this {
    if (typeof key === "object") for (const [k, v] of Object.entries(key)) this.options[k] = String(v);
    else this.options[key] = String(value);
    return this;
  }
  remote(url: string): this {
    this.remoteUrl = url;
    return this;
  }
  enableHiveSupport(): this {
    return this;
  }
  getOrCreate(): SparkSession {
    if (this.remoteUrl) {
      // A Spark Connect session: plans run on the server (see src/connect/).
      const remote = new SparkSession(new RuntimeConfig({ ...this.options, "spark.remote": this.remoteUrl }));
      connectRemote(remote, this.remoteUrl, this.options);
      SparkSession.active = remote;
      return remote;
    }
    if (SparkSession.active && !SparkSession.active.stopped) {
      for (const [k, v] of Object.entries(this.options)) SparkSession.active.conf.set(k, v);
      return SparkSession.active;
    }
    const session = new SparkSession(new RuntimeConfig(this.options));
    SparkSession.active = session;
    return session;
  }
  create(): SparkSession {
    return new SparkSession(new RuntimeConfig(this.options));
  }
}

export class SparkSession {
  static active: SparkSession | null = null;
  static get builder(): Builder {
    return new Builder();
  }
  static getActiveSession(): SparkSession | null {
    return SparkSession.active;
  }

  /** @internal */
  readonly state: SessionState;
  stopped = false;
  private sc?: SparkContext;
  readonly version = VERSION;

  constructor(conf: RuntimeConfig) {
    this.state = new SessionState(conf, sqlParser);
  }

  /** spark.conf. Local sessions answer synchronously; on a remote session (builder.remote)
   *  the settings live on the server and every call returns a Promise. */
  get conf(): RuntimeConfig {
    const remote = remoteBackendOf(this);
    return remote ? (remote.conf as unknown as RuntimeConfig) : this.state.conf;
  }
  /** The SparkContext (RDD API) sharing this session's master and settings. */
  get sparkContext(): SparkContext {
    if (remoteBackendOf(this)) {
      throw new Error("[UNSUPPORTED_CONNECT_FEATURE.RDD] The RDD API (sparkContext) is not available on a Spark Connect session; use DataFrames. SQLSTATE: 0A000");
    }
    this.sc ??= SparkContext.getOrCreate(new SparkConf().setAll(Object.entries(this.conf.getAll())));
    return this.sc;
  }
  get read(): DataFrameReader {
    return new DataFrameReader(this);
  }
  /** spark.catalog; on a remote session the calls go to the server. */
  get catalog(): CatalogApi {
    const remote = remoteBackendOf(this);
    return remote ? (remote.catalog as unknown as CatalogApi) : new CatalogApi(this);
  }
  get udf() {
    const state = this.state;
    return {
      register: (name: string, fn: (...args: any[]) => unknown, returnType: DataType | string = "string") => {
        const dt = typeof returnType === "string" ? sqlParser.parseDataType(returnType) : returnType;
        state.udfs.set(name.toLowerCase(), { fn, returnType: dt, deterministic: true });
      },
    };
  }

  /** Rows as objects (by field name), arrays (by position) or Rows; schema as DDL, StructType,
   *  column names, or inferred from the data. */
  createDataFrame(data: readonly unknown[], schema?: StructType | string | string[]): DataFrame;
  /** From an RDD (of Rows, objects or tuples): asynchronous, the RDD is collected when awaited. */
  createDataFrame(data: RDD<unknown>, schema?: SchemaLike): Promise<DataFrame>;
  createDataFrame(data: readonly unknown[] | RDD<unknown>, schema?: StructType | string | string[]): DataFrame | Promise<DataFrame> {
    if (data instanceof RDD) return rddToDataFrame(data, schema, this);
    let struct: StructType;
    if (schema === undefined || Array.isArray(schema)) {
      const asObjects = data.map((r) => toObject(r, Array.isArray(schema) ? schema : undefined));
      struct = inferSchemaFromRows(asObjects);
      if (Array.isArray(schema) && schema.length > 0) {
        struct = mkStruct(struct.fields.map((f, i) => StructField(schema[i] ?? f.name, f.dataType, f.nullable)));
      }
    } else {
      struct = typeof schema === "string" ? sqlParser.parseDDLSchema(schema) : schema;
    }
    const rows = data.map((r) => toPositional(r, struct));
    return new DataFrame(this, { kind: "local_relation", planId: newPlanId(), schema: struct, rows });
  }

  range(start: number | bigint, end?: number | bigint, step: number | bigint = 1, numPartitions?: number): DataFrame {
    const [s, e] = end === undefined ? [0n, BigInt(start)] : [BigInt(start), BigInt(end)];
    return new DataFrame(this, {
      kind: "range",
      planId: newPlanId(),
      start: s,
      end: e,
      step: BigInt(step),
      ...(numPartitions !== undefined ? { numPartitions } : {}),
    });
  }

  /** Runs a SQL statement. Queries are lazy DataFrames; commands (CREATE VIEW, SET, ...) run
   *  at once on the session's queue and their result is a DataFrame too. */
  sql(query: string, args?: Record<string, unknown> | unknown[]): DataFrame {
    const remote = remoteBackendOf(this);
    if (remote) return new DataFrame(this, remote.sql(query, args));
    return runSql(this, query, args);
  }

  table(name: string): DataFrame {
    const nameParts = name.split(".");
    return new DataFrame(this, { kind: "read_table", planId: newPlanId(), nameParts });
  }

  /** @internal */
  dataFrame(plan: LogicalPlan): DataFrame {
    return new DataFrame(this, plan);
  }

  newSession(): SparkSession {
    return new SparkSession(new RuntimeConfig(this.conf.getAll()));
  }

  async stop(): Promise<void> {
    await this.state.queue.drain();
    const remote = remoteBackendOf(this);
    if (remote) await remote.stop();
    // As in Spark, stopping the session stops the SparkContext (and its executors), whether the
    // RDD API or distributed DataFrame execution started it.
    const sc = this.sc ?? SparkContext.getActive();
    if (sc) await sc.stop();
    this.stopped = true;
    if (SparkSession.active === this) SparkSession.active = null;
  }
}

function toObject(r: unknown, names?: string[]): Record<string, unknown> {
  if (r instanceof Row) return r.asDict();
  if (Array.isArray(r)) return Object.fromEntries(r.map((v, i) => [names?.[i] ?? `_${i + 1}`, v]));
  if (r && typeof r === "object") return r as Record<string, unknown>;
  return { value: r };
}

function toPositional(r: unknown, schema: StructType): unknown[] {
  if (r instanceof Row) return schema.fields.map((f, i) => (r.fieldNames.includes(f.name) ? r.get(f.name) : r.values[i]) ?? null);
  if (Array.isArray(r)) return schema.fields.map((_, i) => r[i] ?? null);
  if (r && typeof r === "object" && !(r instanceof Uint8Array)) {
    const o = r as Record<string, unknown>;
    return schema.fields.map((f) => o[f.name] ?? null);
  }
  return [r];
}
