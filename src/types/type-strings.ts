// Text forms of data types, as Spark's DataType prints them:
//   simpleString  "struct<a:int,b:array<string>>" (long structs truncated, as Spark does)
//   catalogString same, never truncated
//   sqlTypeName   "STRUCT<a: INT NOT NULL, b: ARRAY<STRING>>" (DataType.sql, used in error messages)
//   typeName      "integer", "decimal(10,2)", "struct" (DataType.typeName, used by JSON and printSchema)
//   toDDL         "a INT NOT NULL,b STRING COMMENT 'x'" (StructType.toDDL)

import type {
  DataType,
  DayTimeIntervalType,
  StructField,
  StructType,
  YearMonthIntervalType,
} from "./data-type.js";
import { escapeSingleQuoted, quoteIdentifierIfNeeded } from "./quote-identifier.js";

/** Spark's spark.sql.debug.maxToStringFields default: structs print at most this many fields. */
export const MAX_TO_STRING_FIELDS = 25;

const YEAR_MONTH_FIELDS = ["year", "month"] as const;
const DAY_TIME_FIELDS = ["day", "hour", "minute", "second"] as const;

function intervalName(t: YearMonthIntervalType | DayTimeIntervalType): string {
  const names: readonly string[] = t.kind === "year_month_interval" ? YEAR_MONTH_FIELDS : DAY_TIME_FIELDS;
  const start = names[t.startField];
  const end = names[t.endField];
  if (start === undefined || end === undefined || t.startField > t.endField) {
    throw new RangeError(`Invalid interval fields: start ${t.startField}, end ${t.endField}`);
  }
  return t.startField === t.endField ? `interval ${start}` : `interval ${start} to ${end}`;
}

/** Lower-case name of a type with no children, shared by simpleString/catalogString/typeName. */
function atomName(t: DataType): string | undefined {
  switch (t.kind) {
    case "null":
      return "void";
    case "boolean":
      return "boolean";
    case "byte":
      return "tinyint";
    case "short":
      return "smallint";
    case "integer":
      return "int";
    case "long":
      return "bigint";
    case "float":
      return "float";
    case "double":
      return "double";
    case "decimal":
      return `decimal(${t.precision},${t.scale})`;
    case "string":
      return "string";
    case "char":
      return `char(${t.length})`;
    case "varchar":
      return `varchar(${t.length})`;
    case "binary":
      return "binary";
    case "date":
      return "date";
    case "timestamp":
      return "timestamp";
    case "timestamp_ntz":
      return "timestamp_ntz";
    case "year_month_interval":
    case "day_time_interval":
      return intervalName(t);
    case "calendar_interval":
      return "interval";
    default:
      return undefined;
  }
}

function structString(t: StructType, maxFields: number, child: (d: DataType) => string): string {
  const shown = t.fields.length > maxFields ? t.fields.slice(0, maxFields) : t.fields;
  const parts = shown.map((f) => `${f.name}:${child(f.dataType)}`);
  if (t.fields.length > maxFields) parts.push(`... ${t.fields.length - maxFields} more fields`);
  return `struct<${parts.join(",")}>`;
}

function lowerString(t: DataType, maxFields: number): string {
  const atom = atomName(t);
  if (atom !== undefined) return atom;
  const child = (d: DataType): string => lowerString(d, maxFields);
  switch (t.kind) {
    case "array":
      return `array<${child(t.elementType)}>`;
    case "map":
      return `map<${child(t.keyType)},${child(t.valueType)}>`;
    case "struct":
      return structString(t, maxFields, child);
    default:
      throw new TypeError(`Unknown data type kind: ${(t as { kind: string }).kind}`);
  }
}

/** DataType.simpleString: "int", "array<string>", "struct<a:int,... 5 more fields>". */
export function simpleString(t: DataType): string {
  return lowerString(t, MAX_TO_STRING_FIELDS);
}

/** DataType.catalogString: like simpleString but structs are never truncated. */
export function catalogString(t: DataType): string {
  return lowerString(t, Number.POSITIVE_INFINITY);
}

function fieldComment(f: StructField): string | undefined {
  const c = f.metadata?.["comment"];
  return typeof c === "string" ? c : undefined;
}

function fieldSql(f: StructField, separator: string): string {
  let s = `${quoteIdentifierIfNeeded(f.name)}${separator}${sqlTypeName(f.dataType)}`;
  if (!f.nullable) s += " NOT NULL";
  const comment = fieldComment(f);
  if (comment !== undefined) s += ` COMMENT '${escapeSingleQuoted(comment)}'`;
  return s;
}

/** DataType.sql — the upper-case form in Spark's error messages: "DECIMAL(10,2)", "MAP<STRING, INT>". */
export function sqlTypeName(t: DataType): string {
  switch (t.kind) {
    case "array":
      return `ARRAY<${sqlTypeName(t.elementType)}>`;
    case "map":
      return `MAP<${sqlTypeName(t.keyType)}, ${sqlTypeName(t.valueType)}>`;
    case "struct":
      return `STRUCT<${t.fields.map((f) => fieldSql(f, ": ")).join(", ")}>`;
    default:
      return atomName(t)!.toUpperCase();
  }
}

/** DataType.typeName: the name used in JSON schemas and printSchema ("integer", "long", "array"). */
export function typeName(t: DataType): string {
  switch (t.kind) {
    case "integer":
      return "integer";
    case "long":
      return "long";
    case "short":
      return "short";
    case "byte":
      return "byte";
    case "array":
      return "array";
    case "map":
      return "map";
    case "struct":
      return "struct";
    default:
      return atomName(t)!;
  }
}

/** StructType.toDDL: "a INT NOT NULL,b STRUCT<c: STRING> COMMENT 'x'". */
export function toDDL(schema: StructType): string {
  return schema.fields.map((f) => fieldSql(f, " ")).join(",");
}
