// Data types arrive from another thread as fresh plain objects; map parameterless kinds back to
// the module's singletons so `t === IntegerType()` keeps working, and re-freeze the rest.

import * as T from "../../types/data-type.js";
import type { DataType } from "../../types/data-type.js";

export function reviveType(t: DataType): DataType {
  switch (t.kind) {
    case "null": return T.NullType();
    case "boolean": return T.BooleanType();
    case "byte": return T.ByteType();
    case "short": return T.ShortType();
    case "integer": return T.IntegerType();
    case "long": return T.LongType();
    case "float": return T.FloatType();
    case "double": return T.DoubleType();
    case "string": return T.StringType();
    case "binary": return T.BinaryType();
    case "date": return T.DateType();
    case "timestamp": return T.TimestampType();
    case "timestamp_ntz": return T.TimestampNTZType();
    case "calendar_interval": return T.CalendarIntervalType();
    case "decimal": return T.DecimalType(t.precision, t.scale);
    case "char": return T.CharType(t.length);
    case "varchar": return T.VarcharType(t.length);
    case "year_month_interval": return T.YearMonthIntervalType(t.startField, t.endField);
    case "day_time_interval": return T.DayTimeIntervalType(t.startField, t.endField);
    case "array": return T.ArrayType(reviveType(t.elementType), t.containsNull);
    case "map": return T.MapType(reviveType(t.keyType), reviveType(t.valueType), t.valueContainsNull);
    case "struct":
      return T.StructType(t.fields.map((f) => T.StructField(f.name, reviveType(f.dataType), f.nullable, f.metadata as Record<string, unknown> | undefined)));
  }
}
