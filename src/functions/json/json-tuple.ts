// json_tuple(json, k1, k2, ...): a generator of one row with the top-level fields as strings
// (columns c0, c1, ...).
import type { GeneratorFunctionDef } from "../function-definition.js";
import { StringType, isStringLike } from "../../types/data-type.js";
import { dataTypeMismatch, wrongNumArgs } from "../misc/bind-helpers.js";
import { JsonObject } from "../../io/formats/json/parser.js";
import { jacksonText } from "./jackson-text.js";
import { parseJson } from "./json-parse.js";

export const jsonTuple: GeneratorFunctionDef = {
  kind: "generator",
  name: "json_tuple",
  bind(args) {
    if (args.length < 2) throw wrongNumArgs("json_tuple", "> 1", args.length);
    if (!args.every((a) => isStringLike(a.dataType))) {
      throw dataTypeMismatch("NON_STRING_TYPE", "json_tuple", args, { funcName: "`json_tuple`" });
    }
    const n = args.length - 1;
    return {
      outputNames: Array.from({ length: n }, (_, i) => `c${i}`),
      outputTypes: Array.from({ length: n }, () => StringType()),
      outputNullable: Array.from({ length: n }, () => true),
      inputTypes: args.map(() => StringType()),
      generate(values) {
        const json = values[0] as string | null;
        const v = json === null ? undefined : parseJson(json);
        const row = values.slice(1).map((k) => {
          if (!(v instanceof JsonObject) || k === null) return null;
          const x = v.get(k as string);
          return x === undefined || x === null ? null : typeof x === "string" ? x : jacksonText(x);
        });
        return [row];
      },
    };
  },
};
