// Deterministic row sampling for schema inference (samplingRatio). Spark samples with a fixed
// seed; the rows chosen differ from Spark's, the ratio and determinism do not.

export class Sampler {
  private state = 0x9e3779b9;

  constructor(private readonly ratio: number) {
    if (!(ratio > 0)) throw new Error(`samplingRatio (${ratio}) should be greater than 0`);
  }

  take(): boolean {
    if (this.ratio >= 1) return true;
    // xorshift32
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x100000000 < this.ratio;
  }
}
