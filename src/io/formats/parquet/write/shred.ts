// Batch columns → leaf buffers. Top-level primitive columns go through whole-vector loops per
// encoding (flat, utf8, dict); nested columns are shredded value by value into repetition and
// definition levels (Dremel), the inverse of ../assembly.ts.

import type { DataType } from "../../../../types/data-type.js";
import type { ColumnVector } from "../../../../exec/batch/column-vector.js";
import { getValue } from "../../../../exec/batch/access.js";
import type { MapData } from "../../../../values/map-data.js";
import { PhysicalType } from "../metadata.js";
import type { LeafBuffer } from "./leaf-buffer.js";
import type { WriteNode } from "./write-schema.js";

export class NullInRequiredField extends Error {}

/** Writes one internal value of a primitive column into the leaf's value stream. */
export function appendValue(buf: LeafBuffer, v: unknown): void {
  const t = buf.spec.type;
  switch (buf.spec.physical) {
    case PhysicalType.BOOLEAN:
      buf.int32(v ? 1 : 0);
      return;
    case PhysicalType.INT32:
      buf.int32(typeof v === "bigint" ? Number(v) : (v as number));
      return;
    case PhysicalType.INT64:
      buf.int64(v as bigint);
      return;
    case PhysicalType.FLOAT:
    case PhysicalType.DOUBLE:
      buf.number(v as number);
      return;
    case PhysicalType.BYTE_ARRAY:
      if (typeof v === "string") buf.string(v);
      else buf.byteArray(v as Uint8Array, 0, (v as Uint8Array).length);
      return;
    case PhysicalType.FIXED_LEN_BYTE_ARRAY: {
      const width = buf.spec.typeLength;
      const out = new Uint8Array(width);
      let x = BigInt.asUintN(width * 8, v as bigint);
      for (let i = width - 1; i >= 0; i--) {
        out[i] = Number(x & 0xffn);
        x >>= 8n;
      }
      buf.byteArray(out, 0, width);
      return;
    }
    default:
      throw new Error(`cannot write ${t.kind} as physical type ${buf.spec.physical}`);
  }
}

function rowIndex(sel: Int32Array | null, i: number): number {
  return sel === null ? i : sel[i]!;
}

/** A top-level primitive column: levels are 0/1 by validity, values copied per encoding. */
export function appendFlatColumn(buf: LeafBuffer, v: ColumnVector, sel: Int32Array | null): void {
  const n = sel === null ? v.length : sel.length;
  const optional = buf.spec.maxDef > 0;
  const validity = v.validity;
  if (!optional && validity !== null) {
    for (let i = 0; i < n; i++) if (validity[rowIndex(sel, i)] === 0) throw new NullInRequiredField(buf.spec.path.join("."));
  }
  buf.reserve(n, n);
  if (optional) {
    const def = buf.def!;
    const base = buf.levels;
    if (validity === null) def.fill(1, base, base + n);
    else for (let i = 0; i < n; i++) def[base + i] = validity[rowIndex(sel, i)]!;
    if (validity !== null) for (let i = 0; i < n; i++) if (validity[rowIndex(sel, i)] === 0) buf.nullCount++;
  }
  buf.levels += n;
  const valid = (i: number): boolean => validity === null || validity[i] === 1;
  const t: DataType = v.type;
  switch (v.encoding) {
    case "flat": {
      const src = v.values;
      const phys = buf.spec.physical;
      const fixed = buf.fixed!;
      let c = buf.count;
      if (phys === PhysicalType.INT32 && src instanceof BigInt64Array) {
        // decimal(≤ 9) unscaled
        const out = fixed as Int32Array;
        for (let i = 0; i < n; i++) {
          const r = rowIndex(sel, i);
          if (valid(r)) out[c++] = Number(src[r]!);
        }
      } else if (sel === null && validity === null && fixed.constructor === src.constructor) {
        (fixed as Float64Array).set(src as Float64Array, c);
        c += n;
      } else if (fixed instanceof BigInt64Array) {
        const s = src as BigInt64Array;
        for (let i = 0; i < n; i++) {
          const r = rowIndex(sel, i);
          if (valid(r)) fixed[c++] = s[r]!;
        }
      } else {
        const s = src as Float64Array;
        const out = fixed as Float64Array;
        for (let i = 0; i < n; i++) {
          const r = rowIndex(sel, i);
          if (valid(r)) out[c++] = s[r]!;
        }
      }
      buf.count = c;
      return;
    }
    case "utf8": {
      const { bytes, offsets } = v;
      for (let i = 0; i < n; i++) {
        const r = rowIndex(sel, i);
        if (valid(r)) buf.byteArray(bytes, offsets[r]!, offsets[r + 1]!);
      }
      return;
    }
    case "dict": {
      const d = v.dictionary;
      const codes = v.codes;
      if (d.encoding === "utf8" && buf.spec.physical === PhysicalType.BYTE_ARRAY) {
        for (let i = 0; i < n; i++) {
          const r = rowIndex(sel, i);
          if (valid(r)) {
            const c = codes[r]!;
            buf.byteArray(d.bytes, d.offsets[c]!, d.offsets[c + 1]!);
          }
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const r = rowIndex(sel, i);
        if (valid(r)) appendValue(buf, getValue(d, codes[r]!));
      }
      return;
    }
    default: {
      void t;
      for (let i = 0; i < n; i++) {
        const r = rowIndex(sel, i);
        if (valid(r)) {
          const x = getValue(v, r);
          if (x !== null) appendValue(buf, x);
        }
      }
    }
  }
}

/** Shreds one value of a (possibly nested) field into its leaves. */
export function shredValue(node: WriteNode, v: unknown, parentDef: number, rep: number, leaves: readonly LeafBuffer[], path: string): void {
  if (v === null || v === undefined) {
    if (!node.optional) throw new NullInRequiredField(path);
    nullUnder(node, parentDef, rep, leaves);
    return;
  }
  switch (node.k) {
    case "leaf": {
      const b = leaves[node.leaf]!;
      b.level(node.def, rep);
      appendValue(b, v);
      return;
    }
    case "struct": {
      const vals = v as unknown[];
      node.children.forEach((c, i) => shredValue(c, vals[i], node.def, rep, leaves, path));
      return;
    }
    case "list": {
      const arr = v as unknown[];
      if (arr.length === 0) {
        nullUnder(node, node.def, rep, leaves);
        return;
      }
      for (let i = 0; i < arr.length; i++) shredValue(node.element, arr[i], node.def + 1, i === 0 ? rep : node.rep, leaves, path);
      return;
    }
    case "map": {
      const m = v as MapData;
      if (m.keys.length === 0) {
        nullUnder(node, node.def, rep, leaves);
        return;
      }
      for (let i = 0; i < m.keys.length; i++) {
        const r = i === 0 ? rep : node.rep;
        shredValue(node.element, m.keys[i], node.def + 1, r, leaves, path);
        shredValue(node.value!, m.values[i], node.def + 1, r, leaves, path);
      }
      return;
    }
  }
}

/** One level entry at definition level `def` for every leaf under a node. */
function nullUnder(node: WriteNode, def: number, rep: number, leaves: readonly LeafBuffer[]): void {
  switch (node.k) {
    case "leaf":
      leaves[node.leaf]!.level(def, rep);
      return;
    case "struct":
      for (const c of node.children) nullUnder(c, def, rep, leaves);
      return;
    case "list":
    case "map":
      nullUnder(node.element, def, rep, leaves);
      if (node.value) nullUnder(node.value, def, rep, leaves);
      return;
  }
}
