// Sorting records by a comparator with spills to disk when over the memory budget (Spark's
// ExternalSorter): sorted runs are written to files and merged on output. The sort is stable
// within a run and runs merge in spill order, so equal keys keep their arrival order.

import { ChunkFileReader, ChunkFileWriter, RecordStream } from "../serde/chunk-file.js";
import type { TaskContext } from "../task/task-context.js";
import { SpillTracker } from "./spill-tracker.js";

const CHUNK = 1024;

export class ExternalSorter {
  private buffer: unknown[] = [];
  private readonly runs: string[] = [];
  private readonly tracker: SpillTracker;

  constructor(
    private readonly ctx: TaskContext,
    private readonly compare: (a: unknown, b: unknown) => number,
  ) {
    this.tracker = new SpillTracker(ctx);
  }

  insert(record: unknown): void {
    this.buffer.push(record);
    if (this.tracker.shouldSpill(this.buffer.length, () => this.sampleOf(this.buffer))) this.spill();
  }

  private *sampleOf(a: unknown[]): Generator<unknown> {
    const step = Math.max(1, Math.floor(a.length / 32));
    for (let i = 0; i < a.length; i += step) yield a[i];
  }

  private spill(): void {
    const run = this.buffer.sort(this.compare);
    const w = new ChunkFileWriter(this.ctx.spillPath("sort"));
    for (let i = 0; i < run.length; i += CHUNK) w.write(run.slice(i, i + CHUNK));
    w.close();
    this.runs.push(w.path);
    this.buffer = [];
    this.tracker.spilled(w.bytes);
  }

  get spillCount(): number {
    return this.tracker.spills;
  }

  *sorted(): Generator<unknown> {
    const mem = this.buffer.sort(this.compare);
    this.buffer = [];
    this.tracker.release();
    if (this.runs.length === 0) {
      yield* mem;
      return;
    }
    const streams = this.runs.map((p) => new RecordStream(new ChunkFileReader(p)));
    let mi = 0;
    for (;;) {
      let best = -1;
      let bestVal: unknown = undefined;
      for (let s = 0; s < streams.length; s++) {
        const st = streams[s]!;
        if (!st.done && (best === -1 || this.compare(st.head, bestVal) < 0)) {
          best = s;
          bestVal = st.head;
        }
      }
      if (mi < mem.length && (best === -1 || this.compare(mem[mi], bestVal) < 0)) {
        yield mem[mi++];
        continue;
      }
      if (best === -1) return;
      yield bestVal;
      streams[best]!.advance();
    }
  }
}
