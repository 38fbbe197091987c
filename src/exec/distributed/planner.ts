// The physical planner of distributed execution: cuts a resolved plan into stages at exchanges
// and builds the RDD graph the runtime schedules. A Fragment is a pipeline of operators that
// runs inside one task per partition (project, filter, expand, generate, sample, and the
// operator consuming an exchange); its inputs are stage-input stubs fed by shuffle reads,
// narrow parents (union, coalesce) or batches computed on the driver (file scans, cached data,
// local rows). Exchanges go where the distribution changes:
//   aggregate      hash on the grouping keys (one partition without keys)
//   join           hash on the equi-join keys, both sides (one partition without keys)
//   window         hash on the partition keys (one partition without them)
//   intersect/except  hash on all columns, both sides
//   global sort, offset    one partition; limit/tail: a local limit/tail per partition first
//   repartition    hash / round robin to the requested number of partitions
// With spark.sql.adaptive.enabled, each map stage runs first (runtime.submitMapStage) and small
// reducer partitions are coalesced by their bytes before the next stage is planned (AQE).

import type { RPlan } from "../../plan/logical/resolved.js";
import { anyPlan, planExpressions } from "../../plan/logical/plan-transform.js";
import { anyExpr } from "../../plan/expr/transform.js";
import type { AttributeRef, RExpr } from "../../plan/expr/resolved.js";
import { serializeExpr, serializePlan, stageInput } from "../../plan/serde/index.js";
import type { Runtime } from "../../runtime/runtime.js";
import { RddNode, type Dependency, type NodeBuilder, type ShuffleDependency } from "../../runtime/rdd-node.js";
import type { TaskNode } from "../../runtime/task/task-node.js";
import { dataTypeEquals } from "../../types/data-type.js";
import { toTransferable } from "../batch/transfer.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { bindReferences } from "../physical/bind.js";
import { extractEquiKeys } from "../operators/hash-join.js";
import { execLocalScan } from "../operators/scan-local.js";
import { coalescePartitions, type CoalesceOptions } from "./coalesce-partitions.js";
import { hashesByColumns } from "./partition-ids.js";
import { splitAggregate } from "./partial-aggregate.js";
import { carried, satisfies, SINGLE, UNKNOWN, type Partitioning } from "./partitioning.js";
import { DF_BATCHES, DF_STAGE, type BatchesWriterSpec, type DfStageSpec, type ExchangeSpec, type StageEnv } from "./stage-spec.js";

/** Where one stage input of a fragment comes from, for partition p. */
export interface StageInputSource {
  readonly deps: readonly Dependency[];
  node(b: NodeBuilder, p: number): TaskNode;
}

export interface Fragment {
  /** Operators of the stage; inputs appear as stageInput(i, output) stubs. */
  readonly plan: RPlan;
  readonly inputs: readonly StageInputSource[];
  readonly numPartitions: number;
  readonly partitioning: Partitioning;
}

export interface PlannerOptions {
  readonly shufflePartitions: number;
  /** spark.sql.adaptive.enabled and spark.sql.adaptive.coalescePartitions.enabled */
  readonly coalesce: CoalesceOptions | null;
  /** Aggregate on the map side before an aggregate's exchange (partial-aggregate.ts). */
  readonly partialAggregation: boolean;
  /** "collect at app.ts:12": the action that started the query, for every job it runs. */
  readonly callSite: string;
}

type Exchange = { readonly kind: "hash"; readonly keys: readonly RExpr[] } | { readonly kind: "single" } | { readonly kind: "round_robin" };

export class DistributedPlanner {
  private nextFragment = 0;
  private nextExchange = 0;

  constructor(
    readonly runtime: Runtime,
    readonly env: StageEnv,
    readonly ctx: ExecContext,
    readonly options: PlannerOptions,
  ) {}

