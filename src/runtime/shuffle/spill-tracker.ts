// Memory accounting for a spillable in-task collection: re-estimates its size every few
// thousand inserts from a sample and asks the executor's memory manager for the growth. When the
// grant is refused the owner spills and releases everything.

import { estimateSize } from "../memory/size-estimator.js";
import type { TaskContext } from "../task/task-context.js";

const CHECK_EVERY = 2048;

export class SpillTracker {
  private held = 0;
  private sinceCheck = 0;
  spills = 0;

  constructor(private readonly ctx: TaskContext) {
    ctx.addTaskCompletionListener(() => this.release());
  }

  /** Call once per insert; returns true when the collection must spill now. */
  shouldSpill(count: number, sample: () => Iterable<unknown>): boolean {
    if (++this.sinceCheck < CHECK_EVERY) return false;
    this.sinceCheck = 0;
    let n = 0;
    let bytes = 0;
    for (const x of sample()) {
      bytes += estimateSize(x);
      if (++n >= 32) break;
    }
    const estimate = n === 0 ? 0 : (bytes / n) * count;
    if (estimate <= this.held) return false;
    const want = estimate - this.held;
    if (this.ctx.env.memory.tryAcquireExecution(want)) {
      this.held += want;
      return false;
    }
    return true;
  }

  /** Records a spill of `diskBytes` and releases the memory held. */
  spilled(diskBytes: number): void {
    this.spills++;
    this.ctx.metrics.memoryBytesSpilled += this.held;
    this.ctx.metrics.diskBytesSpilled += diskBytes;
    this.release();
  }

  release(): void {
    if (this.held > 0) this.ctx.env.memory.releaseExecution(this.held);
    this.ctx.metrics.peakExecutionMemory = Math.max(this.ctx.metrics.peakExecutionMemory, this.ctx.env.memory.peakExecution);
    this.held = 0;
  }
}
