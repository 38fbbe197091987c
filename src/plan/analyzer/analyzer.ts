// The analyzer: unresolved logical plan → resolved logical plan. One handler per plan kind
// (a Record, so a new kind fails to compile until it is handled). Node-specific logic that
// needs more than a few lines lives in analyze-*.ts beside this file.

import { AnalysisException, quoteId } from "../../errors/spark-error.js";
import type { FunctionContext } from "../../functions/function-definition.js";
import { LongType, type DataType, type StructType } from "../../types/data-type.js";
import { implicitCast } from "./implicit-cast.js";
import { findWiderTypeForTwo } from "./type-coercion/index.js";
import { toInternal } from "../../values/internal.js";
import { newExprId } from "../expr/expr-id.js";
import type { AttributeRef, RExpr } from "../expr/resolved.js";
import type { Expr } from "../expr/unresolved.js";
import type { LogicalPlan, ReadFiles } from "../logical/unresolved.js";
import type { NamedExpr, RPlan } from "../logical/resolved.js";
import { ExprResolver, type ExprResolverContext } from "./resolve-expression.js";
import { requalify, type Scope } from "./scope.js";
import { analyzeAggregate } from "./analyze-aggregate.js";
import { analyzeJoin } from "./analyze-join.js";
import { analyzeSetOperation } from "./analyze-set-operation.js";
import { analyzeProject, analyzeWithColumns, namedOutput, projectOf, attrOf } from "./analyze-project.js";
import { analyzeNAFill, analyzeNADrop, analyzeNAReplace } from "./analyze-na.js";
import { analyzeSort } from "./analyze-sort.js";
import { hasSubquery, rewriteFilterSubqueries, type PendingSubquery } from "./subqueries.js";
import { transformUp } from "../expr/transform.js";

/** What the analyzer needs from the session. */
export interface AnalyzerEnv {
  readonly fnCtx: FunctionContext;
  readonly caseSensitive: boolean;
  /** Temp/global views and catalog tables: the plan that defines the name, or null. */
  readonly lookupRelation: (nameParts: readonly string[]) => LogicalPlan | null;
  /** Schemas of file relations, inferred before analysis (inference is asynchronous). */
  readonly fileSchema: (node: ReadFiles) => StructType;
  readonly parseQuery: (sql: string) => LogicalPlan;
  readonly parseExpression: (sql: string) => Expr;
  readonly udfs: ExprResolverContext["udfs"];
  readonly defaultParallelism: number;
  /** Data-dependent nodes computed before analysis (describe, summary, pivot values). */
  readonly substitute?: (node: LogicalPlan) => LogicalPlan | undefined;
  /** Resolved plans of cached DataFrames, by cache id. */
  readonly cachedPlan?: (cacheId: number) => RPlan | undefined;
}

type Handlers = { [K in LogicalPlan["kind"]]: (p: Extract<LogicalPlan, { kind: K }>) => RPlan };

export class Analyzer {
  readonly exprs: ExprResolver;
  readonly planIdMap = new Map<number, RPlan>();
  readonly subqueryValues: { plan: RPlan }[] = [];
  readonly pendingSubqueries = new Map<number, PendingSubquery>();
  private readonly outerScopes: Scope[] = [];
  private readonly ctes: Map<string, RPlan>[] = [];
  private readonly viewStack: string[] = [];

  constructor(readonly env: AnalyzerEnv) {
    this.exprs = new ExprResolver({
      caseSensitive: env.caseSensitive,
      fnCtx: env.fnCtx,
      planIdMap: this.planIdMap,
      parseExpression: env.parseExpression,
      resolveSubquery: (plan, outer) => {
        this.outerScopes.push(outer);
        try {
          return this.analyze(plan);
        } finally {
          this.outerScopes.pop();
        }
      },
      subqueryValues: this.subqueryValues,
      pendingSubqueries: this.pendingSubqueries,
      outerScopes: this.outerScopes,
      udfs: env.udfs,
    });
  }

