// Sampling actions and transformations beyond rdd.sample: randomSplit, takeSample, sampleByKey.
// Sizes follow Spark's algorithms (the same fractions and retry rule); the random values differ
// from PySpark's (a different generator), so the chosen elements do too.

import { builtinFn } from "../runtime/closure/fn-ref.js";
import { toWire } from "../runtime/serde/wire.js";
import { seededRandom } from "./random.js";
import type { RDD } from "./rdd.js";

export const randomSeed = (): number => Math.floor(Math.random() * 2 ** 31);

/** Splits by cumulative normalized weights: every partition draws the same random sequence in
 *  every split, so the splits are disjoint and together hold every element. */
export function randomSplit<T>(rdd: RDD<T>, weights: readonly number[], seed: number = randomSeed()): RDD<T>[] {
  if (weights.some((w) => !(w >= 0))) throw new Error("Weights must be nonnegative");
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error("Sum of weights must be positive");
  const bounds = [0];
  for (const w of weights) bounds.push(bounds[bounds.length - 1]! + w / total);
  return weights.map((_, i) => rdd.mapPartitionsInternal<T>(builtinFn("rangeSample", bounds[i], i === weights.length - 1 ? 1.0000001 : bounds[i + 1], seed), true, "PartitionwiseSampledRDD"));
}

/** The fraction that yields at least `num` of `total` elements with probability 0.9999
 *  (Spark's SamplingUtils.computeFractionForSampleSize). */
export function fractionForSampleSize(num: number, total: number, withReplacement: boolean): number {
  const fraction = num / total;
  if (withReplacement) return fraction + (num < 12 ? 9 : 5) * Math.sqrt(fraction / total);
  const gamma = -Math.log(0.00005) / total;
  return Math.min(1, fraction + gamma + Math.sqrt(gamma * gamma + 2 * gamma * fraction));
}

function shuffleInPlace<T>(a: T[], rnd: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a;
}

/** `num` elements drawn at random (an array, in random order), as PySpark's takeSample: counts
 *  the RDD, samples with an oversampling fraction, retries with new seeds until enough. */
export async function takeSample<T>(rdd: RDD<T>, withReplacement: boolean, num: number, seed: number = randomSeed()): Promise<T[]> {
  if (!Number.isInteger(num) || num < 0) throw new Error("Sample size cannot be negative.");
  if (num === 0 || rdd.getNumPartitions() === 0) return [];
  const total = await rdd.count();
  if (total === 0) return [];
  const rnd = seededRandom(seed);
  if (!withReplacement && num >= total) return shuffleInPlace(await rdd.collect(), rnd);
  const fraction = fractionForSampleSize(num, total, withReplacement);
  let samples = await rdd.sample(withReplacement, fraction, seed).collect();
  while (samples.length < num) samples = await rdd.sample(withReplacement, fraction, Math.floor(rnd() * 2 ** 31)).collect();
  return shuffleInPlace(samples, rnd).slice(0, num);
}

/** Per-key fractions (a Map or object of key → fraction), each key sampled like rdd.sample. */
export function sampleByKey<K, V>(rdd: RDD<[K, V]>, withReplacement: boolean, fractions: Map<K, number> | Record<string, number>, seed: number = randomSeed()): RDD<[K, V]> {
  const entries: [unknown, number][] = fractions instanceof Map ? [...fractions] : Object.entries(fractions);
  for (const [, f] of entries) if (!(f >= 0)) throw new Error(`Negative fraction value: ${Number.isInteger(f) ? f.toFixed(1) : f}`);
  return rdd.mapPartitionsInternal(builtinFn("sampleByKey", withReplacement, toWire(entries), seed), true, "PartitionwiseSampledRDD");
}
