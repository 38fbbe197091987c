// Length-prefixed chunks of v8-serialized record arrays: the byte format of shuffle blocks,
// spill files and serialized cached blocks. A block is a sequence of [u32 length][payload].

import { serialize, deserialize } from "node:v8";
import { toWire, fromWire } from "./wire.js";

/** Serializes one array of records as a length-prefixed chunk. */
export function encodeChunk(records: unknown[]): Uint8Array {
  const payload = serialize(toWire(records));
  const out = new Uint8Array(4 + payload.length);
  new DataView(out.buffer).setUint32(0, payload.length, true);
  out.set(payload, 4);
  return out;
}

/** One chunk's payload, checked and copied out of shared memory: v8.deserialize aborts the whole
 *  process (a native FromJust failure) on a malformed or shared-memory view, where a JS error
 *  would let the scheduler retry the task or recompute the lost shuffle output. */
function payloadAt(bytes: Uint8Array, view: DataView, pos: number): { payload: Uint8Array; next: number } {
  if (pos + 4 > bytes.length) throw new Error(`corrupt serialized block: truncated chunk header at byte ${pos} of ${bytes.length}`);
  const len = view.getUint32(pos, true);
  const end = pos + 4 + len;
  if (end > bytes.length) throw new Error(`corrupt serialized block: chunk of ${len} bytes at byte ${pos} overruns the block (${bytes.length} bytes)`);
  const payload = bytes.buffer instanceof SharedArrayBuffer ? bytes.slice(pos + 4, end) : bytes.subarray(pos + 4, end);
  return { payload, next: end };
}

/** Iterates the records of every chunk in `bytes`. */
export function* decodeChunks(bytes: Uint8Array): Generator<unknown> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  while (pos < bytes.length) {
    const { payload, next } = payloadAt(bytes, view, pos);
    const len = next - pos - 4;
    const records = fromWire(deserialize(payload)) as unknown[];
    pos += 4 + len;
    for (let i = 0; i < records.length; i++) yield records[i];
  }
}

/** Decodes the chunks into arrays (one per chunk) without flattening. */
export function decodeChunkArrays(bytes: Uint8Array): unknown[][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: unknown[][] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const { payload, next } = payloadAt(bytes, view, pos);
    out.push(fromWire(deserialize(payload)) as unknown[]);
    pos = next;
  }
  return out;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
