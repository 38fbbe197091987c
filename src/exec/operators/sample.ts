// Sample: Bernoulli sampling per row (or Poisson with replacement), seeded per partition so
// results are reproducible for a given seed and partitioning.
import type { SampleNode } from "../../plan/logical/resolved.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { allRows, partitionRows, rowsToBatches } from "./row-utils.js";

function xorshift(seed: number): () => number {
  let x = (seed ^ 0x5deece66d) >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

export function execSample(node: SampleNode, ctx: ExecContext, input: Partitions): Partitions {
  void allRows;
  const types = node.output.map((a) => a.dataType);
  return input.map((part, index) => {
    const rnd = xorshift(node.seed + index * 7919);
    const out: unknown[][] = [];
    for (const r of partitionRows(part)) {
      if (node.withReplacement) {
        // Poisson(fraction) copies.
        const lambda = node.upperBound - node.lowerBound;
        let k = 0;
        let p = Math.exp(-lambda);
        let s = p;
        const u = rnd();
        while (u > s) {
          k++;
          p = (p * lambda) / k;
          s += p;
        }
        for (let i = 0; i < k; i++) out.push(r);
      } else {
        const x = rnd();
        if (x >= node.lowerBound && x < node.upperBound) out.push(r);
      }
    }
    return rowsToBatches(types, out, ctx.batchSize);
  });
}
