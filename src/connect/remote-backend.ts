// The Spark Connect implementation of SessionBackend: translates plans, runs them on the
// server, and decodes results into the same values the local engine returns.
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { AnalyzePlanRequest_Explain_ExplainMode, type PlanSchema } from "./proto/gen/spark/connect/base_pb.js";
import { RelationSchema, type Relation } from "./proto/gen/spark/connect/relations_pb.js";
import type { CatalogSchema } from "./proto/gen/spark/connect/catalog_pb.js";
import { WriteOperation_SaveMode, WriteOperation_SaveTable_TableSaveMethod, type CommandSchema } from "./proto/gen/spark/connect/commands_pb.js";
import { newPlanId, type LogicalPlan } from "../plan/logical/unresolved.js";
import type { StructType } from "../types/data-type.js";
import type { Row } from "../values/row.js";
import type { WriteSpec } from "../api/dataframe-writer.js";
import type { OperationQueue } from "../session/operation-queue.js";
import type { ExplainMode, SessionBackend, ViewOptions, WriteTarget } from "./backend.js";
import type { ConnectClient } from "./client.js";
import { decodeResults } from "./results.js";
import { RemoteConf } from "./remote-conf.js";
import { RemoteCatalog } from "./remote-catalog.js";
import { sqlNodeIds, translatePlan } from "./translate/plan.js";
import { fromProtoDataType } from "./translate/data-type.js";
import { storageLevelName, toProtoStorageLevel } from "./storage-level.js";

type PlanInit = MessageInitShape<typeof PlanSchema>;
type CommandInit = MessageInitShape<typeof CommandSchema>["commandType"];

const EXPLAIN_MODES: Record<ExplainMode, AnalyzePlanRequest_Explain_ExplainMode> = {
  simple: AnalyzePlanRequest_Explain_ExplainMode.SIMPLE,
  extended: AnalyzePlanRequest_Explain_ExplainMode.EXTENDED,
  formatted: AnalyzePlanRequest_Explain_ExplainMode.FORMATTED,
  codegen: AnalyzePlanRequest_Explain_ExplainMode.CODEGEN,
  cost: AnalyzePlanRequest_Explain_ExplainMode.COST,
};

const SAVE_MODES: Record<WriteSpec["mode"], WriteOperation_SaveMode> = {
  append: WriteOperation_SaveMode.APPEND,
  overwrite: WriteOperation_SaveMode.OVERWRITE,
  ignore: WriteOperation_SaveMode.IGNORE,
  error: WriteOperation_SaveMode.ERROR_IF_EXISTS,
  errorifexists: WriteOperation_SaveMode.ERROR_IF_EXISTS,
};

export class RemoteBackend implements SessionBackend {
  readonly kind = "remote" as const;
  readonly conf: RemoteConf;
  readonly catalog: RemoteCatalog;
  /** Server relations for eager spark.sql(...) calls, by the returned Sql node's plan id. */
  private readonly sqlResults = new Map<number, Promise<Relation>>();
  /** spark.sql(...) calls that failed and whose DataFrame has not run yet, by plan id. */
  private readonly sqlFailures = new Map<number, unknown>();
  /** spark.sql(...) plan ids some query has read (their failure reached that query). */
  private readonly sqlRead = new Set<number>();

  constructor(
    readonly client: ConnectClient,
    private readonly queue: OperationQueue,
  ) {
    this.conf = new RemoteConf(client);
    this.catalog = new RemoteCatalog(async (cat) => (await this.executeRelation(catalogRelation(cat))).rows);
  }

  /** The plan as one Connect relation (after the eager SQL commands it reads have answered). */
  async relation(plan: LogicalPlan): Promise<Relation> {
    const served = new Map<number, Relation>();
    const ids = sqlNodeIds(plan);
    // A failed spark.sql(...) this plan reads fails it with the server's own error.
    for (const id of ids) {
      this.sqlRead.add(id);
      this.sqlFailures.delete(id);
    }
    for (const id of ids) {
      const pending = this.sqlResults.get(id);
      if (pending) served.set(id, await pending);
    }
    // A failed SQL command nobody read (a DDL statement, say) fails the next query instead of
    // passing unnoticed, with its own error.
    for (const [id, err] of this.sqlFailures) {
      this.sqlFailures.delete(id);
      throw err;
    }
    return translatePlan(plan, served);
  }

  private root(relation: Relation): PlanInit {
    return { opType: { case: "root", value: relation } };
  }

  private executeRelation(relation: Relation) {
    return decodeResults(this.client.execute(this.root(relation)));
  }

  /** Runs a command; returns the responses (for SqlCommand results). */
  private async executeCommand(command: CommandInit) {
    const out = [];
    for await (const res of this.client.execute({ opType: { case: "command", value: { commandType: command } } })) out.push(res);
    return out;
  }

  async schema(plan: LogicalPlan): Promise<StructType> {
    const res = await this.client.analyze({ case: "schema", value: { plan: this.root(await this.relation(plan)) } });
    if (res.result.case !== "schema" || !res.result.value.schema) throw new Error("Spark Connect answered a schema request without a schema");
    const t = fromProtoDataType(res.result.value.schema);
    if (t.kind !== "struct") throw new Error(`Spark Connect returned a non-struct schema (${t.kind})`);
    return t;
  }

