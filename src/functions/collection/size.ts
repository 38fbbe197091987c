// size / cardinality: elements of an array or entries of a map. A null input gives null under
// ANSI (Spark 4 default) and -1 with spark.sql.legacy.sizeOfNull when ANSI is off.
import { defineScalar, unexpectedType } from "../misc/bind-helpers.js";
import { IntegerType } from "../../types/data-type.js";
import type { MapData } from "../../values/internal.js";

function sizeDef(name: string) {
  return defineScalar({
    name,
    minArgs: 1,
    bind: (args, ctx, fn) => {
      const t = args[0]!.dataType;
      if (t.kind !== "array" && t.kind !== "map" && t.kind !== "null") throw unexpectedType(fn, args, 0, '("ARRAY" or "MAP")');
      const legacy = !ctx.ansi && ctx.conf("spark.sql.legacy.sizeOfNull", "true") === "true";
      return {
        returnType: IntegerType(),
        nullable: !legacy && args[0]!.nullable,
        nullIntolerant: false,
        kernel: (x: unknown[] | MapData | null) => (x === null ? (legacy ? -1 : null) : Array.isArray(x) ? x.length : x.keys.length),
      };
    },
  });
}

export const size = sizeDef("size");
export const cardinality = sizeDef("cardinality");
