// Operations on pair RDDs (RDD<[K, V]>). Keys compare by value through the canonical key
// encoding (runtime/keys), in the partitioner, the map-side combiner and the reducer alike.

import { builtinFn, type FnRef } from "../runtime/closure/fn-ref.js";
import { RddNode, type ShuffleDependency } from "../runtime/rdd-node.js";
import { partitionerEquals, rangeBounds, type PartitionerSpec } from "../runtime/partitioner.js";
import type { AggregatorRefs, PairsReaderSpec, PairsWriterSpec } from "../runtime/shuffle/pairs-shuffle.js";
import { toWire } from "../runtime/serde/wire.js";
import { HashPartitioner, RangePartitioner, type Partitioner } from "./partitioners.js";
import { RDD } from "./rdd.js";

/** Spark's default partitioner: spark.default.parallelism if set, else the largest parent. */
function targetPartitioner(rdds: RDD<unknown>[], p: number | Partitioner | undefined): PartitionerSpec | RangePartitioner {
  if (p instanceof HashPartitioner) return p.spec;
  if (p instanceof RangePartitioner) return p;
  if (typeof p === "number") return new HashPartitioner(p).spec;
  const conf = rdds[0]!.context.runtime.conf;
  const existing = rdds.map((r) => r.partitioner).filter((x): x is PartitionerSpec => x !== null);
  const maxParts = Math.max(...rdds.map((r) => r.getNumPartitions()));
  if (existing.length > 0) {
    const best = existing.reduce((a, b) => (b.numPartitions > a.numPartitions ? b : a));
    if (best.numPartitions >= maxParts) return best;
  }
  const n = conf.contains("spark.default.parallelism") ? rdds[0]!.context.defaultParallelism : maxParts;
  return { kind: "hash", numPartitions: Math.max(1, n) };
}

/** A shuffle of `parent` into `spec`'s partitions, with optional map-side combine and reducer
 *  aggregation / sort. */
export function shuffled<K, V, U>(parent: RDD<[K, V]>, target: PartitionerSpec | RangePartitioner, opts: { combine?: AggregatorRefs | null; aggregator?: AggregatorRefs | null; mapSideCombined?: boolean; sortAscending?: boolean | null }, name = "ShuffledRDD"): RDD<[K, U]> {
  const sc = parent.context;
  const runtime = sc.runtime;
  const numPartitions = target.numPartitions;
  const reader: PairsReaderSpec = { kind: "pairs", aggregator: opts.aggregator ?? null, mapSideCombined: opts.mapSideCombined ?? false, sortAscending: opts.sortAscending ?? null };
  let spec: PartitionerSpec = target instanceof RangePartitioner ? { kind: "range", numPartitions, bounds: [], ascending: target.ascending } : target;
  const writer = (s: PartitionerSpec): PairsWriterSpec => ({ kind: "pairs", partitioner: s, combine: opts.combine ?? null });
  const dep: ShuffleDependency = { kind: "shuffle", rdd: parent.node, shuffleId: runtime.newShuffleId(), numReducers: numPartitions, writer: writer(spec), reader };
  if (target instanceof RangePartitioner) {
    const sampleFrom = target.rdd.node;
    const ascending = target.ascending;
    dep.prepare = async () => {
      // Sample keys of every partition (Spark's RangePartitioner.sketch), then pick bounds.
      const perPartition = Math.ceil((20 * numPartitions * 3) / Math.max(1, sampleFrom.numPartitions));
      const samples = await runtime.runJob<[number, unknown[]]>(sampleFrom, builtinFn("sampleKeys", Math.min(perPartition, 10_000), 42, null));
      const keys = samples.flatMap(([, ks]) => ks);
      spec = { kind: "range", numPartitions, bounds: toWire(rangeBounds(keys, numPartitions)) as unknown[], ascending };
      dep.writer = writer(spec);
    };
  }
  const node = new RddNode(runtime, {
    name,
    numPartitions,
    dependencies: [dep],
    partitioner: target instanceof RangePartitioner ? null : spec,
    build: (p, b) => b.shuffle(dep, p, p + 1),
  });
  return new RDD(sc, node);
}

