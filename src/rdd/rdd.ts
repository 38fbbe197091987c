// The user-facing RDD: lazy, immutable, partitioned collections, as in Spark. Transformations
// build RddNodes (src/runtime) whose task nodes carry shipped functions; actions run jobs on the
// executors. Pair operations (on RDD<[K, V]>) live in pair-functions.ts, actions in actions.ts.

import { builtinFn, type BuiltinFnRef } from "../runtime/closure/fn-ref.js";
import { shipFunction } from "../runtime/closure/ship-function.js";
import { RddNode, oneToOne, type NarrowDependency } from "../runtime/rdd-node.js";
import type { PartitionerSpec } from "../runtime/partitioner.js";
import { StorageLevel, storageLevelName } from "../runtime/storage/storage-level.js";
import type { SparkContext } from "./spark-context.js";
import * as actions from "./actions.js";
import * as pairs from "./pair-functions.js";
import * as sampling from "./sampling.js";
import * as approx from "./approx.js";
import { rddToDataFrame, type SchemaLike } from "./dataframe-bridge.js";
import type { DataFrame } from "../api/dataframe.js";
import { lineage } from "./debug-string.js";
import { applyNode } from "./fusion.js";
import type { Partitioner } from "./partitioners.js";
import type { StatCounter } from "./stat-counter.js";
import "./builtins.js";
import "./builtins-sampling.js";

export const ship = (f: unknown, op: string) => shipFunction(f, `${op}()`);

export class RDD<T> {
  constructor(
    readonly context: SparkContext,
    readonly node: RddNode,
  ) {}

  get id(): number {
    return this.node.id;
  }
  get partitioner(): PartitionerSpec | null {
    return this.node.partitioner;
  }
  getNumPartitions(): number {
    return this.node.numPartitions;
  }
  name(): string | null {
    return this.node.displayName;
  }
  setName(name: string): this {
    this.node.displayName = name;
    return this;
  }
  toString(): string {
    return `${this.node.displayName ?? this.node.name}[${this.node.id}] at ${this.node.callSite}`;
  }
  toDebugString(): string {
    return lineage(this.node);
  }

  /** A new RDD applying a built-in partition function to each partition of this one. */
  mapPartitionsInternal<U>(fn: BuiltinFnRef, preservesPartitioning = false, name = "MapPartitionsRDD"): RDD<U> {
    const parent = this.node;
    return new RDD<U>(
      this.context,
      new RddNode(this.context.runtime, {
        name,
        numPartitions: parent.numPartitions,
        dependencies: [oneToOne(parent)],
        partitioner: preservesPartitioning ? parent.partitioner : null,
        build: (p, b) => applyNode(fn, p, b.node(parent, p)),
      }),
    );
  }

  // ---- transformations ------------------------------------------------------------------------

