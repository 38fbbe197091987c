// JSON form of data types, as Spark's DataType.json / DataType.fromJson. Simple types are JSON
// strings holding their typeName ("integer", "decimal(10,2)"); complex types are objects with the
// keys in Spark's order. The compact text matches Spark's byte for byte (metadata keys keep
// their insertion order; Spark's own order for metadata maps with many keys is a hash order).

import {
  ArrayType,
  BinaryType,
  BooleanType,
  ByteType,
  CalendarIntervalType,
  CharType,
  DateType,
  DayTimeIntervalType,
  DecimalType,
  DoubleType,
  FloatType,
  IntegerType,
  LongType,
  MapType,
  NullType,
  ShortType,
  StringType,
  StructField,
  StructType,
  TimestampNTZType,
  TimestampType,
  VarcharType,
  YearMonthIntervalType,
  type DataType,
  type IntervalDayTimeField,
  type IntervalYearMonthField,
} from "./data-type.js";
import { typeName } from "./type-strings.js";
import { SparkIllegalArgumentException } from "../errors/spark-error.js";

export type DataTypeJson =
  | string
  | { type: "array"; elementType: DataTypeJson; containsNull: boolean }
  | { type: "map"; keyType: DataTypeJson; valueType: DataTypeJson; valueContainsNull: boolean }
  | {
      type: "struct";
      fields: { name: string; type: DataTypeJson; nullable: boolean; metadata: Record<string, unknown> }[];
    };

/** The JSON value (before stringification) Spark writes for a type. */
export function dataTypeToJsonValue(t: DataType): DataTypeJson {
  switch (t.kind) {
    case "array":
      return { type: "array", elementType: dataTypeToJsonValue(t.elementType), containsNull: t.containsNull };
    case "map":
      return {
        type: "map",
        keyType: dataTypeToJsonValue(t.keyType),
        valueType: dataTypeToJsonValue(t.valueType),
        valueContainsNull: t.valueContainsNull,
      };
    case "struct":
      return {
        type: "struct",
        fields: t.fields.map((f) => ({
          name: f.name,
          type: dataTypeToJsonValue(f.dataType),
          nullable: f.nullable,
          metadata: { ...(f.metadata ?? {}) },
        })),
      };
    default:
      return typeName(t);
  }
}

/** DataType.json: compact JSON text, e.g. {"type":"array","elementType":"string","containsNull":true}. */
export function dataTypeToJson(t: DataType): string {
  return JSON.stringify(dataTypeToJsonValue(t));
}

const SIMPLE: Readonly<Record<string, () => DataType>> = {
  null: NullType,
  void: NullType,
  boolean: BooleanType,
  byte: ByteType,
  short: ShortType,
  integer: IntegerType,
  long: LongType,
  float: FloatType,
  double: DoubleType,
  string: StringType,
  binary: BinaryType,
  date: DateType,
  timestamp: TimestampType,
  timestamp_ltz: TimestampType,
  timestamp_ntz: TimestampNTZType,
  interval: CalendarIntervalType,
  decimal: () => DecimalType(10, 0),
};

const YM_FIELDS: Record<string, IntervalYearMonthField> = { year: 0, month: 1 };
const DT_FIELDS: Record<string, IntervalDayTimeField> = { day: 0, hour: 1, minute: 2, second: 3 };

function invalid(raw: unknown): never {
  const text = typeof raw === "string" ? raw : JSON.stringify(raw);
  throw new SparkIllegalArgumentException("INVALID_JSON_DATA_TYPE", { invalidType: text });
}

function simpleFromName(name: string): DataType | undefined {
  const simple = SIMPLE[name];
  if (simple) return simple();
  let m = /^decimal\(\s*(\d+)\s*,\s*(-?\d+)\s*\)$/.exec(name);
  if (m) return DecimalType(Number(m[1]), Number(m[2]));
  m = /^(char|varchar)\(\s*(\d+)\s*\)$/.exec(name);
  if (m) return m[1] === "char" ? CharType(Number(m[2])) : VarcharType(Number(m[2]));
  m = /^interval (year|month|day|hour|minute|second)(?: to (year|month|day|hour|minute|second))?$/.exec(name);
  if (m) {
    const start = m[1]!;
    const end = m[2] ?? start;
    if (start in YM_FIELDS && end in YM_FIELDS && YM_FIELDS[start]! <= YM_FIELDS[end]!) {
      return YearMonthIntervalType(YM_FIELDS[start], YM_FIELDS[end]);
    }
    if (start in DT_FIELDS && end in DT_FIELDS && DT_FIELDS[start]! <= DT_FIELDS[end]!) {
      return DayTimeIntervalType(DT_FIELDS[start], DT_FIELDS[end]);
    }
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Parses an already-decoded JSON value into a DataType (Spark's DataType.parseDataType). */
export function dataTypeFromJsonValue(value: unknown): DataType {
  if (typeof value === "string") {
    try {
      const t = simpleFromName(value);
      if (t) return t;
    } catch {
      // invalid decimal precision and similar fall through to Spark's error
    }
    return invalid(value);
  }
  if (!isObject(value)) return invalid(value);
  switch (value["type"]) {
    case "array":
      if (!("elementType" in value) || typeof value["containsNull"] !== "boolean") return invalid(value);
      return ArrayType(dataTypeFromJsonValue(value["elementType"]), value["containsNull"]);
    case "map":
      if (!("keyType" in value) || !("valueType" in value) || typeof value["valueContainsNull"] !== "boolean") {
        return invalid(value);
      }
      return MapType(
        dataTypeFromJsonValue(value["keyType"]),
        dataTypeFromJsonValue(value["valueType"]),
        value["valueContainsNull"],
      );
    case "struct": {
      const fields = value["fields"];
      if (!Array.isArray(fields)) return invalid(value);
      return StructType(fields.map((f: unknown) => fieldFromJson(f)));
    }
    default:
      return invalid(value);
  }
}

function fieldFromJson(f: unknown): StructField {
  if (!isObject(f) || typeof f["name"] !== "string" || typeof f["nullable"] !== "boolean" || !("type" in f)) {
    return invalid(f);
  }
  const metadata = f["metadata"];
  const dataType = dataTypeFromJsonValue(f["type"]);
  if (isObject(metadata) && Object.keys(metadata).length > 0) {
    return StructField(f["name"], dataType, f["nullable"], metadata);
  }
  return StructField(f["name"], dataType, f["nullable"]);
}

/** DataType.fromJson: parses JSON text such as "\"integer\"" or {"type":"struct","fields":[...]}. */
export function dataTypeFromJson(json: string): DataType {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return invalid(json);
  }
  return dataTypeFromJsonValue(value);
}
