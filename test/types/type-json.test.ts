// Expected JSON recorded from Spark 4.1 DataType.json / DataType.fromJson.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ArrayType, CalendarIntervalType, CharType, DayTimeIntervalType, DecimalType, IntegerType, LongType, MapType, NullType,
  StringType, StructField, StructType, TimestampType, YearMonthIntervalType, dataTypeEquals, type DataType,
} from "../../src/types/data-type.js";
import { dataTypeFromJson, dataTypeToJson } from "../../src/types/type-json.js";

test("dataTypeToJson writes Spark's JSON byte for byte", () => {
  assert.equal(dataTypeToJson(IntegerType()), '"integer"');
  assert.equal(dataTypeToJson(DecimalType(10, 2)), '"decimal(10,2)"');
  assert.equal(dataTypeToJson(NullType()), '"void"');
  assert.equal(dataTypeToJson(CalendarIntervalType()), '"interval"');
  assert.equal(dataTypeToJson(YearMonthIntervalType()), '"interval year to month"');
  assert.equal(dataTypeToJson(ArrayType(StringType())), '{"type":"array","elementType":"string","containsNull":true}');
  assert.equal(dataTypeToJson(ArrayType(IntegerType(), false)), '{"type":"array","elementType":"integer","containsNull":false}');
  assert.equal(
    dataTypeToJson(MapType(IntegerType(), StringType(), false)),
    '{"type":"map","keyType":"integer","valueType":"string","valueContainsNull":false}',
  );
  assert.equal(
    dataTypeToJson(StructType([StructField("a", IntegerType()), StructField("b", StringType())])),
    '{"type":"struct","fields":[{"name":"a","type":"integer","nullable":true,"metadata":{}},{"name":"b","type":"string","nullable":true,"metadata":{}}]}',
  );
  assert.equal(
    dataTypeToJson(StructType([StructField("x", IntegerType(), false), StructField("y", StringType(), true, { comment: "hello" })])),
    '{"type":"struct","fields":[{"name":"x","type":"integer","nullable":false,"metadata":{}},{"name":"y","type":"string","nullable":true,"metadata":{"comment":"hello"}}]}',
  );
});

test("dataTypeFromJson reads what Spark reads, including aliases", () => {
  const cases: [string, DataType][] = [
    ['"null"', NullType()],
    ['"void"', NullType()],
    ['"decimal"', DecimalType(10, 0)],
    ['"decimal(5, 2)"', DecimalType(5, 2)],
    ['"interval"', CalendarIntervalType()],
    ['"char(3)"', CharType(3)],
    ['"timestamp_ltz"', TimestampType()],
    ['"interval year"', YearMonthIntervalType(0, 0)],
    ['"interval day to minute"', DayTimeIntervalType(0, 2)],
    ['"long"', LongType()],
    ['{"type":"struct","fields":[{"name":"a","type":"integer","nullable":true}]}', StructType([StructField("a", IntegerType())])],
  ];
  for (const [json, t] of cases) assert.ok(dataTypeEquals(dataTypeFromJson(json), t), json);
});

test("dataTypeFromJson rejects what Spark rejects with INVALID_JSON_DATA_TYPE", () => {
  for (const json of ['"int"', '"bigint"', '"calendarinterval"', '"interval second to day"', '"foo"', '{"type":"array","elementType":"integer"}']) {
    assert.throws(() => dataTypeFromJson(json), (e: Error) => e.message.startsWith("[INVALID_JSON_DATA_TYPE] Failed to convert the JSON string '"), json);
  }
  assert.throws(() => dataTypeFromJson('"foo"'), {
    message: "[INVALID_JSON_DATA_TYPE] Failed to convert the JSON string 'foo' to a data type. Please enter a valid data type. SQLSTATE: 2203G",
  });
});

test("JSON round-trips nested types with metadata", () => {
  const t = StructType([
    StructField("a", ArrayType(StructType([StructField("x", IntegerType(), false)]), false), true, { k: [1, 2], n: null }),
    StructField("m", MapType(StringType(), ArrayType(DecimalType(38, 18)))),
  ]);
  const back = dataTypeFromJson(dataTypeToJson(t));
  assert.ok(dataTypeEquals(back, t));
  assert.deepEqual((back as typeof t).fields[0]!.metadata, { k: [1, 2], n: null });
});