export function combineByKey<K, V, C>(rdd: RDD<[K, V]>, agg: AggregatorRefs, p: number | Partitioner | undefined, mapSideCombine: boolean): RDD<[K, C]> {
  const target = targetPartitioner([rdd as RDD<unknown>], p);
  if (!(target instanceof RangePartitioner) && partitionerEquals(rdd.partitioner, target)) {
    // Already partitioned this way: combine inside each partition, no shuffle.
    return rdd.mapPartitionsInternal(builtinFn("combineLocally", agg), true);
  }
  return shuffled(rdd, target, mapSideCombine ? { combine: agg, aggregator: agg, mapSideCombined: true } : { aggregator: agg, mapSideCombined: false });
}

export function reduceByKey<K, V>(rdd: RDD<[K, V]>, f: FnRef, p?: number | Partitioner): RDD<[K, V]> {
  return combineByKey(rdd, { createCombiner: builtinFn("identity"), mergeValue: f, mergeCombiners: f }, p, true);
}

export function groupByKey<K, V>(rdd: RDD<[K, V]>, p?: number | Partitioner): RDD<[K, V[]]> {
  return combineByKey(rdd, { createCombiner: builtinFn("listCreate"), mergeValue: builtinFn("listAppend"), mergeCombiners: builtinFn("listConcat") }, p, false);
}

export function partitionBy<K, V>(rdd: RDD<[K, V]>, p: number | Partitioner): RDD<[K, V]> {
  const target = targetPartitioner([rdd as RDD<unknown>], p);
  if (!(target instanceof RangePartitioner) && partitionerEquals(rdd.partitioner, target)) return rdd;
  return shuffled(rdd, target, {});
}

export function sortByKey<K, V>(rdd: RDD<[K, V]>, ascending: boolean, numPartitions?: number): RDD<[K, V]> {
  const n = numPartitions ?? rdd.getNumPartitions();
  return shuffled(rdd, new RangePartitioner(Math.max(1, n), rdd, ascending), { sortAscending: ascending });
}

export function cogroup(first: RDD<[unknown, unknown]>, others: RDD<[unknown, unknown]>[], numPartitions?: number): RDD<[unknown, unknown[][]]> {
  const all = [first, ...others];
  const tagged = all.map((r, i) => r.mapPartitionsInternal<[unknown, [number, unknown]]>(builtinFn("tagValues", i)));
  const unioned = first.context.union(tagged);
  const target = numPartitions !== undefined ? new HashPartitioner(numPartitions).spec : targetPartitioner(all as RDD<unknown>[], undefined);
  const grouped = shuffled<unknown, [number, unknown], [number, unknown][]>(unioned, target, {
    aggregator: { createCombiner: builtinFn("listCreate"), mergeValue: builtinFn("listAppend"), mergeCombiners: builtinFn("listConcat") },
    mapSideCombined: false,
  }, "CoGroupedRDD");
  return grouped.mapPartitionsInternal(builtinFn("untagGroups", all.length), true);
}

export function join(a: RDD<[unknown, unknown]>, b: RDD<[unknown, unknown]>, kind: "inner" | "left" | "right" | "full", numPartitions?: number): RDD<[unknown, [unknown, unknown]]> {
  return cogroup(a, [b], numPartitions).mapPartitionsInternal(builtinFn("joinGroups", kind), true);
}

export function subtractByKey<K, V>(a: RDD<[K, V]>, b: RDD<[K, unknown]>, numPartitions?: number): RDD<[K, V]> {
  const n = numPartitions ?? a.getNumPartitions();
  return cogroup(a as RDD<[unknown, unknown]>, [b as RDD<[unknown, unknown]>], n).mapPartitionsInternal(builtinFn("subtractGroups"), true);
}

export function repartitionAndSort<K, V>(rdd: RDD<[K, V]>, numPartitions: number, ascending: boolean): RDD<[K, V]> {
  return shuffled(rdd, new HashPartitioner(numPartitions).spec, { sortAscending: ascending });
}
