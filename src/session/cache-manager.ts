// df.cache()/persist(): computed partitions kept by cache id, filled on first use.
import type { RPlan } from "../plan/logical/resolved.js";
import type { Partitions } from "../exec/physical/exec-context.js";
import { encodeBatchForCache } from "../exec/batch/cache-encoding.js";

export class CacheManager {
  private nextId = 1;
  private readonly plans = new Map<number, RPlan>();
  private readonly partitions = new Map<number, Partitions>();
  readonly storageLevels = new Map<number, string>();

  register(level: string): number {
    const id = this.nextId++;
    this.storageLevels.set(id, level);
    return id;
  }

  plan(id: number): RPlan | undefined {
    return this.plans.get(id);
  }

  setPlan(id: number, plan: RPlan): void {
    this.plans.set(id, plan);
  }

  data(id: number): Partitions | undefined {
    return this.partitions.get(id);
  }

  store(id: number, parts: Partitions): void {
    this.partitions.set(id, parts.map((p) => p.map(encodeBatchForCache)));
  }

  drop(id: number): void {
    this.plans.delete(id);
    this.partitions.delete(id);
    this.storageLevels.delete(id);
  }

  clear(): void {
    this.plans.clear();
    this.partitions.clear();
    this.storageLevels.clear();
  }
}