  analyze(plan: LogicalPlan): RPlan {
    const replacement = this.env.substitute?.(plan);
    if (replacement) {
      const out = this.analyze(replacement);
      this.planIdMap.set(plan.planId, out);
      return out;
    }
    const handler = this.handlers[plan.kind] as (p: LogicalPlan) => RPlan;
    const out = handler(plan);
    this.planIdMap.set(plan.planId, out);
    return out;
  }

  resolve(e: Expr, input: readonly AttributeRef[], opts?: Parameters<ExprResolver["resolve"]>[2]): RExpr {
    return this.exprs.resolve(e, { input }, opts);
  }

  private readonly handlers: Handlers = {
    read_table: (p) => this.analyzeReadTable(p.nameParts),
    read_files: (p) => {
      const schema = this.env.fileSchema(p);
      return {
        kind: "file_scan",
        format: p.format,
        paths: p.paths,
        options: p.options,
        fileSchema: schema,
        userSchema: typeof p.schema === "object" ? p.schema : undefined,
        pushedFilters: [],
        output: schema.fields.map((f) => freshAttr(f.name, f.dataType, f.nullable)),
      };
    },
    local_relation: (p) => {
      // Spark refuses a local relation whose schema has char/varchar columns.
      if (p.schema.fields.some((f) => f.dataType.kind === "char" || f.dataType.kind === "varchar")) {
        throw new AnalysisException("UNSUPPORTED_CHAR_OR_VARCHAR_AS_STRING", {});
      }
      return {
        kind: "local_scan",
        rows: p.rows.map((r) => p.schema.fields.map((f, i) => (r[i] == null ? null : toInternal(r[i], f.dataType)))),
        numPartitions: 1,
        output: p.schema.fields.map((f) => freshAttr(f.name, f.dataType, f.nullable)),
      };
    },
    range: (p) => ({
      kind: "range_scan",
      start: p.start,
      end: p.end,
      step: p.step,
      numPartitions: p.numPartitions ?? this.env.defaultParallelism,
      output: [freshAttr("id", LongType(), false)],
    }),
    project: (p) => analyzeProject(this, this.analyze(p.input), p.expressions),
    filter: (p) => {
      const input = this.analyze(p.input);
      let condition: RExpr;
      try {
        condition = this.resolve(p.condition, input.output);
      } catch (err) {
        // Spark resolves a filter's missing column through the Project below it
        // (df.select("b").filter(col("c") > 1)): add it there and project it away again.
        if (input.kind !== "project") throw err;
        const below = input.input;
        let cond: RExpr;
        try {
          cond = this.exprs.resolve(p.condition, { input: input.output, outer: { input: below.output } });
        } catch {
          throw err;
        }
        const have = new Set(input.output.map((a) => a.exprId));
        const extra = new Map<number, AttributeRef>();
        transformUp(cond, (x) => {
          if (x.kind === "attribute" && !have.has(x.exprId) && below.output.some((b) => b.exprId === x.exprId)) extra.set(x.exprId, x);
          return x;
        });
        const widened = projectOf(below, [...input.projectList, ...extra.values()]);
        const filtered: RPlan = { kind: "filter", input: widened, condition: cond, output: widened.output };
        return projectOf(filtered, input.output);
      }
      if (condition.dataType.kind !== "boolean") {
        throw new AnalysisException("DATATYPE_MISMATCH.FILTER_NOT_BOOLEAN" as string, { sqlExpr: "filter", filter: "condition", type: condition.dataType.kind });
      }
      if (hasSubquery(condition)) return rewriteFilterSubqueries(input, condition, this.pendingSubqueries, (a, b) => this.equality(a, b));
      return { kind: "filter", input, condition, output: input.output };
    },
    aggregate: (p) => analyzeAggregate(this, p),
    sort: (p) => analyzeSort(this, p),
    limit: (p) => {
      const input = this.analyze(p.input);
      return { kind: "limit", input, limit: p.limit, output: input.output };
    },
    offset: (p) => {
      const input = this.analyze(p.input);
      return { kind: "offset", input, offset: p.offset, output: input.output };
    },
    tail: (p) => {
      const input = this.analyze(p.input);
      return { kind: "tail", input, limit: p.limit, output: input.output };
    },
    join: (p) => analyzeJoin(this, p),
    set_operation: (p) => analyzeSetOperation(this, p),
    deduplicate: (p) => {
      const input = this.analyze(p.input);
      if (p.allColumnsAsKeys || !p.columnNames) {
        return { kind: "aggregate", input, groupingExprs: input.output, aggregateExprs: input.output, output: input.output };
      }
      const keys = p.columnNames.map((n) => {
        const r = this.resolve({ kind: "unresolved_attribute", nameParts: [n] }, input.output);
        if (r.kind !== "attribute") throw new AnalysisException("UNRESOLVED_COLUMN.WITHOUT_SUGGESTION", { objectName: quoteId(n) });
        return r;
      });
      const keyIds = new Set(keys.map((k) => k.exprId));
      const aggregateExprs: NamedExpr[] = input.output.map((a) =>
        keyIds.has(a.exprId) ? a : firstValueAlias(this, a),
      );
      return { kind: "aggregate", input, groupingExprs: keys, aggregateExprs, output: aggregateExprs.map(attrOf) };
    },
    with_columns: (p) => analyzeWithColumns(this, this.analyze(p.input), p.aliases),
    with_columns_renamed: (p) => {
      const input = this.analyze(p.input);
      const list: NamedExpr[] = input.output.map((a) => {
        const r = p.renames.find((x) => x.from.toLowerCase() === a.name.toLowerCase());
        return r ? { kind: "alias", child: a, name: r.to, exprId: newExprId(), dataType: a.dataType, nullable: a.nullable } : a;
      });
      return projectOf(input, list);
    },
    drop: (p) => {
      const input = this.analyze(p.input);
      const dropIds = new Set<number>();
      for (const n of p.columnNames) {
        for (const a of input.output) if (a.name.toLowerCase() === n.toLowerCase()) dropIds.add(a.exprId);
      }
      for (const c of p.columns) {
        const r = this.resolve(c, input.output);
        if (r.kind === "attribute") dropIds.add(r.exprId);
      }
      return projectOf(input, input.output.filter((a) => !dropIds.has(a.exprId)));
    },
    subquery_alias: (p) => {
      const input = this.analyze(p.input);
      let attrs = requalify(input.output, [p.alias]);
      if (p.columnAliases) {
        if (p.columnAliases.length !== attrs.length) {
          throw new AnalysisException("ASSIGNMENT_ARITY_MISMATCH" as string, { numTarget: String(p.columnAliases.length), numExpr: String(attrs.length) });
        }
        const renamed: NamedExpr[] = attrs.map((a, i) => ({ kind: "alias", child: a, name: p.columnAliases![i]!, exprId: newExprId(), dataType: a.dataType, nullable: a.nullable }));
        const proj = projectOf(input, renamed);
        attrs = requalify(proj.output, [p.alias]);
        return { ...proj, output: attrs };
      }
      return { kind: "project", input, projectList: input.output, output: attrs };
    },
    repartition: (p) => {
      const input = this.analyze(p.input);
      return { kind: "repartition", input, numPartitions: p.numPartitions, shuffle: p.shuffle, partitionExprs: [], byRange: false, output: input.output };
    },
    repartition_by_expression: (p) => {
      const input = this.analyze(p.input);
      const exprs = p.partitionExprs.map((e) =>
        e.kind === "sort_order" ? this.exprs.resolveSortOrder(e, { input: input.output }).child : this.resolve(e, input.output),
      );
      return {
        kind: "repartition",
        input,
        numPartitions: p.numPartitions ?? Number(this.env.fnCtx.conf("spark.sql.shuffle.partitions", "200")),
        shuffle: true,
        partitionExprs: exprs,
        byRange: p.byRange ?? false,
        output: input.output,
      };
    },
    sample: (p) => {
      const input = this.analyze(p.input);
      return { kind: "sample", input, lowerBound: p.lowerBound, upperBound: p.upperBound, withReplacement: p.withReplacement, seed: p.seed, output: input.output };
    },
    sql: (p) => this.analyze(this.env.parseQuery(p.query)),
    to_df: (p) => {
      const input = this.analyze(p.input);
      if (p.columnNames.length !== input.output.length) {
        throw new AnalysisException("INVALID_COLUMN_NAMES_COUNT" as string, { expected: String(input.output.length), actual: String(p.columnNames.length) });
      }
      return projectOf(
        input,
        input.output.map((a, i) => ({ kind: "alias", child: a, name: p.columnNames[i]!, exprId: newExprId(), dataType: a.dataType, nullable: a.nullable })),
      );
    },
    na_fill: (p) => analyzeNAFill(this, p),
    na_drop: (p) => analyzeNADrop(this, p),
    na_replace: (p) => analyzeNAReplace(this, p),
    // describe()/summary() are replaced before analysis (src/session/precompute.ts).
    describe: () => {
      throw new Error("internal error: describe() reached the analyzer without its statistics");
    },
    summary: () => {
      throw new Error("internal error: summary() reached the analyzer without its statistics");
    },
    unpivot: (p) => {
      const input = this.analyze(p.input);
      const ids = p.ids.map((e) => this.resolve(e, input.output));
      const idIds = new Set(ids.filter((e) => e.kind === "attribute").map((e) => (e as AttributeRef).exprId));
      const rawValues = p.values
        ? p.values.map((e) => this.resolve(e, input.output))
        : input.output.filter((a) => !idIds.has(a.exprId));
      // Spark widens the value columns to their common type (bigint + double -> double).
      let wide: DataType | null = rawValues[0]?.dataType ?? null;
      for (let i = 1; i < rawValues.length && wide; i++) wide = findWiderTypeForTwo(wide, rawValues[i]!.dataType);
      const values = wide ? rawValues.map((v) => implicitCast(v, wide!, this.env.fnCtx)) : rawValues;
      const unionInputs: LogicalPlan[] = [];
      void unionInputs;
      const projections = values.map((v, i) => [...ids, { kind: "literal", value: namedOutput(rawValues[i]!).name, dataType: { kind: "string" }, nullable: false } as RExpr, v]);
      const idAttrs = ids.map((e) => namedOutput(e));
      const valueType = values[0]?.dataType ?? { kind: "null" };
      const output = [
        ...idAttrs.map((a) => freshAttr(a.name, a.dataType, a.nullable)),
        freshAttr(p.variableColumnName, { kind: "string" }, false),
        freshAttr(p.valueColumnName, valueType, true),
      ];
      return { kind: "expand", input, projections, output };
    },
    hint: (p) => this.analyze(p.input),
    with_cte: (p) => {
      const scope = new Map<string, RPlan>();
      this.ctes.push(scope);
      try {
        for (const cte of p.ctes) {
          let plan = this.analyze(cte.plan);
          if (cte.columnAliases) {
            plan = projectOf(plan, plan.output.map((a, i) => ({ kind: "alias", child: a, name: cte.columnAliases![i] ?? a.name, exprId: newExprId(), dataType: a.dataType, nullable: a.nullable })));
          }
          scope.set(cte.name.toLowerCase(), plan);
        }
        return this.analyze(p.input);
      } finally {
        this.ctes.pop();
      }
    },
    generate: (p) => {
      const input = this.analyze(p.input);
      const gen = this.exprs.resolve(p.generator, { input: input.output }, { allowAggregates: false, allowWindows: false, allowGenerators: true });
      if (gen.kind !== "generator") throw new AnalysisException("UNSUPPORTED_GENERATOR.NOT_GENERATOR" as string, { functionName: quoteId(p.generator.kind), classCanonicalName: "" });
      const names = p.columnAliases.length > 0 ? p.columnAliases : gen.fn.outputNames;
      const qualifier = p.tableAlias ? [p.tableAlias] : [];
      const generatorOutput = gen.fn.outputTypes.map((t, i) => ({ ...freshAttr(names[i] ?? gen.fn.outputNames[i]!, t, true), qualifier }));
      return { kind: "generate", input, generator: gen, outer: p.outer, generatorOutput, output: [...input.output, ...generatorOutput] };
    },
    cached_relation: (p) => {
      const cached = this.env.cachedPlan?.(p.cacheId);
      const input = cached ?? this.analyze(p.input);
      return { kind: "cached_scan", cacheId: p.cacheId, input, output: input.output };
    },
  };

