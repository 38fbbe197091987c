import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { canCast } from "../../../src/exec/cast/index.js";
import {
  ArrayType, BinaryType, BooleanType, ByteType, DataType, DateType, DayTimeIntervalType, DecimalType, DoubleType,
  FloatType, IntegerType, LongType, MapType, NullType, ShortType, StringType, StructField, StructType, TimestampNTZType,
  TimestampType, YearMonthIntervalType,
} from "../../../src/types/data-type.js";

const here = new URL(".", import.meta.url).pathname;
const TYPES: Record<string, DataType> = {
  boolean: BooleanType(), tinyint: ByteType(), smallint: ShortType(), int: IntegerType(), bigint: LongType(),
  float: FloatType(), double: DoubleType(), "decimal(10,2)": DecimalType(10, 2), string: StringType(), binary: BinaryType(),
  date: DateType(), timestamp: TimestampType(), timestamp_ntz: TimestampNTZType(),
  "interval year to month": YearMonthIntervalType(0, 1), "interval day to second": DayTimeIntervalType(0, 3),
  "interval year": YearMonthIntervalType(0, 0), "interval day": DayTimeIntervalType(0, 0),
  "array<int>": ArrayType(IntegerType()), "array<string>": ArrayType(StringType()),
  "map<string,int>": MapType(StringType(), IntegerType()), "map<string,string>": MapType(StringType(), StringType()),
  "struct<a:int>": StructType([StructField("a", IntegerType())]), "struct<a:string>": StructType([StructField("a", StringType())]),
  void: NullType(),
};

test("canCast matches Spark's canCast / canAnsiCast over a type matrix (ANSI, legacy, try_cast)", () => {
  const oracle = JSON.parse(readFileSync(join(here, "fixtures/spark-cast-oracle.json"), "utf8")).canCast as Record<string, true | string>;
  let n = 0;
  for (const [key, ok] of Object.entries(oracle)) {
    const [modeKey, rest] = [key.slice(0, key.indexOf(" ")), key.slice(key.indexOf(" ") + 1)];
    const [src, dst] = rest.split(" -> ");
    const mode = modeKey === "true" ? "ansi" : modeKey === "false" ? "legacy" : "try";
    assert.equal(canCast(TYPES[src!]!, TYPES[dst!]!, mode), ok === true, `${mode}: ${src} -> ${dst}`);
    n++;
  }
  assert.ok(n > 1000);
});
