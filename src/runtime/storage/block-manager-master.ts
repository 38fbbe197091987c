// Driver-side view of cached blocks: which executors hold which block, fed by the block updates
// that come back with task results. The task scheduler prefers those executors.

import type { BlockUpdate } from "../task/task-description.js";

export interface BlockStatus {
  readonly executorId: string;
  readonly memSize: number;
  readonly diskSize: number;
}

export class BlockManagerMaster {
  private readonly blocks = new Map<string, Map<string, BlockStatus>>();

  update(executorId: string, u: BlockUpdate): void {
    let m = this.blocks.get(u.blockId);
    if (u.memSize === 0 && u.diskSize === 0) {
      m?.delete(executorId);
      if (m && m.size === 0) this.blocks.delete(u.blockId);
      return;
    }
    if (!m) this.blocks.set(u.blockId, (m = new Map()));
    m.set(executorId, { executorId, memSize: u.memSize, diskSize: u.diskSize });
  }

  locations(blockId: string): string[] {
    const m = this.blocks.get(blockId);
    return m ? [...m.keys()] : [];
  }

  /** Status of every block of `rddId` (for getRDDStorageInfo and the UI's storage page). */
  rddBlocks(rddId: number): { blockId: string; status: BlockStatus[] }[] {
    const prefix = `rdd_${rddId}_`;
    const out: { blockId: string; status: BlockStatus[] }[] = [];
    for (const [id, m] of this.blocks) if (id.startsWith(prefix)) out.push({ blockId: id, status: [...m.values()] });
    return out;
  }

  removeRdd(rddId: number): void {
    const prefix = `rdd_${rddId}_`;
    for (const id of [...this.blocks.keys()]) if (id.startsWith(prefix)) this.blocks.delete(id);
  }

  removeExecutor(executorId: string): void {
    for (const [id, m] of [...this.blocks]) {
      m.delete(executorId);
      if (m.size === 0) this.blocks.delete(id);
    }
  }
}
