// A Greenwald–Khanna quantile summary with the parameters and query rule Spark's
// percentile_approx uses (relative error 1/accuracy, inserts buffered 50,000 at a time,
// compression once 10,000 samples accumulate), so the answers match Spark's, including the
// approximation on large inputs or small accuracies. Each sample is (value, g, delta): g is the
// rank gap to the previous sample, delta the uncertainty of its rank.

const HEAD_SIZE = 50_000;
const COMPRESS_THRESHOLD = 10_000;

export class QuantileSummary {
  values: number[] = [];
  g: number[] = [];
  delta: number[] = [];
  head: number[] = [];
  count = 0;
  compressed = true;

  constructor(readonly relativeError: number) {}

  insert(x: number): void {
    this.head.push(x);
    this.compressed = false;
    if (this.head.length >= HEAD_SIZE) {
      this.flushHead();
      if (this.values.length >= COMPRESS_THRESHOLD) this.compress();
    }
  }

  /** Merges the sorted head buffer into the samples. */
  private flushHead(): void {
    if (this.head.length === 0) return;
    const sorted = Float64Array.from(this.head).sort();
    this.head = [];
    const nv: number[] = [];
    const ng: number[] = [];
    const nd: number[] = [];
    let count = this.count;
    let si = 0;
    const n = this.values.length;
    for (let k = 0; k < sorted.length; k++) {
      const x = sorted[k]!;
      while (si < n && this.values[si]! <= x) {
        nv.push(this.values[si]!);
        ng.push(this.g[si]!);
        nd.push(this.delta[si]!);
        si++;
      }
      count++;
      const d = nv.length === 0 || (si === n && k === sorted.length - 1) ? 0 : Math.floor(2 * this.relativeError * count);
      nv.push(x);
      ng.push(1);
      nd.push(d);
    }
    for (; si < n; si++) {
      nv.push(this.values[si]!);
      ng.push(this.g[si]!);
      nd.push(this.delta[si]!);
    }
    this.values = nv;
    this.g = ng;
    this.delta = nd;
    this.count = count;
  }

  compress(): void {
    this.flushHead();
    compressSamples(this, 2 * this.relativeError * this.count);
    this.compressed = true;
  }

  /** A new summary holding both (both are compressed first). */
  static merge(a: QuantileSummary, b: QuantileSummary): QuantileSummary {
    if (!a.compressed) a.compress();
    if (!b.compressed) b.compress();
    if (b.count === 0) return a;
    if (a.count === 0) return b;
    const err = Math.max(a.relativeError, b.relativeError);
    const r = new QuantileSummary(err);
    const idx: [number, number][] = [];
    for (let i = 0; i < a.values.length; i++) idx.push([0, i]);
    for (let i = 0; i < b.values.length; i++) idx.push([1, i]);
    const src = [a, b];
    idx.sort((p, q) => src[p[0]]!.values[p[1]]! - src[q[0]]!.values[q[1]]!); // stable
    for (const [s, i] of idx) {
      r.values.push(src[s]!.values[i]!);
      r.g.push(src[s]!.g[i]!);
      r.delta.push(src[s]!.delta[i]!);
    }
    r.count = a.count + b.count;
    compressSamples(r, 2 * err * r.count);
    return r;
  }

  /** The approximate quantile q ∈ [0, 1]; the summary must be compressed and non-empty. */
  query(q: number): number {
    const n = this.values.length;
    if (q <= this.relativeError) return this.values[0]!;
    if (q >= 1 - this.relativeError) return this.values[n - 1]!;
    let maxGD = -Infinity;
    for (let i = 0; i < n; i++) maxGD = Math.max(maxGD, this.g[i]! + this.delta[i]!);
    const targetError = Math.floor(maxGD / 2); // a Long division in Spark
    const rank = Math.ceil(q * this.count);
    let minRank = 0;
    for (let i = 0; i < n - 1; i++) {
      minRank += this.g[i]!;
      const maxRank = minRank + this.delta[i]!;
      if (maxRank - targetError <= rank && rank <= minRank + targetError) return this.values[i]!;
    }
    return this.values[n - 1]!;
  }
}

/** Merges neighbouring samples whose combined rank uncertainty stays under the threshold,
 *  walking from the largest value down; the smallest and largest samples are kept. */
function compressSamples(s: QuantileSummary, threshold: number): void {
  const n = s.values.length;
  if (n === 0) return;
  const rv: number[] = [];
  const rg: number[] = [];
  const rd: number[] = [];
  let hv = s.values[n - 1]!;
  let hg = s.g[n - 1]!;
  let hd = s.delta[n - 1]!;
  for (let i = n - 2; i >= 1; i--) {
    if (s.g[i]! + hg + hd < threshold) {
      hg += s.g[i]!;
    } else {
      rv.push(hv);
      rg.push(hg);
      rd.push(hd);
      hv = s.values[i]!;
      hg = s.g[i]!;
      hd = s.delta[i]!;
    }
  }
  rv.push(hv);
  rg.push(hg);
  rd.push(hd);
  if (s.values[0]! <= hv && n > 1) {
    rv.push(s.values[0]!);
    rg.push(s.g[0]!);
    rd.push(s.delta[0]!);
  }
  s.values = rv.reverse();
  s.g = rg.reverse();
  s.delta = rd.reverse();
}
