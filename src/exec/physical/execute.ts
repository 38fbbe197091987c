// Runs a resolved (optimized) plan on the embedded engine: one handler per plan kind,
// children first. Pipelined operators (project/filter) run per batch; blocking operators
// (aggregate, sort, join, window) materialize their input partitions.

import type { RPlan } from "../../plan/logical/resolved.js";
import type { ExecContext, Partitions } from "./exec-context.js";
import { bindReferences } from "./bind.js";
import { execRangeScan } from "../operators/scan-range.js";
import { execLocalScan } from "../operators/scan-local.js";
import { runPipeline } from "../operators/project-filter.js";
import { execHashAggregate } from "../operators/hash-aggregate.js";
import { execSort, sortBatches } from "../operators/sort.js";
import { execLimit, execOffset, execTail } from "../operators/limit.js";
import { execJoin } from "../operators/hash-join.js";
import { execUnion } from "../operators/union.js";
import { execSetOperation } from "../operators/set-operation.js";
import { execExpand } from "../operators/expand.js";
import { execGenerate } from "../operators/generate.js";
import { execSample } from "../operators/sample.js";
import { execRepartition } from "../operators/repartition.js";
import { execWindow } from "../operators/window.js";
import { execFileScan } from "../operators/scan-file.js";

type Handlers = { [K in RPlan["kind"]]: (p: Extract<RPlan, { kind: K }>, ctx: ExecContext) => Promise<Partitions> };

const run = (p: RPlan, ctx: ExecContext) => ctx.execute(p);
// Input types from the plan, not the first batch: an empty input has no batch to look at.
const typesOf = (p: RPlan) => p.output.map((a) => a.dataType);

const handlers: Handlers = {
  local_scan: async (p, ctx) => execLocalScan(p, ctx),
  range_scan: async (p, ctx) => execRangeScan(p, ctx),
  file_scan: async (p, ctx) => execFileScan(p, ctx),
  project: async (p, ctx) => {
    // Fuse a Filter directly below into the same pipeline.
    if (p.input.kind === "filter") {
      const f = p.input;
      const input = await run(f.input, ctx);
      const cond = bindReferences(f.condition, f.input.output);
      return runPipeline(input, [cond], p.projectList.map((e) => bindReferences(e, f.input.output)), ctx, typesOf(f.input));
    }
    const input = await run(p.input, ctx);
    return runPipeline(input, [], p.projectList.map((e) => bindReferences(e, p.input.output)), ctx, typesOf(p.input));
  },
  filter: async (p, ctx) => runPipeline(await run(p.input, ctx), [bindReferences(p.condition, p.input.output)], null, ctx, typesOf(p.input)),
  aggregate: async (p, ctx) => execHashAggregate(p, ctx, await run(p.input, ctx)),
  expand: async (p, ctx) => execExpand(p, ctx, await run(p.input, ctx)),
  sort: async (p, ctx) => execSort(p, ctx, await run(p.input, ctx)),
  limit: async (p, ctx) => {
    // Sort + limit: only the first `limit` sorted rows are gathered (top-K).
    if (p.input.kind === "sort" && p.input.global) {
      const s = p.input;
      return [sortBatches((await run(s.input, ctx)).flat(), s.order, s.input.output, ctx, p.limit)];
    }
    return execLimit(p, ctx, await run(p.input, ctx));
  },
  offset: async (p, ctx) => execOffset(p, ctx, await run(p.input, ctx)),
  tail: async (p, ctx) => execTail(p, ctx, await run(p.input, ctx)),
  join: async (p, ctx) => execJoin(p, ctx, await run(p.left, ctx), await run(p.right, ctx)),
  union: async (p, ctx) => execUnion(ctx, await Promise.all(p.children.map((c) => run(c, ctx)))),
  set_op: async (p, ctx) => execSetOperation(p, ctx, await run(p.left, ctx), await run(p.right, ctx)),
  window: async (p, ctx) => execWindow(p, ctx, await run(p.input, ctx)),
  generate: async (p, ctx) => execGenerate(p, ctx, await run(p.input, ctx)),
  sample: async (p, ctx) => execSample(p, ctx, await run(p.input, ctx)),
  repartition: async (p, ctx) => execRepartition(p, ctx, await run(p.input, ctx)),
  cached_scan: async (p, ctx) => {
    const hit = ctx.cached(p.cacheId);
    if (hit) return hit;
    const parts = await run(p.input, ctx);
    ctx.storeCache(p.cacheId, parts);
    return parts;
  },
};

export function executePlan(plan: RPlan, ctx: ExecContext): Promise<Partitions> {
  const h = handlers[plan.kind] as (p: RPlan, c: ExecContext) => Promise<Partitions>;
  return h(plan, ctx);
}
