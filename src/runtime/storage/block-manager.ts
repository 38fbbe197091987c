// Executor-side block store for cached RDD partitions (blocks "rdd_<rddId>_<partition>").
// Memory levels keep the records (or their serialized bytes for *_SER); disk levels write
// chunk files under the executor's local dir. When storage memory runs short, least recently
// used blocks of other RDDs are evicted: to disk if their level allows, otherwise dropped, and
// recomputed from lineage when next needed. Every change is reported to the driver as a
// BlockUpdate so the scheduler can prefer the executor holding a block.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MemoryManager, StorageEvictor } from "../memory/memory-manager.js";
import { estimateSize } from "../memory/size-estimator.js";
import { decodeChunks, encodeChunk } from "../serde/chunks.js";
import type { BlockUpdate } from "../task/task-description.js";
import type { StorageLevel } from "./storage-level.js";

interface Entry {
  level: StorageLevel;
  values: unknown[] | null;
  bytes: Uint8Array | null;
  memSize: number;
  diskPath: string | null;
  diskSize: number;
}

export class BlockManager implements StorageEvictor {
  private readonly entries = new Map<string, Entry>();
  private readonly dir: string;
  private updates: BlockUpdate[] = [];

  constructor(
    private readonly memory: MemoryManager,
    localDir: string,
  ) {
    this.dir = join(localDir, "blocks");
    memory.evictor = this;
  }

  /** Block updates since the last call (sent with each task result). */
  drainUpdates(): BlockUpdate[] {
    const u = this.updates;
    this.updates = [];
    return u;
  }

  contains(blockId: string): boolean {
    return this.entries.has(blockId);
  }

  /** The block's records, or null if this executor does not hold it. */
  get(blockId: string): unknown[] | null {
    const e = this.entries.get(blockId);
    if (!e) return null;
    this.entries.delete(blockId); // re-insert: Map order is our LRU order
    this.entries.set(blockId, e);
    if (e.values) return e.values;
    if (e.bytes) return [...decodeChunks(e.bytes)];
    if (e.diskPath) return [...decodeChunks(readFileSync(e.diskPath))];
    return null;
  }

  /** Stores a computed partition at `level`; returns false if it fit nowhere (not cached). */
  put(blockId: string, values: unknown[], level: StorageLevel): boolean {
    if (this.entries.has(blockId)) return true;
    if (level.useMemory) {
      const bytes = level.deserialized ? null : encodeChunk(values);
      const size = bytes ? bytes.length : estimateSize(values);
      if (this.memory.tryAcquireStorage(size, blockId)) {
        const e: Entry = { level, values: bytes ? null : values, bytes, memSize: size, diskPath: null, diskSize: 0 };
        this.entries.set(blockId, e);
        this.report(blockId, e);
        return true;
      }
    }
    if (level.useDisk) {
      const e: Entry = { level, values: null, bytes: null, memSize: 0, diskPath: null, diskSize: 0 };
      this.writeToDisk(blockId, e, encodeChunk(values));
      this.entries.set(blockId, e);
      this.report(blockId, e);
      return true;
    }
    return false;
  }

  evict(bytes: number, forBlock: string | null): number {
    const rddPrefix = forBlock ? forBlock.slice(0, forBlock.lastIndexOf("_") + 1) : null;
    let freed = 0;
    for (const [id, e] of [...this.entries]) {
      if (freed >= bytes) break;
      if (e.memSize === 0) continue;
      if (rddPrefix && id.startsWith(rddPrefix)) continue; // never evict a block of the same RDD
      if (e.level.useDisk && !e.diskPath) this.writeToDisk(id, e, e.bytes ?? encodeChunk(e.values!));
      this.memory.releaseStorage(e.memSize);
      freed += e.memSize;
      e.values = null;
      e.bytes = null;
      e.memSize = 0;
      if (!e.diskPath) this.entries.delete(id);
      this.report(id, e);
    }
    return freed;
  }

  removeBlock(blockId: string): void {
    const e = this.entries.get(blockId);
    if (!e) return;
    this.memory.releaseStorage(e.memSize);
    if (e.diskPath) rmSync(e.diskPath, { force: true });
    this.entries.delete(blockId);
    this.updates.push({ blockId, memSize: 0, diskSize: 0 });
  }

  removeRdd(rddId: number): void {
    const prefix = `rdd_${rddId}_`;
    for (const id of [...this.entries.keys()]) if (id.startsWith(prefix)) this.removeBlock(id);
    this.updates = this.updates.filter((u) => !u.blockId.startsWith(prefix));
  }

  clear(): void {
    for (const id of [...this.entries.keys()]) this.removeBlock(id);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private writeToDisk(blockId: string, e: Entry, bytes: Uint8Array): void {
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, blockId);
    writeFileSync(path, bytes);
    e.diskPath = path;
    e.diskSize = bytes.length;
  }

  private report(blockId: string, e: Entry): void {
    this.updates.push({ blockId, memSize: e.memSize, diskSize: e.diskSize });
  }
}
