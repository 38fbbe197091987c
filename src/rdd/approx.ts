// Approximate actions. countApprox / sumApprox / meanApprox finish the whole job (every task of a
// local job completes well within any useful timeout), so they return the exact value as PySpark
// does when the job ends before the timeout. countApproxDistinct uses HyperLogLog registers per
// partition, merged on the driver.

import { builtinFn } from "../runtime/closure/fn-ref.js";
import { callSiteFromStack } from "../runtime/rdd-node.js";
import type { RDD } from "./rdd.js";

/** Register count exponent for a relative standard deviation (HyperLogLog++'s rule). */
export function hllPrecision(relativeSD: number): number {
  if (!(relativeSD >= 0.000017)) throw new Error("relativeSD should be greater than 0.000017");
  // At least 2^11 registers (2 KB): the raw estimator is noticeably less accurate below that.
  return Math.max(11, Math.min(18, Math.ceil(2 * Math.log2(1.106 / relativeSD))));
}

/** Cardinality estimate from merged registers (raw HyperLogLog with linear counting for small
 *  cardinalities). */
export function hllEstimate(registers: Uint8Array): number {
  const m = registers.length;
  let sum = 0;
  let zeros = 0;
  for (let i = 0; i < m; i++) {
    sum += 2 ** -registers[i]!;
    if (registers[i] === 0) zeros++;
  }
  const alpha = m === 16 ? 0.673 : m === 32 ? 0.697 : m === 64 ? 0.709 : 0.7213 / (1 + 1.079 / m);
  const raw = (alpha * m * m) / sum;
  if (raw <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros);
  return raw;
}

export async function countApproxDistinct(rdd: RDD<unknown>, relativeSD = 0.05): Promise<number> {
  const p = hllPrecision(relativeSD);
  const parts = await rdd.context.runtime.runJob<Uint8Array>(rdd.node, builtinFn("hllRegisters", p), { callSite: callSiteFromStack("countApproxDistinct") });
  const merged = new Uint8Array(1 << p);
  for (const regs of parts) for (let i = 0; i < merged.length; i++) if (regs[i]! > merged[i]!) merged[i] = regs[i]!;
  return Math.round(hllEstimate(merged));
}

export async function countApprox(rdd: RDD<unknown>, _timeout: number, _confidence = 0.95): Promise<number> {
  return rdd.count();
}

export async function sumApprox(rdd: RDD<number>, _timeout: number, _confidence = 0.95): Promise<number> {
  return rdd.sum();
}

export async function meanApprox(rdd: RDD<number>, _timeout: number, _confidence = 0.95): Promise<number> {
  return rdd.mean();
}
