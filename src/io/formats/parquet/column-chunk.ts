// Decodes one column chunk (all pages of one leaf column in one row group) into dense values
// plus definition/repetition levels. HOT PATH: this file is long on purpose — each page is
// decompressed once and decoded straight into the chunk's typed arrays; strings stay UTF-8 bytes
// (PLAIN) or dictionary codes (when every page is dictionary-encoded), never JS strings.

import { decompressPage } from "./codec/codecs.js";
import {
  Encoding,
  PageType,
  PhysicalType,
  type ColumnMetaData,
  type PageHeader,
  decodePageHeader,
} from "./metadata.js";
import type { PrimitiveNode } from "./schema-tree.js";
import { ByteArrays } from "./encoding/byte-arrays.js";
import { bitWidthOf, decodeRleHybrid, EncodingError } from "./encoding/rle.js";
import {
  decodePlainBoolean,
  decodePlainByteArray,
  decodePlainFixed,
  decodePlainFixedLenByteArray,
  decodePlainInt96,
} from "./encoding/plain.js";
import { decodeDeltaBinaryPacked, decodeDeltaByteArray, decodeDeltaLengthByteArray } from "./encoding/delta.js";
import { decodeByteStreamSplit } from "./encoding/byte-stream-split.js";

export type FixedValues = Uint8Array | Int32Array | BigInt64Array | Float32Array | Float64Array;

/** A decoded chunk. Values are dense (nulls and empty lists have levels but no value). */
export interface LeafChunk {
  readonly numLevels: number;
  /** Definition levels (null when the column's max definition level is 0). */
  readonly def: Uint8Array | null;
  /** Repetition levels (null when the column is not repeated). */
  readonly rep: Uint8Array | null;
  readonly numValues: number;
  /** BOOLEAN → Uint8Array, INT32 → Int32Array, INT64 and INT96 (as µs) → BigInt64Array,
   *  FLOAT → Float32Array, DOUBLE → Float64Array; null for byte arrays. */
  readonly fixed: FixedValues | null;
  /** BYTE_ARRAY / FIXED_LEN_BYTE_ARRAY values when not dictionary codes. */
  readonly bytes: ByteArrays | null;
  /** Dictionary codes (byte arrays whose pages were all dictionary-encoded). */
  readonly codes: Int32Array | null;
  readonly dictionary: ByteArrays | null;
}

export class PageError extends Error {}

const ENCODING_NAMES: Record<number, string> = {
  0: "PLAIN", 2: "PLAIN_DICTIONARY", 3: "RLE", 4: "BIT_PACKED", 5: "DELTA_BINARY_PACKED",
  6: "DELTA_LENGTH_BYTE_ARRAY", 7: "DELTA_BYTE_ARRAY", 8: "RLE_DICTIONARY", 9: "BYTE_STREAM_SPLIT",
};

function fixedArray(physical: PhysicalType, n: number): FixedValues | null {
  switch (physical) {
    case PhysicalType.BOOLEAN:
      return new Uint8Array(n);
    case PhysicalType.INT32:
      return new Int32Array(n);
    case PhysicalType.INT64:
    case PhysicalType.INT96:
      return new BigInt64Array(n);
    case PhysicalType.FLOAT:
      return new Float32Array(n);
    case PhysicalType.DOUBLE:
      return new Float64Array(n);
    default:
      return null;
  }
}

const valueWidth = (leaf: PrimitiveNode): number => {
  switch (leaf.physical) {
    case PhysicalType.INT32:
    case PhysicalType.FLOAT:
      return 4;
    case PhysicalType.INT64:
    case PhysicalType.DOUBLE:
      return 8;
    case PhysicalType.FIXED_LEN_BYTE_ARRAY:
      return leaf.element.typeLength ?? 0;
    default:
      return 0;
  }
};

class ChunkDecoder {
  readonly maxDef: number;
  readonly maxRep: number;
  readonly isBytes: boolean;
  readonly def: Uint8Array | null;
  readonly rep: Uint8Array | null;
  readonly fixed: FixedValues | null;
  bytes: ByteArrays | null = null;
  codes: Int32Array | null = null;
  dictBytes: ByteArrays | null = null;
  dictFixed: FixedValues | null = null;
  levels = 0;
  values = 0;
  private indices: Int32Array | null = null;

