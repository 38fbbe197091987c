// Adaptive coalescing of small shuffle partitions (Spark's AQE CoalesceShufflePartitions): after
// the map stages ran, adjacent reducer partitions are merged while their combined bytes stay
// within the target size. Exchanges read together (both sides of a join) share one grouping,
// computed over the sum of their bytes, so partition i of each side still holds the same keys.

export interface CoalesceOptions {
  /** spark.sql.adaptive.advisoryPartitionSizeInBytes (64 MB). */
  readonly advisoryBytes: number;
  /** spark.sql.adaptive.coalescePartitions.minPartitionSize (1 MB). */
  readonly minPartitionBytes: number;
  /** With parallelismFirst (Spark's default), at least this many partitions when data allows. */
  readonly minPartitions: number;
}

/** Reducer ranges [start, end) covering 0..n-1 for the summed bytes per reducer. */
export function coalescePartitions(bytesPerShuffle: readonly (readonly number[])[], o: CoalesceOptions): [number, number][] {
  const n = bytesPerShuffle[0]?.length ?? 0;
  if (n === 0) return [];
  const bytes = new Array<number>(n).fill(0);
  for (const s of bytesPerShuffle) for (let i = 0; i < n; i++) bytes[i]! += s[i]!;
  const total = bytes.reduce((a, b) => a + b, 0);
  const target = Math.max(Math.min(Math.ceil(total / Math.max(1, o.minPartitions)), o.advisoryBytes), o.minPartitionBytes);
  const ranges: [number, number][] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < n; i++) {
    if (i > start && size + bytes[i]! > target) {
      ranges.push([start, i]);
      start = i;
      size = 0;
    }
    size += bytes[i]!;
  }
  ranges.push([start, n]);
  return ranges;
}
