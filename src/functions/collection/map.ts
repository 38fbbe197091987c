// map(k1, v1, ...), map_from_arrays, map_from_entries, map_keys, map_values, map_entries,
// map_concat, map_contains_key, str_to_map.
import { dataTypeMismatch, defineScalar, expectString, strict, typeSql, unexpectedType, wrongNumArgs } from "../misc/bind-helpers.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/index.js";
import { ArrayType, BooleanType, MapType, NullType, StringType, StructField, StructType, type DataType } from "../../types/data-type.js";
import type { FunctionContext } from "../function-definition.js";
import { MapData } from "../../values/internal.js";
import { equalityFor } from "../operators/compare-values.js";
import { buildMap } from "./map-builder.js";
import { SparkRuntimeException } from "../../errors/spark-error.js";

const lastWin = (ctx: FunctionContext) => ctx.conf("spark.sql.mapKeyDedupPolicy", "EXCEPTION").toUpperCase() === "LAST_WIN";

export const map = defineScalar({
  name: "map",
  minArgs: 0,
  maxArgs: Infinity,
  bind: (args, ctx, name) => {
    if (args.length % 2 !== 0) throw wrongNumArgs(name, "2n (n > 0)", args.length);
    const keyArgs = args.filter((_, i) => i % 2 === 0);
    const valArgs = args.filter((_, i) => i % 2 === 1);
    const kt = keyArgs.length === 0 ? NullType() : findWiderCommonType(keyArgs.map((a) => a.dataType));
    if (!kt) {
      throw dataTypeMismatch("CREATE_MAP_KEY_DIFF_TYPES", name, args, {
        functionName: "`map`",
        dataType: "[" + keyArgs.map((a) => typeSql(a.dataType)).join(", ") + "]",
      });
    }
    const vt = valArgs.length === 0 ? NullType() : findWiderCommonType(valArgs.map((a) => a.dataType));
    if (!vt) {
      throw dataTypeMismatch("CREATE_MAP_VALUE_DIFF_TYPES", name, args, {
        functionName: "`map`",
        dataType: "[" + valArgs.map((a) => typeSql(a.dataType)).join(", ") + "]",
      });
    }
    const lw = lastWin(ctx);
    return {
      returnType: MapType(kt, vt, valArgs.some((a) => a.nullable)),
      nullable: false,
      nullIntolerant: false,
      inputTypes: args.map((_, i) => (i % 2 === 0 ? kt : vt)),
      kernel: (...xs: unknown[]) =>
        buildMap(xs.filter((_, i) => i % 2 === 0), xs.filter((_, i) => i % 2 === 1), kt, lw),
    };
  },
});

export const mapFromArrays = defineScalar({
  name: "map_from_arrays",
  minArgs: 2,
  bind: (args, ctx, name) => {
    // an untyped NULL side is ARRAY<VOID>: the result is NULL, as in Spark
    const k = args[0]!.dataType.kind === "null" ? ArrayType(NullType()) : args[0]!.dataType;
    const v = args[1]!.dataType.kind === "null" ? ArrayType(NullType()) : args[1]!.dataType;
    if (k.kind !== "array") throw unexpectedType(name, args, 0, '"ARRAY"');
    if (v.kind !== "array") throw unexpectedType(name, args, 1, '"ARRAY"');
    const lw = lastWin(ctx);
    return strict(MapType(k.elementType, v.elementType, v.containsNull), [k, v], (ks: unknown[], vs: unknown[]) => {
      if (ks.length !== vs.length) throw new SparkRuntimeException("_LEGACY_ERROR_TEMP_2128");
      return buildMap(ks, vs, k.elementType, lw);
    });
  },
});

export const mapFromEntries = defineScalar({
  name: "map_from_entries",
  minArgs: 1,
  bind: (args, ctx, name) => {
    const t = args[0]!.dataType;
    if (t.kind !== "array" || t.elementType.kind !== "struct" || t.elementType.fields.length !== 2) {
      throw unexpectedType(name, args, 0, '"ARRAY" of pair "STRUCT"');
    }
    const [kf, vf] = t.elementType.fields as [StructField, StructField];
    const lw = lastWin(ctx);
    return strict(MapType(kf.dataType, vf.dataType, vf.nullable), [t], (entries: (unknown[] | null)[]) => {
      if (entries.some((e) => e === null)) return null;
      return buildMap(entries.map((e) => e![0]), entries.map((e) => e![1]), kf.dataType, lw);
    }, t.containsNull);
  },
});

