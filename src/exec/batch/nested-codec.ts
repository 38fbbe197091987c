// Boxed columns (arrays, maps, structs, wide decimals, calendar intervals) as typed-array trees
// for crossing threads: arrays/maps become offsets + child vectors (Arrow's list layout), structs
// one child per field, decimals > 18 digits two int64 words, calendar intervals three arrays.
// Every leaf is a flat or utf8 vector, so nothing crosses as an object graph, and values come
// back as proper internal values (CalendarInterval and MapData instances).

import type { DataType } from "../../types/data-type.js";
import type { BoxedVector, ColumnVector } from "./column-vector.js";
import { CalendarInterval } from "../../values/interval.js";
import { MapData } from "../../values/map-data.js";
import { vectorFromValues } from "./builder.js";
import { vectorToArray } from "./access.js";

export type NestedPayload =
  | { readonly kind: "list"; readonly offsets: Int32Array; readonly child: ColumnVector }
  | { readonly kind: "map"; readonly offsets: Int32Array; readonly keys: ColumnVector; readonly values: ColumnVector }
  | { readonly kind: "struct"; readonly children: readonly ColumnVector[] }
  | { readonly kind: "decimal128"; readonly words: BigInt64Array }
  | { readonly kind: "calendar"; readonly months: Int32Array; readonly days: Int32Array; readonly micros: BigInt64Array }
  | { readonly kind: "null" };

interface MapLike {
  keys: readonly unknown[];
  values: readonly unknown[];
}

/** Splits a boxed vector into typed children (children may themselves be boxed: recurse). */
export function encodeNested(v: BoxedVector): NestedPayload {
  const t = v.type;
  const n = v.length;
  const vals = v.values;
  const valid = (i: number) => (v.validity === null || v.validity[i] !== 0) && vals[i] !== null && vals[i] !== undefined;
  switch (t.kind) {
    case "array": {
      const offsets = new Int32Array(n + 1);
      const elems: unknown[] = [];
      for (let i = 0; i < n; i++) {
        if (valid(i)) for (const e of vals[i] as readonly unknown[]) elems.push(e);
        offsets[i + 1] = elems.length;
      }
      return { kind: "list", offsets, child: vectorFromValues(t.elementType, elems) };
    }
    case "map": {
      const offsets = new Int32Array(n + 1);
      const keys: unknown[] = [];
      const values: unknown[] = [];
      for (let i = 0; i < n; i++) {
        if (valid(i)) {
          const m = vals[i] as MapLike;
          for (let k = 0; k < m.keys.length; k++) {
            keys.push(m.keys[k]);
            values.push(m.values[k]);
          }
        }
        offsets[i + 1] = keys.length;
      }
      return { kind: "map", offsets, keys: vectorFromValues(t.keyType, keys), values: vectorFromValues(t.valueType, values) };
    }
    case "struct": {
      const children = t.fields.map((f, k) => {
        const col = new Array<unknown>(n);
        for (let i = 0; i < n; i++) col[i] = valid(i) ? (vals[i] as readonly unknown[])[k] : null;
        return vectorFromValues(f.dataType, col);
      });
      return { kind: "struct", children };
    }
    case "decimal": {
      const words = new BigInt64Array(2 * n);
      for (let i = 0; i < n; i++) {
        if (!valid(i)) continue;
        const x = vals[i] as bigint;
        words[2 * i] = BigInt.asIntN(64, x);
        words[2 * i + 1] = BigInt.asIntN(64, x >> 64n);
      }
      return { kind: "decimal128", words };
    }
    case "calendar_interval": {
      const months = new Int32Array(n);
      const days = new Int32Array(n);
      const micros = new BigInt64Array(n);
      for (let i = 0; i < n; i++) {
        if (!valid(i)) continue;
        const c = vals[i] as CalendarInterval;
        months[i] = c.months;
        days[i] = c.days;
        micros[i] = c.micros;
      }
      return { kind: "calendar", months, days, micros };
    }
    case "null":
      return { kind: "null" };
    default:
      throw new TypeError(`encodeNested: ${t.kind} is not a boxed type`);
  }
}

/** Rebuilds the boxed values from a payload (`children` already decoded to vectors). */
export function decodeNested(type: DataType, length: number, validity: Uint8Array | null, p: NestedPayload): BoxedVector {
  const out = new Array<unknown>(length).fill(null);
  const valid = (i: number) => validity === null || validity[i] !== 0;
  switch (p.kind) {
    case "list": {
      const elems = vectorToArray(p.child);
      for (let i = 0; i < length; i++) if (valid(i)) out[i] = elems.slice(p.offsets[i]!, p.offsets[i + 1]!);
      break;
    }
    case "map": {
      const keys = vectorToArray(p.keys);
      const values = vectorToArray(p.values);
      for (let i = 0; i < length; i++) {
        if (!valid(i)) continue;
        const s = p.offsets[i]!;
        const e = p.offsets[i + 1]!;
        out[i] = new MapData(keys.slice(s, e), values.slice(s, e));
      }
      break;
    }
    case "struct": {
      const cols = p.children.map(vectorToArray);
      for (let i = 0; i < length; i++) if (valid(i)) out[i] = cols.map((c) => c[i]);
      break;
    }
    case "decimal128":
      for (let i = 0; i < length; i++) {
        if (valid(i)) out[i] = (p.words[2 * i + 1]! << 64n) | BigInt.asUintN(64, p.words[2 * i]!);
      }
      break;
    case "calendar":
      for (let i = 0; i < length; i++) if (valid(i)) out[i] = new CalendarInterval(p.months[i]!, p.days[i]!, p.micros[i]!);
      break;
    case "null":
      break;
  }
  return { encoding: "boxed", type, length, validity, values: out };
}