  map<U>(f: (x: T) => U, preservesPartitioning = false): RDD<U> {
    return this.mapPartitionsInternal(builtinFn("map", ship(f, "map")), preservesPartitioning);
  }
  flatMap<U>(f: (x: T) => Iterable<U>, preservesPartitioning = false): RDD<U> {
    return this.mapPartitionsInternal(builtinFn("flatMap", ship(f, "flatMap")), preservesPartitioning);
  }
  filter(f: (x: T) => unknown): RDD<T> {
    return this.mapPartitionsInternal(builtinFn("filter", ship(f, "filter")), true);
  }
  mapPartitions<U>(f: (it: IterableIterator<T>) => Iterable<U>, preservesPartitioning = false): RDD<U> {
    return this.mapPartitionsInternal(builtinFn("mapPartitions", ship(f, "mapPartitions")), preservesPartitioning);
  }
  mapPartitionsWithIndex<U>(f: (index: number, it: IterableIterator<T>) => Iterable<U>, preservesPartitioning = false): RDD<U> {
    return this.mapPartitionsInternal(builtinFn("mapPartitionsWithIndex", ship(f, "mapPartitionsWithIndex")), preservesPartitioning);
  }
  glom(): RDD<T[]> {
    return this.mapPartitionsInternal(builtinFn("glom"));
  }
  keyBy<K>(f: (x: T) => K): RDD<[K, T]> {
    return this.mapPartitionsInternal(builtinFn("keyBy", ship(f, "keyBy")));
  }
  distinct(numPartitions?: number): RDD<T> {
    return pairs.reduceByKey(this.mapPartitionsInternal<[T, null]>(builtinFn("pairWithNull")), builtinFn("keepFirst"), numPartitions).keys();
  }
  sample(withReplacement: boolean, fraction: number, seed?: number): RDD<T> {
    if (fraction < 0) throw new RangeError(`Fraction must be nonnegative, but got ${fraction}`);
    return this.mapPartitionsInternal(builtinFn("sample", withReplacement, fraction, seed ?? Math.floor(Math.random() * 2 ** 31)), true, "PartitionwiseSampledRDD");
  }
  /** Disjoint random splits with sizes proportional to `weights` (normalized). */
  randomSplit(weights: readonly number[], seed?: number): RDD<T>[] {
    return sampling.randomSplit(this, weights, seed);
  }
  sampleByKey<K, V>(this: RDD<[K, V]>, withReplacement: boolean, fractions: Map<K, number> | Record<string, number>, seed?: number): RDD<[K, V]> {
    return sampling.sampleByKey(this, withReplacement, fractions, seed);
  }
  union(other: RDD<T>): RDD<T> {
    return this.context.union([this, other]);
  }
  intersection(other: RDD<T>): RDD<T> {
    const a = this.mapPartitionsInternal<[T, null]>(builtinFn("pairWithNull"));
    const b = other.mapPartitionsInternal<[T, null]>(builtinFn("pairWithNull"));
    return pairs.cogroup(a, [b]).mapPartitionsInternal<T>(builtinFn("intersectGroups"));
  }
  subtract(other: RDD<T>, numPartitions?: number): RDD<T> {
    const a = this.mapPartitionsInternal<[T, null]>(builtinFn("pairWithNull"));
    const b = other.mapPartitionsInternal<[T, null]>(builtinFn("pairWithNull"));
    return pairs.subtractByKey(a, b, numPartitions).keys();
  }
  cartesian<U>(other: RDD<U>): RDD<[T, U]> {
    const a = this.node;
    const b = other.node;
    const nb = b.numPartitions;
    return new RDD(this.context, new RddNode(this.context.runtime, {
      name: "CartesianRDD",
      numPartitions: a.numPartitions * nb,
      dependencies: [
        { kind: "narrow", rdd: a, parents: (p) => [Math.floor(p / nb)] },
        { kind: "narrow", rdd: b, parents: (p) => [p % nb] },
      ],
      build: (p, bld) => ({ kind: "cartesian", left: bld.node(a, Math.floor(p / nb)), right: bld.node(b, p % nb) }),
    }));
  }
  zip<U>(other: RDD<U>): RDD<[T, U]> {
    if (this.getNumPartitions() !== other.getNumPartitions()) throw new Error("Can only zip RDDs with same number of partitions");
    const a = this.node;
    const b = other.node;
    return new RDD(this.context, new RddNode(this.context.runtime, {
      name: "ZippedPartitionsRDD2",
      numPartitions: a.numPartitions,
      dependencies: [oneToOne(a), oneToOne(b)],
      build: (p, bld) => ({ kind: "zip", children: [bld.node(a, p), bld.node(b, p)] }),
    }));
  }
  /** Pairs each element with its index; runs a job to count partitions first (as Spark does). */
  zipWithIndex(): RDD<[T, number]> {
    const parent = this.node;
    const offsets: number[] = [];
    const sc = this.context;
    return new RDD(sc, new RddNode(sc.runtime, {
      name: "ZippedWithIndexRDD",
      numPartitions: parent.numPartitions,
      dependencies: [oneToOne(parent)],
      prepare: async () => {
        const counts = await sc.runtime.runJob<number>(parent, builtinFn("count"), { partitions: Array.from({ length: Math.max(0, parent.numPartitions - 1) }, (_, i) => i) });
        let acc = 0;
        offsets.length = 0;
        for (const c of [...counts, 0]) {
          offsets.push(acc);
          acc += c;
        }
      },
      build: (p, b) => ({ kind: "apply", fn: builtinFn("zipWithIndex", offsets), partition: p, child: b.node(parent, p) }),
    }));
  }
  zipWithUniqueId(): RDD<[T, number]> {
    return this.mapPartitionsInternal(builtinFn("zipWithUniqueId", this.getNumPartitions()));
  }
  groupBy<K>(f: (x: T) => K, numPartitions?: number): RDD<[K, T[]]> {
    return pairs.groupByKey(this.keyBy(f), numPartitions);
  }
  sortBy<K>(f: (x: T) => K, ascending = true, numPartitions?: number): RDD<T> {
    return pairs.sortByKey(this.keyBy(f), ascending, numPartitions).values();
  }
  repartition(numPartitions: number): RDD<T> {
    return this.coalesce(numPartitions, true);
  }
  coalesce(numPartitions: number, shuffle = false): RDD<T> {
    if (!Number.isInteger(numPartitions) || numPartitions < 1) throw new RangeError(`Number of partitions (${numPartitions}) must be positive.`);
    if (shuffle) {
      return pairs.partitionBy(this.mapPartitionsInternal<[number, T]>(builtinFn("roundRobinKeys", numPartitions)), numPartitions).values();
    }
    const parent = this.node;
    const n = Math.min(numPartitions, parent.numPartitions);
    const groups: number[][] = Array.from({ length: n }, (_, i) => {
      const start = Math.floor((i * parent.numPartitions) / n);
      const end = Math.floor(((i + 1) * parent.numPartitions) / n);
      return Array.from({ length: end - start }, (_, j) => start + j);
    });
    const dep: NarrowDependency = { kind: "narrow", rdd: parent, parents: (p) => groups[p]! };
    return new RDD(this.context, new RddNode(this.context.runtime, {
      name: "CoalescedRDD",
      numPartitions: n,
      dependencies: [dep],
      build: (p, b) => ({ kind: "concat", children: groups[p]!.map((pp) => b.node(parent, pp)) }),
    }));
  }
  pipe(command: string, env: Record<string, string> = {}): RDD<string> {
    return this.mapPartitionsInternal(builtinFn("pipe", command, env), false, "PipedRDD");
  }