  async plan(p: RPlan): Promise<Fragment> {
    switch (p.kind) {
      case "range_scan": {
        const n = Math.max(1, p.numPartitions);
        return { plan: p, inputs: [], numPartitions: n, partitioning: n === 1 ? SINGLE : UNKNOWN };
      }
      case "local_scan":
        return this.localRows(p);
      case "file_scan":
      case "cached_scan":
        // Sources that read files or the session's cache run on the driver; their batches feed
        // the first stage.
        return this.driverSource(await this.ctx.execute(p), p.output);
      case "project":
      case "filter":
      case "expand":
      case "generate":
      case "sample": {
        const c = await this.plan(p.input);
        return { ...c, plan: { ...p, input: c.plan } as RPlan, partitioning: carried(c.partitioning, p.output) };
      }
      case "aggregate":
        return this.aggregate(p);
      case "window":
        return this.clustered(p, p.partitionSpec, true);
      case "sort": {
        if (!p.global) {
          const c = await this.plan(p.input);
          return { ...c, plan: { ...p, input: c.plan } };
        }
        return this.clustered(p, [], false);
      }
      case "offset":
        return this.clustered(p, [], false);
      case "limit":
      case "tail": {
        const c = await this.plan(p.input);
        if (c.numPartitions === 1) return { ...c, plan: { ...p, input: c.plan } };
        // The first (last) n rows of each partition, then of their concatenation.
        const local: Fragment = { ...c, plan: { ...p, input: c.plan } };
        const { inputs } = await this.exchange([{ f: local, ex: { kind: "single" } }], 1, false);
        return { plan: { ...p, input: stageInput(0, p.input.output) }, inputs, numPartitions: 1, partitioning: SINGLE };
      }
      case "join":
        return this.join(p);
      case "set_op": {
        const sameTypes = p.left.output.every((a, i) => dataTypeEquals(a.dataType, p.right.output[i]!.dataType, true));
        const l: Exchange = sameTypes ? { kind: "hash", keys: p.left.output } : { kind: "single" };
        const r: Exchange = sameTypes ? { kind: "hash", keys: p.right.output } : { kind: "single" };
        return this.binary(p, l, r);
      }
      case "union":
        return this.union(p);
      case "repartition":
        return this.repartition(p);
    }
  }

  /** A fragment's RDD: one ext:df-stage task node per partition over its inputs. */
  toRdd(f: Fragment): RddNode {
    const fragmentId = this.nextFragment++;
    const plan = serializePlan(f.plan);
    const perTask = anyPlan(f.plan, (n) => planExpressions(n).some((e) => anyExpr(e, (x) => x.kind === "udf" || (x.kind === "call" && x.fn.perPartition !== undefined))));
    const env = this.env;
    return new RddNode(this.runtime, {
      name: "DataFrameStageRDD",
      numPartitions: f.numPartitions,
      dependencies: f.inputs.flatMap((i) => i.deps),
      scope: stageScope(f.plan),
      callSite: this.options.callSite,
      build: (p, b) => {
        const spec: DfStageSpec = { env, fragmentId, plan, partition: p, perTask };
        return { kind: DF_STAGE, spec, children: f.inputs.map((i) => i.node(b, p)) };
      },
    });
  }

  // ---- operators and their exchanges ------------------------------------------------------

  /** A unary operator that needs its input clustered by `keys` (one partition without keys). */
  private async clustered(p: Extract<RPlan, { input: RPlan }>, keys: readonly RExpr[], adaptive: boolean): Promise<Fragment> {
    const c = await this.plan(p.input);
    if (satisfies(c.partitioning, c.numPartitions, keys)) {
      return { ...c, plan: { ...p, input: c.plan } as RPlan, partitioning: carried(c.partitioning, p.output) };
    }
    const ex: Exchange = keys.length > 0 ? { kind: "hash", keys } : { kind: "single" };
    const n = keys.length > 0 ? this.options.shufflePartitions : 1;
    const { inputs, numPartitions } = await this.exchange([{ f: c, ex }], n, adaptive);
    const after: Partitioning = keys.length > 0 ? { kind: "hash", keys } : SINGLE;
    return { plan: { ...p, input: stageInput(0, p.input.output) } as RPlan, inputs, numPartitions, partitioning: carried(after, p.output) };
  }

