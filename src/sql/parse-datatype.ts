// SQL data types (CAST targets, DDL column types, DataFrameReader.schema strings) with every
// alias Spark accepts: INT/INTEGER, BIGINT/LONG, DECIMAL/DEC/NUMERIC(p, s), CHAR/CHARACTER(n), ...

import {
  ArrayType, BinaryType, BooleanType, ByteType, CalendarIntervalType, CharType, DateType,
  DayTimeIntervalType, DecimalType, DoubleType, FloatType, IntegerType, LongType, MapType, NullType,
  ShortType, StringType, StructField, StructType, TimestampNTZType, TimestampType, VarcharType,
  YearMonthIntervalType, type DataType, type IntervalDayTimeField, type IntervalYearMonthField,
} from "../types/data-type.js";
import type { Token } from "./lexer.js";
import { parseStringValue } from "./parse-literal.js";
import type { SqlParser } from "./parser-core.js";

const SIMPLE: Record<string, () => DataType> = {
  BOOLEAN: BooleanType,
  TINYINT: ByteType,
  BYTE: ByteType,
  SMALLINT: ShortType,
  SHORT: ShortType,
  INT: IntegerType,
  INTEGER: IntegerType,
  BIGINT: LongType,
  LONG: LongType,
  FLOAT: FloatType,
  REAL: FloatType,
  DOUBLE: DoubleType,
  DATE: DateType,
  TIMESTAMP: TimestampType,
  TIMESTAMP_LTZ: TimestampType,
  TIMESTAMP_NTZ: TimestampNTZType,
  STRING: StringType,
  BINARY: BinaryType,
  VOID: NullType,
};

const YM_FIELDS: Record<string, IntervalYearMonthField> = { YEAR: 0, MONTH: 1 };
const DT_FIELDS: Record<string, IntervalDayTimeField> = { DAY: 0, HOUR: 1, MINUTE: 2, SECOND: 3 };

/** Parses a data type at the cursor. */
export function parseDataTypeAt(p: SqlParser): DataType {
  const t = p.peek();
  if (t.type !== "word") return p.fail(t);
  p.next();
  const name = t.value;
  switch (name) {
    case "ARRAY": {
      if (!p.isOp("<")) p.contextError("INCOMPLETE_TYPE_DEFINITION.ARRAY", {}, t, t);
      p.next();
      const element = parseDataTypeAt(p);
      p.expectCloseAngle();
      return ArrayType(element, true);
    }
    case "MAP": {
      if (!p.isOp("<")) p.contextError("INCOMPLETE_TYPE_DEFINITION.MAP", {}, t, t);
      p.next();
      const key = parseDataTypeAt(p);
      p.expectOp(",");
      const value = parseDataTypeAt(p);
      p.expectCloseAngle();
      return MapType(key, value, true);
    }
    case "STRUCT": {
      if (p.acceptOp("<>")) return StructType([]); // `<>` lexes as one operator
      if (!p.isOp("<")) p.contextError("INCOMPLETE_TYPE_DEFINITION.STRUCT", {}, t, t);
      p.next();
      const fields: StructField[] = [];
      if (!p.isOp(">") && !p.isOp(">>") && !p.isOp(">>>")) {
        do fields.push(parseColumn(p, true)); while (p.acceptOp(","));
      }
      p.expectCloseAngle();
      return StructType(fields);
    }
    case "DECIMAL":
    case "DEC":
    case "NUMERIC": {
      if (!p.acceptOp("(")) return DecimalType(10, 0);
      const precision = integerArg(p);
      const scale = p.acceptOp(",") ? integerArg(p) : 0;
      p.expectOp(")");
      if (precision > 38) {
        p.contextError("DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION", { precision: String(precision), maxPrecision: "38" }, t);
      }
      if (scale > precision) {
        p.contextError("_LEGACY_ERROR_TEMP_1228", { scale: String(scale), precision: String(precision) }, t);
      }
      return DecimalType(precision, scale);
    }
    case "CHAR":
    case "CHARACTER":
    case "VARCHAR": {
      if (!p.acceptOp("(")) {
        p.contextError("DATATYPE_MISSING_SIZE", { type: `"${t.text.toUpperCase()}"` }, t, t);
      }
      const n = integerArg(p);
      p.expectOp(")");
      return name === "VARCHAR" ? VarcharType(n) : CharType(n);
    }
    case "INTERVAL":
      return parseIntervalType(p);
    default: {
      const simple = SIMPLE[name];
      if (simple) {
        // STRING COLLATE x: collations are accepted and ignored (UTF8_BINARY semantics).
        if (name === "STRING" && p.acceptWord("COLLATE")) p.identifier(true);
        return simple();
      }
      return unsupported(p, t);
    }
  }
}

function unsupported(p: SqlParser, t: Token): never {
  // Spark reports the type with its parameters, e.g. "FOO(1)"
  let end = t;
  if (p.isOp("(")) {
    while (!p.atEnd() && !p.isOp(")")) p.next();
    end = p.next();
  }
  const text = p.sql.slice(t.offset, end.end).toUpperCase();
  return p.contextError("UNSUPPORTED_DATATYPE", { typeName: `"${text}"` }, t, end);
}

function integerArg(p: SqlParser): number {
  const t = p.peek();
  if (t.type !== "number" || t.numberKind !== "integer") return p.fail(t);
  p.next();
  return Number(t.value);
}

function parseIntervalType(p: SqlParser): DataType {
  const from = p.peek();
  if (from.type !== "word" || (!(from.value in YM_FIELDS) && !(from.value in DT_FIELDS))) {
    return CalendarIntervalType();
  }
  p.next();
  let to = from;
  if (p.acceptWord("TO")) to = p.next();
  if (from.value in YM_FIELDS) {
    const end = YM_FIELDS[to.value];
    if (end === undefined || end < YM_FIELDS[from.value]!) return p.fail(to);
    return YearMonthIntervalType(YM_FIELDS[from.value]!, end);
  }
  const end = DT_FIELDS[to.value];
  if (end === undefined || end < DT_FIELDS[from.value]!) return p.fail(to);
  return DayTimeIntervalType(DT_FIELDS[from.value]!, end);
}

/**
 * A column / struct field: `name [:] type [NOT NULL] [COMMENT 'text']`. The colon is allowed in
 * STRUCT<...> fields and in "a: INT, b: STRING" schema strings. DEFAULT and GENERATED clauses of
 * table columns are skipped by the caller.
 */
export function parseColumn(p: SqlParser, allowColon: boolean): StructField {
  const name = p.errorCapturingIdentifier(true);
  if (allowColon) p.acceptOp(":");
  const dataType = parseDataTypeAt(p);
  let nullable = true;
  let comment: string | undefined;
  for (;;) {
    if (p.acceptWords("NOT", "NULL")) nullable = false;
    else if (p.acceptWord("NULL")) nullable = true;
    else if (p.acceptWord("COMMENT")) comment = parseStringValue(p);
    else break;
  }
  return StructField(name, dataType, nullable, comment !== undefined ? { comment } : undefined);
}
