// Typing of values users pass from JavaScript (createDataFrame without a schema, lit(), UDF
// results): which Spark type a JS value gets, how types of the same column in different rows
// merge, and the schema inferred from a list of rows.
//
// Merging follows PySpark 4.1's _merge_type (NullType yields to anything, TIMESTAMP_NTZ with
// TIMESTAMP is TIMESTAMP, any atomic type with STRING is STRING, otherwise different types raise
// CANNOT_MERGE_TYPE) plus numeric widening, because JS has one `number` type: integral numbers in
// int32 range are IntegerType, every other number DoubleType, and 1 with 1.5 must give DoubleType
// (int < long < decimal < double; PySpark, where 1 and 1.5 differ in type, raises instead).

import {
  ArrayType,
  BinaryType,
  BooleanType,
  CalendarIntervalType,
  DateType,
  DayTimeIntervalType,
  DecimalType,
  DoubleType,
  IntegerType,
  LongType,
  MapType,
  NullType,
  StringType,
  StructField,
  StructType,
  TimestampNTZType,
  TimestampType,
  YearMonthIntervalType,
  dataTypeEquals,
  type DataType,
  type DecimalType as DecimalTypeT,
} from "./data-type.js";
import { Decimal } from "../values/decimal.js";
import { SparkDate } from "../values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../values/timestamp.js";
import { CalendarInterval, DayTimeInterval, YearMonthInterval } from "../values/interval.js";
import { Row } from "../values/row.js";
import { SparkIllegalArgumentException, SparkRuntimeException } from "../errors/spark-error.js";

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const MAX_PRECISION = 38;

/** DecimalType that holds a Decimal value exactly: precision = max(digits, scale). */
export function decimalTypeOf(d: Decimal): DecimalTypeT {
  let unscaled = d.unscaled < 0n ? -d.unscaled : d.unscaled;
  let scale = d.scale;
  if (scale < 0) {
    unscaled *= 10n ** BigInt(-scale);
    scale = 0;
  }
  const digits = unscaled === 0n ? 1 : unscaled.toString().length;
  const precision = Math.max(digits, scale);
  if (precision > MAX_PRECISION) {
    throw new SparkRuntimeException("DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION", {
      precision: String(precision),
      maxPrecision: String(MAX_PRECISION),
    });
  }
  return DecimalType(precision, scale);
}