  /** Aggregate: partial aggregation on the map side when every aggregate can merge, then a
   *  hash exchange on the keys (one partition without keys) and the final aggregation. */
  private async aggregate(p: Extract<RPlan, { kind: "aggregate" }>): Promise<Fragment> {
    const split = this.options.partialAggregation ? splitAggregate(p, this.ctx.fnCtx) : null;
    if (!split) return this.clustered(p, p.groupingExprs, true);
    const c = await this.plan(p.input);
    if (satisfies(c.partitioning, c.numPartitions, p.groupingExprs)) {
      return { ...c, plan: { ...p, input: c.plan }, partitioning: carried(c.partitioning, p.output) };
    }
    const mapSide: Fragment = { ...c, plan: { ...split.partial, input: c.plan }, partitioning: UNKNOWN };
    const keyed = split.keys.length > 0;
    const ex: Exchange = keyed ? { kind: "hash", keys: split.keys } : { kind: "single" };
    const { inputs, numPartitions } = await this.exchange([{ f: mapSide, ex }], keyed ? this.options.shufflePartitions : 1, true);
    const after: Partitioning = keyed ? { kind: "hash", keys: p.groupingExprs } : SINGLE;
    return { plan: { ...split.final, input: stageInput(0, split.partial.output) }, inputs, numPartitions, partitioning: carried(after, p.output) };
  }

  private async join(p: Extract<RPlan, { kind: "join" }>): Promise<Fragment> {
    const keys = extractEquiKeys(p.condition, p.left.output, p.right.output);
    const hashable = keys.left.length > 0 && keys.left.every((k, i) => dataTypeEquals(k.dataType, keys.right[i]!.dataType, true));
    const l: Exchange = hashable ? { kind: "hash", keys: keys.left } : { kind: "single" };
    const r: Exchange = hashable ? { kind: "hash", keys: keys.right } : { kind: "single" };
    return this.binary(p, l, r);
  }

  /** Join / set operation: both sides exchanged alike, read partition by partition. */
  private async binary(p: Extract<RPlan, { kind: "join" | "set_op" }>, l: Exchange, r: Exchange): Promise<Fragment> {
    const left = await this.plan(p.left);
    const right = await this.plan(p.right);
    const n = l.kind === "hash" ? this.options.shufflePartitions : 1;
    const { inputs, numPartitions } = await this.exchange([{ f: left, ex: l }, { f: right, ex: r }], n, true);
    return { plan: { ...p, left: stageInput(0, p.left.output), right: stageInput(1, p.right.output) } as RPlan, inputs, numPartitions, partitioning: UNKNOWN };
  }

  private async union(p: Extract<RPlan, { kind: "union" }>): Promise<Fragment> {
    const rdds: RddNode[] = [];
    for (const c of p.children) rdds.push(this.toRdd(await this.plan(c)));
    const starts: number[] = [];
    let total = 0;
    for (const r of rdds) starts.push(total), (total += r.numPartitions);
    const locate = (q: number): [number, number] => {
      let i = rdds.length - 1;
      while (starts[i]! > q) i--;
      return [i, q - starts[i]!];
    };
    const input: StageInputSource = {
      deps: rdds.map((rdd, i) => ({ kind: "narrow", rdd, parents: (q: number) => (q >= starts[i]! && q < starts[i]! + rdd.numPartitions ? [q - starts[i]!] : []) })),
      node: (b, q) => {
        const [i, j] = locate(q);
        return b.node(rdds[i]!, j);
      },
    };
    return { plan: stageInput(0, p.output), inputs: [input], numPartitions: Math.max(1, total), partitioning: total === 1 ? SINGLE : UNKNOWN };
  }

  private async repartition(p: Extract<RPlan, { kind: "repartition" }>): Promise<Fragment> {
    const n = Math.max(1, p.numPartitions);
    if (p.shuffle && p.byRange) return this.driverSource(await this.ctx.execute(p), p.output);
    const c = await this.plan(p.input);
    if (!p.shuffle) {
      // coalesce(n): neighbouring partitions merged, never more partitions than before.
      if (c.numPartitions <= n) return c;
      const rdd = this.toRdd(c);
      const group = (q: number) => {
        const out: number[] = [];
        for (let i = 0; i < c.numPartitions; i++) if (Math.floor((i * n) / c.numPartitions) === q) out.push(i);
        return out;
      };
      const input: StageInputSource = {
        deps: [{ kind: "narrow", rdd, parents: group }],
        node: (b, q) => ({ kind: "concat", children: group(q).map((i) => b.node(rdd, i)) }),
      };
      return { plan: stageInput(0, p.output), inputs: [input], numPartitions: n, partitioning: n === 1 ? SINGLE : UNKNOWN };
    }
    const ex: Exchange = p.partitionExprs.length > 0 ? { kind: "hash", keys: p.partitionExprs } : { kind: "round_robin" };
    const { inputs } = await this.exchange([{ f: c, ex }], n, false);
    const part: Partitioning = n === 1 ? SINGLE : ex.kind === "hash" ? { kind: "hash", keys: ex.keys } : UNKNOWN;
    return { plan: stageInput(0, p.output), inputs, numPartitions: n, partitioning: part };
  }