  async collect(plan: LogicalPlan): Promise<Row[]> {
    return (await this.executeRelation(await this.relation(plan))).rows;
  }

  async explain(plan: LogicalPlan, mode: ExplainMode): Promise<string> {
    const res = await this.client.analyze({ case: "explain", value: { plan: this.root(await this.relation(plan)), explainMode: EXPLAIN_MODES[mode] } });
    if (res.result.case !== "explain") throw new Error("Spark Connect answered an explain request without a plan");
    return res.result.value.explainString;
  }

  async treeString(plan: LogicalPlan, level?: number): Promise<string> {
    const res = await this.client.analyze({
      case: "treeString",
      value: { plan: this.root(await this.relation(plan)), ...(level !== undefined ? { level } : {}) },
    });
    if (res.result.case !== "treeString") throw new Error("Spark Connect answered a tree-string request without one");
    return res.result.value.treeString;
  }

  /** Spark's own show() text, from the ShowString relation. */
  async showString(plan: LogicalPlan, numRows: number, truncate: number, vertical: boolean): Promise<string> {
    const input = await this.relation(plan);
    const rel = create(RelationSchema, { relType: { case: "showString", value: { input, numRows, truncate, vertical } } });
    const { rows } = await this.executeRelation(rel);
    return String(rows[0]?.get(0) ?? "");
  }

  sql(query: string, args?: Readonly<Record<string, unknown>> | readonly unknown[]): LogicalPlan {
    const plan: LogicalPlan = { kind: "sql", planId: newPlanId(), query, ...(args !== undefined ? { args } : {}) };
    // As PySpark does: run it now as a SqlCommand; the server answers with the relation to use
    // from then on (the query itself, or the command's result rows).
    const result = this.queue.enqueue(async () => {
      const input = translatePlan(plan);
      const responses = await this.executeCommand({ case: "sqlCommand", value: { input } });
      for (const r of responses) if (r.responseType.case === "sqlCommandResult" && r.responseType.value.relation) return r.responseType.value.relation;
      return input;
    });
    this.sqlResults.set(plan.planId, result);
    // Observed here so the session queue does not turn the failure into a generic "a previous
    // operation failed" error; relation() raises the server's error itself.
    result.catch((err: unknown) => {
      if (!this.sqlRead.has(plan.planId)) this.sqlFailures.set(plan.planId, err);
    });
    return plan;
  }

  async createView(plan: LogicalPlan, name: string, options: ViewOptions): Promise<void> {
    await this.executeCommand({
      case: "createDataframeView",
      value: { input: await this.relation(plan), name, isGlobal: options.global, replace: options.replace },
    });
  }

  async write(plan: LogicalPlan, spec: WriteSpec, target: WriteTarget): Promise<void> {
    const saveType = target.table
      ? {
          case: "table" as const,
          value: {
            tableName: target.table,
            saveMethod: target.insert ? WriteOperation_SaveTable_TableSaveMethod.INSERT_INTO : WriteOperation_SaveTable_TableSaveMethod.SAVE_AS_TABLE,
          },
        }
      : target.path !== undefined
        ? { case: "path" as const, value: target.path }
        : { case: undefined };
    await this.executeCommand({
      case: "writeOperation",
      value: {
        input: await this.relation(plan),
        source: spec.format,
        saveType,
        mode: SAVE_MODES[spec.mode],
        options: { ...spec.options },
        partitioningColumns: [...spec.partitionBy],
        sortColumnNames: [...spec.sortBy],
        ...(spec.bucketBy ? { bucketBy: { bucketColumnNames: [...spec.bucketBy.columns], numBuckets: spec.bucketBy.numBuckets } } : {}),
      },
    });
  }

  /** df.persist(level) / df.cache(): the server caches the relation (AnalyzePlan.Persist). */
  async persist(plan: LogicalPlan, storageLevel: string): Promise<void> {
    await this.client.analyze({ case: "persist", value: { relation: await this.relation(plan), storageLevel: toProtoStorageLevel(storageLevel) } });
  }

  async unpersist(plan: LogicalPlan, blocking = false): Promise<void> {
    await this.client.analyze({ case: "unpersist", value: { relation: await this.relation(plan), blocking } });
  }

  /** The level the server holds the relation at ("NONE" when it is not cached). */
  async storageLevel(plan: LogicalPlan): Promise<string> {
    const res = await this.client.analyze({ case: "getStorageLevel", value: { relation: await this.relation(plan) } });
    if (res.result.case !== "getStorageLevel") throw new Error("Spark Connect answered a storage-level request without one");
    return storageLevelName(res.result.value.storageLevel);
  }

  /** Spark's version string, from the server. */
  async version(): Promise<string> {
    const res = await this.client.analyze({ case: "sparkVersion", value: {} });
    return res.result.case === "sparkVersion" ? res.result.value.version : "";
  }

  async stop(): Promise<void> {
    await this.client.close();
  }
}

function catalogRelation(cat: MessageInitShape<typeof CatalogSchema>["catType"]): Relation {
  return create(RelationSchema, { relType: { case: "catalog", value: { catType: cat } } });
}