  // ---- persistence ---------------------------------------------------------------------------

  persist(level: StorageLevel = StorageLevel.MEMORY_ONLY): this {
    const cur = this.node.storageLevel;
    if (cur !== StorageLevel.NONE && storageLevelName(cur) !== storageLevelName(level)) {
      throw new Error("Cannot change storage level of an RDD after it was already assigned a level");
    }
    this.node.storageLevel = level;
    return this;
  }
  cache(): this {
    return this.persist(StorageLevel.MEMORY_ONLY);
  }
  unpersist(): this {
    this.context.runtime.unpersistRdd(this.node);
    this.node.storageLevel = StorageLevel.NONE;
    return this;
  }
  getStorageLevel(): StorageLevel {
    return this.node.storageLevel;
  }
  get isCached(): boolean {
    return this.node.isPersisted;
  }
  /** Keeps partitions on the executors (memory, then disk) so later jobs skip the lineage. */
  localCheckpoint(): this {
    if (this.node.storageLevel === StorageLevel.NONE) this.persist(StorageLevel.MEMORY_AND_DISK);
    return this;
  }
  /** Simplified: persists to the executors' disks (requires sc.setCheckpointDir first). */
  checkpoint(): void {
    if (!this.context.getCheckpointDir()) throw new Error("Checkpoint directory has not been set in the SparkContext");
    if (this.node.storageLevel === StorageLevel.NONE) this.persist(StorageLevel.DISK_ONLY);
  }

  // ---- actions (actions.ts) ------------------------------------------------------------------

