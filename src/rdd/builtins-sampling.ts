// Built-in partition/result functions for sampling and approximate counting (randomSplit,
// sampleByKey, countApproxDistinct); an executor plugin like builtins.ts.

import { registerBuiltin } from "../runtime/closure/resolve-fn.js";
import { registerExecutorPlugin } from "../runtime/executor/plugins.js";
import { canonicalKey, keyHash } from "../runtime/keys/canonical-key.js";
import { fromWire } from "../runtime/serde/wire.js";
import { poisson, seededRandom } from "./random.js";

registerExecutorPlugin(import.meta.url);

type PartFn = (it: Iterator<unknown>, p: number) => Iterable<unknown>;
const part = (name: string, make: (args: readonly unknown[]) => PartFn) => registerBuiltin(name, (args) => make(args));

/** Elements whose draw falls in [lb, ub): one split of randomSplit. The generator is seeded by
 *  (seed, partition) only, so every split sees the same draws. */
part("rangeSample", ([lb, ub, seed]) => function* (it, p) {
  const rnd = seededRandom(((seed as number) ^ Math.imul(p + 1, 0x9e3779b1)) >>> 0);
  for (let r = it.next(); !r.done; r = it.next()) {
    const x = rnd();
    if (x >= (lb as number) && x < (ub as number)) yield r.value;
  }
});

/** sampleByKey: each [k, v] kept with its key's fraction (Bernoulli, or Poisson copies). */
part("sampleByKey", ([withReplacement, entries, seed]) => {
  const fractions = new Map((fromWire(structuredClone(entries)) as [unknown, number][]).map(([k, f]) => [canonicalKey(k), f]));
  return function* (it, p) {
    const rnd = seededRandom(((seed as number) + Math.imul(p, 0x9e3779b1)) >>> 0);
    for (let r = it.next(); !r.done; r = it.next()) {
      const k = (r.value as unknown[])[0];
      const f = fractions.get(canonicalKey(k));
      if (f === undefined) throw new Error(`key not found: ${String(k)}`);
      if (withReplacement) for (let n = poisson(f, rnd); n > 0; n--) yield r.value;
      else if (rnd() < f) yield r.value;
    }
  };
});

/** 32-bit finalizer (murmur3 fmix32): spreads the partitioning hash over all bits. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** HyperLogLog registers (2^p bytes) of the partition's values, compared by canonical key. */
registerBuiltin("hllRegisters", ([precision]) => (it: Iterator<unknown>) => {
  const p = precision as number;
  const regs = new Uint8Array(1 << p);
  for (let r = it.next(); !r.done; r = it.next()) {
    const h = mix32(keyHash(r.value) ^ 0x5bd1e995);
    const idx = h >>> (32 - p);
    const rest = (h << p) >>> 0;
    const rank = rest === 0 ? 32 - p + 1 : Math.clz32(rest) + 1;
    if (rank > regs[idx]!) regs[idx] = rank;
  }
  return regs;
});
