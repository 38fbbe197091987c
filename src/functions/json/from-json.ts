// from_json(json, schema[, options]): parses JSON text into a struct (or array / map) of the
// given schema, as Spark 4's PERMISSIVE mode does: empty text is NULL; a malformed document or
// a non-object for a struct schema gives a struct of NULLs (the text in the corrupt-record
// field when the schema has one); a field that does not fit its type is NULL while the others
// keep their values (partial results). FAILFAST raises instead.
import { defineScalar, expectString } from "../misc/bind-helpers.js";
import type { BoundScalar } from "../function-definition.js";
import { StructType, type DataType } from "../../types/data-type.js";
import { AnalysisException } from "../../errors/spark-error.js";
import { parseSchemaOrType } from "../../sql/index.js";
import { dataTypeFromJson } from "../../types/type-json.js";
import { DatetimeCodec } from "../../io/formats/common/datetime-codec.js";
import { makeJsonConverter } from "../../io/formats/json/convert-value.js";
import { JsonObject, type JsonValue } from "../../io/formats/json/parser.js";
import { MapData } from "../../values/internal.js";
import { jacksonText } from "./jackson-text.js";
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

/** Signals that some field of the record did not fit (the record is then "bad"). */
class PartialRecord {
  bad = false;
}

/** Converts with Spark's rules, but strings take any value's JSON text (numbers as Jackson
 *  writes them) and struct fields that fail become NULL, marking the record bad. */
function makeConverter(dt: DatetimeCodec): (v: JsonValue, t: DataType, rec: PartialRecord) => unknown {
  const base = makeJsonConverter(dt);
  const convert = (v: JsonValue, t: DataType, rec: PartialRecord): unknown => {
    if (v === null) return null;
    switch (t.kind) {
      case "string":
      case "char":
      case "varchar":
        return typeof v === "string" ? v : jacksonText(v);
      case "struct": {
        if (!(v instanceof JsonObject)) return base(v, t);
        return t.fields.map((f) => {
          const x = v.get(f.name);
          if (x === undefined) return null;
          try {
            return convert(x, f.dataType, rec);
          } catch {
            rec.bad = true;
            return null;
          }
        });
      }
      case "array":
        if (!Array.isArray(v)) return base(v, t);
        return v.map((x) => convert(x, t.elementType, rec));
      case "map": {
        if (!(v instanceof JsonObject)) return base(v, t);
        const keys: string[] = [];
        const values: unknown[] = [];
        v.keys.forEach((k, i) => {
          const at = keys.indexOf(k);
          const x = convert(v.values[i]!, t.valueType, rec);
          if (at >= 0) values[at] = x;
          else {
            keys.push(k);
            values.push(x);
          }
        });
        return new MapData(keys, values);
      }
      default:
        return base(v, t);
    }
  };
  return convert;
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
    const corruptName = options.columnNameOfCorruptRecord ?? "_corrupt_record";
    const corruptAt = schema.kind === "struct" ? schema.fields.findIndex((f) => f.name === corruptName && f.dataType.kind === "string") : -1;
    const dt = new DatetimeCodec({ dateFormat: options.dateFormat, timestampFormat: options.timestampFormat, timeZone: ctx.timeZone } as never);
    const convert = makeConverter(dt);
    const badRecord = (text: string): unknown => {
      if (failFast) {
        throw new AnalysisException("MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION", { badRecord: text, failFastMode: "FAILFAST" });
      }
      if (schema.kind !== "struct") return null;
      const row: unknown[] = schema.fields.map(() => null);
      if (corruptAt >= 0) row[corruptAt] = text;
      return row;
    };
    return {
      returnType: schema,
      nullable: true,
      nullIntolerant: true,
      inputTypes: [inType, args[1]!.dataType, ...(args[2] ? [args[2].dataType] : [])],
      kernel: (text: string) => {
        if (text.trim() === "") return null;
        const v = parseJson(text);
        if (v === undefined) return badRecord(text);
        // the JSON literal null is an empty record for a struct schema
        if (v === null) return schema.kind === "struct" ? (schema as StructType).fields.map(() => null) : null;
        const rec = new PartialRecord();
        let out: unknown;
        try {
          out = convert(v, schema, rec);
        } catch {
          return badRecord(text);
        }
        if (rec.bad) {
          if (failFast) return badRecord(text);
          if (corruptAt >= 0) (out as unknown[])[corruptAt] = text;
        }
        return out;
      },
    };
  },
});
