// Higher-order functions over arrays and maps (transform, filter, exists, forall, aggregate /
// reduce, zip_with, map_filter, map_zip_with, transform_keys, transform_values, array_sort with a
// comparator). The lambda body is an ordinary compiled expression; its parameters are read from
// the row state's `vars` by varId, so nested lambdas and outer column references just work.

import type { RHigherOrder, RLambda } from "../../plan/expr/resolved.js";
import type { MapType } from "../../types/data-type.js";
import type { RowFn, RowState } from "./context.js";
import { compileRow } from "./row-compiler.js";
import { SparkRuntimeException } from "../../errors/spark-error.js";
import { MapData } from "../../values/internal.js";
import { equalityFor } from "../../functions/operators/compare-values.js";

interface CompiledLambda {
  readonly ids: readonly number[];
  readonly body: RowFn;
}

const compileLambda = (l: RLambda): CompiledLambda => ({ ids: l.params.map((p) => p.varId), body: compileRow(l.body) });

function call1(l: CompiledLambda, s: RowState, i: number, a: unknown): unknown {
  s.vars.set(l.ids[0]!, a);
  return l.body(s, i);
}
function call2(l: CompiledLambda, s: RowState, i: number, a: unknown, b: unknown): unknown {
  s.vars.set(l.ids[0]!, a);
  if (l.ids.length > 1) s.vars.set(l.ids[1]!, b);
  return l.body(s, i);
}
function call3(l: CompiledLambda, s: RowState, i: number, a: unknown, b: unknown, c: unknown): unknown {
  s.vars.set(l.ids[0]!, a);
  s.vars.set(l.ids[1]!, b);
  s.vars.set(l.ids[2]!, c);
  return l.body(s, i);
}

export function compileHigherOrder(e: RHigherOrder): RowFn {
  const args = e.args.map(compileRow);
  const lambdas = e.lambdas.map(compileLambda);
  const f = lambdas[0]!;
  const a0 = args[0]!;
  switch (e.name.toLowerCase()) {
    case "transform":
      return (s, i) => {
        const arr = a0(s, i) as unknown[] | null;
        if (arr === null) return null;
        const out = new Array<unknown>(arr.length);
        for (let k = 0; k < arr.length; k++) out[k] = call2(f, s, i, arr[k], k);
        return out;
      };
    case "filter":
      return (s, i) => {
        const arr = a0(s, i) as unknown[] | null;
        if (arr === null) return null;
        const out: unknown[] = [];
        for (let k = 0; k < arr.length; k++) if (call2(f, s, i, arr[k], k) === true) out.push(arr[k]);
        return out;
      };
    case "exists":
      // three-valued: true if any element is true, else null if any is null, else false
      return (s, i) => {
        const arr = a0(s, i) as unknown[] | null;
        if (arr === null) return null;
        let sawNull = false;
        for (let k = 0; k < arr.length; k++) {
          const r = call1(f, s, i, arr[k]);
          if (r === true) return true;
          if (r === null) sawNull = true;
        }
        return sawNull ? null : false;
      };
    case "forall":
      return (s, i) => {
        const arr = a0(s, i) as unknown[] | null;
        if (arr === null) return null;
        let sawNull = false;
        for (let k = 0; k < arr.length; k++) {
          const r = call1(f, s, i, arr[k]);
          if (r === false) return false;
          if (r === null) sawNull = true;
        }
        return sawNull ? null : true;
      };
    case "aggregate":
    case "reduce": {
      const zero = args[1]!;
      const finish = lambdas[1];
      return (s, i) => {
        const arr = a0(s, i) as unknown[] | null;
        if (arr === null) return null;
        let acc = zero(s, i);
        for (let k = 0; k < arr.length; k++) acc = call2(f, s, i, acc, arr[k]);
        return finish ? call1(finish, s, i, acc) : acc;
      };
    }
    case "zip_with": {
      const a1 = args[1]!;
      return (s, i) => {
        const x = a0(s, i) as unknown[] | null;
        if (x === null) return null;
        const y = a1(s, i) as unknown[] | null;
        if (y === null) return null;
        const n = Math.max(x.length, y.length);
        const out = new Array<unknown>(n);
        for (let k = 0; k < n; k++) out[k] = call2(f, s, i, k < x.length ? x[k] : null, k < y.length ? y[k] : null);
        return out;
      };
    }
    case "array_sort":
      return (s, i) => {
        const arr = a0(s, i) as unknown[] | null;
        if (arr === null) return null;
        return arr.slice().sort((l, r) => {
          const c = call2(f, s, i, l, r);
          if (c === null) {
            throw new SparkRuntimeException("COMPARATOR_RETURNS_NULL", { firstValue: String(l), secondValue: String(r) });
          }
          return c as number;
        });
      };
    case "map_filter":
      return (s, i) => {
        const m = a0(s, i) as MapData | null;
        if (m === null) return null;
        const keys: unknown[] = [];
        const values: unknown[] = [];
        for (let k = 0; k < m.keys.length; k++) {
          if (call2(f, s, i, m.keys[k], m.values[k]) === true) {
            keys.push(m.keys[k]);
            values.push(m.values[k]);
          }
        }
        return new MapData(keys, values);
      };
    case "transform_values":
      return (s, i) => {
        const m = a0(s, i) as MapData | null;
        if (m === null) return null;
        const values = new Array<unknown>(m.keys.length);
        for (let k = 0; k < m.keys.length; k++) values[k] = call2(f, s, i, m.keys[k], m.values[k]);
        return new MapData(m.keys.slice(), values);
      };
    case "transform_keys": {
      const keyType = (e.dataType as MapType).keyType;
      const eq = equalityFor(keyType);
      return (s, i) => {
        const m = a0(s, i) as MapData | null;
        if (m === null) return null;
        const keys = new Array<unknown>(m.keys.length);
        for (let k = 0; k < m.keys.length; k++) {
          const nk = call2(f, s, i, m.keys[k], m.values[k]);
          if (nk === null) throw new SparkRuntimeException("NULL_MAP_KEY", {});
          for (let j = 0; j < k; j++) {
            if (eq(keys[j], nk)) {
              throw new SparkRuntimeException("DUPLICATED_MAP_KEY", {
                key: String(nk),
                mapKeyDedupPolicy: '"spark.sql.mapKeyDedupPolicy"',
              });
            }
          }
          keys[k] = nk;
        }
        return new MapData(keys, m.values.slice());
      };
    }
    case "map_zip_with": {
      const a1 = args[1]!;
      const keyType = (e.args[0]!.dataType as MapType).keyType;
      const eq = equalityFor(keyType);
      return (s, i) => {
        const x = a0(s, i) as MapData | null;
        if (x === null) return null;
        const y = a1(s, i) as MapData | null;
        if (y === null) return null;
        const keys: unknown[] = [];
        const find = (m: MapData, key: unknown): number => {
          for (let j = 0; j < m.keys.length; j++) if (eq(m.keys[j], key)) return j;
          return -1;
        };
        for (const k of x.keys) keys.push(k);
        for (const k of y.keys) if (find(x, k) < 0) keys.push(k);
        const values = keys.map((k) => {
          const ix = find(x, k);
          const iy = find(y, k);
          return call3(f, s, i, k, ix < 0 ? null : x.values[ix], iy < 0 ? null : y.values[iy]);
        });
        return new MapData(keys, values);
      };
    }
    default:
      throw new Error(`internal error: unknown higher-order function ${e.name}`);
  }
}
