// Per-executor unified memory, as Spark's UnifiedMemoryManager: `spark.executor.memory` ×
// `spark.memory.fraction` is shared by execution (sort/aggregate buffers, which spill when they
// cannot get more) and storage (cached blocks, which are evicted). Execution may evict storage
// down to `spark.memory.storageFraction` of the pool; storage only uses what is free.
// Sizes are estimates (size-estimator.ts), not measured heap bytes.

export interface StorageEvictor {
  /** Frees at least `bytes` of storage memory if it can; returns bytes freed. */
  evict(bytes: number, forBlock: string | null): number;
}

export class MemoryManager {
  private executionUsed = 0;
  private storageUsed = 0;
  peakExecution = 0;
  evictor: StorageEvictor | null = null;

  constructor(
    readonly poolBytes: number,
    readonly storageFraction = 0.5,
  ) {}

  get executionMemoryUsed(): number {
    return this.executionUsed;
  }
  get storageMemoryUsed(): number {
    return this.storageUsed;
  }

  /** Grants `bytes` of execution memory or nothing (the caller spills and retries smaller). */
  tryAcquireExecution(bytes: number): boolean {
    let free = this.poolBytes - this.executionUsed - this.storageUsed;
    if (free < bytes && this.evictor) {
      const protectedStorage = this.poolBytes * this.storageFraction;
      const evictable = Math.max(0, this.storageUsed - protectedStorage);
      if (evictable > 0) this.evictor.evict(Math.min(evictable, bytes - free), null);
      free = this.poolBytes - this.executionUsed - this.storageUsed;
    }
    if (free < bytes) return false;
    this.executionUsed += bytes;
    if (this.executionUsed > this.peakExecution) this.peakExecution = this.executionUsed;
    return true;
  }

  releaseExecution(bytes: number): void {
    this.executionUsed = Math.max(0, this.executionUsed - bytes);
  }

  tryAcquireStorage(bytes: number, blockId: string): boolean {
    if (bytes > this.poolBytes) return false;
    let free = this.poolBytes - this.executionUsed - this.storageUsed;
    if (free < bytes && this.evictor) {
      this.evictor.evict(bytes - free, blockId);
      free = this.poolBytes - this.executionUsed - this.storageUsed;
    }
    if (free < bytes) return false;
    this.storageUsed += bytes;
    return true;
  }

  releaseStorage(bytes: number): void {
    this.storageUsed = Math.max(0, this.storageUsed - bytes);
  }
}
