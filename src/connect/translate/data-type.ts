// Data types between Faísca's plain objects (src/types/data-type.ts) and Spark Connect's
// DataType message.
import { create } from "@bufbuild/protobuf";
import { DataTypeSchema, type DataType as PDataType } from "../proto/gen/spark/connect/types_pb.js";
import type { DataType, StructType } from "../../types/data-type.js";
import { dataTypeFromJson, dataTypeToJson } from "../../types/type-json.js";
import type { IntervalDayTimeField, IntervalYearMonthField } from "../../types/data-type.js";

type Kind = PDataType["kind"];
const simple = <C extends Kind["case"]>(c: C): PDataType => create(DataTypeSchema, { kind: { case: c, value: {} } as never });

export function toProtoDataType(t: DataType): PDataType {
  switch (t.kind) {
    case "null":
    case "binary":
    case "boolean":
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "date":
    case "timestamp":
      return simple(t.kind);
    case "timestamp_ntz":
      return simple("timestampNtz");
    case "calendar_interval":
      return simple("calendarInterval");
    case "string":
      return create(DataTypeSchema, { kind: { case: "string", value: {} } });
    case "char":
      return create(DataTypeSchema, { kind: { case: "char", value: { length: t.length } } });
    case "varchar":
      return create(DataTypeSchema, { kind: { case: "varChar", value: { length: t.length } } });
    case "decimal":
      return create(DataTypeSchema, { kind: { case: "decimal", value: { precision: t.precision, scale: t.scale } } });
    case "year_month_interval":
      return create(DataTypeSchema, { kind: { case: "yearMonthInterval", value: { startField: t.startField, endField: t.endField } } });
    case "day_time_interval":
      return create(DataTypeSchema, { kind: { case: "dayTimeInterval", value: { startField: t.startField, endField: t.endField } } });
    case "array":
      return create(DataTypeSchema, { kind: { case: "array", value: { elementType: toProtoDataType(t.elementType), containsNull: t.containsNull } } });
    case "map":
      return create(DataTypeSchema, {
        kind: { case: "map", value: { keyType: toProtoDataType(t.keyType), valueType: toProtoDataType(t.valueType), valueContainsNull: t.valueContainsNull } },
      });
    case "struct":
      return create(DataTypeSchema, {
        kind: {
          case: "struct",
          value: {
            fields: t.fields.map((f) => ({
              name: f.name,
              dataType: toProtoDataType(f.dataType),
              nullable: f.nullable,
              ...(f.metadata && Object.keys(f.metadata).length > 0 ? { metadata: JSON.stringify(f.metadata) } : {}),
            })),
          },
        },
      });
  }
}

export function fromProtoDataType(p: PDataType): DataType {
  const k = p.kind;
  switch (k.case) {
    case "null":
    case "binary":
    case "boolean":
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "date":
    case "timestamp":
    case "string":
      return { kind: k.case };
    case "timestampNtz":
      return { kind: "timestamp_ntz" };
    case "calendarInterval":
      return { kind: "calendar_interval" };
    case "char":
      return { kind: "char", length: k.value.length };
    case "varChar":
      return { kind: "varchar", length: k.value.length };
    case "decimal":
      return { kind: "decimal", precision: k.value.precision ?? 10, scale: k.value.scale ?? 0 };
    case "yearMonthInterval":
      return { kind: "year_month_interval", startField: (k.value.startField ?? 0) as IntervalYearMonthField, endField: (k.value.endField ?? 1) as IntervalYearMonthField };
    case "dayTimeInterval":
      return { kind: "day_time_interval", startField: (k.value.startField ?? 0) as IntervalDayTimeField, endField: (k.value.endField ?? 3) as IntervalDayTimeField };
    case "array":
      return { kind: "array", elementType: fromProtoDataType(need(k.value.elementType)), containsNull: k.value.containsNull };
    case "map":
      return { kind: "map", keyType: fromProtoDataType(need(k.value.keyType)), valueType: fromProtoDataType(need(k.value.valueType)), valueContainsNull: k.value.valueContainsNull };
    case "struct":
      return {
        kind: "struct",
        fields: k.value.fields.map((f) => ({
          name: f.name,
          dataType: fromProtoDataType(need(f.dataType)),
          nullable: f.nullable,
          ...(f.metadata ? { metadata: JSON.parse(f.metadata) as Record<string, unknown> } : {}),
        })),
      };
    case "udt":
      if (k.value.sqlType) return fromProtoDataType(k.value.sqlType);
      throw new Error(`Spark Connect returned a user-defined type (${k.value.jvmClass ?? k.value.type}) Faísca cannot represent`);
    case "variant":
      throw new Error("Spark Connect returned a VARIANT column; Faísca has no variant type yet");
    case "unparsed":
      throw new Error(`Spark Connect returned an unparsed data type '${k.value.dataTypeString}'`);
    case undefined:
      throw new Error("Spark Connect returned an empty data type");
  }
}

function need<T>(v: T | undefined): T {
  if (v === undefined) throw new Error("Spark Connect returned an incomplete data type");
  return v;
}

/** Schema text for LocalRelation / Read.DataSource: Spark's JSON form (exact, keeps nullability). */
export function schemaString(schema: StructType): string {
  return dataTypeToJson(schema);
}

export function structFromJson(json: string): StructType {
  const t = dataTypeFromJson(json);
  if (t.kind !== "struct") throw new Error(`expected a struct schema, got ${json}`);
  return t;
}
