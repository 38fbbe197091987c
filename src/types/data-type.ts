// Spark SQL data types as plain, immutable, structured-clone-friendly objects discriminated on
// `kind`. Plain data (no classes) so types travel to worker threads and into plans unchanged.
// Constructors mirror PySpark's names: IntegerType(), DecimalType(10, 2), StructType([...]).

export type IntervalYearMonthField = 0 | 1; // YEAR, MONTH
export type IntervalDayTimeField = 0 | 1 | 2 | 3; // DAY, HOUR, MINUTE, SECOND

export type NullType = { readonly kind: "null" };
export type BooleanType = { readonly kind: "boolean" };
export type ByteType = { readonly kind: "byte" };
export type ShortType = { readonly kind: "short" };
export type IntegerType = { readonly kind: "integer" };
export type LongType = { readonly kind: "long" };
export type FloatType = { readonly kind: "float" };
export type DoubleType = { readonly kind: "double" };
export type DecimalType = { readonly kind: "decimal"; readonly precision: number; readonly scale: number };
export type StringType = { readonly kind: "string" };
export type CharType = { readonly kind: "char"; readonly length: number };
export type VarcharType = { readonly kind: "varchar"; readonly length: number };
export type BinaryType = { readonly kind: "binary" };
export type DateType = { readonly kind: "date" };
export type TimestampType = { readonly kind: "timestamp" };
export type TimestampNTZType = { readonly kind: "timestamp_ntz" };
export type YearMonthIntervalType = {
  readonly kind: "year_month_interval";
  readonly startField: IntervalYearMonthField;
  readonly endField: IntervalYearMonthField;
};
export type DayTimeIntervalType = {
  readonly kind: "day_time_interval";
  readonly startField: IntervalDayTimeField;
  readonly endField: IntervalDayTimeField;
};
export type CalendarIntervalType = { readonly kind: "calendar_interval" };
export type ArrayType = { readonly kind: "array"; readonly elementType: DataType; readonly containsNull: boolean };
export type MapType = {
  readonly kind: "map";
  readonly keyType: DataType;
  readonly valueType: DataType;
  readonly valueContainsNull: boolean;
};
export type StructField = {
  readonly name: string;
  readonly dataType: DataType;
  readonly nullable: boolean;
  readonly metadata?: Readonly<Record<string, unknown>>;
};
export type StructType = { readonly kind: "struct"; readonly fields: readonly StructField[] };

export type DataType =
  | NullType
  | BooleanType
  | ByteType
  | ShortType
  | IntegerType
  | LongType
  | FloatType
  | DoubleType
  | DecimalType
  | StringType
  | CharType
  | VarcharType
  | BinaryType
  | DateType
  | TimestampType
  | TimestampNTZType
  | YearMonthIntervalType
  | DayTimeIntervalType
  | CalendarIntervalType
  | ArrayType
  | MapType
  | StructType;

export type DataTypeKind = DataType["kind"];

// Singletons for the parameterless types; the functions return them so `IntegerType()` reads
// like PySpark and `a === b` works for simple types (use `dataTypeEquals` in general).
const NULL: NullType = Object.freeze({ kind: "null" });
const BOOLEAN: BooleanType = Object.freeze({ kind: "boolean" });
const BYTE: ByteType = Object.freeze({ kind: "byte" });
const SHORT: ShortType = Object.freeze({ kind: "short" });
const INTEGER: IntegerType = Object.freeze({ kind: "integer" });
const LONG: LongType = Object.freeze({ kind: "long" });
const FLOAT: FloatType = Object.freeze({ kind: "float" });
const DOUBLE: DoubleType = Object.freeze({ kind: "double" });
const STRING: StringType = Object.freeze({ kind: "string" });
const BINARY: BinaryType = Object.freeze({ kind: "binary" });
const DATE: DateType = Object.freeze({ kind: "date" });
const TIMESTAMP: TimestampType = Object.freeze({ kind: "timestamp" });
const TIMESTAMP_NTZ: TimestampNTZType = Object.freeze({ kind: "timestamp_ntz" });
const CALENDAR_INTERVAL: CalendarIntervalType = Object.freeze({ kind: "calendar_interval" });

export const NullType = (): NullType => NULL;
export const BooleanType = (): BooleanType => BOOLEAN;
export const ByteType = (): ByteType => BYTE;
export const ShortType = (): ShortType => SHORT;
export const IntegerType = (): IntegerType => INTEGER;
export const LongType = (): LongType => LONG;
export const FloatType = (): FloatType => FLOAT;
export const DoubleType = (): DoubleType => DOUBLE;
export const StringType = (): StringType => STRING;
export const BinaryType = (): BinaryType => BINARY;
export const DateType = (): DateType => DATE;
export const TimestampType = (): TimestampType => TIMESTAMP;
export const TimestampNTZType = (): TimestampNTZType => TIMESTAMP_NTZ;
export const CalendarIntervalType = (): CalendarIntervalType => CALENDAR_INTERVAL;

