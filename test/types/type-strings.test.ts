// Expected strings recorded from Spark 4.1 (DataType.simpleString/catalogString/sql/typeName, StructType.toDDL).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ArrayType, BinaryType, BooleanType, ByteType, CalendarIntervalType, CharType, DateType, DayTimeIntervalType,
  DecimalType, DoubleType, FloatType, IntegerType, LongType, MapType, NullType, ShortType, StringType, StructField,
  StructType, TimestampNTZType, TimestampType, VarcharType, YearMonthIntervalType, type DataType,
} from "../../src/types/data-type.js";
import { catalogString, simpleString, sqlTypeName, toDDL, typeName } from "../../src/types/type-strings.js";

// [type, simpleString, sql, typeName]
const cases: [DataType, string, string, string][] = [
  [IntegerType(), "int", "INT", "integer"],
  [LongType(), "bigint", "BIGINT", "long"],
  [ShortType(), "smallint", "SMALLINT", "short"],
  [ByteType(), "tinyint", "TINYINT", "byte"],
  [FloatType(), "float", "FLOAT", "float"],
  [DoubleType(), "double", "DOUBLE", "double"],
  [DecimalType(10, 2), "decimal(10,2)", "DECIMAL(10,2)", "decimal(10,2)"],
  [StringType(), "string", "STRING", "string"],
  [CharType(3), "char(3)", "CHAR(3)", "char(3)"],
  [VarcharType(5), "varchar(5)", "VARCHAR(5)", "varchar(5)"],
  [BinaryType(), "binary", "BINARY", "binary"],
  [BooleanType(), "boolean", "BOOLEAN", "boolean"],
  [DateType(), "date", "DATE", "date"],
  [TimestampType(), "timestamp", "TIMESTAMP", "timestamp"],
  [TimestampNTZType(), "timestamp_ntz", "TIMESTAMP_NTZ", "timestamp_ntz"],
  [YearMonthIntervalType(), "interval year to month", "INTERVAL YEAR TO MONTH", "interval year to month"],
  [YearMonthIntervalType(0, 0), "interval year", "INTERVAL YEAR", "interval year"],
  [YearMonthIntervalType(1, 1), "interval month", "INTERVAL MONTH", "interval month"],
  [DayTimeIntervalType(), "interval day to second", "INTERVAL DAY TO SECOND", "interval day to second"],
  [DayTimeIntervalType(1, 2), "interval hour to minute", "INTERVAL HOUR TO MINUTE", "interval hour to minute"],
  [DayTimeIntervalType(3, 3), "interval second", "INTERVAL SECOND", "interval second"],
  [DayTimeIntervalType(0, 1), "interval day to hour", "INTERVAL DAY TO HOUR", "interval day to hour"],
  [CalendarIntervalType(), "interval", "INTERVAL", "interval"],
  [NullType(), "void", "VOID", "void"],
  [ArrayType(StringType()), "array<string>", "ARRAY<STRING>", "array"],
  [MapType(StringType(), IntegerType()), "map<string,int>", "MAP<STRING, INT>", "map"],
  [
    StructType([StructField("a", IntegerType()), StructField("b", StringType())]),
    "struct<a:int,b:string>",
    "STRUCT<a: INT, b: STRING>",
    "struct",
  ],
];

test("simpleString, catalogString, sql and typeName of every type", () => {
  for (const [t, simple, sql, name] of cases) {
    assert.equal(simpleString(t), simple);
    assert.equal(catalogString(t), simple);
    assert.equal(sqlTypeName(t), sql);
    assert.equal(typeName(t), name);
  }
});

test("nested types print field names bare in simpleString and quoted when needed in sql", () => {
  const t = ArrayType(
    StructType([
      StructField("a b", IntegerType()),
      StructField("c", MapType(StringType(), ArrayType(IntegerType()))),
    ]),
  );
  assert.equal(simpleString(t), "array<struct<a b:int,c:map<string,array<int>>>>");
  assert.equal(sqlTypeName(t), "ARRAY<STRUCT<`a b`: INT, c: MAP<STRING, ARRAY<INT>>>>");
  const s = StructType([StructField("x", IntegerType(), false), StructField("y", StringType(), true, { comment: "hello" })]);
  assert.equal(sqlTypeName(s), "STRUCT<x: INT NOT NULL, y: STRING COMMENT 'hello'>");
  assert.equal(simpleString(s), "struct<x:int,y:string>");
});

test("simpleString truncates structs after 25 fields; catalogString and sql do not", () => {
  const s = StructType(Array.from({ length: 30 }, (_, i) => StructField(`c${i}`, IntegerType())));
  const first25 = Array.from({ length: 25 }, (_, i) => `c${i}:int`).join(",");
  assert.equal(simpleString(s), `struct<${first25},... 5 more fields>`);
  assert.equal(catalogString(s), `struct<${Array.from({ length: 30 }, (_, i) => `c${i}:int`).join(",")}>`);
  assert.ok(sqlTypeName(s).endsWith("c29: INT>"));
});

test("toDDL quotes names that are not plain identifiers and escapes comments", () => {
  const s = StructType([
    StructField("a", IntegerType(), false),
    StructField("b", StructType([StructField("c", StringType()), StructField("d e", ArrayType(IntegerType()))]), true, {
      comment: "x'y",
    }),
    StructField("m", MapType(StringType(), DoubleType())),
  ]);
  assert.equal(toDDL(s), "a INT NOT NULL,b STRUCT<c: STRING, `d e`: ARRAY<INT>> COMMENT 'x\\'y',m MAP<STRING, DOUBLE>");
  const names = StructType(["a`b", "c.d", "1x", "_e", "E", "select", "123", "a1", "_1", "é", "a-b", ""].map((n) => StructField(n, IntegerType())));
  assert.equal(toDDL(names), "`a``b` INT,`c.d` INT,`1x` INT,_e INT,E INT,select INT,`123` INT,a1 INT,_1 INT,`é` INT,`a-b` INT,`` INT");
});
