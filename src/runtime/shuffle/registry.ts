// Shuffle writer/reader kinds. The built-in "pairs" kind shuffles [key, value] records (the RDD
// API); the DataFrame engine registers its own kinds for columnar batches.

import type { TaskContext } from "../task/task-context.js";
import type { ShuffleReaderSpec, ShuffleWriterSpec } from "../task/task-node.js";

/** Partitions a map task's records into bytes per reducer (a list of chunks for each). */
export type ShuffleWriter = (records: Iterator<unknown>, spec: ShuffleWriterSpec, numReducers: number, ctx: TaskContext) => Uint8Array[][];
/** Turns the fetched bytes of one reducer (one block per map task) back into records. */
export type ShuffleReader = (blocks: readonly Uint8Array[], spec: ShuffleReaderSpec, ctx: TaskContext) => Iterator<unknown>;

// On globalThis so that a module loaded twice (a plugin bundled on its own) shares the registry.
const g = globalThis as Record<symbol, unknown>;
const writers = (g[Symbol.for("faisca.shuffleWriters")] ??= new Map()) as Map<string, ShuffleWriter>;
const readers = (g[Symbol.for("faisca.shuffleReaders")] ??= new Map()) as Map<string, ShuffleReader>;

export function registerShuffleKind(kind: string, writer: ShuffleWriter, reader: ShuffleReader): void {
  writers.set(kind, writer);
  readers.set(kind, reader);
}

export function shuffleWriter(kind: string): ShuffleWriter {
  const w = writers.get(kind);
  if (!w) throw new Error(`Unknown shuffle writer kind '${kind}' on this executor`);
  return w;
}

export function shuffleReader(kind: string): ShuffleReader {
  const r = readers.get(kind);
  if (!r) throw new Error(`Unknown shuffle reader kind '${kind}' on this executor`);
  return r;
}
