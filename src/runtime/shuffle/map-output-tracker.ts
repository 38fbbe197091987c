// Driver-side registry of shuffle map outputs: for each shuffle, which executor produced each
// map task's output and where its bytes are. Outputs of a lost executor are dropped (as in Spark
// without an external shuffle service), which makes their map stage re-run those partitions.

import type { BlockRef } from "../task/task-node.js";
import type { MapOutput } from "../task/task-description.js";

export interface MapStatus {
  readonly executorId: string;
  readonly output: MapOutput;
}

export class MissingShuffleOutputError extends Error {
  constructor(
    readonly shuffleId: number,
    readonly mapIds: number[],
  ) {
    super(`Missing an output location for shuffle ${shuffleId} (map partitions ${mapIds.join(", ")})`);
  }
}

/** Bytes per reducer partition of a completed shuffle (for adaptive coalescing). */
export interface MapOutputStatistics {
  readonly shuffleId: number;
  readonly bytesByPartitionId: readonly number[];
}

export class MapOutputTracker {
  private readonly shuffles = new Map<number, (MapStatus | null)[]>();

  registerShuffle(shuffleId: number, numMaps: number): void {
    if (!this.shuffles.has(shuffleId)) this.shuffles.set(shuffleId, new Array(numMaps).fill(null));
  }
  has(shuffleId: number): boolean {
    return this.shuffles.has(shuffleId);
  }
  registerMapOutput(shuffleId: number, mapId: number, status: MapStatus): void {
    const s = this.shuffles.get(shuffleId);
    if (s) s[mapId] = status;
  }
  missingMaps(shuffleId: number): number[] {
    const s = this.shuffles.get(shuffleId);
    if (!s) return [];
    const out: number[] = [];
    for (let i = 0; i < s.length; i++) if (s[i] === null) out.push(i);
    return out;
  }
  isAvailable(shuffleId: number): boolean {
    const s = this.shuffles.get(shuffleId);
    return s !== undefined && s.every((x) => x !== null);
  }

  /** Block refs of reducers [start, end) over every map output. */
  blocksFor(shuffleId: number, start: number, end: number): BlockRef[] {
    const s = this.shuffles.get(shuffleId);
    if (!s) throw new MissingShuffleOutputError(shuffleId, []);
    const missing = this.missingMaps(shuffleId);
    if (missing.length > 0) throw new MissingShuffleOutputError(shuffleId, missing);
    const refs: BlockRef[] = [];
    for (const st of s as MapStatus[]) {
      const o = st.output.offsets;
      const offset = o[start]!;
      const length = o[end]! - offset;
      if (length === 0) continue;
      const loc = st.output.location;
      refs.push(loc.kind === "memory" ? { kind: "memory", buffer: loc.buffer, offset, length } : { kind: "file", path: loc.path, offset, length });
    }
    return refs;
  }

  statistics(shuffleId: number): MapOutputStatistics {
    const s = (this.shuffles.get(shuffleId) ?? []) as MapStatus[];
    const n = s.length > 0 ? s[0]!.output.offsets.length - 1 : 0;
    const bytes = new Array<number>(n).fill(0);
    for (const st of s) for (let r = 0; r < n; r++) bytes[r]! += st.output.offsets[r + 1]! - st.output.offsets[r]!;
    return { shuffleId, bytesByPartitionId: bytes };
  }

  /** Drops every output held by `executorId`; returns the shuffles that lost outputs. */
  removeOutputsOnExecutor(executorId: string): number[] {
    const affected: number[] = [];
    for (const [id, s] of this.shuffles) {
      let hit = false;
      for (let i = 0; i < s.length; i++) {
        if (s[i]?.executorId === executorId) {
          s[i] = null;
          hit = true;
        }
      }
      if (hit) affected.push(id);
    }
    return affected;
  }

  unregisterShuffle(shuffleId: number): void {
    this.shuffles.delete(shuffleId);
  }
  clear(): void {
    this.shuffles.clear();
  }
}