  constructor(
    readonly leaf: PrimitiveNode,
    readonly meta: ColumnMetaData,
  ) {
    const n = meta.numValues;
    this.maxDef = leaf.maxDef;
    this.maxRep = leaf.maxRep;
    this.isBytes = leaf.physical === PhysicalType.BYTE_ARRAY || leaf.physical === PhysicalType.FIXED_LEN_BYTE_ARRAY;
    this.def = this.maxDef > 0 ? new Uint8Array(n) : null;
    this.rep = this.maxRep > 0 ? new Uint8Array(n) : null;
    this.fixed = fixedArray(leaf.physical, n);
  }

  private scratchIndices(n: number): Int32Array {
    if (this.indices === null || this.indices.length < n) this.indices = new Int32Array(Math.max(n, 1024));
    return this.indices;
  }

  dictionaryPage(header: PageHeader, page: Uint8Array): void {
    const count = header.dictionaryPageHeader?.numValues ?? 0;
    const enc = header.dictionaryPageHeader?.encoding ?? Encoding.PLAIN;
    if (enc !== Encoding.PLAIN && enc !== Encoding.PLAIN_DICTIONARY) {
      throw new PageError(`unsupported dictionary page encoding ${ENCODING_NAMES[enc] ?? enc}`);
    }
    if (this.isBytes) {
      const d = new ByteArrays(count, page.length);
      if (this.leaf.physical === PhysicalType.BYTE_ARRAY) decodePlainByteArray(page, 0, page.length, count, d);
      else decodePlainFixedLenByteArray(page, 0, page.length, count, valueWidth(this.leaf), d);
      this.dictBytes = d;
    } else {
      const d = fixedArray(this.leaf.physical, count)!;
      this.decodePlain(page, 0, page.length, count, d, 0);
      this.dictFixed = d;
    }
  }

  private decodePlain(buf: Uint8Array, pos: number, end: number, count: number, out: FixedValues, o: number): number {
    switch (this.leaf.physical) {
      case PhysicalType.BOOLEAN:
        return decodePlainBoolean(buf, pos, end, count, out as Uint8Array, o);
      case PhysicalType.INT96:
        return decodePlainInt96(buf, pos, end, count, out as BigInt64Array, o);
      default:
        return decodePlainFixed(buf, pos, end, count, out as Int32Array, o);
    }
  }

  /** Reads levels of a v1 page (4-byte length prefix each); returns the position after them. */
  private levelsV1(page: Uint8Array, pos: number, count: number, max: number, out: Uint8Array, encoding: Encoding): number {
    if (encoding === Encoding.BIT_PACKED) {
      throw new PageError("BIT_PACKED (deprecated) level encoding is not supported");
    }
    if (pos + 4 > page.length) throw new PageError("page ends before its level data");
    const len = (page[pos]! | (page[pos + 1]! << 8) | (page[pos + 2]! << 16) | (page[pos + 3]! << 24)) >>> 0;
    pos += 4;
    if (pos + len > page.length) throw new PageError(`level data of ${len} bytes runs past the end of the page`);
    decodeRleHybrid(page, pos, pos + len, bitWidthOf(max), count, out, this.levels);
    return pos + len;
  }

  dataPageV1(header: PageHeader, page: Uint8Array): void {
    const h = header.dataPageHeader!;
    const count = h.numValues;
    this.checkRoom(count);
    let pos = 0;
    if (this.rep) pos = this.levelsV1(page, pos, count, this.maxRep, this.rep, h.repetitionLevelEncoding);
    if (this.def) pos = this.levelsV1(page, pos, count, this.maxDef, this.def, h.definitionLevelEncoding);
    this.pageValues(page, pos, page.length, count, h.encoding);
  }

  dataPageV2(header: PageHeader, levelBytes: Uint8Array, values: Uint8Array): void {
    const h = header.dataPageHeaderV2!;
    const count = h.numValues;
    this.checkRoom(count);
    const repLen = h.repetitionLevelsByteLength;
    const defLen = h.definitionLevelsByteLength;
    if (this.rep) decodeRleHybrid(levelBytes, 0, repLen, bitWidthOf(this.maxRep), count, this.rep, this.levels);
    if (this.def) decodeRleHybrid(levelBytes, repLen, repLen + defLen, bitWidthOf(this.maxDef), count, this.def, this.levels);
    this.pageValues(values, 0, values.length, count, h.encoding);
  }

  private checkRoom(count: number): void {
    if (this.levels + count > this.meta.numValues) {
      throw new PageError(`pages hold more than the ${this.meta.numValues} values the column chunk declares`);
    }
  }

