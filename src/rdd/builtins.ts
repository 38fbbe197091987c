// Built-in task functions of the RDD API, available on the driver and, as an executor plugin,
// on every worker. Each wraps user functions (already resolved) into partition functions
// (iterator, partitionIndex, ctx) → iterable, or result functions (iterator, ctx) → value.

import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { registerBuiltin } from "../runtime/closure/resolve-fn.js";
import { registerExecutorPlugin } from "../runtime/executor/plugins.js";
import { canonicalKey, type CanonicalKey } from "../runtime/keys/canonical-key.js";
import { fromWire } from "../runtime/serde/wire.js";
import { compareKeys } from "../runtime/keys/compare.js";
import { ExternalAggregator } from "../runtime/shuffle/external-aggregator.js";
import { resolveAggregator, type AggregatorRefs } from "../runtime/shuffle/pairs-shuffle.js";
import type { TaskContext } from "../runtime/task/task-context.js";
import { formatRecord } from "./format-record.js";
import { poisson, seededRandom } from "./random.js";

registerExecutorPlugin(import.meta.url);

type F = (...a: any[]) => any;
type PartFn = (it: Iterator<unknown>, p: number, ctx: TaskContext) => Iterable<unknown>;

/** An Iterator that is also Iterable, so user code can use for..of on partition iterators. */
function iterable(it: Iterator<unknown>): IterableIterator<unknown> {
  return { next: () => it.next(), [Symbol.iterator]() { return this; } };
}

const part = (name: string, make: (args: readonly unknown[]) => PartFn) => registerBuiltin(name, (args) => make(args));

// ---- element-wise -----------------------------------------------------------------------------

