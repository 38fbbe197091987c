// RDD actions: each runs a job with a built-in result function and finishes on the driver.

import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { builtinFn } from "../runtime/closure/fn-ref.js";
import { callSiteFromStack } from "../runtime/rdd-node.js";
import { canonicalKey } from "../runtime/keys/canonical-key.js";
import { compareKeys } from "../runtime/keys/compare.js";
import { keyHash, nonNegativeMod } from "../runtime/keys/canonical-key.js";
import { toWire } from "../runtime/serde/wire.js";
import { resolveLocalPath } from "./paths.js";
import { ship, type RDD } from "./rdd.js";
import { StatCounter } from "./stat-counter.js";

const site = (op: string) => callSiteFromStack(op);

export async function collect<T>(rdd: RDD<T>): Promise<T[]> {
  const parts = await rdd.context.runtime.runJob<T[]>(rdd.node, builtinFn("collect"), { callSite: site("collect") });
  return parts.flat(1) as T[];
}

export async function count(rdd: RDD<unknown>): Promise<number> {
  const parts = await rdd.context.runtime.runJob<number>(rdd.node, builtinFn("count"), { callSite: site("count") });
  return parts.reduce((a, b) => a + b, 0);
}

/** Scans partitions incrementally (1, then ×4 each round, as spark.rdd.limit.scaleUpFactor). */
export async function take<T>(rdd: RDD<T>, n: number): Promise<T[]> {
  const callSite = site("take");
  const out: T[] = [];
  const total = rdd.getNumPartitions();
  let scanned = 0;
  while (out.length < n && scanned < total) {
    let numToTry = 1;
    if (scanned > 0) numToTry = out.length === 0 ? scanned * 4 : Math.max(1, Math.min(Math.ceil((1.5 * n * scanned) / out.length) - scanned, scanned * 4));
    const partitions = Array.from({ length: Math.min(numToTry, total - scanned) }, (_, i) => scanned + i);
    const res = await rdd.context.runtime.runJob<T[]>(rdd.node, builtinFn("take", n - out.length), { partitions, callSite });
    for (const r of res) for (const x of r) if (out.length < n) out.push(x);
    scanned += partitions.length;
  }
  return out;
}

export async function first<T>(rdd: RDD<T>): Promise<T> {
  const r = await take(rdd, 1);
  if (r.length === 0) throw new Error("RDD is empty");
  return r[0]!;
}

export async function takeOrdered<T>(rdd: RDD<T>, n: number, key: ((x: T) => unknown) | undefined, descending: boolean): Promise<T[]> {
  const keyRef = key ? ship(key, descending ? "top" : "takeOrdered") : null;
  const parts = await rdd.context.runtime.runJob<T[]>(rdd.node, builtinFn("topK", n, keyRef, descending), { callSite: site(descending ? "top" : "takeOrdered") });
  const k = key ?? ((x: T) => x);
  const all = parts.flat(1) as T[];
  all.sort((a, b) => (descending ? -compareKeys(k(a), k(b)) : compareKeys(k(a), k(b))));
  return all.slice(0, n);
}

export async function reduce<T>(rdd: RDD<T>, f: (a: T, b: T) => T): Promise<T> {
  const parts = await rdd.context.runtime.runJob<[boolean, T]>(rdd.node, builtinFn("reduce", ship(f, "reduce")), { callSite: site("reduce") });
  const vals = parts.filter(([has]) => has).map(([, v]) => v);
  if (vals.length === 0) throw new Error("Can not reduce() empty RDD");
  return vals.reduce((a, b) => f(a, b));
}

export async function fold<T>(rdd: RDD<T>, zero: T, f: (a: T, b: T) => T): Promise<T> {
  const parts = await rdd.context.runtime.runJob<T>(rdd.node, builtinFn("fold", zero, ship(f, "fold")), { callSite: site("fold") });
  return parts.reduce((a, b) => f(a, b), structuredClone(zero));
}

export async function aggregate<T, U>(rdd: RDD<T>, zero: U, seqOp: (acc: U, x: T) => U, combOp: (a: U, b: U) => U): Promise<U> {
  const parts = await rdd.context.runtime.runJob<U>(rdd.node, builtinFn("fold", zero, ship(seqOp, "aggregate")), { callSite: site("aggregate") });
  ship(combOp, "aggregate");
  return parts.reduce((a, b) => combOp(a, b), structuredClone(zero));
}

export async function foreach<T>(rdd: RDD<T>, f: (x: T) => void): Promise<void> {
  await rdd.context.runtime.runJob(rdd.node, builtinFn("foreach", ship(f, "foreach")), { callSite: site("foreach") });
}

export async function foreachPartition<T>(rdd: RDD<T>, f: (it: IterableIterator<T>) => void): Promise<void> {
  await rdd.context.runtime.runJob(rdd.node, builtinFn("foreachPartition", ship(f, "foreachPartition")), { callSite: site("foreachPartition") });
}

