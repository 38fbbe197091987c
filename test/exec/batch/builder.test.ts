import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ArrayType, BinaryType, BooleanType, ByteType, CalendarIntervalType, DataType, DateType, DecimalType, DoubleType,
  FloatType, IntegerType, LongType, MapType, NullType, ShortType, StringType, StructField, StructType, TimestampType,
  VarcharType,
} from "../../../src/types/data-type.js";
import { constantVector, createBuilder, nullVector, vectorFromValues } from "../../../src/exec/batch/builder.js";
import { getString, getValue, materializeStrings, vectorToArray } from "../../../src/exec/batch/access.js";
import { CalendarInterval } from "../../../src/values/interval.js";

test("builders choose the encoding and typed array by type", () => {
  const cases: [DataType, string, unknown][] = [
    [BooleanType(), "flat", Uint8Array], [ByteType(), "flat", Int8Array], [ShortType(), "flat", Int16Array],
    [IntegerType(), "flat", Int32Array], [DateType(), "flat", Int32Array], [LongType(), "flat", BigInt64Array],
    [TimestampType(), "flat", BigInt64Array], [FloatType(), "flat", Float32Array], [DoubleType(), "flat", Float64Array],
    [DecimalType(18, 2), "flat", BigInt64Array], [DecimalType(19, 2), "boxed", null], [StringType(), "utf8", null],
    [VarcharType(3), "utf8", null], [BinaryType(), "utf8", null], [ArrayType(IntegerType()), "boxed", null],
    [NullType(), "boxed", null], [CalendarIntervalType(), "boxed", null],
  ];
  for (const [t, enc, Ctor] of cases) {
    const v = createBuilder(t).build();
    assert.equal(v.encoding, enc, t.kind);
    if (Ctor) assert.ok(v.encoding === "flat" && v.values instanceof (Ctor as any), t.kind);
  }
});

test("values round-trip through every encoding, with nulls, past the initial capacity", () => {
  const struct = StructType([StructField("a", IntegerType()), StructField("b", StringType())]);
  const cases: [DataType, unknown[]][] = [
    [BooleanType(), [true, false, null, true]],
    [ByteType(), [-128, 127, null]],
    [IntegerType(), Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? null : i * 3 - 1000))],
    [LongType(), [9223372036854775807n, null, -9223372036854775808n, 0n]],
    [DoubleType(), [1.5, -0, NaN, null, Infinity]],
    [FloatType(), [1.5, null, -2.25]],
    [DecimalType(10, 2), [12345n, null, -1n]],
    [DecimalType(38, 10), [10n ** 37n, null]],
    [StringType(), ["", "a", null, "héllo wörld", "日本語", "😀x", "x".repeat(5000)]],
    [BinaryType(), [new Uint8Array([0, 255]), null, new Uint8Array(0)]],
    [ArrayType(IntegerType()), [[1, null], null, []]],
    [MapType(StringType(), IntegerType()), [{ keys: ["a"], values: [1] }, null]],
    [struct, [[1, "x"], null]],
    [CalendarIntervalType(), [new CalendarInterval(1, 2, 3n), null]],
  ];
  for (const [t, values] of cases) {
    const b = createBuilder(t, 2);
    for (const x of values) b.append(x);
    assert.equal(b.length, values.length);
    const v = b.build();
    assert.equal(v.length, values.length);
    assert.deepEqual(vectorToArray(v), values, t.kind);
    assert.equal(v.validity === null, !values.includes(null), `${t.kind} validity only when nulls`);
  }
});

test("built flat and utf8 vectors own exactly-sized buffers (transferable without slack)", () => {
  const b = createBuilder(IntegerType(), 1000);
  b.append(1);
  b.append(2);
  const v = b.build();
  assert.ok(v.encoding === "flat" && v.values.buffer.byteLength === 8);
  const s = vectorFromValues(StringType(), ["ab", "c"]);
  assert.ok(s.encoding === "utf8" && s.bytes.buffer.byteLength === 3 && s.offsets.buffer.byteLength === 12);
});

test("constantVector and nullVector", () => {
  const c = constantVector(IntegerType(), 7, 4);
  assert.deepEqual(vectorToArray(c), [7, 7, 7, 7]);
  const s = constantVector(StringType(), "héllo", 3);
  assert.equal(s.encoding, "dict");
  assert.deepEqual(vectorToArray(s), ["héllo", "héllo", "héllo"]);
  assert.deepEqual(vectorToArray(constantVector(BooleanType(), false, 2)), [false, false]);
  assert.deepEqual(vectorToArray(constantVector(ArrayType(LongType()), [1n], 2)), [[1n], [1n]]);
  for (const t of [IntegerType(), StringType(), ArrayType(IntegerType()), LongType()]) {
    assert.deepEqual(vectorToArray(nullVector(t, 3)), [null, null, null]);
    assert.deepEqual(vectorToArray(constantVector(t, null, 2)), [null, null]);
  }
});

test("getString and materializeStrings over utf8 and dict decode each dictionary entry once", () => {
  const v = vectorFromValues(StringType(), ["a", null, "ß"]);
  assert.equal(getString(v, 2), "ß");
  assert.equal(getString(v, 1), null);
  const m = materializeStrings(v);
  assert.equal(m.encoding, "strings");
  assert.deepEqual(vectorToArray(m), ["a", null, "ß"]);
  const d = constantVector(StringType(), "zz", 3);
  const md = materializeStrings(d);
  assert.deepEqual(md.values, ["zz", "zz", "zz"]);
  assert.ok(md.values[0] === md.values[2]);
  assert.deepEqual(getValue(vectorFromValues(BinaryType(), [new Uint8Array([1, 2])]), 0), new Uint8Array([1, 2]));
});
