// Literal values (user-facing values: bigint, Decimal, SparkDate, Timestamp, Uint8Array,
// arrays, Map, Row, ...) to Spark Connect's Expression.Literal. Values are first normalized
// through toInternal, so every accepted spelling of a value (number for long, Date for date...)
// is checked exactly as the local engine checks it.
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { Expression_LiteralSchema, type Expression_Literal } from "../proto/gen/spark/connect/expressions_pb.js";
import type { DataType } from "../../types/data-type.js";
import { toInternal, MapData } from "../../values/internal.js";
import { unscaledToString } from "../../values/decimal.js";
import type { CalendarInterval } from "../../values/interval.js";
import { inferType } from "../../types/infer-type.js";
import { toProtoDataType } from "./data-type.js";

type Lit = MessageInitShape<typeof Expression_LiteralSchema>["literalType"];
const lit = (l: Lit): Expression_Literal => create(Expression_LiteralSchema, { literalType: l });

/** A literal of `type` holding the user-facing `value` (null/undefined → typed null). */
export function toProtoLiteral(value: unknown, type: DataType): Expression_Literal {
  return internalToLiteral(toInternal(value, type), type);
}

/** A literal for a bare JS value whose type is inferred as createDataFrame would. */
export function toProtoLiteralInferred(value: unknown): Expression_Literal {
  if (value === null || value === undefined) return lit({ case: "null", value: toProtoDataType({ kind: "null" }) });
  return toProtoLiteral(value, inferType(value));
}

function internalToLiteral(v: unknown, t: DataType): Expression_Literal {
  if (v === null) return lit({ case: "null", value: toProtoDataType(t) });
  switch (t.kind) {
    case "null":
      return lit({ case: "null", value: toProtoDataType(t) });
    case "boolean":
      return lit({ case: "boolean", value: v as boolean });
    case "byte":
      return lit({ case: "byte", value: v as number });
    case "short":
      return lit({ case: "short", value: v as number });
    case "integer":
      return lit({ case: "integer", value: v as number });
    case "long":
      return lit({ case: "long", value: v as bigint });
    case "float":
      return lit({ case: "float", value: v as number });
    case "double":
      return lit({ case: "double", value: v as number });
    case "decimal":
      return lit({ case: "decimal", value: { value: unscaledToString(v as bigint, t.scale), precision: t.precision, scale: t.scale } });
    case "string":
    case "char":
    case "varchar":
      return lit({ case: "string", value: v as string });
    case "binary":
      return lit({ case: "binary", value: v as Uint8Array });
    case "date":
      return lit({ case: "date", value: v as number });
    case "timestamp":
      return lit({ case: "timestamp", value: v as bigint });
    case "timestamp_ntz":
      return lit({ case: "timestampNtz", value: v as bigint });
    case "year_month_interval":
      return lit({ case: "yearMonthInterval", value: v as number });
    case "day_time_interval":
      return lit({ case: "dayTimeInterval", value: v as bigint });
    case "calendar_interval": {
      const c = v as CalendarInterval;
      return lit({ case: "calendarInterval", value: { months: c.months, days: c.days, microseconds: c.micros } });
    }
    case "array":
      return lit({
        case: "array",
        value: { elementType: toProtoDataType(t.elementType), elements: (v as unknown[]).map((e) => internalToLiteral(e, t.elementType)) },
      });
    case "map": {
      const m = v as MapData;
      return lit({
        case: "map",
        value: {
          keyType: toProtoDataType(t.keyType),
          valueType: toProtoDataType(t.valueType),
          keys: m.keys.map((k) => internalToLiteral(k, t.keyType)),
          values: m.values.map((x) => internalToLiteral(x, t.valueType)),
        },
      });
    }
    case "struct":
      return lit({
        case: "struct",
        value: { structType: toProtoDataType(t), elements: (v as unknown[]).map((e, i) => internalToLiteral(e, t.fields[i]!.dataType)) },
      });
  }
}