function isPlainObject(v: object): v is Record<string, unknown> {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function cannotInfer(value: unknown): never {
  const name =
    typeof value === "object" && value !== null ? (value.constructor?.name ?? "Object") : typeof value;
  throw new SparkIllegalArgumentException("CANNOT_INFER_SCHEMA_FOR_TYPE", { data_type: name });
}

/** The Spark type of a single JS value. */
export function inferType(value: unknown): DataType {
  switch (typeof value) {
    case "undefined":
      return NullType();
    case "boolean":
      return BooleanType();
    case "number":
      return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX ? IntegerType() : DoubleType();
    case "bigint":
      return LongType();
    case "string":
      return StringType();
    case "object":
      break;
    default:
      return cannotInfer(value);
  }
  if (value === null) return NullType();
  if (value instanceof Decimal) return decimalTypeOf(value);
  if (value instanceof SparkDate) return DateType();
  if (value instanceof Timestamp || value instanceof Date) return TimestampType();
  if (value instanceof TimestampNTZ) return TimestampNTZType();
  if (value instanceof Uint8Array) return BinaryType();
  if (value instanceof YearMonthInterval) return YearMonthIntervalType();
  if (value instanceof DayTimeInterval) return DayTimeIntervalType();
  if (value instanceof CalendarInterval) return CalendarIntervalType();
  if (Array.isArray(value)) {
    let element: DataType = NullType();
    for (const v of value) element = mergeTypes(element, inferType(v));
    return ArrayType(element, true);
  }
  if (value instanceof Map) {
    let key: DataType = NullType();
    let val: DataType = NullType();
    for (const [k, v] of value) {
      key = mergeTypes(key, inferType(k));
      val = mergeTypes(val, inferType(v));
    }
    return MapType(key, val, true);
  }
  if (value instanceof Row) {
    return StructType(value.fieldNames.map((n, i) => StructField(n, inferType(value.values[i]), true)));
  }
  if (isPlainObject(value)) {
    return StructType(Object.keys(value).map((k) => StructField(k, inferType(value[k]), true)));
  }
  return cannotInfer(value);
}

/** PySpark's class names for types in CANNOT_MERGE_TYPE messages ("LongType", "StringType"). */
function pysparkClassName(t: DataType): string {
  const names: Record<string, string> = {
    null: "NullType",
    boolean: "BooleanType",
    byte: "ByteType",
    short: "ShortType",
    integer: "IntegerType",
    long: "LongType",
    float: "FloatType",
    double: "DoubleType",
    decimal: "DecimalType",
    string: "StringType",
    char: "CharType",
    varchar: "VarcharType",
    binary: "BinaryType",
    date: "DateType",
    timestamp: "TimestampType",
    timestamp_ntz: "TimestampNTZType",
    year_month_interval: "YearMonthIntervalType",
    day_time_interval: "DayTimeIntervalType",
    calendar_interval: "CalendarIntervalType",
    array: "ArrayType",
    map: "MapType",
    struct: "StructType",
  };
  return names[t.kind]!;
}

const INTEGRAL_RANK: Record<string, number> = { byte: 1, short: 2, integer: 3, long: 4 };
const INTEGRAL_DIGITS: Record<string, number> = { byte: 3, short: 5, integer: 10, long: 20 };

/** Smallest decimal holding both (Spark's widerDecimalType), bounded to precision 38. */
function widerDecimal(p1: number, s1: number, p2: number, s2: number): DecimalTypeT {
  const scale = Math.max(s1, s2);
  const range = Math.max(p1 - s1, p2 - s2);
  const precision = range + scale;
  if (precision <= MAX_PRECISION) return DecimalType(precision, scale);
  // Keep the integral digits, give up scale, as Spark's bounded decimal does.
  const boundedScale = Math.max(MAX_PRECISION - range, Math.min(scale, 6));
  return DecimalType(MAX_PRECISION, Math.min(boundedScale, MAX_PRECISION));
}

function isAtomic(t: DataType): boolean {
  return t.kind !== "array" && t.kind !== "map" && t.kind !== "struct" && t.kind !== "null";
}

function mergeAtoms(a: DataType, b: DataType): DataType | undefined {
  const ra = INTEGRAL_RANK[a.kind];
  const rb = INTEGRAL_RANK[b.kind];
  if (ra !== undefined && rb !== undefined) return ra >= rb ? a : b;
  const fractional = (t: DataType): boolean => t.kind === "double" || t.kind === "float";
  const numeric = (t: DataType): boolean => INTEGRAL_RANK[t.kind] !== undefined || fractional(t) || t.kind === "decimal";
  if ((fractional(a) || fractional(b)) && numeric(a) && numeric(b)) return DoubleType();
  if (a.kind === "decimal" || b.kind === "decimal") {
    const asDecimal = (t: DataType): [number, number] | undefined =>
      t.kind === "decimal"
        ? [t.precision, t.scale]
        : INTEGRAL_DIGITS[t.kind] !== undefined
          ? [INTEGRAL_DIGITS[t.kind]!, 0]
          : undefined;
    const da = asDecimal(a);
    const db = asDecimal(b);
    if (da && db) return widerDecimal(da[0], da[1], db[0], db[1]);
  }
  // PySpark 4.1: TIMESTAMP_NTZ with TIMESTAMP gives TIMESTAMP; any atomic type with STRING gives STRING.
  if ((a.kind === "timestamp" && b.kind === "timestamp_ntz") || (a.kind === "timestamp_ntz" && b.kind === "timestamp")) {
    return TimestampType();
  }
  if (a.kind === "string" && isAtomic(b)) return a;
  if (b.kind === "string" && isAtomic(a)) return b;
  return undefined;
}

/** Merges the types of one column seen in two rows; throws CANNOT_MERGE_TYPE when they conflict. */
export function mergeTypes(a: DataType, b: DataType): DataType {
  if (a.kind === "null") return b;
  if (b.kind === "null") return a;
  if (a.kind === "array" && b.kind === "array") {
    return ArrayType(mergeTypes(a.elementType, b.elementType), a.containsNull || b.containsNull);
  }
  if (a.kind === "map" && b.kind === "map") {
    return MapType(
      mergeTypes(a.keyType, b.keyType),
      mergeTypes(a.valueType, b.valueType),
      a.valueContainsNull || b.valueContainsNull,
    );
  }
  if (a.kind === "struct" && b.kind === "struct") {
    const bFields = new Map(b.fields.map((f) => [f.name, f]));
    const fields = a.fields.map((f) => {
      const other = bFields.get(f.name);
      if (!other) return StructField(f.name, f.dataType, true, f.metadata as Record<string, unknown> | undefined);
      return StructField(f.name, mergeTypes(f.dataType, other.dataType), f.nullable || other.nullable);
    });
    const seen = new Set(a.fields.map((f) => f.name));
    for (const f of b.fields) if (!seen.has(f.name)) fields.push(StructField(f.name, f.dataType, true));
    return StructType(fields);
  }
  if (dataTypeEquals(a, b)) return a;
  const merged = mergeAtoms(a, b);
  if (merged) return merged;
  throw new SparkIllegalArgumentException("CANNOT_MERGE_TYPE", {
    data_type1: pysparkClassName(a),
    data_type2: pysparkClassName(b),
  });
}

function containsNullType(t: DataType): boolean {
  switch (t.kind) {
    case "null":
      return true;
    case "array":
      return containsNullType(t.elementType);
    case "map":
      return containsNullType(t.keyType) || containsNullType(t.valueType);
    case "struct":
      return t.fields.some((f) => containsNullType(f.dataType));
    default:
      return false;
  }
}

/**
 * Schema of createDataFrame(rows) without a schema: one nullable field per key, in the first
 * row's key order (keys first seen in later rows are appended), types merged across rows.
 */
export function inferSchemaFromRows(rows: readonly (Record<string, unknown> | Row)[]): StructType {
  if (rows.length === 0) throw new SparkIllegalArgumentException("CANNOT_INFER_EMPTY_SCHEMA", {});
  let schema: DataType = NullType();
  for (const row of rows) {
    if (row === null || typeof row !== "object" || Array.isArray(row)) return cannotInfer(row);
    const t = inferType(row instanceof Row ? row : { ...row });
    schema = mergeTypes(schema, t);
  }
  if (schema.kind !== "struct") return cannotInfer(rows[0]);
  if (containsNullType(schema)) throw new SparkIllegalArgumentException("CANNOT_DETERMINE_TYPE", {});
  return schema;
}
