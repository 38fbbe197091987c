// QueryExecution: one query's path through the engine —
// unresolved plan → (async preparation: file schemas, pivot values) → analyzed → optimized →
// executed partitions. explain() prints each stage as Spark does.

import type { LogicalPlan, ReadFiles } from "../plan/logical/unresolved.js";
import type { RPlan } from "../plan/logical/resolved.js";
import type { AttributeRef } from "../plan/expr/resolved.js";
import { Analyzer, type AnalyzerEnv } from "../plan/analyzer/analyzer.js";
import { optimize } from "../plan/optimizer/optimizer.js";
import { treeString } from "../plan/logical/tree-string.js";
import { executePlan } from "../exec/physical/execute.js";
import type { ExecContext, Partitions } from "../exec/physical/exec-context.js";
import { batchToRows } from "../exec/batch/batch-ops.js";
import type { StructType } from "../types/data-type.js";
import { StructType as mkStruct, StructField } from "../types/data-type.js";
import { simpleString } from "../types/type-strings.js";
import type { SessionState } from "./session-state.js";
import { prepareRelations } from "./prepare.js";
import { physicalTreeString } from "./physical-explain.js";
import { formattedExplain } from "./formatted-explain.js";

export class QueryExecution {
  private analyzedPlan?: Promise<RPlan>;
  private optimizedPlan?: Promise<{ plan: RPlan; applied: readonly string[] }>;
  private subqueries: { plan: RPlan }[] = [];

  constructor(
    readonly state: SessionState,
    readonly logical: LogicalPlan,
  ) {}

  analyzed(): Promise<RPlan> {
    this.analyzedPlan ??= (async () => {
      const { fileSchemas, substitutions } = await prepareRelations(this.state, this.logical);
      const analyzer = new Analyzer({ ...this.analyzerEnv(fileSchemas), substitute: (n) => substitutions.get(n) });
      const plan = analyzer.analyze(this.logical);
      this.subqueries = analyzer.subqueryValues;
      return plan;
    })();
    return this.analyzedPlan;
  }

  private analyzerEnv(fileSchemas: Map<ReadFiles, StructType>): AnalyzerEnv {
    const s = this.state;
    return {
      fnCtx: s.functionContext(),
      caseSensitive: s.conf.bool("spark.sql.caseSensitive"),
      lookupRelation: (parts) => s.lookupRelationPlan(parts),
      fileSchema: (node) => {
        const schema = fileSchemas.get(node);
        if (!schema) throw new Error(`internal error: no schema prepared for ${node.format} relation ${node.paths.join(", ")}`);
        return schema;
      },
      parseQuery: (sql) => s.parser.parseQuery(sql),
      parseExpression: (sql) => s.parser.parseExpression(sql),
      udfs: s.udfs,
      defaultParallelism: s.defaultParallelism,
      cachedPlan: (id) => s.cache.plan(id),
    };
  }

  async schema(): Promise<StructType> {
    const plan = await this.analyzed();
    return mkStruct(plan.output.map((a) => StructField(a.name, a.dataType, a.nullable)));
  }

  optimized(): Promise<{ plan: RPlan; applied: readonly string[] }> {
    this.optimizedPlan ??= (async () => {
      const excluded = new Set(
        this.state.conf
          .get("spark.sql.optimizer.excludedRules")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      );
      return optimize(await this.analyzed(), excluded);
    })();
    return this.optimizedPlan;
  }

  /** Runs the query; returns the output attributes and the result partitions. */
  async execute(): Promise<{ output: readonly AttributeRef[]; partitions: Partitions }> {
    const { plan } = await this.optimized();
    const ctx = await this.execContext();
    // spark.faisca.distributed.enabled: stages run on the runtime's executors (src/exec/distributed).
    const conf = this.state.conf;
    const partitions =
      conf.get("spark.faisca.distributed.enabled", "false").toLowerCase() === "true" && conf.get("spark.master") !== "local"
        ? await (await import("../exec/distributed/execute-distributed.js")).executeDistributed(plan, ctx, { all: conf.getAll() })
        : await executePlan(plan, ctx);
    return { output: plan.output, partitions };
  }

  /** Rows of internal values, in order. */
  async collectInternal(): Promise<{ output: readonly AttributeRef[]; rows: unknown[][] }> {
    const { output, partitions } = await this.execute();
    const rows: unknown[][] = [];
    for (const p of partitions) for (const b of p) for (const r of batchToRows(b)) rows.push(r);
    return { output, rows };
  }

  private async execContext(): Promise<ExecContext> {
    const s = this.state;
    const base = {
      fnCtx: s.functionContext(),
      shufflePartitions: Number(s.conf.get("spark.sql.shuffle.partitions")),
      defaultParallelism: s.defaultParallelism,
      codegen: s.conf.bool("spark.faisca.codegen.enabled") && s.conf.bool("spark.sql.codegen.wholeStage"),
      batchSize: Number(s.conf.get("spark.faisca.batchSize")),
      cached: (id: number) => s.cache.data(id),
      storeCache: (id: number, parts: Partitions) => s.cache.store(id, parts),
    };
    // Uncorrelated scalar subqueries run first; their values feed the main plan.
    const subqueries = new Map<number, unknown>();
    const ctx: ExecContext = {
      ...base,
      eval: { subqueries },
      execute: (p: RPlan) => executePlan(p, ctx),
    };
    for (let i = 0; i < this.subqueries.length; i++) {
      const sub = optimize(this.subqueries[i]!.plan).plan;
      const parts = await executePlan(sub, ctx);
      const rows = parts.flatMap((p) => p.flatMap((b) => batchToRows(b)));
      if (rows.length > 1) {
        throw new Error("[SCALAR_SUBQUERY_TOO_MANY_ROWS] More than one row returned by a subquery used as an expression. SQLSTATE: 21000");
      }
      subqueries.set(i, rows.length === 0 ? null : rows[0]![0]);
    }
    return ctx;
  }

  async explainString(mode: "simple" | "extended" | "formatted" | "codegen" | "cost"): Promise<string> {
    const analyzed = await this.analyzed();
    const { plan: optimized } = await this.optimized();
    const physical = "== Physical Plan ==\n" + physicalTreeString(optimized) + "\n";
    if (mode === "simple") return physical;
    if (mode === "formatted") return formattedExplain(optimized);
    if (mode === "codegen") return physical + "\n" + (await this.state.codegenSource(optimized));
    const schemaLine = analyzed.output.map((a) => `${a.name}: ${simpleString(a.dataType)}`).join(", ");
    return (
      "== Parsed Logical Plan ==\n" +
      unresolvedTree(this.logical) +
      "\n\n== Analyzed Logical Plan ==\n" +
      schemaLine +
      "\n" +
      treeString(analyzed) +
      "\n\n== Optimized Logical Plan ==\n" +
      treeString(optimized) +
      "\n\n" +
      physical
    );
  }
}

/** The parsed (unresolved) plan, one node kind per line. */
function unresolvedTree(p: LogicalPlan, prefix = "", child = ""): string {
  const kids = (["input", "left", "right"] as const)
    .map((k) => (p as unknown as Record<string, LogicalPlan | undefined>)[k])
    .filter((x): x is LogicalPlan => !!x && typeof x === "object" && "kind" in x);
  const name = "'" + p.kind.split("_").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
  let s = prefix + name;
  kids.forEach((k, i) => {
    const last = i === kids.length - 1;
    s += "\n" + unresolvedTree(k, child + (last ? "+- " : ":- "), child + (last ? "   " : ":  "));
  });
  return s;
}
