// Expected trees recorded from Spark 4.1 StructType.treeString / df.printSchema().
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ArrayType, BinaryType, DoubleType, IntegerType, MapType, NullType, StringType, StructField, StructType,
} from "../../src/types/data-type.js";
import { treeString } from "../../src/types/tree-string.js";

const nested = StructType([
  StructField(
    "a",
    ArrayType(
      StructType([
        StructField("x", IntegerType()),
        StructField("y", MapType(StructType([StructField("k", IntegerType())]), ArrayType(StringType()))),
      ]),
    ),
  ),
  StructField("b", MapType(StringType(), StructType([StructField("z", BinaryType())]))),
  StructField("c", ArrayType(ArrayType(IntegerType()))),
  StructField("d", NullType()),
]);

test("treeString prints nested arrays, maps and structs as Spark does", () => {
  assert.equal(
    treeString(nested),
    "root\n |-- a: array (nullable = true)\n |    |-- element: struct (containsNull = true)\n |    |    |-- x: integer (nullable = true)\n |    |    |-- y: map (nullable = true)\n |    |    |    |-- key: struct\n |    |    |    |    |-- k: integer (nullable = true)\n |    |    |    |-- value: array (valueContainsNull = true)\n |    |    |    |    |-- element: string (containsNull = true)\n |-- b: map (nullable = true)\n |    |-- key: string\n |    |-- value: struct (valueContainsNull = true)\n |    |    |-- z: binary (nullable = true)\n |-- c: array (nullable = true)\n |    |-- element: array (containsNull = true)\n |    |    |-- element: integer (containsNull = true)\n |-- d: void (nullable = true)\n",
  );
});

test("treeString(level) stops at the given depth", () => {
  assert.equal(
    treeString(nested, 2),
    "root\n |-- a: array (nullable = true)\n |    |-- element: struct (containsNull = true)\n |-- b: map (nullable = true)\n |    |-- key: string\n |    |-- value: struct (valueContainsNull = true)\n |-- c: array (nullable = true)\n |    |-- element: array (containsNull = true)\n |-- d: void (nullable = true)\n",
  );
});

test("treeString shows nullability of top-level and nested fields", () => {
  const s = StructType([
    StructField("a", IntegerType(), false),
    StructField("b", StructType([StructField("c", StringType())])),
    StructField("m", MapType(StringType(), DoubleType())),
  ]);
  assert.equal(
    treeString(s),
    "root\n |-- a: integer (nullable = false)\n |-- b: struct (nullable = true)\n |    |-- c: string (nullable = true)\n |-- m: map (nullable = true)\n |    |-- key: string\n |    |-- value: double (valueContainsNull = true)\n",
  );
  assert.equal(treeString(StructType([])), "root\n");
});