  collect(): Promise<T[]> {
    return actions.collect(this);
  }
  count(): Promise<number> {
    return actions.count(this);
  }
  first(): Promise<T> {
    return actions.first(this);
  }
  take(n: number): Promise<T[]> {
    return actions.take(this, n);
  }
  takeOrdered(n: number, key?: (x: T) => unknown): Promise<T[]> {
    return actions.takeOrdered(this, n, key, false);
  }
  top(n: number, key?: (x: T) => unknown): Promise<T[]> {
    return actions.takeOrdered(this, n, key, true);
  }
  reduce(f: (a: T, b: T) => T): Promise<T> {
    return actions.reduce(this, f);
  }
  treeReduce(f: (a: T, b: T) => T, _depth = 2): Promise<T> {
    return actions.reduce(this, f);
  }
  fold(zero: T, f: (a: T, b: T) => T): Promise<T> {
    return actions.fold(this, zero, f);
  }
  aggregate<U>(zero: U, seqOp: (acc: U, x: T) => U, combOp: (a: U, b: U) => U): Promise<U> {
    return actions.aggregate(this, zero, seqOp, combOp);
  }
  treeAggregate<U>(zero: U, seqOp: (acc: U, x: T) => U, combOp: (a: U, b: U) => U, _depth = 2): Promise<U> {
    return actions.aggregate(this, zero, seqOp, combOp);
  }
  foreach(f: (x: T) => void): Promise<void> {
    return actions.foreach(this, f);
  }
  foreachPartition(f: (it: IterableIterator<T>) => void): Promise<void> {
    return actions.foreachPartition(this, f);
  }
  countByValue(): Promise<Map<T, number>> {
    return actions.countValues(this, false) as Promise<Map<T, number>>;
  }
  isEmpty(): Promise<boolean> {
    return actions.take(this, 1).then((r) => r.length === 0);
  }
  max(key?: (x: T) => unknown): Promise<T> {
    return actions.extreme(this, key, 1);
  }
  min(key?: (x: T) => unknown): Promise<T> {
    return actions.extreme(this, key, -1);
  }
  sum(this: RDD<number>): Promise<number> {
    return actions.fold(this, 0, (a, b) => a + b);
  }
  stats(this: RDD<number>): Promise<StatCounter> {
    return actions.stats(this);
  }
  mean(this: RDD<number>): Promise<number> {
    return actions.stats(this).then((s) => s.mean());
  }
  variance(this: RDD<number>): Promise<number> {
    return actions.stats(this).then((s) => s.variance());
  }
  stdev(this: RDD<number>): Promise<number> {
    return actions.stats(this).then((s) => s.stdev());
  }
  sampleStdev(this: RDD<number>): Promise<number> {
    return actions.stats(this).then((s) => s.sampleStdev());
  }
  sampleVariance(this: RDD<number>): Promise<number> {
    return actions.stats(this).then((s) => s.sampleVariance());
  }
  histogram(this: RDD<number>, buckets: number | number[]): Promise<[number[], number[]]> {
    return actions.histogram(this, buckets);
  }
  takeSample(withReplacement: boolean, num: number, seed?: number): Promise<T[]> {
    return sampling.takeSample(this, withReplacement, num, seed);
  }
  countApprox(timeout: number, confidence = 0.95): Promise<number> {
    return approx.countApprox(this, timeout, confidence);
  }
  countApproxDistinct(relativeSD = 0.05): Promise<number> {
    return approx.countApproxDistinct(this, relativeSD);
  }
  sumApprox(this: RDD<number>, timeout: number, confidence = 0.95): Promise<number> {
    return approx.sumApprox(this, timeout, confidence);
  }
  meanApprox(this: RDD<number>, timeout: number, confidence = 0.95): Promise<number> {
    return approx.meanApprox(this, timeout, confidence);
  }
  /** A DataFrame of this RDD's records (Rows, objects or tuples), as spark.createDataFrame(rdd,
   *  schema). Asynchronous: the RDD is collected (and the schema inferred) when awaited. */
  toDF(schema?: SchemaLike): Promise<DataFrame> {
    return rddToDataFrame(this, schema);
  }
  saveAsTextFile(path: string): Promise<void> {
    return actions.saveAsTextFile(this, path);
  }
  toLocalIterator(): AsyncGenerator<T> {
    return actions.toLocalIterator(this);
  }

  // ---- pair functions (pair-functions.ts) ------------------------------------------------------