  /** Decodes the values of a page whose levels were just read at [levels, levels+count). */
  private pageValues(buf: Uint8Array, pos: number, end: number, count: number, encoding: Encoding): void {
    let present = count;
    if (this.def) {
      present = 0;
      const def = this.def;
      const max = this.maxDef;
      for (let i = this.levels, e = this.levels + count; i < e; i++) if (def[i] === max) present++;
    }
    const o = this.values;
    switch (encoding) {
      case Encoding.PLAIN:
        if (this.isBytes) {
          this.ensurePlainBytes(present, end - pos);
          if (this.leaf.physical === PhysicalType.BYTE_ARRAY) decodePlainByteArray(buf, pos, end, present, this.bytes!);
          else decodePlainFixedLenByteArray(buf, pos, end, present, valueWidth(this.leaf), this.bytes!);
        } else {
          this.decodePlain(buf, pos, end, present, this.fixed!, o);
        }
        break;
      case Encoding.PLAIN_DICTIONARY:
      case Encoding.RLE_DICTIONARY:
        this.dictionaryIndices(buf, pos, end, present);
        break;
      case Encoding.RLE: {
        if (this.leaf.physical !== PhysicalType.BOOLEAN) throw new PageError("RLE value encoding is only valid for booleans");
        if (pos + 4 > end) throw new PageError("RLE boolean data has no length prefix");
        const len = (buf[pos]! | (buf[pos + 1]! << 8) | (buf[pos + 2]! << 16) | (buf[pos + 3]! << 24)) >>> 0;
        decodeRleHybrid(buf, pos + 4, Math.min(end, pos + 4 + len), 1, present, this.fixed as Uint8Array, o);
        break;
      }
      case Encoding.DELTA_BINARY_PACKED: {
        const out = this.fixed;
        if (!(out instanceof Int32Array) && !(out instanceof BigInt64Array) || this.leaf.physical === PhysicalType.INT96) {
          throw new PageError("DELTA_BINARY_PACKED is only valid for INT32 and INT64");
        }
        const r = decodeDeltaBinaryPacked(buf, pos, end, out, o, present);
        if (r.total < present) throw new PageError(`DELTA_BINARY_PACKED page holds ${r.total} values, expected ${present}`);
        break;
      }
      case Encoding.DELTA_LENGTH_BYTE_ARRAY:
      case Encoding.DELTA_BYTE_ARRAY:
        if (!this.isBytes) throw new PageError(`${ENCODING_NAMES[encoding]} is only valid for byte arrays`);
        this.ensurePlainBytes(present, end - pos);
        if (encoding === Encoding.DELTA_LENGTH_BYTE_ARRAY) decodeDeltaLengthByteArray(buf, pos, end, present, this.bytes!);
        else decodeDeltaByteArray(buf, pos, end, present, this.bytes!);
        break;
      case Encoding.BYTE_STREAM_SPLIT: {
        const width = valueWidth(this.leaf);
        if (width === 0) throw new PageError("BYTE_STREAM_SPLIT is not valid for this column type");
        if (this.isBytes) {
          this.ensurePlainBytes(present, present * width);
          const raw = new Uint8Array(present * width);
          decodeByteStreamSplit(buf, pos, end, present, width, raw, 0);
          decodePlainFixedLenByteArray(raw, 0, raw.length, present, width, this.bytes!);
        } else {
          const f = this.fixed!;
          decodeByteStreamSplit(buf, pos, end, present, width, new Uint8Array(f.buffer, f.byteOffset, f.byteLength), o * width);
        }
        break;
      }
      default:
        throw new PageError(`unsupported encoding ${ENCODING_NAMES[encoding] ?? encoding}`);
    }
    this.levels += count;
    this.values += present;
  }

  private dictionaryIndices(buf: Uint8Array, pos: number, end: number, present: number): void {
    if (this.dictBytes === null && this.dictFixed === null) throw new PageError("dictionary-encoded page without a dictionary page");
    if (present === 0) return;
    if (pos >= end) throw new PageError("dictionary-encoded page without data");
    const bitWidth = buf[pos]!;
    const dictSize = this.dictBytes !== null ? this.dictBytes.count : this.dictFixed!.length;
    if (this.isBytes && this.bytes === null) {
      // All pages so far are dictionary-encoded: keep codes.
      this.codes ??= new Int32Array(this.meta.numValues);
      decodeRleHybrid(buf, pos + 1, end, bitWidth, present, this.codes, this.values);
      checkCodes(this.codes, this.values, present, dictSize);
      return;
    }
    const idx = this.scratchIndices(present);
    decodeRleHybrid(buf, pos + 1, end, bitWidth, present, idx, 0);
    checkCodes(idx, 0, present, dictSize);
    if (this.isBytes) {
      const d = this.dictBytes!;
      const out = this.bytes!;
      for (let i = 0; i < present; i++) out.push(d.bytes, d.offsets[idx[i]!]!, d.offsets[idx[i]! + 1]!);
      return;
    }
    const out = this.fixed!;
    const dict = this.dictFixed!;
    const o = this.values;
    if (out instanceof BigInt64Array) {
      const d = dict as BigInt64Array;
      for (let i = 0; i < present; i++) out[o + i] = d[idx[i]!]!;
    } else {
      const d = dict as Float64Array;
      const f = out as Float64Array;
      for (let i = 0; i < present; i++) f[o + i] = d[idx[i]!]!;
    }
  }

