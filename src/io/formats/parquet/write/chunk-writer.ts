// Encodes one leaf buffer as a column chunk: an optional dictionary page (PLAIN) and data pages
// v1 (RLE levels with 4-byte length prefixes, then PLAIN or RLE_DICTIONARY values), each page
// compressed on its own; plus the chunk's statistics (min/max/null_count).

import { compressPage } from "../codec/codecs.js";
import { Codec, Encoding, PageType, PhysicalType } from "../metadata.js";
import { ByteSink, bitWidthOf, encodeRleHybrid } from "../encoding/rle.js";
import { CompactWriter } from "../thrift/compact-writer.js";
import { bigEndianToBigInt } from "../leaf-vector.js";
import type { LeafBuffer } from "./leaf-buffer.js";

/** Target uncompressed data page size (parquet-mr's default 1 MiB). */
export const PAGE_SIZE = 1 << 20;

export interface EncodedStatistics {
  readonly nullCount: number;
  readonly min?: Uint8Array;
  readonly max?: Uint8Array;
  /** Whether the legacy min/max fields (signed order) may carry the same values. */
  readonly legacy: boolean;
}

export interface EncodedChunk {
  /** Page headers and bodies, in file order. */
  readonly parts: Uint8Array[];
  readonly hasDictionary: boolean;
  /** Bytes of the dictionary page (header included); data pages follow it. */
  readonly dictionaryPageBytes: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly numValues: number;
  readonly encodings: Encoding[];
  readonly statistics: EncodedStatistics;
}

function pageHeader(type: PageType, uncompressed: number, compressed: number, body: (w: CompactWriter) => void): Uint8Array {
  const w = new CompactWriter();
  w.i32(1, type).i32(2, uncompressed).i32(3, compressed);
  body(w);
  return w.finish();
}

function writeLevelsV1(sink: ByteSink, levels: Uint8Array, start: number, end: number, max: number): void {
  const lenAt = sink.pos;
  sink.ensure(4);
  sink.pos += 4;
  const inner = new ByteSink(Math.max(64, (end - start) >> 2));
  encodeRleHybrid(levels.subarray(start, end), end - start, bitWidthOf(max), inner);
  const bytes = inner.result();
  new DataView(sink.buf.buffer, sink.buf.byteOffset).setUint32(lenAt, bytes.length, true);
  sink.bytes(bytes);
}

function plainFixed(sink: ByteSink, buf: LeafBuffer, from: number, to: number): void {
  const f = buf.fixed!;
  if (buf.spec.physical === PhysicalType.BOOLEAN) {
    const n = to - from;
    const nb = (n + 7) >>> 3;
    sink.ensure(nb);
    const out = sink.buf;
    const at = sink.pos;
    out.fill(0, at, at + nb);
    for (let i = 0; i < n; i++) if (f[from + i]) out[at + (i >>> 3)]! |= 1 << (i & 7);
    sink.pos += nb;
    return;
  }
  const w = f.BYTES_PER_ELEMENT;
  sink.bytes(new Uint8Array(f.buffer, f.byteOffset + from * w, (to - from) * w));
}

function plainBytes(sink: ByteSink, bytes: Uint8Array, offsets: Int32Array, from: number, to: number, fixedWidth: number): void {
  const total = offsets[to]! - offsets[from]! + (fixedWidth ? 0 : 4 * (to - from));
  sink.ensure(total);
  const out = sink.buf;
  let at = sink.pos;
  for (let i = from; i < to; i++) {
    const s = offsets[i]!;
    const e = offsets[i + 1]!;
    const len = e - s;
    if (!fixedWidth) {
      out[at] = len & 0xff;
      out[at + 1] = (len >>> 8) & 0xff;
      out[at + 2] = (len >>> 16) & 0xff;
      out[at + 3] = (len >>> 24) & 0xff;
      at += 4;
    }
    if (len < 24) for (let k = 0; k < len; k++) out[at + k] = bytes[s + k]!;
    else out.set(bytes.subarray(s, e), at);
    at += len;
  }
  sink.pos = at;
}

