// Group ids across batches of different encodings: equal values get one id whatever the
// vector encoding (utf8 bytes, JS strings, dictionary codes), null is one group, and composite
// keys rebuild their key columns in group order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { GroupTable } from "../../../../src/exec/operators/aggregate/group-table.js";
import { dictionaryEncode } from "../../../../src/exec/batch/dictionary.js";
import { encodeUtf8Vector } from "../../../../src/exec/batch/utf8.js";
import { vectorToArray } from "../../../../src/exec/batch/access.js";
import { vectorFromValues } from "../../../../src/exec/batch/builder.js";
import { IntegerType, LongType, StringType } from "../../../../src/types/data-type.js";
import type { ColumnVector } from "../../../../src/exec/batch/column-vector.js";

const ids = (t: GroupTable, cols: ColumnVector[]): number[] => {
  const out = new Int32Array(cols[0]!.length);
  t.assign(cols, out.length, out);
  return [...out];
};

test("string keys: utf8, strings and dict vectors share ids; null is its own group", () => {
  const t = new GroupTable([StringType()]);
  const utf8 = encodeUtf8Vector(["b", "a", "b"], null, StringType());
  assert.deepEqual(ids(t, [utf8]), [0, 1, 0]);
  const strings: ColumnVector = { encoding: "strings", type: StringType(), length: 3, validity: new Uint8Array([1, 0, 1]), values: ["a", "", "c"] };
  assert.deepEqual(ids(t, [strings]), [1, 2, 3]);
  const dict = dictionaryEncode(encodeUtf8Vector(["c", "b", "d", "c"], null, StringType()));
  assert.deepEqual(ids(t, [dict]), [3, 0, 4, 3]);
  assert.deepEqual(ids(t, [encodeUtf8Vector(["e", "a"], null, StringType())]), [5, 1]);
  assert.deepEqual(vectorToArray(t.buildKeys()[0]!), ["b", "a", null, "c", "d", "e"]);
});

test("long keys beyond 2^53 and negative values stay distinct", () => {
  const t = new GroupTable([LongType()]);
  const v = vectorFromValues(LongType(), [9007199254740993n, 9007199254740992n, -1n, null, 9007199254740993n, -9223372036854775808n]);
  assert.deepEqual(ids(t, [v]), [0, 1, 2, 3, 0, 4]);
  assert.deepEqual(vectorToArray(t.buildKeys()[0]!), [9007199254740993n, 9007199254740992n, -1n, null, -9223372036854775808n]);
});

test("composite keys number tuples and rebuild each key column", () => {
  const t = new GroupTable([IntegerType(), StringType()]);
  const a = vectorFromValues(IntegerType(), [1, 1, 2, null, 1, 2]);
  const b = vectorFromValues(StringType(), ["x", "y", "x", "x", "x", null]);
  assert.deepEqual(ids(t, [a, b]), [0, 1, 2, 3, 0, 4]);
  const [ka, kb] = t.buildKeys();
  assert.deepEqual(vectorToArray(ka!), [1, 1, 2, null, 2]);
  assert.deepEqual(vectorToArray(kb!), ["x", "y", "x", "x", null]);
});

test("many int groups survive rehashing", () => {
  const t = new GroupTable([IntegerType()]);
  const n = 100_000;
  const values = Array.from({ length: n }, (_, i) => (i * 7919) % 50_000);
  const got = ids(t, [vectorFromValues(IntegerType(), values)]);
  assert.equal(t.size, 50_000);
  const keys = vectorToArray(t.buildKeys()[0]!);
  for (let i = 0; i < n; i += 997) assert.equal(keys[got[i]!], values[i]);
});
