// schema_of_json(json literal): the DDL-ish type string Spark infers, e.g.
// STRUCT<a: BIGINT, b: ARRAY<STRING>>.
import { defineScalar } from "../misc/bind-helpers.js";
import { StringType, StructType } from "../../types/data-type.js";
import { AnalysisException } from "../../errors/spark-error.js";
import { canonicalize, inferValue } from "../../io/formats/json/infer-schema.js";
import { parseJsonOptions } from "../../io/formats/json/options.js";
import { sqlTypeName } from "../../types/type-strings.js";
import { parseJson } from "./json-parse.js";

export const schemaOfJson = defineScalar({
  name: "schema_of_json",
  minArgs: 1,
  maxArgs: 2,
  bind: (args) => {
    const a = args[0]!;
    if (!a.foldable || typeof a.value !== "string") {
      throw new AnalysisException("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", { sqlExpr: `"schema_of_json(${a.sql ?? "?"})"`, inputName: "`json`", inputType: '"STRING"', inputExpr: `"${a.sql ?? "?"}"` });
    }
    const v = parseJson(a.value);
    const o = parseJsonOptions({});
    // as Spark's inference finishes: NULL fields become STRING, empty structs are dropped
    const inferred = v === undefined ? StringType() : inferValue(v, o);
    const text = sqlTypeName(canonicalize(inferred, o) ?? StructType([]));
    return { returnType: StringType(), nullable: false, nullIntolerant: false, deterministic: true, kernel: () => text };
  },
});
