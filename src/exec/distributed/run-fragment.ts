// Runs one partition of a plan fragment inside a task, synchronously, with the SAME operator
// implementations as the driver path (src/exec/operators): each operator is called with a
// Partitions value holding just this partition's batches. Exchanges were placed by the planner
// so that this gives the operator's full answer for the partition (an aggregate's input is
// hash-partitioned by its grouping keys, a global sort's input is a single partition, ...).

import type { RPlan } from "../../plan/logical/resolved.js";
import { stageInputIndex } from "../../plan/serde/index.js";
import type { Batch } from "../batch/column-vector.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { bindReferences } from "../physical/bind.js";
import { runPipeline } from "../operators/project-filter.js";
import { execHashAggregate } from "../operators/hash-aggregate.js";
import { execSort } from "../operators/sort.js";
import { execLimit, execOffset, execTail } from "../operators/limit.js";
import { execJoin } from "../operators/hash-join.js";
import { execSetOperation } from "../operators/set-operation.js";
import { execExpand } from "../operators/expand.js";
import { execGenerate } from "../operators/generate.js";
import { execSample } from "../operators/sample.js";
import { execWindow } from "../operators/window.js";
import { execRangeScan } from "../operators/scan-range.js";
import { execLocalScan } from "../operators/scan-local.js";

export interface FragmentTask {
  /** Batches of each stage input, by input index. */
  readonly inputs: readonly Batch[][];
  /** The partition this task computes (operators that seed by partition index use it). */
  readonly partition: number;
  readonly ctx: ExecContext;
}

type Handlers = { [K in RPlan["kind"]]: (p: Extract<RPlan, { kind: K }>, t: FragmentTask) => Batch[] };

const run = (p: RPlan, t: FragmentTask): Batch[] => (handlers[p.kind] as (p: RPlan, t: FragmentTask) => Batch[])(p, t);
const one = (p: RPlan, t: FragmentTask): Partitions => [run(p, t)];
const flat = (parts: Partitions): Batch[] => (parts.length === 1 ? parts[0]! : parts.flat());
const typesOf = (p: RPlan) => p.output.map((a) => a.dataType);
const notInFragment = (p: RPlan): never => {
  throw new Error(`internal error: ${p.kind} is planned as a stage boundary, not inside a stage`);
};

const handlers: Handlers = {
  local_scan: (p, t) => {
    const i = stageInputIndex(p);
    return i >= 0 ? t.inputs[i]! : flat(execLocalScan(p, t.ctx));
  },
  range_scan: (p, t) => {
    // Only this task's slice of the ids, as execRangeScan slices them.
    const n = BigInt(Math.max(1, p.numPartitions));
    const { start, end, step } = p;
    const count = step > 0n ? (end > start ? (end - start + step - 1n) / step : 0n) : start > end ? (start - end - step - 1n) / -step : 0n;
    const part = BigInt(t.partition);
    const lo = (part * count) / n;
    const hi = ((part + 1n) * count) / n;
    return flat(execRangeScan({ ...p, start: start + lo * step, end: start + hi * step, numPartitions: 1 }, t.ctx));
  },
  file_scan: notInFragment,
  cached_scan: notInFragment,
  union: notInFragment,
  repartition: notInFragment,
  project: (p, t) => {
    // Fuse a Filter directly below into the same pipeline (as the driver path does).
    if (p.input.kind === "filter") {
      const f = p.input;
      const cond = bindReferences(f.condition, f.input.output);
      return flat(runPipeline(one(f.input, t), [cond], p.projectList.map((e) => bindReferences(e, f.input.output)), t.ctx, typesOf(f.input)));
    }
    return flat(runPipeline(one(p.input, t), [], p.projectList.map((e) => bindReferences(e, p.input.output)), t.ctx, typesOf(p.input)));
  },
  filter: (p, t) => flat(runPipeline(one(p.input, t), [bindReferences(p.condition, p.input.output)], null, t.ctx, typesOf(p.input))),
  aggregate: (p, t) => flat(execHashAggregate(p, t.ctx, one(p.input, t))),
  expand: (p, t) => flat(execExpand(p, t.ctx, one(p.input, t))),
  sort: (p, t) => flat(execSort(p, t.ctx, one(p.input, t))),
  limit: (p, t) => flat(execLimit(p, t.ctx, one(p.input, t))),
  offset: (p, t) => flat(execOffset(p, t.ctx, one(p.input, t))),
  tail: (p, t) => flat(execTail(p, t.ctx, one(p.input, t))),
  join: (p, t) => flat(execJoin(p, t.ctx, one(p.left, t), one(p.right, t))),
  set_op: (p, t) => flat(execSetOperation(p, t.ctx, one(p.left, t), one(p.right, t))),
  window: (p, t) => flat(execWindow(p, t.ctx, one(p.input, t))),
  generate: (p, t) => flat(execGenerate(p, t.ctx, one(p.input, t))),
  sample: (p, t) => {
    // The operator seeds each partition by its index: give it this task's index.
    const padded: Partitions = Array.from({ length: t.partition + 1 }, (_, i) => (i === t.partition ? run(p.input, t) : []));
    return execSample(p, t.ctx, padded)[t.partition]!;
  },
};

/** This partition's output batches of the fragment rooted at `plan`. */
export const runFragment = (plan: RPlan, task: FragmentTask): Batch[] => run(plan, task);