part("map", ([f]) => function* (it) {
  const fn = f as F;
  for (let r = it.next(); !r.done; r = it.next()) yield fn(r.value);
});
part("flatMap", ([f]) => function* (it) {
  const fn = f as F;
  for (let r = it.next(); !r.done; r = it.next()) yield* fn(r.value) as Iterable<unknown>;
});
part("filter", ([f]) => function* (it) {
  const fn = f as F;
  for (let r = it.next(); !r.done; r = it.next()) if (fn(r.value)) yield r.value;
});
part("mapPartitions", ([f]) => (it) => (f as F)(iterable(it)));
part("mapPartitionsWithIndex", ([f]) => (it, p) => (f as F)(p, iterable(it)));
part("glom", () => (it) => [Array.from(iterable(it))]);
part("keyBy", ([f]) => function* (it) {
  const fn = f as F;
  for (let r = it.next(); !r.done; r = it.next()) yield [fn(r.value), r.value];
});
part("mapValues", ([f]) => function* (it) {
  const fn = f as F;
  for (let r = it.next(); !r.done; r = it.next()) {
    const kv = r.value as [unknown, unknown];
    yield [kv[0], fn(kv[1])];
  }
});
part("flatMapValues", ([f]) => function* (it) {
  const fn = f as F;
  for (let r = it.next(); !r.done; r = it.next()) {
    const kv = r.value as [unknown, unknown];
    for (const v of fn(kv[1]) as Iterable<unknown>) yield [kv[0], v];
  }
});
part("keys", () => function* (it) {
  for (let r = it.next(); !r.done; r = it.next()) yield (r.value as unknown[])[0];
});
part("values", () => function* (it) {
  for (let r = it.next(); !r.done; r = it.next()) yield (r.value as unknown[])[1];
});
part("pairWithNull", () => function* (it) {
  for (let r = it.next(); !r.done; r = it.next()) yield [r.value, null];
});
part("tagValues", ([tag]) => function* (it) {
  for (let r = it.next(); !r.done; r = it.next()) {
    const kv = r.value as [unknown, unknown];
    yield [kv[0], [tag, kv[1]]];
  }
});
/** cogroup output [k, [[vs of rdd 0], [vs of rdd 1], ...]] from tagged combiners. */
part("untagGroups", ([n]) => function* (it) {
  for (let r = it.next(); !r.done; r = it.next()) {
    const [k, tagged] = r.value as [unknown, [number, unknown][]];
    const groups: unknown[][] = Array.from({ length: n as number }, () => []);
    for (const [t, v] of tagged) groups[t]!.push(v);
    yield [k, groups];
  }
});
/** join kinds over cogrouped [k, [left values, right values]]. */
part("joinGroups", ([kind]) => function* (it) {
  for (let r = it.next(); !r.done; r = it.next()) {
    const [k, [ls, rs]] = r.value as [unknown, [unknown[], unknown[]]];
    const left = ls.length === 0 && (kind === "right" || kind === "full") ? [null] : ls;
    const right = rs.length === 0 && (kind === "left" || kind === "full") ? [null] : rs;
    for (const l of left) for (const x of right) yield [k, [l, x]];
  }
});
part("subtractGroups", () => function* (it) {
  for (let r = it.next(); !r.done; r = it.next()) {
    const [k, [ls, rs]] = r.value as [unknown, [unknown[], unknown[]]];
    if (rs.length === 0) for (const l of ls) yield [k, l];
  }
});
part("intersectGroups", () => function* (it) {
  for (let r = it.next(); !r.done; r = it.next()) {
    const [k, [ls, rs]] = r.value as [unknown, [unknown[], unknown[]]];
    if (ls.length > 0 && rs.length > 0) yield k;
  }
});
part("filterKey", ([key]) => {
  const ck = canonicalKey(fromWire(structuredClone(key)));
  return function* (it) {
    for (let r = it.next(); !r.done; r = it.next()) if (canonicalKey((r.value as unknown[])[0]) === ck) yield r.value;
  };
});
part("sample", ([withReplacement, fraction, seed]) => function* (it, p) {
  const rnd = seededRandom((seed as number) + p * 0x9e3779b1);
  for (let r = it.next(); !r.done; r = it.next()) {
    if (withReplacement) {
      for (let n = poisson(fraction as number, rnd); n > 0; n--) yield r.value;
    } else if (rnd() < (fraction as number)) yield r.value;
  }
});
part("zipWithIndex", ([offsets]) => function* (it, p) {
  let i = (offsets as number[])[p]!;
  for (let r = it.next(); !r.done; r = it.next()) yield [r.value, i++];
});
part("zipWithUniqueId", ([n]) => function* (it, p) {
  let k = 0;
  for (let r = it.next(); !r.done; r = it.next()) yield [r.value, k++ * (n as number) + p];
});
/** [(p + i) mod n, x]: spreads records evenly over n partitions (repartition). */
part("roundRobinKeys", ([n]) => function* (it, p) {
  let k = p % (n as number);
  for (let r = it.next(); !r.done; r = it.next()) {
    yield [k, r.value];
    k = (k + 1) % (n as number);
  }
});
part("combineLocally", ([agg]) => (it, _p, ctx) => {
  const a = new ExternalAggregator(ctx, resolveAggregator(agg as AggregatorRefs, ctx));
  for (let r = it.next(); !r.done; r = it.next()) {
    const kv = r.value as [unknown, unknown];
    a.insertValue(kv[0], kv[1]);
  }
  return a.entries();
});
part("pipe", ([command, env]) => (it) => {
  const input = Array.from(iterable(it), (x) => String(x) + "\n").join("");
  const res = spawnSync(command as string, { shell: true, input, env: { ...process.env, ...(env as Record<string, string>) }, maxBuffer: 1 << 30 });
  if (res.error) throw res.error;
  if (res.status !== 0) throw new Error(`Subprocess exited with status ${res.status}. Command ran: ${command as string}\n${res.stderr?.toString() ?? ""}`);
  const out = res.stdout.toString("utf8");
  const lines = out.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
});


// ---- aggregator helpers -----------------------------------------------------------------------

registerBuiltin("identity", () => (x: unknown) => x);
registerBuiltin("keepFirst", () => (a: unknown) => a);
registerBuiltin("keyOf", ([f]) => (kv: unknown[]) => (f as F)(kv[0]));
registerBuiltin("listCreate", () => (v: unknown) => [v]);
registerBuiltin("listAppend", () => (c: unknown[], v: unknown) => (c.push(v), c));
registerBuiltin("listConcat", () => (a: unknown[], b: unknown[]) => (a.push(...b), a));
/** createCombiner for aggregateByKey/foldByKey: mergeValue(copy of zero, v). */
registerBuiltin("zeroThenMerge", ([zero, f]) => (v: unknown) => (f as F)(structuredClone(zero), v));
registerBuiltin("sumCounts", () => (a: number, b: number) => a + b);
registerBuiltin("one", () => () => 1);

// ---- result functions -------------------------------------------------------------------------

type ResFn = (it: Iterator<unknown>, ctx: TaskContext) => unknown;
const result = (name: string, make: (args: readonly unknown[]) => ResFn) => registerBuiltin(name, (args) => make(args));