  reduceByKey<K, V>(this: RDD<[K, V]>, f: (a: V, b: V) => V, numPartitions?: number | Partitioner): RDD<[K, V]> {
    return pairs.reduceByKey(this, ship(f, "reduceByKey"), numPartitions);
  }
  groupByKey<K, V>(this: RDD<[K, V]>, numPartitions?: number | Partitioner): RDD<[K, V[]]> {
    return pairs.groupByKey(this, numPartitions);
  }
  combineByKey<K, V, C>(this: RDD<[K, V]>, createCombiner: (v: V) => C, mergeValue: (c: C, v: V) => C, mergeCombiners: (a: C, b: C) => C, numPartitions?: number | Partitioner, mapSideCombine = true): RDD<[K, C]> {
    return pairs.combineByKey(this, { createCombiner: ship(createCombiner, "combineByKey"), mergeValue: ship(mergeValue, "combineByKey"), mergeCombiners: ship(mergeCombiners, "combineByKey") }, numPartitions, mapSideCombine);
  }
  aggregateByKey<K, V, U>(this: RDD<[K, V]>, zero: U, seqOp: (acc: U, v: V) => U, combOp: (a: U, b: U) => U, numPartitions?: number | Partitioner): RDD<[K, U]> {
    const seq = ship(seqOp, "aggregateByKey");
    return pairs.combineByKey(this, { createCombiner: builtinFn("zeroThenMerge", zero, seq), mergeValue: seq, mergeCombiners: ship(combOp, "aggregateByKey") }, numPartitions, true);
  }
  foldByKey<K, V>(this: RDD<[K, V]>, zero: V, f: (a: V, b: V) => V, numPartitions?: number | Partitioner): RDD<[K, V]> {
    const fr = ship(f, "foldByKey");
    return pairs.combineByKey(this, { createCombiner: builtinFn("zeroThenMerge", zero, fr), mergeValue: fr, mergeCombiners: fr }, numPartitions, true);
  }
  sortByKey<K, V>(this: RDD<[K, V]>, ascending = true, numPartitions?: number, keyfunc?: (k: K) => unknown): RDD<[K, V]> {
    if (keyfunc) {
      return pairs.sortByKey(this.mapPartitionsInternal<[unknown, [K, V]]>(builtinFn("keyBy", builtinFn("keyOf", ship(keyfunc, "sortByKey")))), ascending, numPartitions).values();
    }
    return pairs.sortByKey(this, ascending, numPartitions);
  }
  /** Hash-partitions into `numPartitions` and sorts each partition by key, in one shuffle. */
  repartitionAndSortWithinPartitions<K, V>(this: RDD<[K, V]>, numPartitions?: number, ascending = true): RDD<[K, V]> {
    return pairs.repartitionAndSort(this, numPartitions ?? this.getNumPartitions(), ascending);
  }
  /** reduceByKey, merged into a Map on the driver (no shuffle). */
  reduceByKeyLocally<K, V>(this: RDD<[K, V]>, f: (a: V, b: V) => V): Promise<Map<K, V>> {
    return actions.reduceByKeyLocally(this, f);
  }
  partitionBy<K, V>(this: RDD<[K, V]>, partitioner: number | Partitioner): RDD<[K, V]> {
    return pairs.partitionBy(this, partitioner);
  }
  mapValues<K, V, U>(this: RDD<[K, V]>, f: (v: V) => U): RDD<[K, U]> {
    return this.mapPartitionsInternal(builtinFn("mapValues", ship(f, "mapValues")), true);
  }
  flatMapValues<K, V, U>(this: RDD<[K, V]>, f: (v: V) => Iterable<U>): RDD<[K, U]> {
    return this.mapPartitionsInternal(builtinFn("flatMapValues", ship(f, "flatMapValues")), true);
  }
  keys<K>(this: RDD<[K, unknown]>): RDD<K> {
    return this.mapPartitionsInternal(builtinFn("keys"));
  }
  values<V>(this: RDD<[unknown, V]>): RDD<V> {
    return this.mapPartitionsInternal(builtinFn("values"));
  }
  join<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V, W]]> {
    return pairs.join(this, other, "inner", numPartitions) as RDD<[K, [V, W]]>;
  }
  leftOuterJoin<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V, W | null]]> {
    return pairs.join(this, other, "left", numPartitions) as RDD<[K, [V, W | null]]>;
  }
  rightOuterJoin<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V | null, W]]> {
    return pairs.join(this, other, "right", numPartitions) as RDD<[K, [V | null, W]]>;
  }
  fullOuterJoin<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V | null, W | null]]> {
    return pairs.join(this, other, "full", numPartitions) as RDD<[K, [V | null, W | null]]>;
  }
  cogroup<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V[], W[]]]> {
    return pairs.cogroup(this, [other], numPartitions) as unknown as RDD<[K, [V[], W[]]]>;
  }
  groupWith<K>(this: RDD<[K, unknown]>, ...others: RDD<[K, unknown]>[]): RDD<[K, unknown[][]]> {
    return pairs.cogroup(this, others) as RDD<[K, unknown[][]]>;
  }
  subtractByKey<K, V>(this: RDD<[K, V]>, other: RDD<[K, unknown]>, numPartitions?: number): RDD<[K, V]> {
    return pairs.subtractByKey(this, other, numPartitions);
  }
  countByKey<K>(this: RDD<[K, unknown]>): Promise<Map<K, number>> {
    return actions.countValues(this, true) as Promise<Map<K, number>>;
  }
  lookup<K, V>(this: RDD<[K, V]>, key: K): Promise<V[]> {
    return actions.lookup(this, key);
  }
  collectAsMap<K, V>(this: RDD<[K, V]>): Promise<Map<K, V>> {
    return actions.collect(this).then((kvs) => new Map(kvs));
  }
}
