// Parquet schema → Spark types, as Spark's ParquetToSparkSchemaConverter maps them (Spark 4
// defaults: binaryAsString=false, int96AsTimestamp=true, inferTimestampNTZ=true, nanosAsLong=false).

import {
  ArrayType,
  BinaryType,
  BooleanType,
  ByteType,
  DateType,
  DecimalType,
  DoubleType,
  FloatType,
  IntegerType,
  LongType,
  MapType,
  ShortType,
  StringType,
  StructField,
  StructType,
  TimestampNTZType,
  TimestampType,
  type DataType,
} from "../../../types/data-type.js";
import { AnalysisException } from "../../../errors/spark-error.js";
import { ConvertedType, PhysicalType, PHYSICAL_TYPE_NAMES, Repetition, type SchemaElement } from "./metadata.js";
import { isListAnnotated, isMapAnnotated, repeatedIsElement, type GroupNode, type PrimitiveNode, type SchemaNode } from "./schema-tree.js";

/** How Parquet prints a primitive's type in Spark's messages: `INT64 (TIMESTAMP(NANOS,true))`. */
export function parquetTypeString(el: SchemaElement): string {
  const phys = PHYSICAL_TYPE_NAMES[el.type ?? 0] ?? "?";
  const lt = el.logicalType;
  if (!lt) return phys;
  switch (lt.type) {
    case "TIMESTAMP":
    case "TIME":
      return `${phys} (${lt.type}(${lt.unit},${lt.isAdjustedToUTC}))`;
    case "INTEGER":
      return `${phys} (INTEGER(${lt.bitWidth},${lt.isSigned}))`;
    case "DECIMAL":
      return `${phys} (DECIMAL(${lt.precision},${lt.scale}))`;
    default:
      return `${phys} (${lt.type})`;
  }
}

const illegal = (el: SchemaElement): never => {
  throw new AnalysisException("PARQUET_TYPE_ILLEGAL", { parquetType: parquetTypeString(el) });
};
const notSupported = (el: SchemaElement): never => {
  throw new AnalysisException("PARQUET_TYPE_NOT_SUPPORTED", { parquetType: parquetTypeString(el) });
};

function decimalOf(el: SchemaElement, maxPrecision: number): DataType {
  const lt = el.logicalType;
  const precision = lt?.type === "DECIMAL" ? lt.precision : (el.precision ?? 0);
  const scale = lt?.type === "DECIMAL" ? lt.scale : (el.scale ?? 0);
  if (precision < 1 || precision > 38 || scale < 0 || scale > precision || precision > maxPrecision) return illegal(el);
  return DecimalType(precision, scale);
}

/** Max decimal digits a FIXED_LEN_BYTE_ARRAY of `n` bytes holds. */
export const maxPrecisionForBytes = (n: number): number => Math.floor(Math.log10(2 ** (8 * n - 1) - 1));

