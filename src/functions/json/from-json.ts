// from_json(json, schema[, options]): parses JSON text into a struct (or array / map) of the
// given schema; malformed input gives null (PERMISSIVE), or an error with mode FAILFAST.
import { defineScalar, expectString } from "../misc/bind-helpers.js";
import type { BoundScalar } from "../function-definition.js";
import type { DataType } from "../../types/data-type.js";
import { AnalysisException } from "../../errors/spark-error.js";
import { parseSchemaOrType } from "../../sql/index.js";
import { dataTypeFromJson } from "../../types/type-json.js";
import { DatetimeCodec } from "../../io/formats/common/datetime-codec.js";
import { makeJsonConverter } from "../../io/formats/json/convert-value.js";
import type { MapData } from "../../values/internal.js";
import { parseJson } from "./json-parse.js";

function schemaArg(v: unknown): DataType {
  if (typeof v !== "string") throw new AnalysisException("INVALID_SCHEMA.NON_STRING_LITERAL", { inputSchema: String(v) });
  const text = v.trim();
  return text.startsWith("{") ? dataTypeFromJson(text) : parseSchemaOrType(text);
}

function optionsArg(v: unknown): Record<string, string> {
  const m = v as MapData | null;
  if (!m) return {};
  return Object.fromEntries(m.keys.map((k, i) => [String(k), String(m.values[i])]));
}

export const fromJson = defineScalar({
  name: "from_json",
  minArgs: 2,
  maxArgs: 3,
  bind: (args, ctx, name): BoundScalar => {
    const inType = expectString(name, args, 0);
    if (!args[1]!.foldable) throw new AnalysisException("INVALID_SCHEMA.NON_STRING_LITERAL", { inputSchema: args[1]!.sql ?? "?" });
    const schema = schemaArg(args[1]!.value);
    const options = args[2] ? optionsArg(args[2].value) : {};
    const failFast = (options.mode ?? "PERMISSIVE").toUpperCase() === "FAILFAST";
    const dt = new DatetimeCodec({ dateFormat: options.dateFormat, timestampFormat: options.timestampFormat, timeZone: ctx.timeZone } as never);
    const convert = makeJsonConverter(dt);
    return {
      returnType: schema,
      nullable: true,
      nullIntolerant: true,
      inputTypes: [inType, args[1]!.dataType, ...(args[2] ? [args[2].dataType] : [])],
      kernel: (text: string) => {
        const v = parseJson(text);
        try {
          if (v === undefined) throw new Error("malformed");
          return convert(v, schema);
        } catch {
          if (failFast) {
            throw new AnalysisException("MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION", { badRecord: text, failFastMode: "FAILFAST" });
          }
          // PERMISSIVE: a struct of nulls for structs, null otherwise (Spark 4 behaviour).
          return schema.kind === "struct" ? schema.fields.map(() => null) : null;
        }
      },
    };
  },
});
