// Partition values as directory text and back. Writing casts the value to a string as Spark's
// CAST(x AS STRING) does; reading infers a type per column as Spark's PartitioningUtils:
//   int → bigint → decimal(p,0) (integral, ≤ 38 digits) → double → date → timestamp → string
// and unifies the types of one column across directories (numeric widening, else string).

import {
  DateType,
  DecimalType,
  DoubleType,
  IntegerType,
  LongType,
  NullType,
  StringType,
  TimestampType,
  type DataType,
} from "../../types/data-type.js";
import { formatDouble, formatFloat } from "../../values/java-format.js";
import { compileDatetimePattern } from "../formats/common/datetime-pattern.js";
import { floorDiv, localMicrosToUtc, MICROS_PER_DAY, utcMicrosToLocal } from "../formats/common/civil-time.js";
import { isJavaDouble, parseBigDecimal, parseJavaDouble, parseJavaInt, parseJavaLong, toDecimalUnscaled } from "../formats/common/number-parsing.js";
import { decimalText } from "../formats/common/value-text.js";
import { DEFAULT_PARTITION_NAME } from "./path-escaping.js";

const DATE = compileDatetimePattern("yyyy-MM-dd");
const TS = compileDatetimePattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");
const TS_OUT = compileDatetimePattern("yyyy-MM-dd HH:mm:ss");

/** The directory text of a non-null partition value (before escaping). */
export function partitionValueText(type: DataType, v: unknown, tz: string): string {
  switch (type.kind) {
    case "double":
      return formatDouble(v as number);
    case "float":
      return formatFloat(v as number);
    case "decimal":
      return decimalText(v as bigint, type.scale);
    case "boolean":
      return v ? "true" : "false";
    case "date":
      return DATE.format(BigInt(v as number) * MICROS_PER_DAY, 0, tz);
    case "timestamp":
    case "timestamp_ntz": {
      const local = type.kind === "timestamp" ? utcMicrosToLocal(v as bigint, tz) : (v as bigint);
      const base = TS_OUT.format(local, 0, tz);
      const frac = Number(((local % 1_000_000n) + 1_000_000n) % 1_000_000n);
      return frac === 0 ? base : base + "." + String(frac).padStart(6, "0").replace(/0+$/, "");
    }
    case "binary":
      return new TextDecoder().decode(v as Uint8Array);
    default:
      return String(v);
  }
}

/** The inferred type of one raw (unescaped) directory value. */
export function inferPartitionValueType(raw: string, typeInference: boolean): DataType {
  if (raw === DEFAULT_PARTITION_NAME) return NullType();
  if (!typeInference) return StringType();
  if (!Number.isNaN(parseJavaInt(raw))) return IntegerType();
  if (parseJavaLong(raw) !== null) return LongType();
  const d = parseBigDecimal(raw);
  if (d !== null && d.scale <= 0) {
    const precision = d.precision - d.scale;
    if (precision <= 38) return DecimalType(precision, 0);
  }
  if (isJavaDouble(raw) && !/[fFdD]$/.test(raw.trim())) return DoubleType();
  if (DATE.parse(raw) !== null) return DateType();
  if (TS.parse(raw) !== null) return TimestampType();
  return StringType();
}

const ORDER = ["null", "integer", "long", "decimal", "double"];

/** The common type of a partition column's values across directories. */
export function unifyPartitionTypes(types: readonly DataType[]): DataType {
  let acc: DataType = NullType();
  for (const t of types) acc = widerPartitionType(acc, t);
  return acc.kind === "null" ? StringType() : acc;
}

function widerPartitionType(a: DataType, b: DataType): DataType {
  if (a.kind === "null") return b;
  if (b.kind === "null") return a;
  if (a.kind === b.kind && a.kind !== "decimal") return a;
  if (a.kind === "decimal" && b.kind === "decimal") return DecimalType(Math.max(a.precision, b.precision), 0);
  const ia = ORDER.indexOf(a.kind);
  const ib = ORDER.indexOf(b.kind);
  if (ia > 0 && ib > 0) {
    const hi = ia >= ib ? a : b;
    const lo = ia >= ib ? b : a;
    if (hi.kind === "decimal") {
      const need = lo.kind === "integer" ? 10 : 20;
      return need > hi.precision ? DecimalType(Math.min(38, need), 0) : hi;
    }
    return hi;
  }
  if ((a.kind === "date" && b.kind === "timestamp") || (a.kind === "timestamp" && b.kind === "date")) return TimestampType();
  return StringType();
}

/** The internal value of a raw directory value under the column's resolved type. */
export function partitionValue(raw: string, type: DataType, tz: string): unknown {
  if (raw === DEFAULT_PARTITION_NAME) return null;
  switch (type.kind) {
    case "integer":
      return parseJavaInt(raw);
    case "long":
      return parseJavaLong(raw);
    case "decimal": {
      const d = parseBigDecimal(raw);
      return d === null ? null : toDecimalUnscaled(d, type.precision, type.scale);
    }
    case "double":
      return parseJavaDouble(raw);
    case "date": {
      const p = DATE.parse(raw);
      return p === null ? null : Number(floorDiv(p.localMicros, MICROS_PER_DAY));
    }
    case "timestamp": {
      const p = TS.parse(raw) ?? DATE.parse(raw);
      return p === null ? null : localMicrosToUtc(p.localMicros, tz);
    }
    default:
      return raw;
  }
}
