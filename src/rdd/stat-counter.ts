// Summary statistics of a numeric RDD (Spark's StatCounter): count, mean, stdev, max, min,
// variance, merged across partitions with the parallel variance formula.

import { formatDouble } from "../values/java-format.js";

export class StatCounter {
  constructor(
    private n = 0,
    private mu = 0,
    private m2 = 0,
    private maxValue = -Infinity,
    private minValue = Infinity,
  ) {}

  /** Merges a partition's [count, mean, m2, max, min]. */
  mergePartial([n, mu, m2, max, min]: [number, number, number, number, number]): this {
    if (n === 0) return this;
    if (this.n === 0) {
      this.n = n;
      this.mu = mu;
      this.m2 = m2;
    } else {
      const delta = mu - this.mu;
      const total = this.n + n;
      this.mu = this.mu + (delta * n) / total;
      this.m2 = this.m2 + m2 + (delta * delta * this.n * n) / total;
      this.n = total;
    }
    this.maxValue = Math.max(this.maxValue, max);
    this.minValue = Math.min(this.minValue, min);
    return this;
  }

  count(): number {
    return this.n;
  }
  mean(): number {
    return this.n === 0 ? NaN : this.mu;
  }
  sum(): number {
    return this.n * this.mu;
  }
  max(): number {
    return this.maxValue;
  }
  min(): number {
    return this.minValue;
  }
  variance(): number {
    return this.n === 0 ? NaN : this.m2 / this.n;
  }
  sampleVariance(): number {
    return this.n <= 1 ? NaN : this.m2 / (this.n - 1);
  }
  stdev(): number {
    return Math.sqrt(this.variance());
  }
  sampleStdev(): number {
    return Math.sqrt(this.sampleVariance());
  }
  toString(): string {
    return `(count: ${this.n}, mean: ${formatDouble(this.mean())}, stdev: ${formatDouble(this.stdev())}, max: ${formatDouble(this.maxValue)}, min: ${formatDouble(this.minValue)})`;
  }
}
