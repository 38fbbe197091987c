// Spark 4 ANSI type coercion (AnsiTypeCoercion): the common type two or more types widen to.
//   tightest: same type; NULL → anything; byte < short < int < long < float < double; an integral
//             into a decimal that already holds all its digits; date < timestamp_ntz < timestamp;
//             intervals of one family (field range merged); arrays/maps/structs element-wise.
//   wider:    tightest, else decimal widening (integral → decimal(p,0), float/double → double),
//             else string promotion (string + integral → bigint, string + fractional or decimal
//             → double, string + other atomic → that type; never to an ANSI interval).
// char/varchar are treated as string (Spark replaces them during analysis).

import {
  ArrayType,
  DayTimeIntervalType,
  DoubleType,
  LongType,
  MapType,
  StringType,
  StructField,
  StructType,
  TimestampNTZType,
  TimestampType,
  YearMonthIntervalType,
  dataTypeEquals,
  isIntegral,
  type DataType,
  type DecimalType as DecimalT,
} from "../../../types/data-type.js";
import { decimalForType, widerDecimalType } from "../../../values/decimal-rules.js";

export { boundedDecimal, decimalForType, widerDecimalType, decimalForIntegralLiteral } from "../../../values/decimal-rules.js";


const NUMERIC_PRECEDENCE = ["byte", "short", "integer", "long", "float", "double"] as const;
const numericRank = (t: DataType): number => NUMERIC_PRECEDENCE.indexOf(t.kind as (typeof NUMERIC_PRECEDENCE)[number]);

/** Digits an integral type needs as a decimal: byte 3, short 5, int 10, long 20. */
export function integralDigits(t: DataType): number {
  switch (t.kind) {
    case "byte":
      return 3;
    case "short":
      return 5;
    case "integer":
      return 10;
    case "long":
      return 20;
    default:
      return -1;
  }
}

/** True when decimal `d` holds every value of integral type `t` without loss. */
export const decimalHoldsIntegral = (d: DecimalT, t: DataType): boolean => d.precision - d.scale >= integralDigits(t);

const normalizeString = (t: DataType): DataType => (t.kind === "char" || t.kind === "varchar" ? StringType() : t);

const DATETIME_RANK: Record<string, number> = { date: 0, timestamp_ntz: 1, timestamp: 2 };

type Finder = (a: DataType, b: DataType) => DataType | null;

/** AnsiTypeCoercion.findTightestCommonType. */
export function findTightestCommonType(a0: DataType, b0: DataType): DataType | null {
  const a = normalizeString(a0);
  const b = normalizeString(b0);
  if (dataTypeEquals(a, b, true)) return mergeNullability(a, b);
  if (a.kind === "null") return b;
  if (b.kind === "null") return a;
  const ra = numericRank(a);
  const rb = numericRank(b);
  if (ra >= 0 && rb >= 0) {
    // ANSI: float with an integral type widens to double (float cannot hold every int exactly).
    if ((a.kind === "float" && isIntegral(b)) || (b.kind === "float" && isIntegral(a))) return DoubleType();
    return ra >= rb ? a : b;
  }
  if (b.kind === "decimal" && isIntegral(a) && decimalHoldsIntegral(b, a)) return b;
  if (a.kind === "decimal" && isIntegral(b) && decimalHoldsIntegral(a, b)) return a;
  if (a.kind in DATETIME_RANK && b.kind in DATETIME_RANK) {
    const r = Math.max(DATETIME_RANK[a.kind]!, DATETIME_RANK[b.kind]!);
    return r === 2 ? TimestampType() : TimestampNTZType();
  }
  if (a.kind === "day_time_interval" && b.kind === "day_time_interval") {
    return DayTimeIntervalType(Math.min(a.startField, b.startField) as 0, Math.max(a.endField, b.endField) as 3);
  }
  if (a.kind === "year_month_interval" && b.kind === "year_month_interval") {
    return YearMonthIntervalType(Math.min(a.startField, b.startField) as 0, Math.max(a.endField, b.endField) as 1);
  }
  return findTypeForComplex(a, b, findTightestCommonType);
}

