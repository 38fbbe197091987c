// Expected cells are read from PySpark 4.1.1's df.show(truncate=False) output (fixture).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toPrettyString } from "../../../src/exec/cast/index.js";
import { MapData } from "../../../src/values/map-data.js";
import {
  ArrayType, BinaryType, BooleanType, DataType, DateType, DayTimeIntervalType, DecimalType, DoubleType, FloatType,
  IntegerType, MapType, NullType, StringType, StructField, StructType, TimestampNTZType, TimestampType,
  YearMonthIntervalType,
} from "../../../src/types/data-type.js";

const here = new URL(".", import.meta.url).pathname;
const shows = JSON.parse(readFileSync(join(here, "fixtures/spark-cast-oracle.json"), "utf8")).shows as Record<string, string>;
const cell = (expr: string): string => {
  const out = shows[expr];
  assert.ok(out, `no show output recorded for ${expr}`);
  return out.split("\n")[3]!.replace(/^\|/, "").replace(/\|$/, "").trimEnd();
};

const I = IntegerType(), S = StringType();
const CASES: [string, unknown, DataType][] = [
  ["1.5d", 1.5, DoubleType()],
  ["cast(0.1 as float)", Math.fround(0.1), FloatType()],
  ["1e10d", 1e10, DoubleType()],
  ["cast(1e-10 as decimal(20,10))", 1n, DecimalType(20, 10)],
  ["X'48656C6C6F'", new Uint8Array([0x48, 0x65, 0x6c, 0x6c, 0x6f]), BinaryType()],
  ["array(1,2,null)", [1, 2, null], ArrayType(I)],
  ["map('a',1,'b',null)", new MapData(["a", "b"], [1, null]), MapType(S, I)],
  ["named_struct('a',1,'b','abc')", [1, "abc"], StructType([StructField("a", I), StructField("b", S)])],
  ["named_struct('a',null,'b',array(1,null))", [null, [1, null]], StructType([StructField("a", NullType()), StructField("b", ArrayType(I))])],
  ["array(array(1), null)", [[1], null], ArrayType(ArrayType(I))],
  ["interval '1-2' year to month", 14, YearMonthIntervalType(0, 1)],
  ["interval '1 02:03:04' day to second", 93784000000n, DayTimeIntervalType(0, 3)],
  ["true", true, BooleanType()],
  ["null", null, NullType()],
  ["date'2020-01-05'", 18266, DateType()],
  ["timestamp'2020-01-05 01:02:03.5'", 1578186123500000n, TimestampType()],
  ["array(X'01FF')", [new Uint8Array([1, 255])], ArrayType(BinaryType())],
  ["map(1, array(null))", new MapData([1], [[null]]), MapType(I, ArrayType(NullType()))],
  ["cast(null as string)", null, S],
  ["array(cast(null as string))", [null], ArrayType(S)],
  ["array('a', null)", ["a", null], ArrayType(S)],
  ["array(1.0d, -0.0d, cast('NaN' as double))", [1, -0, NaN], ArrayType(DoubleType())],
  ["array(cast(1.5 as decimal(3,2)))", [150n], ArrayType(DecimalType(3, 2))],
  ["named_struct('d', date'2020-01-01', 't', timestamp'2020-01-01 00:00:00')", [18262, 1577836800000000n], StructType([StructField("d", DateType()), StructField("t", TimestampType())])],
  ["'a\\nb'", "a\nb", S],
  ["array(cast(0.1 as float))", [Math.fround(0.1)], ArrayType(FloatType())],
  ["map('k', named_struct('x', 1))", new MapData(["k"], [[1]]), MapType(S, StructType([StructField("x", I)]))],
  ["X''", new Uint8Array([]), BinaryType()],
  ["array(timestamp_ntz'2020-01-01 01:02:03')", [1577840523000000n], ArrayType(TimestampNTZType())],
];

test("toPrettyString prints what PySpark's show() prints", () => {
  assert.equal(CASES.length, Object.keys(shows).length);
  for (const [expr, value, type] of CASES) {
    assert.equal(toPrettyString(value, type, "UTC"), cell(expr), expr);
  }
});