function compareBytes(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): number {
  const n = Math.min(ae - as, be - bs);
  for (let i = 0; i < n; i++) {
    const d = a[as + i]! - b[bs + i]!;
    if (d !== 0) return d;
  }
  return ae - as - (be - bs);
}

function statistics(buf: LeafBuffer, dict: { bytes: Uint8Array; offsets: Int32Array; size: number } | null): EncodedStatistics {
  const nullCount = buf.nullCount;
  const n = buf.count;
  if (n === 0) return { nullCount, legacy: false };
  const p = buf.spec.physical;
  const f = buf.fixed;
  if (f !== null) {
    if (f instanceof BigInt64Array) {
      let min = f[0]!;
      let max = f[0]!;
      for (let i = 1; i < n; i++) {
        const v = f[i]!;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      const out = new BigInt64Array([min, max]);
      const b = new Uint8Array(out.buffer);
      return { nullCount, min: b.slice(0, 8), max: b.slice(8, 16), legacy: true };
    }
    let min = Infinity;
    let max = -Infinity;
    let any = false;
    for (let i = 0; i < n; i++) {
      const v = f[i] as number;
      if (v !== v) continue; // NaN stays out of min/max
      any = true;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (!any) return { nullCount, legacy: false };
    if (p === PhysicalType.BOOLEAN) return { nullCount, min: new Uint8Array([min]), max: new Uint8Array([max]), legacy: true };
    if (p === PhysicalType.INT32) {
      const b = new Uint8Array(new Int32Array([min, max]).buffer);
      return { nullCount, min: b.slice(0, 4), max: b.slice(4, 8), legacy: true };
    }
    // Zero bounds are written as -0.0 (min) and +0.0 (max), as the format asks.
    if (min === 0) min = -0;
    if (max === 0) max = 0;
    const arr = p === PhysicalType.FLOAT ? new Float32Array([min, max]) : new Float64Array([min, max]);
    const b = new Uint8Array(arr.buffer);
    const w = arr.BYTES_PER_ELEMENT;
    return { nullCount, min: b.slice(0, w), max: b.slice(w, 2 * w), legacy: true };
  }
  // Byte arrays: unsigned byte order (UTF-8 order for strings); decimals by value.
  const bytes = dict ? dict.bytes : buf.bytes!;
  const offsets = dict ? dict.offsets : buf.offsets!;
  const count = dict ? dict.size : n;
  const isDecimal = p === PhysicalType.FIXED_LEN_BYTE_ARRAY;
  let lo = 0;
  let hi = 0;
  for (let i = 1; i < count; i++) {
    const s = offsets[i]!;
    const e = offsets[i + 1]!;
    if (isDecimal) {
      const v = bigEndianToBigInt(bytes, s, e);
      if (v < bigEndianToBigInt(bytes, offsets[lo]!, offsets[lo + 1]!)) lo = i;
      if (v > bigEndianToBigInt(bytes, offsets[hi]!, offsets[hi + 1]!)) hi = i;
    } else {
      if (compareBytes(bytes, s, e, bytes, offsets[lo]!, offsets[lo + 1]!) < 0) lo = i;
      if (compareBytes(bytes, s, e, bytes, offsets[hi]!, offsets[hi + 1]!) > 0) hi = i;
    }
  }
  return {
    nullCount,
    min: bytes.slice(offsets[lo]!, offsets[lo + 1]!),
    max: bytes.slice(offsets[hi]!, offsets[hi + 1]!),
    legacy: false,
  };
}

/** Level ranges of the data pages: cut about every PAGE_SIZE bytes, at row starts. */
function pageCuts(buf: LeafBuffer, valueBytes: number): number[] {
  const levels = buf.levels;
  const perLevel = Math.max(1, (valueBytes + levels * ((buf.def ? 1 : 0) + (buf.rep ? 1 : 0)) / 4) / Math.max(1, levels));
  const step = Math.max(1, Math.floor(PAGE_SIZE / perLevel));
  const cuts = [0];
  let at = step;
  while (at < levels) {
    if (buf.rep) while (at < levels && buf.rep[at] !== 0) at++;
    if (at >= levels) break;
    cuts.push(at);
    at += step;
  }
  cuts.push(levels);
  return cuts;
}

export function encodeChunk(buf: LeafBuffer, codec: Codec): EncodedChunk {
  const parts: Uint8Array[] = [];
  let compressedSize = 0;
  let uncompressedSize = 0;
  const dict = buf.dictionary();
  const maxDef = buf.spec.maxDef;
  const fixedWidth = buf.spec.physical === PhysicalType.FIXED_LEN_BYTE_ARRAY ? buf.spec.typeLength : 0;
  const emit = (header: Uint8Array, body: Uint8Array, rawBodySize: number): void => {
    parts.push(header, body);
    compressedSize += header.length + body.length;
    uncompressedSize += header.length + rawBodySize;
  };
  let dictionaryPageBytes = 0;
  if (dict) {
    const sink = new ByteSink(dict.bytes.length + 4 * dict.size + 16);
    plainBytes(sink, dict.bytes, dict.offsets, 0, dict.size, 0);
    const raw = sink.result();
    const body = compressPage(codec, raw);
    const header = pageHeader(PageType.DICTIONARY_PAGE, raw.length, body.length, (w) => {
      w.beginStruct(7).i32(1, dict.size).i32(2, Encoding.PLAIN).endStruct();
    });
    emit(header, body, raw.length);
    dictionaryPageBytes = header.length + body.length;
  }
  const valueBytes = buf.fixed ? buf.count * buf.fixed.BYTES_PER_ELEMENT : dict ? buf.count * 2 : buf.offsets![buf.count]! + 4 * buf.count;
  const cuts = pageCuts(buf, valueBytes);
  // Bit width at least 1: some readers mishandle zero-width dictionary indices.
  const bitWidth = dict ? Math.max(1, bitWidthOf(dict.size - 1)) : 0;
  let v0 = 0;
  for (let p = 0; p + 1 < cuts.length; p++) {
    const l0 = cuts[p]!;
    const l1 = cuts[p + 1]!;
    let present = l1 - l0;
    if (buf.def) {
      present = 0;
      const def = buf.def;
      for (let i = l0; i < l1; i++) if (def[i] === maxDef) present++;
    }
    const v1 = v0 + present;
    const sink = new ByteSink(Math.min(PAGE_SIZE * 2, 1024 + (valueBytes * (l1 - l0)) / Math.max(1, buf.levels)));
    if (buf.rep) writeLevelsV1(sink, buf.rep, l0, l1, buf.spec.maxRep);
    if (buf.def) writeLevelsV1(sink, buf.def, l0, l1, maxDef);
    if (dict) {
      sink.byte(bitWidth);
      encodeRleHybrid(buf.codes!.subarray(v0, v1), present, bitWidth, sink);
    } else if (buf.fixed) {
      plainFixed(sink, buf, v0, v1);
    } else {
      plainBytes(sink, buf.bytes!, buf.offsets!, v0, v1, fixedWidth);
    }
    const raw = sink.result();
    const body = compressPage(codec, raw);
    const header = pageHeader(PageType.DATA_PAGE, raw.length, body.length, (w) => {
      w.beginStruct(5)
        .i32(1, l1 - l0)
        .i32(2, dict ? Encoding.RLE_DICTIONARY : Encoding.PLAIN)
        .i32(3, Encoding.RLE)
        .i32(4, Encoding.RLE)
        .endStruct();
    });
    emit(header, body, raw.length);
    v0 = v1;
  }
  const encodings = dict ? [Encoding.PLAIN, Encoding.RLE_DICTIONARY, Encoding.RLE] : [Encoding.PLAIN, Encoding.RLE];
  return {
    parts,
    hasDictionary: dict !== null,
    dictionaryPageBytes,
    compressedSize,
    uncompressedSize,
    numValues: buf.levels,
    encodings,
    statistics: statistics(buf, dict),
  };
}