/** Decimal widening: decimal with decimal/integral → decimal; decimal with float/double → double. */
export function findWiderTypeForDecimal(a: DataType, b: DataType): DataType | null {
  if (a.kind === "decimal" || b.kind === "decimal") {
    const da = a.kind === "decimal" ? a : isIntegral(a) ? decimalForType(a) : null;
    const db = b.kind === "decimal" ? b : isIntegral(b) ? decimalForType(b) : null;
    if (da && db) return widerDecimalType(da, db);
    const other = a.kind === "decimal" ? b : a;
    if (other.kind === "float" || other.kind === "double") return DoubleType();
  }
  return null;
}

/** ANSI string promotion: string meets integral → bigint, fractional/decimal → double,
 *  NULL → string, another atomic type → that type; ANSI intervals and complex types → none. */
export function findWiderTypeForString(a0: DataType, b0: DataType): DataType | null {
  const a = normalizeString(a0);
  const b = normalizeString(b0);
  if (a.kind === "string" && b.kind !== "string") return promoteString(b);
  if (b.kind === "string" && a.kind !== "string") return promoteString(a);
  return null;
}

function promoteString(other: DataType): DataType | null {
  if (isIntegral(other)) return LongType();
  if (other.kind === "float" || other.kind === "double" || other.kind === "decimal") return DoubleType();
  if (other.kind === "null") return StringType();
  if (other.kind === "year_month_interval" || other.kind === "day_time_interval") return null;
  if (other.kind === "array" || other.kind === "map" || other.kind === "struct") return null;
  return other; // boolean, binary, date, timestamp, timestamp_ntz, calendar_interval
}

/** AnsiTypeCoercion.findWiderTypeForTwo. */
export function findWiderTypeForTwo(a: DataType, b: DataType): DataType | null {
  return (
    findTightestCommonType(a, b) ??
    findWiderTypeForDecimal(a, b) ??
    findWiderTypeForString(a, b) ??
    findTypeForComplex(normalizeString(a), normalizeString(b), findWiderTypeForTwo)
  );
}

/** Folds `findWiderTypeForTwo` left to right (Spark's findWiderCommonType); null if a step
 *  fails. The order matters with strings: coalesce('1', 1, 1.5) is decimal(21,1) but
 *  coalesce(1, 1.5, '1') is double (both checked against Spark 4.1). */
export function findWiderCommonType(types: readonly DataType[]): DataType | null {
  if (types.length === 0) return null;
  let acc: DataType = types[0]!;
  for (let i = 1; i < types.length; i++) {
    const w = findWiderTypeForTwo(acc, types[i]!);
    if (w === null) return null;
    acc = w;
  }
  return acc;
}

/** Arrays, maps and structs widen element-wise with `f`; containsNull/nullable are OR-ed. */
export function findTypeForComplex(a: DataType, b: DataType, f: Finder): DataType | null {
  if (a.kind === "array" && b.kind === "array") {
    const e = f(a.elementType, b.elementType);
    return e === null ? null : ArrayType(e, a.containsNull || b.containsNull);
  }
  if (a.kind === "map" && b.kind === "map") {
    const k = f(a.keyType, b.keyType);
    const v = f(a.valueType, b.valueType);
    return k === null || v === null ? null : MapType(k, v, a.valueContainsNull || b.valueContainsNull);
  }
  if (a.kind === "struct" && b.kind === "struct") {
    if (a.fields.length !== b.fields.length) return null;
    const fields: StructField[] = [];
    for (let i = 0; i < a.fields.length; i++) {
      const fa = a.fields[i]!;
      const fb = b.fields[i]!;
      // spark.sql.caseSensitive=false (the default): names match ignoring case
      if (fa.name.toLowerCase() !== fb.name.toLowerCase()) return null;
      const t = f(fa.dataType, fb.dataType);
      if (t === null) return null;
      fields.push(StructField(fa.name, t, fa.nullable || fb.nullable));
    }
    return StructType(fields);
  }
  return null;
}

function mergeNullability(a: DataType, b: DataType): DataType {
  if (a.kind === "array" || a.kind === "map" || a.kind === "struct") return findTypeForComplex(a, b, findTightestCommonType) ?? a;
  return a;
}
