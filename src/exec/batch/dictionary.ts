// Dictionary encoding: turn string columns into codes over distinct values, and give vectors
// with different dictionaries one shared dictionary (group-by/join on codes across batches).

import type { ColumnVector, DictVector, StringsVector, Utf8Vector } from "./column-vector.js";
import { Utf8Interner } from "./utf8-interner.js";
import { encodeUtf8Vector } from "./utf8.js";

/** Dictionary-encodes a utf8 or strings vector (dict vectors come back unchanged). The
 *  dictionary is a utf8 vector of the distinct non-null values in first-seen order. */
export function dictionaryEncode(v: ColumnVector): DictVector {
  if (v.encoding === "dict") return v;
  const n = v.length;
  const codes = new Int32Array(n);
  const validity = v.validity;
  const interner = new Utf8Interner(Math.min(n, 1 << 16));
  if (v.encoding === "utf8") {
    const { bytes, offsets } = v;
    for (let i = 0; i < n; i++) {
      if (validity !== null && validity[i] === 0) continue;
      codes[i] = interner.intern(bytes, offsets[i]!, offsets[i + 1]!);
    }
  } else if (v.encoding === "strings") {
    // JS strings hash natively in a Map; then the distinct values are encoded once.
    const ids = new Map<string, number>();
    const distinct: string[] = [];
    const values = v.values;
    for (let i = 0; i < n; i++) {
      if (validity !== null && validity[i] === 0) continue;
      const s = values[i]!;
      let id = ids.get(s);
      if (id === undefined) {
        id = distinct.length;
        ids.set(s, id);
        distinct.push(s);
      }
      codes[i] = id;
    }
    const dictionary = encodeUtf8Vector(distinct, null, v.type);
    return { encoding: "dict", type: v.type, length: n, validity, codes, dictionary };
  } else {
    throw new TypeError(`dictionaryEncode: cannot encode a ${v.encoding} vector`);
  }
  return { encoding: "dict", type: v.type, length: n, validity, codes, dictionary: interner.toVector(v.type) };
}

export interface UnifiedDictionaries {
  /** The distinct values of all input dictionaries. */
  readonly dictionary: Utf8Vector;
  /** Per input vector, its codes rewritten into `dictionary`. */
  readonly codes: Int32Array[];
  /** Per input vector, old code → new code. */
  readonly remaps: Int32Array[];
}

/** One dictionary for several dict vectors: hashes each distinct dictionary entry once and
 *  remaps codes through a small table. Vectors sharing a dictionary object share its remap. */
export function unifyDictionaries(vectors: readonly DictVector[]): UnifiedDictionaries {
  const interner = new Utf8Interner(vectors.reduce((m, v) => Math.max(m, v.dictionary.length), 16));
  const remapByDict = new Map<Utf8Vector | StringsVector, Int32Array>();
  const remaps: Int32Array[] = [];
  for (const v of vectors) {
    let remap = remapByDict.get(v.dictionary);
    if (remap === undefined) {
      const d = v.dictionary;
      remap = new Int32Array(d.length);
      if (d.encoding === "utf8") {
        for (let k = 0; k < d.length; k++) remap[k] = interner.intern(d.bytes, d.offsets[k]!, d.offsets[k + 1]!);
      } else {
        for (let k = 0; k < d.length; k++) remap[k] = interner.internString(d.values[k]!);
      }
      remapByDict.set(d, remap);
    }
    remaps.push(remap);
  }
  const codes = vectors.map((v, j) => {
    const remap = remaps[j]!;
    const src = v.codes;
    const out = new Int32Array(v.length);
    const validity = v.validity;
    for (let i = 0; i < v.length; i++) out[i] = validity !== null && validity[i] === 0 ? 0 : remap[src[i]!]!;
    return out;
  });
  return { dictionary: interner.toVector(vectors[0]?.type), codes, remaps };
}

/** A dict vector's values as a plain utf8 vector (gathers dictionary bytes per row). */
export function dictToUtf8(v: DictVector): Utf8Vector {
  const d = v.dictionary.encoding === "utf8" ? v.dictionary : encodeUtf8Vector(v.dictionary.values, null, v.type);
  const n = v.length;
  const offsets = new Int32Array(n + 1);
  const validity = v.validity;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (validity === null || validity[i] !== 0) {
      const c = v.codes[i]!;
      total += d.offsets[c + 1]! - d.offsets[c]!;
    }
    offsets[i + 1] = total;
  }
  const bytes = new Uint8Array(total);
  for (let i = 0; i < n; i++) {
    if (offsets[i + 1] === offsets[i]) continue;
    const c = v.codes[i]!;
    bytes.set(d.bytes.subarray(d.offsets[c]!, d.offsets[c + 1]!), offsets[i]!);
  }
  return { encoding: "utf8", type: v.type, length: n, validity, offsets, bytes };
}