result("collect", () => (it) => Array.from(iterable(it)));
result("collectApplied", ([f]) => (it) => Array.from((f as F)(iterable(it)) as Iterable<unknown>));
result("count", () => (it) => {
  let n = 0;
  for (let r = it.next(); !r.done; r = it.next()) n++;
  return n;
});
result("take", ([n]) => (it) => {
  const out: unknown[] = [];
  while (out.length < (n as number)) {
    const r = it.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
});
/** [hasValue, value] of reducing the partition with f. */
result("reduce", ([f]) => (it) => {
  const fn = f as F;
  let r = it.next();
  if (r.done) return [false, null];
  let acc = r.value;
  for (r = it.next(); !r.done; r = it.next()) acc = fn(acc, r.value);
  return [true, acc];
});
result("fold", ([zero, f]) => (it) => {
  const fn = f as F;
  let acc = structuredClone(zero);
  for (let r = it.next(); !r.done; r = it.next()) acc = fn(acc, r.value);
  return acc;
});
result("foreach", ([f]) => (it) => {
  const fn = f as F;
  for (let r = it.next(); !r.done; r = it.next()) fn(r.value);
  return null;
});
result("foreachPartition", ([f]) => (it) => {
  (f as F)(iterable(it));
  return null;
});
/** The n smallest (or largest) by the natural order of key(x). */
result("topK", ([n, key, descending]) => (it) => {
  const k = (key as F | null) ?? ((x: unknown) => x);
  const cmp = (a: unknown, b: unknown) => (descending ? -compareKeys(k(a), k(b)) : compareKeys(k(a), k(b)));
  const buf: unknown[] = [];
  const limit = n as number;
  for (let r = it.next(); !r.done; r = it.next()) {
    buf.push(r.value);
    if (buf.length >= limit * 2 + 64) {
      buf.sort(cmp);
      buf.length = limit;
    }
  }
  buf.sort(cmp);
  if (buf.length > limit) buf.length = limit;
  return buf;
});
/** Map of canonical key → [key, count] (countByValue / countByKey). */
result("countValues", ([ofKeys]) => (it) => {
  const m = new Map<CanonicalKey, [unknown, number]>();
  for (let r = it.next(); !r.done; r = it.next()) {
    const v = ofKeys ? (r.value as unknown[])[0] : r.value;
    const c = canonicalKey(v);
    const e = m.get(c);
    if (e) e[1]++;
    else m.set(c, [v, 1]);
  }
  return [...m.values()];
});
/** [count, mean, m2, max, min] (Welford), as Spark's StatCounter. */
result("stats", () => (it) => {
  let n = 0;
  let mu = 0;
  let m2 = 0;
  let max = -Infinity;
  let min = Infinity;
  for (let r = it.next(); !r.done; r = it.next()) {
    const x = Number(r.value);
    n++;
    const d = x - mu;
    mu += d / n;
    m2 += d * (x - mu);
    max = Math.max(max, x);
    min = Math.min(min, x);
  }
  return [n, mu, m2, max, min];
});
result("histogram", ([buckets]) => (it) => {
  const b = buckets as number[];
  const counts = new Array<number>(b.length - 1).fill(0);
  for (let r = it.next(); !r.done; r = it.next()) {
    const x = Number(r.value);
    if (Number.isNaN(x) || x < b[0]! || x > b[b.length - 1]!) continue;
    let lo = 0;
    let hi = b.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (x >= b[mid]!) lo = mid;
      else hi = mid;
    }
    counts[lo]!++;
  }
  return counts;
});
/** Reservoir sample of keys (for range partitioning). */
result("sampleKeys", ([size, seed, keyFn]) => (it, ctx) => {
  const rnd = seededRandom((seed as number) + ctx.partitionId * 7919);
  const k = (keyFn as F | null) ?? ((kv: unknown) => (kv as unknown[])[0]);
  const out: unknown[] = [];
  let seen = 0;
  for (let r = it.next(); !r.done; r = it.next()) {
    seen++;
    if (out.length < (size as number)) out.push(k(r.value));
    else {
      const j = Math.floor(rnd() * seen);
      if (j < (size as number)) out[j] = k(r.value);
    }
  }
  return [seen, out];
});
/** Writes the partition as a text part file in the attempt directory; returns its path. */
result("saveText", ([dir]) => (it, ctx) => {
  const name = `part-${String(ctx.partitionId).padStart(5, "0")}`;
  const attemptDir = join(dir as string, "_temporary", "0", `_temporary`, `attempt_${ctx.stageId}_${ctx.partitionId}_${ctx.attemptNumber}`);
  mkdirSync(attemptDir, { recursive: true });
  const lines: string[] = [];
  for (let r = it.next(); !r.done; r = it.next()) lines.push(formatRecord(r.value) + "\n");
  const file = join(attemptDir, name);
  writeFileSync(file, lines.join(""));
  ctx.metrics.outputRecordsWritten += lines.length;
  return [file, name];
});
