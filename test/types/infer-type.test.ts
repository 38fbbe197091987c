import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ArrayType, BinaryType, BooleanType, DateType, DecimalType, DoubleType, IntegerType, LongType, MapType, NullType,
  StringType, StructField, StructType, TimestampNTZType, TimestampType, dataTypeEquals, type DataType,
} from "../../src/types/data-type.js";
import { inferSchemaFromRows, inferType, mergeTypes } from "../../src/types/infer-type.js";
import { simpleString } from "../../src/types/type-strings.js";
import { Decimal } from "../../src/values/decimal.js";
import { SparkDate } from "../../src/values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../../src/values/timestamp.js";
import { Row } from "../../src/values/row.js";

const eq = (a: DataType, b: DataType): void => assert.equal(simpleString(a), simpleString(b));

test("inferType maps JS values to Spark types", () => {
  eq(inferType(1), IntegerType());
  eq(inferType(-2147483648), IntegerType());
  eq(inferType(2147483648), DoubleType());
  eq(inferType(1.5), DoubleType());
  eq(inferType(Number.NaN), DoubleType());
  eq(inferType(10n), LongType());
  eq(inferType("x"), StringType());
  eq(inferType(true), BooleanType());
  eq(inferType(null), NullType());
  eq(inferType(undefined), NullType());
  eq(inferType(new Decimal(12345n, 2)), DecimalType(5, 2));
  eq(inferType(new Decimal(1n, 3)), DecimalType(3, 3)); // 0.001: precision is at least the scale
  eq(inferType(new Decimal(0n, 0)), DecimalType(1, 0));
  eq(inferType(new SparkDate(0)), DateType());
  eq(inferType(new Timestamp(0n)), TimestampType());
  eq(inferType(new TimestampNTZ(0n)), TimestampNTZType());
  eq(inferType(new Uint8Array([1])), BinaryType());
  eq(inferType([1, 2.5, null]), ArrayType(DoubleType()));
  eq(inferType([]), ArrayType(NullType()));
  eq(inferType(new Map([["a", 1n]])), MapType(StringType(), LongType()));
  eq(inferType({ a: 1, b: { c: "x" } }), StructType([StructField("a", IntegerType()), StructField("b", StructType([StructField("c", StringType())]))]));
  eq(inferType(new Row(["x", "y"], [1, "s"])), StructType([StructField("x", IntegerType()), StructField("y", StringType())]));
  assert.throws(() => inferType(() => 1), /CANNOT_INFER_SCHEMA_FOR_TYPE/);
});

test("mergeTypes widens numbers, lets null and string absorb, and rejects conflicts as PySpark does", () => {
  eq(mergeTypes(IntegerType(), DoubleType()), DoubleType());
  eq(mergeTypes(IntegerType(), LongType()), LongType());
  eq(mergeTypes(NullType(), StringType()), StringType());
  eq(mergeTypes(LongType(), NullType()), LongType());
  eq(mergeTypes(IntegerType(), StringType()), StringType()); // PySpark 4.1: atomic + string → string
  eq(mergeTypes(DateType(), StringType()), StringType());
  eq(mergeTypes(TimestampNTZType(), TimestampType()), TimestampType());
  eq(mergeTypes(DecimalType(5, 2), DecimalType(10, 0)), DecimalType(12, 2));
  eq(mergeTypes(ArrayType(IntegerType()), ArrayType(DoubleType())), ArrayType(DoubleType()));
  eq(
    mergeTypes(StructType([StructField("a", IntegerType())]), StructType([StructField("b", StringType()), StructField("a", NullType())])),
    StructType([StructField("a", IntegerType()), StructField("b", StringType())]),
  );
  // Messages recorded from PySpark 4.1.
  assert.throws(() => mergeTypes(BooleanType(), LongType()), {
    message: "[CANNOT_MERGE_TYPE] Can not merge type `BooleanType` and `LongType`.",
  });
  assert.throws(() => mergeTypes(DateType(), TimestampType()), {
    message: "[CANNOT_MERGE_TYPE] Can not merge type `DateType` and `TimestampType`.",
  });
  assert.throws(() => mergeTypes(ArrayType(IntegerType()), StringType()), {
    message: "[CANNOT_MERGE_TYPE] Can not merge type `ArrayType` and `StringType`.",
  });
});

test("inferSchemaFromRows keeps the first row's key order and appends later keys", () => {
  const schema = inferSchemaFromRows([{ b: 1, a: "x" }, { a: null, b: 2.5, c: true }]);
  assert.equal(simpleString(schema), "struct<b:double,a:string,c:boolean>");
  assert.ok(schema.fields.every((f) => f.nullable));
  const fromRows = inferSchemaFromRows([new Row(["id", "when"], [1n, new SparkDate(1)])]);
  assert.ok(dataTypeEquals(fromRows, StructType([StructField("id", LongType()), StructField("when", DateType())])));
});

test("inferSchemaFromRows raises PySpark's errors for empty input and undeterminable types", () => {
  assert.throws(() => inferSchemaFromRows([]), { message: "[CANNOT_INFER_EMPTY_SCHEMA] Can not infer schema from an empty dataset." });
  assert.throws(() => inferSchemaFromRows([{ a: null }]), {
    message: "[CANNOT_DETERMINE_TYPE] Some of types cannot be determined after inferring.",
  });
  assert.throws(() => inferSchemaFromRows([{ a: 1 }, { a: [1] }]), /CANNOT_MERGE_TYPE/);
});
