// Moving batches between worker threads as ArrayBuffers, never as object graphs.
//
// toTransferable turns a batch into a message of typed arrays plus the list of buffers to
// transfer (postMessage(message, transferList)): strings → utf8, boxed → nested typed children
// (nested-codec.ts). Transferring detaches the sender's buffers, so the sender must not use the
// batch afterwards; views that share a buffer with something else are copied first so nothing
// else is detached. Pass {copy: true} to keep the batch usable on the sending side.
// toSharedTransferable copies every buffer into SharedArrayBuffers instead: one copy, then any
// number of workers can read the same memory (broadcast, cached blocks).

import type { DataType } from "../../types/data-type.js";
import type { Batch, ColumnVector, FlatArray } from "./column-vector.js";
import { encodeUtf8Vector } from "./utf8.js";
import { flatArrayConstructor, isUtf8Type } from "./physical-type.js";
import { vectorFromValues } from "./builder.js";
import { decodeNested, encodeNested, type NestedPayload } from "./nested-codec.js";
import { reviveType } from "./revive-type.js";

type Typed = FlatArray | Int32Array | Uint8Array;

export type TransferableVector =
  | { readonly e: "flat"; readonly type: DataType; readonly length: number; readonly validity: Uint8Array | null; readonly values: FlatArray }
  | { readonly e: "utf8"; readonly type: DataType; readonly length: number; readonly validity: Uint8Array | null; readonly offsets: Int32Array; readonly bytes: Uint8Array }
  | { readonly e: "dict"; readonly type: DataType; readonly length: number; readonly validity: Uint8Array | null; readonly codes: Int32Array; readonly dictionary: TransferableVector }
  | { readonly e: "nested"; readonly type: DataType; readonly length: number; readonly validity: Uint8Array | null; readonly payload: TransferablePayload };

/** NestedPayload with child vectors in transferable form. */
export type TransferablePayload =
  | { readonly kind: "list"; readonly offsets: Int32Array; readonly child: TransferableVector }
  | { readonly kind: "map"; readonly offsets: Int32Array; readonly keys: TransferableVector; readonly values: TransferableVector }
  | { readonly kind: "struct"; readonly children: readonly TransferableVector[] }
  | Extract<NestedPayload, { kind: "decimal128" | "calendar" | "null" }>;

export interface TransferableBatch {
  readonly numRows: number;
  readonly columns: readonly TransferableVector[];
  readonly selection: Int32Array | null;
}

export interface TransferOptions {
  /** Copy buffers instead of moving them (the sender keeps a usable batch). */
  readonly copy?: boolean;
}

type Mode = "transfer" | "copy" | "share";

class BufferCollector {
  readonly list: ArrayBuffer[] = [];
  private readonly seen = new Set<ArrayBufferLike>();
  constructor(private readonly mode: Mode) {}

  /** The array to put in the message: moved when it owns its whole buffer, else copied (a
   *  partial view's buffer may back other vectors, which must not be detached). */
  take<T extends Typed>(a: T): T {
    if (a.buffer instanceof SharedArrayBuffer) return a; // shared memory is never transferred
    if (this.mode === "share") {
      const Ctor = a.constructor as new (b: SharedArrayBuffer) => T;
      const out = new Ctor(new SharedArrayBuffer(a.byteLength));
      (out as unknown as Uint8Array).set(a as unknown as Uint8Array);
      return out;
    }
    const whole = a.byteOffset === 0 && a.byteLength === a.buffer.byteLength;
    if (this.mode === "transfer" && whole && this.seen.has(a.buffer)) return a; // listed already
    if (this.mode === "copy" || !whole) a = a.slice() as T;
    if (a.buffer.byteLength > 0) {
      this.seen.add(a.buffer);
      this.list.push(a.buffer as ArrayBuffer);
    }
    return a;
  }
}

/** Converts a batch for postMessage; `types` are the column types (they override vectors'). */
export function toTransferable(
  batch: Batch,
  types?: readonly DataType[],
  options: TransferOptions = {},
): { message: TransferableBatch; transferList: ArrayBuffer[] } {
  const c = new BufferCollector(options.copy === true ? "copy" : "transfer");
  const columns = batch.columns.map((v, i) => vectorOut(v, types?.[i] ?? v.type, c));
  const selection = batch.selection === null ? null : c.take(batch.selection);
  return { message: { numRows: batch.numRows, columns, selection }, transferList: c.list };
}

