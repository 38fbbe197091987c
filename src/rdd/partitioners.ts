// User-facing partitioners for partitionBy: HashPartitioner(n) and RangePartitioner(n, rdd).
// Both describe themselves as a PartitionerSpec (data) that travels to the executors.

import type { PartitionerSpec } from "../runtime/partitioner.js";

export class HashPartitioner {
  constructor(readonly numPartitions: number) {
    if (!Number.isInteger(numPartitions) || numPartitions < 1) throw new RangeError(`Number of partitions (${numPartitions}) must be positive.`);
  }
  get spec(): PartitionerSpec {
    return { kind: "hash", numPartitions: this.numPartitions };
  }
}

/** Partitions by ranges of keys sampled from `rdd` (bounds are computed before the first job). */
export class RangePartitioner {
  constructor(
    readonly numPartitions: number,
    readonly rdd: { readonly node: import("../runtime/rdd-node.js").RddNode },
    readonly ascending = true,
  ) {
    if (!Number.isInteger(numPartitions) || numPartitions < 1) throw new RangeError(`Number of partitions (${numPartitions}) must be positive.`);
  }
}

export type Partitioner = HashPartitioner | RangePartitioner;