export async function countValues(rdd: RDD<unknown>, ofKeys: boolean): Promise<Map<unknown, number>> {
  const parts = await rdd.context.runtime.runJob<[unknown, number][]>(rdd.node, builtinFn("countValues", ofKeys), { callSite: site(ofKeys ? "countByKey" : "countByValue") });
  const merged = new Map<unknown, [unknown, number]>();
  for (const part of parts) {
    for (const [v, c] of part) {
      const ck = canonicalKey(v);
      const e = merged.get(ck);
      if (e) e[1] += c;
      else merged.set(ck, [v, c]);
    }
  }
  return new Map([...merged.values()]);
}

export async function reduceByKeyLocally<K, V>(rdd: RDD<[K, V]>, f: (a: V, b: V) => V): Promise<Map<K, V>> {
  const fr = ship(f, "reduceByKeyLocally");
  const local = rdd.mapPartitionsInternal<[K, V]>(builtinFn("combineLocally", { createCombiner: builtinFn("identity"), mergeValue: fr, mergeCombiners: fr }));
  const parts = await rdd.context.runtime.runJob<[K, V][]>(local.node, builtinFn("collect"), { callSite: site("reduceByKeyLocally") });
  const merged = new Map<unknown, [K, V]>();
  for (const part of parts) {
    for (const [k, v] of part) {
      const ck = canonicalKey(k);
      const e = merged.get(ck);
      if (e) e[1] = f(e[1], v);
      else merged.set(ck, [k, v]);
    }
  }
  return new Map([...merged.values()]);
}

export async function lookup<K, V>(rdd: RDD<[K, V]>, key: K): Promise<V[]> {
  const matching = rdd.mapPartitionsInternal<[K, V]>(builtinFn("filterKey", toWire(key)));
  const part = rdd.partitioner;
  const partitions = part && part.kind === "hash" ? [nonNegativeMod(keyHash(key), part.numPartitions)] : undefined;
  const res = await rdd.context.runtime.runJob<[K, V][]>(matching.node, builtinFn("collect"), { partitions, callSite: site("lookup") });
  return res.flat(1).map((kv) => (kv as [K, V])[1]);
}


export async function extreme<T>(rdd: RDD<T>, key: ((x: T) => unknown) | undefined, sign: 1 | -1): Promise<T> {
  const r = await takeOrdered(rdd, 1, key, sign === 1);
  if (r.length === 0) throw new Error(sign === 1 ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
  return r[0]!;
}

export async function stats(rdd: RDD<number>): Promise<StatCounter> {
  const parts = await rdd.context.runtime.runJob<[number, number, number, number, number]>(rdd.node, builtinFn("stats"), { callSite: site("stats") });
  const s = new StatCounter();
  for (const p of parts) s.mergePartial(p);
  return s;
}

export async function histogram(rdd: RDD<number>, buckets: number | number[]): Promise<[number[], number[]]> {
  let b: number[];
  if (typeof buckets === "number") {
    if (buckets < 1) throw new Error("number of buckets must be >= 1");
    const s = await stats(rdd);
    const min = s.min();
    const max = s.max();
    if (s.count() === 0 || !Number.isFinite(min) || !Number.isFinite(max)) throw new Error("Can not generate buckets with non-number in RDD");
    if (min === max) b = [min, max];
    else b = Array.from({ length: buckets + 1 }, (_, i) => (i === buckets ? max : min + ((max - min) * i) / buckets));
  } else {
    b = buckets;
    if (b.length < 2) throw new Error("buckets should have more than one value");
  }
  const parts = await rdd.context.runtime.runJob<number[]>(rdd.node, builtinFn("histogram", b), { callSite: site("histogram") });
  const counts = new Array<number>(b.length - 1).fill(0);
  for (const p of parts) p.forEach((c, i) => (counts[i]! += c));
  return [b, counts];
}

/** Writes one part file per partition and _SUCCESS; committed by moving task attempt files
 *  out of _temporary only when the whole job succeeded. */
export async function saveAsTextFile(rdd: RDD<unknown>, path: string): Promise<void> {
  const dir = resolveLocalPath(path);
  if (existsSync(dir)) throw new Error(`Output directory ${"file:" + dir} already exists`);
  mkdirSync(dir, { recursive: true });
  try {
    const files = await rdd.context.runtime.runJob<[string, string]>(rdd.node, builtinFn("saveText", dir), { callSite: site("saveAsTextFile") });
    for (const [file, name] of files) renameSync(file, join(dir, name));
    rmSync(join(dir, "_temporary"), { recursive: true, force: true });
    writeFileSync(join(dir, "_SUCCESS"), "");
  } catch (e) {
    rmSync(join(dir, "_temporary"), { recursive: true, force: true });
    if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export async function* toLocalIterator<T>(rdd: RDD<T>): AsyncGenerator<T> {
  for (let p = 0; p < rdd.getNumPartitions(); p++) {
    const [part] = await rdd.context.runtime.runJob<T[]>(rdd.node, builtinFn("collect"), { partitions: [p], callSite: site("toLocalIterator") });
    yield* part!;
  }
}
