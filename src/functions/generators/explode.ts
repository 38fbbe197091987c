// explode / explode_outer / posexplode / posexplode_outer: one row per array element (col) or
// map entry (key, value); pos is an INT from 0. The _outer forms yield one all-null row for a
// null or empty input.
import type { BoundGenerator, GeneratorFunctionDef } from "../function-definition.js";
import { checkArity, unexpectedType } from "../misc/bind-helpers.js";
import { IntegerType, type DataType } from "../../types/data-type.js";
import type { MapData } from "../../values/internal.js";

function explodeDef(name: string, withPos: boolean, outer: boolean): GeneratorFunctionDef {
  return {
    kind: "generator",
    name,
    bind(args): BoundGenerator {
      checkArity(name, args, 1);
      const t = args[0]!.dataType;
      let names: string[];
      let types: DataType[];
      let nullable: boolean[];
      if (t.kind === "array") {
        names = ["col"];
        types = [t.elementType];
        nullable = [t.containsNull || outer];
      } else if (t.kind === "map") {
        names = ["key", "value"];
        types = [t.keyType, t.valueType];
        nullable = [outer, t.valueContainsNull || outer];
      } else {
        throw unexpectedType(name, args, 0, '("ARRAY" or "MAP")');
      }
      if (withPos) {
        names = ["pos", ...names];
        types = [IntegerType(), ...types];
        nullable = [outer, ...nullable];
      }
      const width = names.length;
      const emptyRows = outer ? [new Array(width).fill(null)] : [];
      return {
        outputNames: names,
        outputTypes: types,
        outputNullable: nullable,
        inputTypes: [t],
        generate([v]) {
          if (v === null || v === undefined) return emptyRows;
          if (Array.isArray(v)) {
            if (v.length === 0) return emptyRows;
            return v.map((x, i) => (withPos ? [i, x] : [x]));
          }
          const m = v as MapData;
          if (m.keys.length === 0) return emptyRows;
          return m.keys.map((k, i) => (withPos ? [i, k, m.values[i]] : [k, m.values[i]]));
        },
      };
    },
  };
}

export const explode = explodeDef("explode", false, false);
export const explodeOuter = explodeDef("explode_outer", false, true);
export const posexplode = explodeDef("posexplode", true, false);
export const posexplodeOuter = explodeDef("posexplode_outer", true, true);
