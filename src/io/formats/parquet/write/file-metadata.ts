// Encodes the footer's FileMetaData (Thrift compact) for the row groups written.

import { CompactWriter } from "../thrift/compact-writer.js";
import type { Codec, LogicalType, SchemaElement } from "../metadata.js";
import type { EncodedChunk } from "./chunk-writer.js";

export interface WrittenChunk {
  readonly chunk: EncodedChunk;
  readonly path: readonly string[];
  readonly physical: number;
  /** File offset of the chunk's first page. */
  readonly offset: number;
  readonly codec: Codec;
}

export interface WrittenRowGroup {
  readonly numRows: number;
  readonly chunks: readonly WrittenChunk[];
}

function logicalType(w: CompactWriter, lt: LogicalType): void {
  w.beginStruct(10);
  switch (lt.type) {
    case "STRING":
      w.beginStruct(1).endStruct();
      break;
    case "MAP":
      w.beginStruct(2).endStruct();
      break;
    case "LIST":
      w.beginStruct(3).endStruct();
      break;
    case "DECIMAL":
      w.beginStruct(5).i32(1, lt.scale).i32(2, lt.precision).endStruct();
      break;
    case "DATE":
      w.beginStruct(6).endStruct();
      break;
    case "TIMESTAMP":
      w.beginStruct(8).bool(1, lt.isAdjustedToUTC).beginStruct(2);
      w.beginStruct(lt.unit === "MILLIS" ? 1 : lt.unit === "MICROS" ? 2 : 3).endStruct();
      w.endStruct().endStruct();
      break;
    case "INTEGER":
      w.beginStruct(10).i8(1, lt.bitWidth).bool(2, lt.isSigned).endStruct();
      break;
    case "UNKNOWN":
      w.beginStruct(11).endStruct();
      break;
    default:
      throw new Error(`writing logical type ${lt.type} is not supported`);
  }
  w.endStruct();
}

function schemaElement(w: CompactWriter, el: SchemaElement): void {
  if (el.type !== undefined) w.i32(1, el.type);
  if (el.typeLength) w.i32(2, el.typeLength);
  if (el.repetition !== undefined) w.i32(3, el.repetition);
  w.string(4, el.name);
  if (el.numChildren !== undefined) w.i32(5, el.numChildren);
  if (el.convertedType !== undefined) w.i32(6, el.convertedType);
  if (el.scale !== undefined) w.i32(7, el.scale);
  if (el.precision !== undefined) w.i32(8, el.precision);
  if (el.logicalType) logicalType(w, el.logicalType);
}

function columnChunk(w: CompactWriter, c: WrittenChunk): void {
  const ch = c.chunk;
  const dataOffset = c.offset + ch.dictionaryPageBytes;
  w.i64(2, c.offset);
  w.beginStruct(3);
  w.i32(1, c.physical);
  w.i32List(2, ch.encodings);
  w.stringList(3, c.path);
  w.i32(4, c.codec);
  w.i64(5, ch.numValues);
  w.i64(6, ch.uncompressedSize);
  w.i64(7, ch.compressedSize);
  w.i64(9, dataOffset);
  if (ch.hasDictionary) w.i64(11, c.offset);
  const s = ch.statistics;
  w.beginStruct(12);
  if (s.legacy && s.max) w.binary(1, s.max);
  if (s.legacy && s.min) w.binary(2, s.min);
  w.i64(3, s.nullCount);
  if (s.max) w.binary(5, s.max);
  if (s.min) w.binary(6, s.min);
  w.endStruct();
  w.endStruct();
}

export function encodeFileMetaData(
  schema: readonly SchemaElement[],
  rowGroups: readonly WrittenRowGroup[],
  keyValues: ReadonlyMap<string, string>,
  createdBy: string,
  numLeaves: number,
): Uint8Array {
  const w = new CompactWriter();
  w.i32(1, 1);
  w.structList(2, schema.length, (w, i) => schemaElement(w, schema[i]!));
  w.i64(3, rowGroups.reduce((a, g) => a + g.numRows, 0));
  w.structList(4, rowGroups.length, (w, i) => {
    const g = rowGroups[i]!;
    w.structList(1, g.chunks.length, (w, k) => columnChunk(w, g.chunks[k]!));
    w.i64(2, g.chunks.reduce((a, c) => a + c.chunk.uncompressedSize, 0));
    w.i64(3, g.numRows);
    if (g.chunks.length > 0) w.i64(5, g.chunks[0]!.offset);
    w.i64(6, g.chunks.reduce((a, c) => a + c.chunk.compressedSize, 0));
    w.i16(7, i); // ordinal
  });
  const kv = [...keyValues];
  w.structList(5, kv.length, (w, i) => w.string(1, kv[i]![0]).string(2, kv[i]![1]));
  w.string(6, createdBy);
  // TYPE_ORDER for every leaf: readers then trust min_value/max_value.
  w.structList(7, numLeaves, (w) => w.beginStruct(1).endStruct());
  return w.finish();
}
