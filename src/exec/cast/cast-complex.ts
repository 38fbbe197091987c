// Casts of arrays, maps and structs: element by element (struct fields by position).

import type { ArrayType, MapType, StructType } from "../../types/data-type.js";
import { MapData } from "../../values/map-data.js";
import type { CastKernel } from "./cast-types.js";

type Bind = (from: any, to: any) => CastKernel;

export function castArrayKernel(from: ArrayType, to: ArrayType, bind: Bind): CastKernel {
  const el = bind(from.elementType, to.elementType);
  return (a: readonly unknown[]) => {
    const out = new Array<unknown>(a.length);
    for (let i = 0; i < a.length; i++) {
      const e = a[i];
      out[i] = e === null || e === undefined ? null : el(e);
    }
    return out;
  };
}

export function castMapKernel(from: MapType, to: MapType, bind: Bind): CastKernel {
  const k = bind(from.keyType, to.keyType);
  const v = bind(from.valueType, to.valueType);
  return (m: MapData) => {
    const keys = new Array<unknown>(m.keys.length);
    const values = new Array<unknown>(m.keys.length);
    for (let i = 0; i < m.keys.length; i++) {
      keys[i] = k(m.keys[i]);
      const x = m.values[i];
      values[i] = x === null || x === undefined ? null : v(x);
    }
    return new MapData(keys, values);
  };
}

export function castStructKernel(from: StructType, to: StructType, bind: Bind): CastKernel {
  const fs = from.fields.map((f, i) => bind(f.dataType, to.fields[i]!.dataType));
  return (s: readonly unknown[]) => {
    const out = new Array<unknown>(fs.length);
    for (let i = 0; i < fs.length; i++) {
      const x = s[i];
      out[i] = x === null || x === undefined ? null : fs[i]!(x);
    }
    return out;
  };
}