export function primitiveSparkType(node: PrimitiveNode): DataType {
  const el = node.element;
  const lt = el.logicalType;
  const ct = el.convertedType;
  const isDecimal = lt?.type === "DECIMAL" || ct === ConvertedType.DECIMAL;
  switch (node.physical) {
    case PhysicalType.BOOLEAN:
      return BooleanType();
    case PhysicalType.FLOAT:
      return FloatType();
    case PhysicalType.DOUBLE:
      return DoubleType();
    case PhysicalType.INT32: {
      if (isDecimal) return decimalOf(el, 9);
      if (lt?.type === "DATE" || ct === ConvertedType.DATE) return DateType();
      if (lt?.type === "INTEGER") {
        if (lt.isSigned) return lt.bitWidth === 8 ? ByteType() : lt.bitWidth === 16 ? ShortType() : IntegerType();
        return lt.bitWidth === 8 ? ShortType() : lt.bitWidth === 16 ? IntegerType() : LongType();
      }
      if (ct === ConvertedType.INT_8) return ByteType();
      if (ct === ConvertedType.INT_16) return ShortType();
      if (ct === ConvertedType.UINT_8) return ShortType();
      if (ct === ConvertedType.UINT_16) return IntegerType();
      if (ct === ConvertedType.UINT_32) return LongType();
      if (lt?.type === "TIME" || ct === ConvertedType.TIME_MILLIS) return notSupported(el);
      if (lt === undefined && (ct === undefined || ct === ConvertedType.INT_32)) return IntegerType();
      return illegal(el);
    }
    case PhysicalType.INT64: {
      if (isDecimal) return decimalOf(el, 18);
      if (lt?.type === "INTEGER") return lt.isSigned || lt.bitWidth < 64 ? LongType() : DecimalType(20, 0);
      if (ct === ConvertedType.UINT_64) return DecimalType(20, 0);
      if (lt?.type === "TIMESTAMP") {
        if (lt.unit === "NANOS") return illegal(el);
        return lt.isAdjustedToUTC ? TimestampType() : TimestampNTZType();
      }
      if (ct === ConvertedType.TIMESTAMP_MICROS || ct === ConvertedType.TIMESTAMP_MILLIS) return TimestampType();
      if (lt?.type === "TIME" || ct === ConvertedType.TIME_MICROS) return notSupported(el);
      if (lt === undefined && (ct === undefined || ct === ConvertedType.INT_64)) return LongType();
      return illegal(el);
    }
    case PhysicalType.INT96:
      return TimestampType();
    case PhysicalType.BYTE_ARRAY: {
      if (isDecimal) return decimalOf(el, 38);
      const t = lt?.type;
      if (t === "STRING" || t === "ENUM" || t === "JSON" || ct === ConvertedType.UTF8 || ct === ConvertedType.ENUM || ct === ConvertedType.JSON) {
        return StringType();
      }
      if (t === "BSON" || ct === ConvertedType.BSON || (lt === undefined && ct === undefined)) return BinaryType();
      return illegal(el);
    }
    case PhysicalType.FIXED_LEN_BYTE_ARRAY: {
      if (isDecimal) return decimalOf(el, maxPrecisionForBytes(el.typeLength ?? 0));
      if (lt?.type === "UUID") return StringType();
      if (lt === undefined && (ct === undefined || ct === ConvertedType.INTERVAL)) return BinaryType();
      return illegal(el);
    }
    default:
      return illegal(el);
  }
}

const repeatedChild = (g: GroupNode): SchemaNode | undefined =>
  g.children.length === 1 && g.children[0]!.repetition === Repetition.REPEATED ? g.children[0] : undefined;

/** The Spark type of any node (a repeated node stands for its own element here). */
export function nodeSparkType(node: SchemaNode): DataType {
  if (node.kind === "primitive") return primitiveSparkType(node);
  if (isListAnnotated(node)) {
    const rep = repeatedChild(node);
    if (!rep) throw new AnalysisException("PARQUET_TYPE_ILLEGAL", { parquetType: `LIST group ${node.name} without one repeated field` });
    if (repeatedIsElement(rep, node.name)) return ArrayType(elementType(rep), false);
    const inner = (rep as GroupNode).children[0]!;
    return ArrayType(nodeSparkType(inner), inner.repetition !== Repetition.REQUIRED);
  }
  if (isMapAnnotated(node)) {
    const kv = repeatedChild(node);
    if (!kv || kv.kind !== "group" || kv.children.length < 1 || kv.children.length > 2) {
      throw new AnalysisException("PARQUET_TYPE_ILLEGAL", { parquetType: `MAP group ${node.name} without a key_value group` });
    }
    const key = kv.children[0]!;
    const value = kv.children[1];
    if (!value) throw new AnalysisException("PARQUET_TYPE_NOT_SUPPORTED", { parquetType: `MAP ${node.name} without values` });
    return MapType(nodeSparkType(key), nodeSparkType(value), value.repetition !== Repetition.REQUIRED);
  }
  return structOf(node);
}

/** A repeated node used as a list element: its type as if it were required. */
function elementType(rep: SchemaNode): DataType {
  return rep.kind === "primitive" ? primitiveSparkType(rep) : structOf(rep);
}

function structOf(g: GroupNode): StructType {
  return StructType(
    g.children.map((c) => {
      if (c.repetition === Repetition.REPEATED) {
        // A repeated field outside a LIST group: an array of non-null elements.
        return StructField(c.name, ArrayType(elementType(c), false), false);
      }
      return StructField(c.name, nodeSparkType(c), c.repetition !== Repetition.REQUIRED);
    }),
  );
}

/** The Spark schema of a whole file's Parquet schema. */
export function sparkSchemaOf(root: GroupNode): StructType {
  return structOf(root);
}
