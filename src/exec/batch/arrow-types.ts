// Spark type ⇄ Arrow type, as Spark's ArrowUtils maps them (what Spark Connect sends):
// decimal → Decimal128(p, s); date → Date32 (DAY); timestamp → Timestamp(MICROSECOND, zone),
// timestamp_ntz → Timestamp(MICROSECOND, no zone); year-month interval → Interval(YEAR_MONTH);
// day-time interval → Duration(MICROSECOND); calendar interval → Interval(MONTH_DAY_NANO);
// array → List<element>; map → Map<entries: Struct<key, value>>; char/varchar → Utf8.

import * as A from "apache-arrow";
import * as T from "../../types/data-type.js";
import type { DataType, StructType } from "../../types/data-type.js";

export function toArrowType(t: DataType, timeZone: string): A.DataType {
  switch (t.kind) {
    case "null": return new A.Null();
    case "boolean": return new A.Bool();
    case "byte": return new A.Int8();
    case "short": return new A.Int16();
    case "integer": return new A.Int32();
    case "long": return new A.Int64();
    case "float": return new A.Float32();
    case "double": return new A.Float64();
    case "decimal": return new A.Decimal(t.scale, t.precision, 128);
    case "string":
    case "char":
    case "varchar":
      return new A.Utf8();
    case "binary": return new A.Binary();
    case "date": return new A.DateDay();
    case "timestamp": return new A.TimestampMicrosecond(timeZone);
    case "timestamp_ntz": return new A.TimestampMicrosecond(null);
    case "year_month_interval": return new A.IntervalYearMonth();
    case "day_time_interval": return new A.DurationMicrosecond();
    case "calendar_interval": return new A.IntervalMonthDayNano();
    case "array": return new A.List(new A.Field("element", toArrowType(t.elementType, timeZone), t.containsNull));
    case "map":
      return new A.Map_(
        new A.Field(
          "entries",
          new A.Struct<any>([
            new A.Field("key", toArrowType(t.keyType, timeZone), false),
            new A.Field("value", toArrowType(t.valueType, timeZone), t.valueContainsNull),
          ]) as A.Struct<{ key: A.DataType; value: A.DataType }>,
          false,
        ),
        false,
      );
    case "struct": return new A.Struct(t.fields.map((f) => new A.Field(f.name, toArrowType(f.dataType, timeZone), f.nullable)));
  }
}

export function toArrowSchema(schema: StructType, timeZone: string): A.Schema {
  return new A.Schema(schema.fields.map((f) => new A.Field(f.name, toArrowType(f.dataType, timeZone), f.nullable)));
}

/** The Spark type for an Arrow type (dictionary types map to their value type). */
export function fromArrowType(t: A.DataType): DataType {
  if (A.DataType.isDictionary(t)) return fromArrowType(t.dictionary);
  switch (t.typeId) {
    case A.Type.Null: return T.NullType();
    case A.Type.Bool: return T.BooleanType();
    case A.Type.Int: {
      const i = t as A.Int;
      if (i.isSigned) return i.bitWidth === 8 ? T.ByteType() : i.bitWidth === 16 ? T.ShortType() : i.bitWidth === 32 ? T.IntegerType() : T.LongType();
      // unsigned: the next wider signed type (uint64 → decimal(20, 0))
      return i.bitWidth === 8 ? T.ShortType() : i.bitWidth === 16 ? T.IntegerType() : i.bitWidth === 32 ? T.LongType() : T.DecimalType(20, 0);
    }
    case A.Type.Float: return (t as A.Float).precision === A.Precision.DOUBLE ? T.DoubleType() : T.FloatType();
    case A.Type.Decimal: return T.DecimalType((t as A.Decimal).precision, (t as A.Decimal).scale);
    case A.Type.Utf8:
    case A.Type.LargeUtf8:
      return T.StringType();
    case A.Type.Binary:
    case A.Type.LargeBinary:
    case A.Type.FixedSizeBinary:
      return T.BinaryType();
    case A.Type.Date: return T.DateType();
    case A.Type.Timestamp: return (t as A.Timestamp).timezone ? T.TimestampType() : T.TimestampNTZType();
    case A.Type.Interval: {
      const u = (t as A.Interval).unit;
      return u === A.IntervalUnit.YEAR_MONTH ? T.YearMonthIntervalType() : T.CalendarIntervalType();
    }
    case A.Type.Duration: return T.DayTimeIntervalType();
    case A.Type.List:
    case A.Type.LargeList:
    case A.Type.FixedSizeList: {
      const f = (t as A.List).children[0]!;
      return T.ArrayType(fromArrowType(f.type), f.nullable);
    }
    case A.Type.Map: {
      const m = t as A.Map_;
      const entries = m.children[0]!.type as A.Struct;
      return T.MapType(fromArrowType(m.keyType), fromArrowType(m.valueType), entries.children[1]!.nullable);
    }
    case A.Type.Struct:
      return T.StructType((t as A.Struct).children.map((f) => T.StructField(f.name, fromArrowType(f.type), f.nullable)));
    default:
      throw new TypeError(`Arrow type ${String(t)} has no Spark equivalent`);
  }
}

export function fromArrowSchema(s: A.Schema): StructType {
  return T.StructType(s.fields.map((f) => T.StructField(f.name, fromArrowType(f.type), f.nullable)));
}
