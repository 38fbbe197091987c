// The "pairs" shuffle kind: [key, value] records partitioned by a PartitionerSpec, optionally
// combined on the map side; the reducer optionally aggregates by key and/or sorts by key, both
// spilling to disk over the memory budget.

import { resolveFn, type FnEnv } from "../closure/resolve-fn.js";
import type { FnRef } from "../closure/fn-ref.js";
import { compareKeys } from "../keys/compare.js";
import { partitionFunction, type PartitionerSpec } from "../partitioner.js";
import { decodeChunks, encodeChunk } from "../serde/chunks.js";
import type { TaskContext } from "../task/task-context.js";
import { ExternalAggregator, type Aggregator } from "./external-aggregator.js";
import { ExternalSorter } from "./external-sorter.js";
import { registerShuffleKind } from "./registry.js";
import { forEachRecord } from "../task/for-each-record.js";

export interface AggregatorRefs {
  readonly createCombiner: FnRef;
  readonly mergeValue: FnRef;
  readonly mergeCombiners: FnRef;
}

export interface PairsWriterSpec {
  readonly kind: "pairs";
  readonly partitioner: PartitionerSpec;
  /** Map-side combine with this aggregator (reduceByKey, aggregateByKey, combineByKey). */
  readonly combine: AggregatorRefs | null;
}

export interface PairsReaderSpec {
  readonly kind: "pairs";
  readonly aggregator: AggregatorRefs | null;
  /** Values arriving are already combiners (the map side combined). */
  readonly mapSideCombined: boolean;
  /** Sort the reducer's output by key. */
  readonly sortAscending: boolean | null;
}

const CHUNK_RECORDS = 1024;

export function resolveAggregator(refs: AggregatorRefs, env: FnEnv): Aggregator {
  const createCombiner = resolveFn(refs.createCombiner, env) as (v: unknown) => unknown;
  const mergeValue = resolveFn(refs.mergeValue, env) as (c: unknown, v: unknown) => unknown;
  const mergeCombiners = resolveFn(refs.mergeCombiners, env) as (a: unknown, b: unknown) => unknown;
  return { createCombiner, mergeValue, mergeCombiners };
}

function pairAt(r: unknown): [unknown, unknown] {
  if (!Array.isArray(r) || r.length !== 2) {
    throw new TypeError(`Pair RDD records must be [key, value] arrays; got ${describe(r)}`);
  }
  return r as [unknown, unknown];
}

const describe = (v: unknown): string => {
  try {
    const s = JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `${x}n` : x));
    return s === undefined ? String(v) : s.length > 80 ? s.slice(0, 77) + "..." : s;
  } catch {
    return String(v);
  }
};

function writePairs(records: Iterator<unknown>, rawSpec: unknown, numReducers: number, ctx: TaskContext): Uint8Array[][] {
  const spec = rawSpec as PairsWriterSpec;
  const part = partitionFunction(spec.partitioner);
  const out: Uint8Array[][] = Array.from({ length: numReducers }, () => []);
  const buckets: unknown[][] = Array.from({ length: numReducers }, () => []);
  let written = 0;
  const emit = (key: unknown, value: unknown) => {
    const p = part(key);
    const b = buckets[p]!;
    b.push([key, value]);
    written++;
    if (b.length >= CHUNK_RECORDS) {
      out[p]!.push(encodeChunk(b));
      buckets[p] = [];
    }
  };
  const t0 = performance.now();
  if (spec.combine) {
    const agg = new ExternalAggregator(ctx, resolveAggregator(spec.combine, ctx));
    forEachRecord(records, (r) => {
      const kv = pairAt(r);
      agg.insertValue(kv[0], kv[1]);
    });
    for (const [k, c] of agg.entries()) emit(k, c);
  } else {
    forEachRecord(records, (r) => {
      const kv = pairAt(r);
      emit(kv[0], kv[1]);
    });
  }
  for (let p = 0; p < numReducers; p++) if (buckets[p]!.length > 0) out[p]!.push(encodeChunk(buckets[p]!));
  ctx.metrics.shuffleRecordsWritten += written;
  ctx.metrics.shuffleWriteTime += performance.now() - t0;
  return out;
}

function* readRecords(blocks: readonly Uint8Array[], ctx: TaskContext): Generator<[unknown, unknown]> {
  for (const b of blocks) {
    for (const r of decodeChunks(b)) {
      ctx.metrics.shuffleRecordsRead++;
      yield r as [unknown, unknown];
    }
  }
}

function readPairs(blocks: readonly Uint8Array[], rawSpec: unknown, ctx: TaskContext): Iterator<unknown> {
  const spec = rawSpec as PairsReaderSpec;
  let out: Iterable<unknown> = readRecords(blocks, ctx);
  if (spec.aggregator) {
    const agg = new ExternalAggregator(ctx, resolveAggregator(spec.aggregator, ctx));
    for (const [k, v] of out as Iterable<[unknown, unknown]>) {
      if (spec.mapSideCombined) agg.insertCombiner(k, v);
      else agg.insertValue(k, v);
    }
    out = agg.entries();
  }
  if (spec.sortAscending !== null) {
    const asc = spec.sortAscending;
    const sorter = new ExternalSorter(ctx, (a, b) => {
      const c = compareKeys((a as [unknown])[0], (b as [unknown])[0]);
      return asc ? c : -c;
    });
    for (const r of out) sorter.insert(r);
    out = sorter.sorted();
  }
  return out[Symbol.iterator]();
}

registerShuffleKind("pairs", writePairs, readPairs);