  /** Switches to (or continues) materialized byte values: a PLAIN page after dictionary pages. */
  private ensurePlainBytes(present: number, byteHint: number): void {
    if (this.bytes === null) {
      const out = new ByteArrays(this.meta.numValues, Math.max(byteHint, this.meta.totalUncompressedSize));
      if (this.codes !== null) {
        const d = this.dictBytes!;
        for (let i = 0; i < this.values; i++) out.push(d.bytes, d.offsets[this.codes[i]!]!, d.offsets[this.codes[i]! + 1]!);
        this.codes = null;
      }
      this.bytes = out;
    }
    this.bytes.reserveValues(present);
  }

  finish(): LeafChunk {
    if (this.levels !== this.meta.numValues) {
      throw new PageError(`column chunk holds ${this.levels} values, its metadata declares ${this.meta.numValues}`);
    }
    let bytes = this.bytes;
    if (this.isBytes && bytes === null && this.codes === null) bytes = new ByteArrays(0, 0);
    return {
      numLevels: this.levels,
      def: this.def,
      rep: this.rep,
      numValues: this.values,
      fixed: this.fixed,
      bytes,
      codes: this.codes,
      dictionary: this.codes !== null ? this.dictBytes : null,
    };
  }
}

function checkCodes(codes: Int32Array, start: number, n: number, dictSize: number): void {
  let bad = 0;
  for (let i = start, e = start + n; i < e; i++) bad |= (codes[i]! >>> 0) >= dictSize ? 1 : 0;
  if (bad) throw new PageError(`dictionary index out of range (dictionary has ${dictSize} entries)`);
}

/**
 * Decodes a column chunk whose bytes (from its first page to its end) are `data`.
 * Throws PageError / EncodingError / codec errors on corrupt data.
 */
export function decodeColumnChunk(data: Uint8Array, meta: ColumnMetaData, leaf: PrimitiveNode): LeafChunk {
  const dec = new ChunkDecoder(leaf, meta);
  let pos = 0;
  const end = data.length;
  while (dec.levels < meta.numValues) {
    if (pos >= end) throw new PageError(`column chunk ends after ${dec.levels} of ${meta.numValues} values`);
    let header: PageHeader;
    let dataStart: number;
    try {
      ({ header, dataStart } = decodePageHeader(data, pos, end));
    } catch (e) {
      throw new PageError(`bad page header at chunk offset ${pos}: ${(e as Error).message}`);
    }
    const size = header.compressedPageSize;
    if (size < 0 || dataStart + size > end || header.uncompressedPageSize < 0) {
      throw new PageError(`page at chunk offset ${pos} declares ${size} bytes, past the end of the column chunk`);
    }
    const body = data.subarray(dataStart, dataStart + size);
    switch (header.type) {
      case PageType.DICTIONARY_PAGE:
        if (!header.dictionaryPageHeader) throw new PageError("dictionary page without its header");
        dec.dictionaryPage(header, decompressPage(meta.codec, body, header.uncompressedPageSize));
        break;
      case PageType.DATA_PAGE:
        if (!header.dataPageHeader) throw new PageError("data page without its header");
        dec.dataPageV1(header, decompressPage(meta.codec, body, header.uncompressedPageSize));
        break;
      case PageType.DATA_PAGE_V2: {
        const h = header.dataPageHeaderV2;
        if (!h) throw new PageError("data page v2 without its header");
        const levelLen = h.repetitionLevelsByteLength + h.definitionLevelsByteLength;
        if (levelLen < 0 || levelLen > size) throw new PageError("data page v2 level lengths exceed the page");
        const levels = body.subarray(0, levelLen);
        const rest = body.subarray(levelLen);
        const values = h.isCompressed ? decompressPage(meta.codec, rest, header.uncompressedPageSize - levelLen) : rest;
        dec.dataPageV2(header, levels, values);
        break;
      }
      default:
        break; // index pages and unknown page types are skipped
    }
    pos = dataStart + size;
  }
  return dec.finish();
}

export { EncodingError };