  /** a = b with the operator's coercion, for join conditions built by rewrites. */
  equality(a: RExpr, b: RExpr): RExpr {
    const L: AttributeRef = { kind: "attribute", exprId: -11, name: "__l", dataType: a.dataType, nullable: a.nullable, qualifier: [] };
    const R: AttributeRef = { kind: "attribute", exprId: -12, name: "__r", dataType: b.dataType, nullable: b.nullable, qualifier: [] };
    const e = this.exprs.resolve(
      { kind: "unresolved_function", name: "==", args: [{ kind: "unresolved_attribute", nameParts: ["__l"] }, { kind: "unresolved_attribute", nameParts: ["__r"] }], isDistinct: false },
      { input: [L, R] },
    );
    return transformUp(e, (x) => (x.kind === "attribute" && x.exprId === -11 ? a : x.kind === "attribute" && x.exprId === -12 ? b : x));
  }

  private analyzeReadTable(nameParts: readonly string[]): RPlan {
    if (nameParts.length === 1) {
      for (let i = this.ctes.length - 1; i >= 0; i--) {
        const cte = this.ctes[i]!.get(nameParts[0]!.toLowerCase());
        if (cte) {
          // Each reference is a new instance with fresh expression ids, so a CTE joined with
          // itself (`FROM t a JOIN t b ON a.x = b.y`) tells its two sides apart.
          const projectList: NamedExpr[] = cte.output.map((a) => ({ kind: "alias", child: a, name: a.name, exprId: newExprId(), dataType: a.dataType, nullable: a.nullable }));
          const output = projectList.map((al) => ({ ...freshAttr(al.name, al.dataType, al.nullable), exprId: (al as { exprId: number }).exprId }));
          return { kind: "project", input: cte, projectList, output: requalify(output, [nameParts[0]!]) };
        }
      }
    }
    const key = nameParts.join(".").toLowerCase();
    if (this.viewStack.includes(key)) {
      throw new AnalysisException("RECURSIVE_VIEW", { viewIdent: quoteId(key), newPath: this.viewStack.join(" -> ") });
    }
    const def = this.env.lookupRelation(nameParts);
    if (!def) {
      throw new AnalysisException("TABLE_OR_VIEW_NOT_FOUND", { relationName: nameParts.map(quoteId).join(".") });
    }
    this.viewStack.push(key);
    try {
      const plan = this.analyze(def);
      const name = nameParts[nameParts.length - 1]!;
      return { kind: "project", input: plan, projectList: plan.output, output: requalify(plan.output, [name]) };
    } finally {
      this.viewStack.pop();
    }
  }
}

export function freshAttr(name: string, dataType: AttributeRef["dataType"], nullable: boolean): AttributeRef {
  return { kind: "attribute", exprId: newExprId(), name, dataType, nullable, qualifier: [] };
}

function firstValueAlias(an: Analyzer, a: AttributeRef): NamedExpr {
  const agg = an.exprs.resolve(
    { kind: "unresolved_function", name: "first", args: [{ kind: "unresolved_attribute", nameParts: [a.name] }], isDistinct: false },
    { input: [a] } as Scope,
    { allowAggregates: true, allowWindows: false, allowGenerators: false },
  );
  // Keep the attribute's exprId so columns of the deduplicated DataFrame still resolve.
  return { kind: "alias", child: agg, name: a.name, exprId: a.exprId, dataType: a.dataType, nullable: a.nullable };
}
