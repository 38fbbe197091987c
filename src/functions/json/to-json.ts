// to_json(struct | map | array [, options]): JSON text as Spark writes it (null fields omitted,
// doubles as Java prints them, dates ISO).
import { dataTypeMismatch, defineScalar, typeSql } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";
import { DatetimeCodec } from "../../io/formats/common/datetime-codec.js";
import { valueJson } from "../../io/formats/json/writer.js";
import { parseJsonOptions } from "../../io/formats/json/options.js";

export const toJson = defineScalar({
  name: "to_json",
  minArgs: 1,
  maxArgs: 2,
  bind: (args, ctx, name) => {
    const t = args[0]!.dataType;
    if (t.kind !== "struct" && t.kind !== "map" && t.kind !== "array") {
      throw dataTypeMismatch("INVALID_JSON_SCHEMA", name, args, { schema: typeSql(t) });
    }
    const o = parseJsonOptions({ timeZone: ctx.timeZone });
    const dt = new DatetimeCodec({ timeZone: ctx.timeZone } as never);
    return { returnType: StringType(), nullable: true, nullIntolerant: true, kernel: (v: unknown) => valueJson(t, v, o, dt) };
  },
});
