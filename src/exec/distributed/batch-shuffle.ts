// The "batches" shuffle kind: a map task's batches split per reducer (gathered once per flush
// of buffered rows, so 200 reducers do not mean 200 tiny batches per input batch), each piece
// encoded as a length-prefixed v8 chunk of a transferable batch (typed arrays, UTF-8 bytes);
// the reducer decodes them back into batches.

import { registerShuffleKind } from "../../runtime/shuffle/registry.js";
import { decodeChunks, encodeChunk } from "../../runtime/serde/chunks.js";
import type { TaskContext } from "../../runtime/task/task-context.js";
import { deserializeExpr } from "../../plan/serde/index.js";
import type { Batch } from "../batch/column-vector.js";
import { concatBatches, gatherRows } from "../batch/batch-ops.js";
import { fromTransferable, toTransferable, type TransferableBatch } from "../batch/transfer.js";
import { cached, stageRuntime } from "./rebuild-cache.js";
import { hashPartitioner, roundRobinPartitioner, type Partitioner } from "./partition-ids.js";
import type { BatchesWriterSpec } from "./stage-spec.js";
import { withErrorParameters } from "./task-errors.js";

/** Rows buffered before they are split by reducer. */
const FLUSH_ROWS = 1 << 16;

function partitionerFor(spec: BatchesWriterSpec, ctx: TaskContext): Partitioner | null {
  const ex = spec.exchange;
  if (ex.kind === "single") return null;
  if (ex.kind === "round_robin") return roundRobinPartitioner(ctx.partitionId);
  const rt = stageRuntime(spec.env, ctx);
  const keys = cached(`keys:${spec.env.queryId}:${spec.exchangeId}`, () => ex.keys.map((k) => deserializeExpr(k, rt.rebuild)));
  return hashPartitioner(keys, ex.byValue, rt.exec.eval);
}

const encode = (b: Batch, spec: BatchesWriterSpec): Uint8Array => encodeChunk([toTransferable(b, spec.types, { copy: false }).message]);

function writeBatches(records: Iterator<unknown>, rawSpec: unknown, numReducers: number, ctx: TaskContext): Uint8Array[][] {
  const spec = rawSpec as BatchesWriterSpec;
  const t0 = performance.now();
  const out: Uint8Array[][] = Array.from({ length: numReducers }, () => []);
  const part = numReducers === 1 ? null : partitionerFor(spec, ctx);
  let pending: Batch[] = [];
  let pendingRows = 0;
  let written = 0;
  const flush = () => {
    if (pendingRows === 0) return;
    const batch = pending.length === 1 && pending[0]!.selection === null ? pending[0]! : concatBatches(spec.types, pending);
    pending = [];
    pendingRows = 0;
    written += batch.numRows;
    if (!part) {
      out[0]!.push(encode(batch, spec));
      return;
    }
    const ids = new Int32Array(batch.numRows);
    withErrorParameters(() => part(batch, numReducers, ids));
    // Counting sort of row indices by reducer, then one gather per non-empty reducer.
    const counts = new Int32Array(numReducers + 1);
    for (let i = 0; i < ids.length; i++) counts[ids[i]! + 1]!++;
    for (let r = 0; r < numReducers; r++) counts[r + 1]! += counts[r]!;
    const order = new Int32Array(ids.length);
    const fill = counts.slice(0, numReducers);
    for (let i = 0; i < ids.length; i++) order[fill[ids[i]!]!++] = i;
    for (let r = 0; r < numReducers; r++) {
      const s = counts[r]!;
      const e = counts[r + 1]!;
      if (e > s) out[r]!.push(encode(gatherRows(batch, order.subarray(s, e)), spec));
    }
  };
  for (let r = records.next(); !r.done; r = records.next()) {
    const b = r.value as Batch;
    const live = b.selection ? b.selection.length : b.numRows;
    if (live === 0) continue;
    pending.push(b);
    pendingRows += live;
    if (pendingRows >= FLUSH_ROWS) flush();
  }
  flush();
  ctx.metrics.shuffleRecordsWritten += written;
  ctx.metrics.shuffleWriteTime += performance.now() - t0;
  return out;
}

function* readBatches(blocks: readonly Uint8Array[], _spec: unknown, ctx: TaskContext): Generator<Batch> {
  for (const block of blocks) {
    for (const m of decodeChunks(block)) {
      const b = fromTransferable(m as TransferableBatch);
      ctx.metrics.shuffleRecordsRead += b.numRows;
      yield b;
    }
  }
}

registerShuffleKind("batches", writeBatches, readBatches);
