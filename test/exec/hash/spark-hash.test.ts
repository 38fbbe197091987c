import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  ArrayType, BinaryType, BooleanType, ByteType, CalendarIntervalType, DataType, DateType, DayTimeIntervalType,
  DecimalType, DoubleType, FloatType, IntegerType, LongType, MapType, NullType, ShortType, StringType, StructField,
  StructType, TimestampNTZType, TimestampType, YearMonthIntervalType,
} from "../../../src/types/data-type.js";
import { murmur3Hash, xxhash64 } from "../../../src/exec/hash/spark-hash.js";
import { CalendarInterval } from "../../../src/values/interval.js";

// Expected values come from real PySpark 4.1 (fixtures/spark-hash-oracle.py, session time zone UTC).
const oracle = JSON.parse(readFileSync(new URL("./fixtures/spark-hash-oracle.json", import.meta.url), "utf8")) as Record<
  string,
  string | number[]
>;

const I = IntegerType(), L = LongType(), S = StringType(), D = DoubleType(), F = FloatType();
const bytes = (...b: number[]) => new Uint8Array(b);
const dec = (p: number, s: number) => DecimalType(p, s);
const days = (iso: string) => Math.round(Date.parse(iso + "T00:00:00Z") / 86400000);
const micros = (iso: string, frac: number) => BigInt(Date.parse(iso + "Z")) * 1000n + BigInt(frac);
const st = (...ts: DataType[]) => StructType(ts.map((t, i) => StructField(`c${i}`, t)));

