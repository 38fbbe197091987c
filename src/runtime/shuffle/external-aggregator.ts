// Hash aggregation of [key, value] records by canonical key that spills to disk when the
// executor's memory budget is exhausted (Spark's ExternalAppendOnlyMap): each spill is a file
// of entries sorted by canonical key; the output merges the spills with what is still in
// memory, combining entries of equal keys.

import { canonicalKey, compareCanonical, type CanonicalKey } from "../keys/canonical-key.js";
import { ChunkFileReader, ChunkFileWriter, RecordStream } from "../serde/chunk-file.js";
import type { TaskContext } from "../task/task-context.js";
import { SpillTracker } from "./spill-tracker.js";

export interface Aggregator {
  createCombiner(v: unknown): unknown;
  mergeValue(c: unknown, v: unknown): unknown;
  mergeCombiners(a: unknown, b: unknown): unknown;
}

type Entry = [CanonicalKey, unknown, unknown]; // canonical, key, combiner

const CHUNK = 1024;

export class ExternalAggregator {
  private map = new Map<CanonicalKey, Entry>();
  private readonly spillFiles: string[] = [];
  private readonly tracker: SpillTracker;

  constructor(
    private readonly ctx: TaskContext,
    private readonly agg: Aggregator,
  ) {
    this.tracker = new SpillTracker(ctx);
  }

  insertValue(key: unknown, value: unknown): void {
    const c = canonicalKey(key);
    const e = this.map.get(c);
    if (e === undefined) this.map.set(c, [c, key, this.agg.createCombiner(value)]);
    else e[2] = this.agg.mergeValue(e[2], value);
    this.maybeSpill();
  }

  insertCombiner(key: unknown, comb: unknown): void {
    const c = canonicalKey(key);
    const e = this.map.get(c);
    if (e === undefined) this.map.set(c, [c, key, comb]);
    else e[2] = this.agg.mergeCombiners(e[2], comb);
    this.maybeSpill();
  }

  // One sampler for the aggregator's life: maybeSpill runs per record and must not allocate.
  private readonly sample = () => this.map.values();

  private maybeSpill(): void {
    if (this.tracker.shouldSpill(this.map.size, this.sample)) this.spill();
  }

  private spill(): void {
    const entries = this.sortedEntries();
    const w = new ChunkFileWriter(this.ctx.spillPath("agg"));
    for (let i = 0; i < entries.length; i += CHUNK) w.write(entries.slice(i, i + CHUNK));
    w.close();
    this.spillFiles.push(w.path);
    this.map = new Map();
    this.tracker.spilled(w.bytes);
  }

  private sortedEntries(): Entry[] {
    return [...this.map.values()].sort((a, b) => compareCanonical(a[0], b[0]));
  }

  get spillCount(): number {
    return this.tracker.spills;
  }

  /** All [key, combiner] pairs; consumes the aggregator. */
  *entries(): Generator<[unknown, unknown]> {
    if (this.spillFiles.length === 0) {
      for (const e of this.map.values()) yield [e[1], e[2]];
      this.map = new Map();
      this.tracker.release();
      return;
    }
    const mem = this.sortedEntries();
    this.map = new Map();
    this.tracker.release();
    const streams = this.spillFiles.map((p) => new RecordStream(new ChunkFileReader(p)));
    let mi = 0;
    try {
      for (;;) {
        // smallest canonical key among the heads
        let min: Entry | undefined = mi < mem.length ? mem[mi] : undefined;
        for (const s of streams) {
          if (!s.done && (min === undefined || compareCanonical((s.head as Entry)[0], min[0]) < 0)) min = s.head as Entry;
        }
        if (min === undefined) return;
        const c = min[0];
        let key: unknown = undefined;
        let comb: unknown = undefined;
        let first = true;
        const take = (e: Entry) => {
          if (first) {
            key = e[1];
            comb = e[2];
            first = false;
          } else comb = this.agg.mergeCombiners(comb, e[2]);
        };
        for (const s of streams) {
          while (!s.done && compareCanonical((s.head as Entry)[0], c) === 0) {
            take(s.head as Entry);
            s.advance();
          }
        }
        while (mi < mem.length && compareCanonical(mem[mi]![0], c) === 0) take(mem[mi++]!);
        yield [key, comb];
      }
    } finally {
      for (const s of streams) if (!s.done) (s as unknown as { reader: ChunkFileReader }).reader.close();
    }
  }
}