  // ---- sources ------------------------------------------------------------------------------

  /** Local rows split into slices as parallelize splits them. */
  private localRows(p: Extract<RPlan, { kind: "local_scan" }>): Fragment {
    const rows = p.rows;
    const n = Math.max(1, Math.min(p.numPartitions, rows.length));
    const parts: Partitions = [];
    for (let i = 0; i < n; i++) {
      const slice = rows.slice(Math.floor((i * rows.length) / n), Math.floor(((i + 1) * rows.length) / n));
      parts.push(execLocalScan({ ...p, rows: slice }, this.ctx)[0]!);
    }
    return this.driverSource(parts, p.output);
  }

  /** Batches computed on the driver, shipped with the tasks of the stage that reads them. */
  private driverSource(parts: Partitions, output: readonly AttributeRef[]): Fragment {
    const types = output.map((a) => a.dataType);
    const messages = (parts.length > 0 ? parts : [[]]).map((part) => part.map((b) => toTransferable(b, types, { copy: true }).message));
    const input: StageInputSource = { deps: [], node: (_b, p) => ({ kind: DF_BATCHES, spec: messages[p]!, children: [] }) };
    return { plan: stageInput(0, output), inputs: [input], numPartitions: messages.length, partitioning: messages.length === 1 ? SINGLE : UNKNOWN };
  }

  // ---- exchanges --------------------------------------------------------------------------

  /** Shuffles each side to `n` reducers; with AQE (`adaptive`), runs the map stages and
   *  coalesces small reducer partitions (one grouping for all sides). */
  private async exchange(sides: readonly { f: Fragment; ex: Exchange }[], n: number, adaptive: boolean): Promise<{ inputs: StageInputSource[]; numPartitions: number }> {
    const deps = sides.map(({ f, ex }) => this.shuffleDependency(f, ex, n));
    let ranges: [number, number][] = Array.from({ length: n }, (_, i) => [i, i + 1]);
    const co = this.options.coalesce;
    if (adaptive && co && n > 1) {
      const bytes: (readonly number[])[] = [];
      for (const d of deps) bytes.push((await this.runtime.submitMapStage(d, this.options.callSite)).bytesByPartitionId);
      if (bytes.every((b) => b.length === n)) ranges = coalescePartitions(bytes, co);
    }
    const inputs = deps.map((dep) => ({ deps: [dep], node: (b: NodeBuilder, p: number) => b.shuffle(dep, ranges[p]![0], ranges[p]![1]) }));
    return { inputs, numPartitions: ranges.length };
  }

  private shuffleDependency(f: Fragment, ex: Exchange, n: number): ShuffleDependency {
    const output = f.plan.output;
    let spec: ExchangeSpec;
    if (ex.kind === "hash") {
      spec = {
        kind: "hash",
        keys: ex.keys.map((k) => serializeExpr(bindReferences(k, output))),
        byValue: !hashesByColumns(ex.keys.map((k) => k.dataType)),
      };
    } else spec = { kind: ex.kind };
    const writer: BatchesWriterSpec = { kind: "batches", env: this.env, exchangeId: this.nextExchange++, exchange: spec, types: output.map((a) => a.dataType) };
    return { kind: "shuffle", rdd: this.toRdd(f), shuffleId: this.runtime.newShuffleId(), numReducers: n, writer, reader: { kind: "batches" } };
  }
}

/** "HashAggregate ← Project ← Exchange" style label of a stage for the UI's DAG. */
function stageScope(p: RPlan): string {
  const names: string[] = [];
  for (let node: RPlan | undefined = p; node; ) {
    names.push(node.kind);
    node = "input" in node ? node.input : undefined;
  }
  return names.join(" ← ");
}
