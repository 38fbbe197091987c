// Concatenating vectors/batches of one schema. Dict vectors with different dictionaries are
// merged through a unified dictionary; mixed string encodings fall back to utf8.

import type { DataType } from "../../types/data-type.js";
import type { Batch, ColumnVector, DictVector, FlatArray, Utf8Vector } from "./column-vector.js";
import { compactBatch } from "./gather.js";
import { flatArrayConstructor, isUtf8Type } from "./physical-type.js";
import { dictToUtf8, unifyDictionaries } from "./dictionary.js";
import { encodeUtf8Vector } from "./utf8.js";
import { nullVector } from "./builder.js";

export function concatVectors(type: DataType, vectors: readonly ColumnVector[]): ColumnVector {
  if (vectors.length === 1) return vectors[0]!;
  const total = vectors.reduce((n, v) => n + v.length, 0);
  if (vectors.length === 0) return nullVector(type, 0);
  const validity = concatValidity(vectors, total);
  const enc = vectors[0]!.encoding;
  const same = vectors.every((v) => v.encoding === enc);
  if (same && enc === "flat") {
    const Ctor = flatArrayConstructor(type)!;
    const out = new Ctor(total) as FlatArray;
    let at = 0;
    for (const v of vectors) {
      (out as Uint8Array).set((v as { values: FlatArray }).values as Uint8Array, at);
      at += v.length;
    }
    return { encoding: "flat", type, length: total, validity, values: out };
  }
  if (same && enc === "dict") {
    const dicts = vectors as readonly DictVector[];
    const first = dicts[0]!.dictionary;
    let codes: Int32Array;
    let dictionary: DictVector["dictionary"];
    if (dicts.every((d) => d.dictionary === first)) {
      codes = new Int32Array(total);
      let at = 0;
      for (const d of dicts) {
        codes.set(d.codes, at);
        at += d.length;
      }
      dictionary = first;
    } else {
      const u = unifyDictionaries(dicts);
      codes = new Int32Array(total);
      let at = 0;
      for (const c of u.codes) {
        codes.set(c, at);
        at += c.length;
      }
      dictionary = u.dictionary;
    }
    return { encoding: "dict", type, length: total, validity, codes, dictionary };
  }
  if (same && (enc === "strings" || enc === "boxed")) {
    const out: unknown[] = [];
    for (const v of vectors) {
      const vals = (v as { values: readonly unknown[] }).values;
      for (let i = 0; i < v.length; i++) out.push(vals[i]);
    }
    return enc === "strings"
      ? { encoding: "strings", type, length: total, validity, values: out as string[] }
      : { encoding: "boxed", type, length: total, validity, values: out };
  }
  if (isUtf8Type(type)) return concatUtf8(type, vectors.map(toUtf8), validity, total);
  throw new TypeError(`concatVectors: cannot mix ${vectors.map((v) => v.encoding).join(", ")} for ${type.kind}`);
}

function toUtf8(v: ColumnVector): Utf8Vector {
  switch (v.encoding) {
    case "utf8":
      return v;
    case "dict":
      return dictToUtf8(v);
    case "strings":
      return encodeUtf8Vector(v.values, v.validity, v.type);
    default:
      throw new TypeError(`not a string vector: ${v.encoding}`);
  }
}

function concatUtf8(type: DataType, vectors: Utf8Vector[], validity: Uint8Array | null, total: number): Utf8Vector {
  let byteTotal = 0;
  for (const v of vectors) byteTotal += v.offsets[v.length]! - v.offsets[0]!;
  const bytes = new Uint8Array(byteTotal);
  const offsets = new Int32Array(total + 1);
  let row = 0;
  let at = 0;
  for (const v of vectors) {
    const base = v.offsets[0]!;
    bytes.set(v.bytes.subarray(base, v.offsets[v.length]!), at);
    for (let i = 1; i <= v.length; i++) offsets[row + i] = at + v.offsets[i]! - base;
    at += v.offsets[v.length]! - base;
    row += v.length;
  }
  return { encoding: "utf8", type, length: total, validity, offsets, bytes };
}

function concatValidity(vectors: readonly ColumnVector[], total: number): Uint8Array | null {
  if (vectors.every((v) => v.validity === null)) return null;
  const out = new Uint8Array(total);
  let at = 0;
  for (const v of vectors) {
    if (v.validity === null) out.fill(1, at, at + v.length);
    else out.set(v.validity, at);
    at += v.length;
  }
  return out;
}

/** Concatenates batches (their selections applied) into one dense batch. */
export function concatBatches(types: readonly DataType[], batches: readonly Batch[]): Batch {
  const dense = batches.map(compactBatch);
  const numRows = dense.reduce((n, b) => n + b.numRows, 0);
  const columns = types.map((t, c) => concatVectors(t, dense.map((b) => b.columns[c]!)));
  return { numRows, columns, selection: null };
}
