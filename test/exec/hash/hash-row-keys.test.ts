import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  BooleanType, DataType, DecimalType, DoubleType, FloatType, IntegerType, LongType, ShortType, StringType, ArrayType, MapType,
} from "../../../src/types/data-type.js";
import { batchFromRows, makeBatch } from "../../../src/exec/batch/batch-ops.js";
import { dictionaryEncode } from "../../../src/exec/batch/dictionary.js";
import { encodeUtf8Vector } from "../../../src/exec/batch/utf8.js";
import { vectorFromValues } from "../../../src/exec/batch/builder.js";
import type { Batch } from "../../../src/exec/batch/column-vector.js";
import { hashPartitionIds, hashRowKeys } from "../../../src/exec/hash/hash-row-keys.js";
import { murmur3Hash } from "../../../src/exec/hash/spark-hash.js";
import { encodeKey, normalizeKey } from "../../../src/exec/hash/normalize-key.js";
import { MapData } from "../../../src/values/map-data.js";

const oracle = JSON.parse(readFileSync(new URL("./fixtures/spark-hash-oracle.json", import.meta.url), "utf8"));

test("hashPartitionIds matches Spark's pmod(hash(id), 7) over range(20)", () => {
  const ids = Array.from({ length: 20 }, (_, i) => BigInt(i));
  const batch = makeBatch([vectorFromValues(LongType(), ids)], 20);
  const out = hashPartitionIds(batch, [0], 7, new Int32Array(20));
  assert.deepEqual([...out], oracle.pmod_range20_7);
});

const types: DataType[] = [IntegerType(), LongType(), DoubleType(), StringType(), FloatType(), BooleanType(), ShortType(), DecimalType(10, 2), ArrayType(IntegerType())];
const rows = [
  [1, 1n, 1.5, "Spark", 1.5, true, 3, 123n, [1, 2]],
  [null, -1n, -0, "héllo", -0, false, -3, -1n, null],
  [2147483647, null, NaN, null, NaN, null, null, null, [null]],
  [-5, 9223372036854775807n, 0, "", 0, true, 7, 0n, []],
  [7, 4294967296n, 3.141592653589793, "日本語😀", Infinity, false, 0, 999n, [3]],
];

function expected(b: Batch, keys: number[]): number[] {
  const sel = b.selection ? [...b.selection] : rows.map((_, i) => i);
  return sel.map((i) => murmur3Hash(keys.map((k) => rows[i]![k]), keys.map((k) => types[k]!)));
}

test("hashRowKeys equals per-row hash() for every flat, utf8 and boxed column", () => {
  const b = batchFromRows(types, rows);
  for (let k = 0; k < types.length; k++) {
    assert.deepEqual([...hashRowKeys(b, [k], new Int32Array(rows.length))], expected(b, [k]), `column ${types[k]!.kind}`);
  }
  const all = types.map((_, i) => i);
  assert.deepEqual([...hashRowKeys(b, all, new Int32Array(rows.length))], expected(b, all));
});

test("hashRowKeys honours the selection and handles dict and strings encodings", () => {
  const b0 = batchFromRows(types, rows);
  const strs = rows.map((r) => r[3] as string | null);
  const validity = new Uint8Array(strs.map((s) => (s === null ? 0 : 1)));
  const utf8 = encodeUtf8Vector(strs, validity);
  const dict = dictionaryEncode(utf8);
  const strings = { encoding: "strings" as const, type: StringType(), length: 5, validity, values: strs.map((s) => s ?? "") };
  const sel = new Int32Array([0, 2, 4]);
  for (const col of [dict, strings, utf8]) {
    const cols = [...b0.columns];
    cols[3] = col;
    const b = makeBatch(cols, 5, sel);
    // dict as first key (per-entry hashing) and as a later key (seeded per row)
    assert.deepEqual([...hashRowKeys(b, [3], new Int32Array(3))], expected(b, [3]), col.encoding);
    assert.deepEqual([...hashRowKeys(b, [0, 3, 1], new Int32Array(3))], expected(b, [0, 3, 1]), col.encoding);
  }
});

test("normalizeKey and encodeKey equate -0.0/0.0 and NaNs, and keep distinct keys distinct", () => {
  const D = DoubleType();
  assert.ok(Object.is(normalizeKey(-0, D), 0));
  assert.deepEqual(normalizeKey([-0, NaN, 1], ArrayType(D)), [0, NaN, 1]);
  assert.equal(encodeKey([-0], [D]), encodeKey([0], [D]));
  const S = StringType(), I = IntegerType();
  assert.equal(encodeKey([-0, "a"], [D, S]), encodeKey([0, "a"], [D, S]));
  assert.equal(encodeKey([NaN, "a"], [D, S]), encodeKey([0 / 0, "a"], [D, S]));
  // injective across tricky boundaries
  const keys = [
    encodeKey(["a;", "b"], [S, S]), encodeKey(["a", ";b"], [S, S]), encodeKey([null, "x"], [S, S]),
    encodeKey(["~", "x"], [S, S]), encodeKey([1, 23], [I, I]), encodeKey([12, 3], [I, I]),
    encodeKey([[1, 2]], [ArrayType(I)]), encodeKey([[12]], [ArrayType(I)]),
  ];
  assert.equal(new Set(keys).size, keys.length);
});

test("normalizeKey rebuilds maps as MapData with normalized keys and values", () => {
  const t = MapType(DoubleType(), DoubleType());
  const n = normalizeKey(new MapData([-0], [NaN]), t) as MapData;
  assert.ok(n instanceof MapData);
  assert.ok(Object.is(n.keys[0], 0));
  assert.ok(Number.isNaN(n.values[0]));
});