/** Spark's DecimalType; default (10, 0) as in Spark. Max precision 38. */
export const DecimalType = (precision = 10, scale = 0): DecimalType => {
  if (!Number.isInteger(precision) || precision < 1 || precision > 38) {
    throw new RangeError(`Decimal precision ${precision} exceeds max precision 38`);
  }
  if (!Number.isInteger(scale) || scale < 0 || scale > precision) {
    throw new RangeError(`Decimal scale (${scale}) cannot be greater than precision (${precision}).`);
  }
  return Object.freeze({ kind: "decimal", precision, scale });
};
export const CharType = (length: number): CharType => Object.freeze({ kind: "char", length });
export const VarcharType = (length: number): VarcharType => Object.freeze({ kind: "varchar", length });
export const YearMonthIntervalType = (
  startField: IntervalYearMonthField = 0,
  endField: IntervalYearMonthField = 1,
): YearMonthIntervalType => Object.freeze({ kind: "year_month_interval", startField, endField });
export const DayTimeIntervalType = (
  startField: IntervalDayTimeField = 0,
  endField: IntervalDayTimeField = 3,
): DayTimeIntervalType => Object.freeze({ kind: "day_time_interval", startField, endField });
export const ArrayType = (elementType: DataType, containsNull = true): ArrayType =>
  Object.freeze({ kind: "array", elementType, containsNull });
export const MapType = (keyType: DataType, valueType: DataType, valueContainsNull = true): MapType =>
  Object.freeze({ kind: "map", keyType, valueType, valueContainsNull });
export const StructField = (
  name: string,
  dataType: DataType,
  nullable = true,
  metadata?: Record<string, unknown>,
): StructField => Object.freeze(metadata ? { name, dataType, nullable, metadata } : { name, dataType, nullable });
export const StructType = (fields: readonly StructField[] = []): StructType =>
  Object.freeze({ kind: "struct", fields: Object.freeze([...fields]) });

/** Structural equality (field names compared case-sensitively, metadata ignored). */
export function dataTypeEquals(a: DataType, b: DataType, ignoreNullability = false): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "decimal": {
      const o = b as DecimalType;
      return a.precision === o.precision && a.scale === o.scale;
    }
    case "char":
    case "varchar":
      return a.length === (b as CharType | VarcharType).length;
    case "year_month_interval":
    case "day_time_interval": {
      const o = b as YearMonthIntervalType | DayTimeIntervalType;
      return a.startField === o.startField && a.endField === o.endField;
    }
    case "array": {
      const o = b as ArrayType;
      return (
        (ignoreNullability || a.containsNull === o.containsNull) &&
        dataTypeEquals(a.elementType, o.elementType, ignoreNullability)
      );
    }
    case "map": {
      const o = b as MapType;
      return (
        (ignoreNullability || a.valueContainsNull === o.valueContainsNull) &&
        dataTypeEquals(a.keyType, o.keyType, ignoreNullability) &&
        dataTypeEquals(a.valueType, o.valueType, ignoreNullability)
      );
    }
    case "struct": {
      const o = b as StructType;
      if (a.fields.length !== o.fields.length) return false;
      return a.fields.every((f, i) => {
        const g = o.fields[i]!;
        return (
          f.name === g.name &&
          (ignoreNullability || f.nullable === g.nullable) &&
          dataTypeEquals(f.dataType, g.dataType, ignoreNullability)
        );
      });
    }
    default:
      return true;
  }
}

export const isIntegral = (t: DataType): boolean =>
  t.kind === "byte" || t.kind === "short" || t.kind === "integer" || t.kind === "long";
export const isFractional = (t: DataType): boolean => t.kind === "float" || t.kind === "double";
export const isNumeric = (t: DataType): boolean => isIntegral(t) || isFractional(t) || t.kind === "decimal";
export const isStringLike = (t: DataType): boolean =>
  t.kind === "string" || t.kind === "char" || t.kind === "varchar";
export const isDatetime = (t: DataType): boolean =>
  t.kind === "date" || t.kind === "timestamp" || t.kind === "timestamp_ntz";
export const isComplex = (t: DataType): boolean => t.kind === "array" || t.kind === "map" || t.kind === "struct";
