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

/** Iterates the records of every chunk in `bytes`. */
export function* decodeChunks(bytes: Uint8Array): Generator<unknown> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  while (pos < bytes.length) {
    const len = view.getUint32(pos, true);
    const records = fromWire(deserialize(bytes.subarray(pos + 4, pos + 4 + len))) as unknown[];
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
    const len = view.getUint32(pos, true);
    out.push(fromWire(deserialize(bytes.subarray(pos + 4, pos + 4 + len))) as unknown[]);
    pos += 4 + len;
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