function expectMap(name: string, args: Parameters<typeof unexpectedType>[1], i: number) {
  const t = args[i]!.dataType;
  if (t.kind !== "map") throw unexpectedType(name, args, i, '"MAP"');
  return t;
}

export const mapKeys = defineScalar({
  name: "map_keys",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = expectMap(name, args, 0);
    return strict(ArrayType(t.keyType, false), [t], (m: MapData) => m.keys.slice());
  },
});

export const mapValues = defineScalar({
  name: "map_values",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = expectMap(name, args, 0);
    return strict(ArrayType(t.valueType, t.valueContainsNull), [t], (m: MapData) => m.values.slice());
  },
});

export const mapEntries = defineScalar({
  name: "map_entries",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = expectMap(name, args, 0);
    const st = StructType([StructField("key", t.keyType, false), StructField("value", t.valueType, t.valueContainsNull)]);
    return strict(ArrayType(st, false), [t], (m: MapData) => m.keys.map((k, i) => [k, m.values[i]]));
  },
});

export const mapConcat = defineScalar({
  name: "map_concat",
  minArgs: 0,
  maxArgs: Infinity,
  bind: (args, ctx, name) => {
    for (const a of args) {
      if (a.dataType.kind !== "map") {
        throw dataTypeMismatch("MAP_CONCAT_DIFF_TYPES", name, args, {
          functionName: "`map_concat`",
          dataType: "[" + args.map((x) => typeSql(x.dataType)).join(", ") + "]",
        });
      }
    }
    const t: DataType =
      args.length === 0 ? MapType(StringType(), StringType(), false) : findWiderCommonType(args.map((a) => a.dataType)) ?? NullType();
    if (t.kind !== "map") {
      throw dataTypeMismatch("DATA_DIFF_TYPES", name, args, {
        functionName: "`map_concat`",
        dataType: "[" + args.map((x) => typeSql(x.dataType)).join(", ") + "]",
      });
    }
    const lw = lastWin(ctx);
    return strict(t, args.map(() => t), (...ms: MapData[]) =>
      buildMap(ms.flatMap((m) => m.keys), ms.flatMap((m) => m.values), t.keyType, lw),
    );
  },
});

export const mapContainsKey = defineScalar({
  name: "map_contains_key",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const m = args[0]!.dataType;
    const k = args[1]!.dataType;
    if (m.kind === "map" && k.kind === "null") throw dataTypeMismatch("NULL_TYPE", name, args, { functionName: "`" + name + "`" });
    // as array_contains(map_keys(m), k): the key widens with the map's key type
    const key = m.kind === "map" ? (m.keyType.kind === "null" ? k : findWiderCommonType([m.keyType, k])) : null;
    if (m.kind !== "map" || !key) {
      throw dataTypeMismatch("MAP_FUNCTION_DIFF_TYPES", name, args, {
        functionName: "`" + name + "`",
        dataType: '"MAP"',
        leftType: typeSql(m),
        rightType: typeSql(k),
      });
    }
    const mt = MapType(key, m.valueType, m.valueContainsNull);
    const eq = equalityFor(key);
    return strict(BooleanType(), [mt, key], (x: MapData, v: unknown) => x.keys.some((y) => eq(y, v)));
  },
});

/** str_to_map(text[, pairDelim=','[, keyValueDelim=':']]): delimiters are regexes in Spark;
 *  plain literal delimiters are handled here (regex metacharacters are escaped). */
export const strToMap = defineScalar({
  name: "str_to_map",
  minArgs: 1,
  maxArgs: 3,
  bind: (args, ctx, name) => {
    const types = args.map((_, i) => expectString(name, args, i));
    const lw = lastWin(ctx);
    return strict(MapType(StringType(), StringType(), true), types, (text: string, pairDelim = ",", kvDelim = ":") => {
      const keys: string[] = [];
      const values: (string | null)[] = [];
      const kvRe = new RegExp(kvDelim);
      for (const pair of text.split(new RegExp(pairDelim))) {
        const m = kvRe.exec(pair);
        keys.push(m ? pair.slice(0, m.index) : pair);
        values.push(m ? pair.slice(m.index + m[0].length) : null);
      }
      return buildMap(keys, values, StringType(), lw);
    });
  },
});