function vectorOut(v: ColumnVector, type: DataType, c: BufferCollector): TransferableVector {
  const validity = v.validity === null ? null : c.take(v.validity);
  const length = v.length;
  switch (v.encoding) {
    case "flat":
      return { e: "flat", type, length, validity, values: c.take(v.values) };
    case "utf8":
      return { e: "utf8", type, length, validity, offsets: c.take(v.offsets), bytes: c.take(v.bytes) };
    case "strings": {
      const u = encodeUtf8Vector(v.values, v.validity, type);
      return { e: "utf8", type, length, validity, offsets: c.take(u.offsets), bytes: c.take(u.bytes) };
    }
    case "dict":
      return { e: "dict", type, length, validity, codes: c.take(v.codes), dictionary: vectorOut(v.dictionary, type, c) };
    case "boxed": {
      if (flatArrayConstructor(type) !== null || isUtf8Type(type)) {
        // a boxed vector of a type with a typed layout: re-encode it properly
        return vectorOut(vectorFromValues(type, v.validity ? v.values.map((x, i) => (v.validity![i] ? x : null)) : v.values), type, c);
      }
      return { e: "nested", type, length, validity, payload: payloadOut(encodeNested({ ...v, type }), c) };
    }
  }
}

function payloadOut(p: NestedPayload, c: BufferCollector): TransferablePayload {
  switch (p.kind) {
    case "list":
      return { kind: "list", offsets: c.take(p.offsets), child: vectorOut(p.child, p.child.type, c) };
    case "map":
      return { kind: "map", offsets: c.take(p.offsets), keys: vectorOut(p.keys, p.keys.type, c), values: vectorOut(p.values, p.values.type, c) };
    case "struct":
      return { kind: "struct", children: p.children.map((ch) => vectorOut(ch, ch.type, c)) };
    case "decimal128":
      return { kind: "decimal128", words: c.take(p.words) };
    case "calendar":
      return { kind: "calendar", months: c.take(p.months), days: c.take(p.days), micros: c.take(p.micros) };
    case "null":
      return p;
  }
}

/** Rebuilds a batch from a received message (no copies of typed data). */
export function fromTransferable(message: TransferableBatch): Batch {
  return { numRows: message.numRows, columns: message.columns.map(vectorIn), selection: message.selection };
}

function vectorIn(t: TransferableVector): ColumnVector {
  const type = reviveType(t.type);
  const { length, validity } = t;
  switch (t.e) {
    case "flat":
      return { encoding: "flat", type, length, validity, values: t.values };
    case "utf8":
      return { encoding: "utf8", type, length, validity, offsets: t.offsets, bytes: t.bytes };
    case "dict": {
      const dictionary = vectorIn(t.dictionary);
      if (dictionary.encoding !== "utf8") throw new TypeError("dictionary must be utf8");
      return { encoding: "dict", type, length, validity, codes: t.codes, dictionary };
    }
    case "nested":
      return decodeNested(type, length, validity, payloadIn(t.payload));
  }
}

function payloadIn(p: TransferablePayload): NestedPayload {
  switch (p.kind) {
    case "list":
      return { kind: "list", offsets: p.offsets, child: vectorIn(p.child) };
    case "map":
      return { kind: "map", offsets: p.offsets, keys: vectorIn(p.keys), values: vectorIn(p.values) };
    case "struct":
      return { kind: "struct", children: p.children.map(vectorIn) };
    default:
      return p;
  }
}

/** Like toTransferable, but every buffer is copied into a SharedArrayBuffer (nothing to
 *  transfer): post the same message to many workers; all of them read one copy of the data. */
export function toSharedTransferable(batch: Batch, types?: readonly DataType[]): TransferableBatch {
  const c = new BufferCollector("share");
  const columns = batch.columns.map((v, i) => vectorOut(v, types?.[i] ?? v.type, c));
  const selection = batch.selection === null ? null : c.take(batch.selection);
  return { numRows: batch.numRows, columns, selection };
}