// expression (as in the fixture) → [internal values, types]
const cases: Record<string, [unknown[], DataType[]]> = {
  "1": [[1], [I]], "0": [[0], [I]], "-1": [[-1], [I]],
  "2147483647": [[2147483647], [I]], "-2147483648": [[-2147483648], [I]],
  "cast(1 as tinyint)": [[1], [ByteType()]], "cast(-5 as tinyint)": [[-5], [ByteType()]],
  "cast(1 as smallint)": [[1], [ShortType()]], "cast(300 as smallint)": [[300], [ShortType()]],
  "1L": [[1n], [L]], "-1L": [[-1n], [L]], "0L": [[0n], [L]],
  "9223372036854775807L": [[9223372036854775807n], [L]], "-9223372036854775808L": [[-9223372036854775808n], [L]],
  "4294967296L": [[4294967296n], [L]],
  "true": [[true], [BooleanType()]], "false": [[false], [BooleanType()]],
  "cast(1.5 as float)": [[1.5], [F]], "cast(-0.0 as float)": [[-0], [F]], "cast(0.0 as float)": [[0], [F]],
  "cast('NaN' as float)": [[NaN], [F]], "cast('Infinity' as float)": [[Infinity], [F]],
  "cast(1.5 as double)": [[1.5], [D]], "cast(-0.0 as double)": [[-0], [D]], "cast(0.0 as double)": [[0], [D]],
  "cast('NaN' as double)": [[NaN], [D]], "cast(3.141592653589793 as double)": [[3.141592653589793], [D]],
  "''": [[""], [S]], "'a'": [["a"], [S]], "'ab'": [["ab"], [S]], "'abc'": [["abc"], [S]], "'abcd'": [["abcd"], [S]],
  "'abcde'": [["abcde"], [S]], "'abcdefgh'": [["abcdefgh"], [S]], "'Spark'": [["Spark"], [S]],
  "'héllo'": [["héllo"], [S]], "'日本語'": [["日本語"], [S]], "'😀'": [["😀"], [S]],
  "'The quick brown fox jumps over the lazy dog'": [["The quick brown fox jumps over the lazy dog"], [S]],
  "X''": [[bytes()], [BinaryType()]], "X'00FF'": [[bytes(0, 255)], [BinaryType()]],
  "X'0102030405'": [[bytes(1, 2, 3, 4, 5)], [BinaryType()]],
  "cast(null as int)": [[null], [I]], "null": [[null], [NullType()]], "cast(null as string)": [[null], [S]],
  "1, 2": [[1, 2], [I, I]],
  "'Spark', array(123), 2": [["Spark", [123], 2], [S, ArrayType(I), I]],
  "1, null, 2": [[1, null, 2], [I, NullType(), I]],
  "array(1,2,3)": [[[1, 2, 3]], [ArrayType(I)]], "array(1,null,3)": [[[1, null, 3]], [ArrayType(I)]],
  "array()": [[[]], [ArrayType(NullType())]], "array('a','bc')": [[["a", "bc"]], [ArrayType(S)]],
  "struct(1,'a')": [[[1, "a"]], [st(I, S)]],
  "struct(1L, cast(null as int), 2.5d)": [[[1n, null, 2.5]], [st(L, I, D)]],
  "array(array(1),array(2,3))": [[[[1], [2, 3]]], [ArrayType(ArrayType(I))]],
  "date'2024-01-15'": [[days("2024-01-15")], [DateType()]], "date'1970-01-01'": [[0], [DateType()]],
  "date'1900-03-01'": [[days("1900-03-01")], [DateType()]],
  "timestamp'2024-01-15 10:00:00.123456'": [[micros("2024-01-15T10:00:00", 123456)], [TimestampType()]],
  "timestamp_ntz'2024-01-15 10:00:00.123456'": [[micros("2024-01-15T10:00:00", 123456)], [TimestampNTZType()]],
  "timestamp'1969-12-31 23:59:59.999999'": [[-1n], [TimestampType()]],
  "cast(1.23 as decimal(10,2))": [[123n], [dec(10, 2)]], "cast(-1.23 as decimal(5,2))": [[-123n], [dec(5, 2)]],
  "cast(0 as decimal(18,0))": [[0n], [dec(18, 0)]],
  "cast(999999999999999999 as decimal(18,0))": [[999999999999999999n], [dec(18, 0)]],
  "cast(12345678901234567890.123 as decimal(38,3))": [[12345678901234567890123n], [dec(38, 3)]],
  "cast(-1 as decimal(20,0))": [[-1n], [dec(20, 0)]], "cast(128 as decimal(20,0))": [[128n], [dec(20, 0)]],
  "cast(-128 as decimal(20,0))": [[-128n], [dec(20, 0)]], "cast(0 as decimal(20,0))": [[0n], [dec(20, 0)]],
  "cast(255 as decimal(25,0))": [[255n], [dec(25, 0)]],
  "cast(-99999999999999999999999999999999999999 as decimal(38,0))": [[-(10n ** 38n - 1n)], [dec(38, 0)]],
  "interval '1' year": [[12], [YearMonthIntervalType(0, 0)]], "interval '14' month": [[14], [YearMonthIntervalType(1, 1)]],
  "interval '1-2' year to month": [[14], [YearMonthIntervalType(0, 1)]],
  "interval '1 02:03:04.5' day to second": [[(((24n + 2n) * 60n + 3n) * 60n + 4n) * 1000000n + 500000n], [DayTimeIntervalType(0, 3)]],
  "interval '-3' day": [[-3n * 86400n * 1000000n], [DayTimeIntervalType(0, 0)]],
  "map(1,'a')": [[{ keys: [1], values: ["a"] }], [MapType(I, S)]],
  "map('a',1,'b',2)": [[{ keys: ["a", "b"], values: [1, 2] }], [MapType(S, I)]],
  "map(1, cast(null as string))": [[{ keys: [1], values: [null] }], [MapType(I, S)]],
  "make_interval(1,2,0,3,4,5,6.5)": [[new CalendarInterval(14, 3, ((4n * 60n + 5n) * 60n) * 1000000n + 6500000n)], [CalendarIntervalType()]],
  "cast(1 as tinyint), cast(1 as smallint), 1, 1L": [[1, 1, 1, 1n], [ByteType(), ShortType(), I, L]],
};

test("every oracle expression has a case", () => {
  const exprs = Object.keys(oracle).filter((k) => k.startsWith("hash(")).map((k) => k.slice(5, -1));
  assert.deepEqual(exprs.filter((e) => !(e in cases)), []);
});

for (const [expr, [values, types]] of Object.entries(cases)) {
  test(`hash(${expr}) and xxhash64(${expr}) match Spark`, () => {
    assert.equal(String(murmur3Hash(values, types)), oracle[`hash(${expr})`]);
    assert.equal(String(xxhash64(values, types)), oracle[`xxhash64(${expr})`]);
  });
}

test("Spark docs examples", () => {
  assert.equal(murmur3Hash(["Spark", [123], 2], [S, ArrayType(I), I]), -1321691492);
  assert.equal(xxhash64(["Spark", [123], 2], [S, ArrayType(I), I]), 5602566077635097486n);
});
