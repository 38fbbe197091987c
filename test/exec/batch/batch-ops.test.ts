import { test } from "node:test";
import assert from "node:assert/strict";
import { ArrayType, DoubleType, IntegerType, LongType, StringType } from "../../../src/types/data-type.js";
import {
  batchFromRows, batchToRows, compactBatch, concatBatches, concatVectors, gatherRows, makeBatch, projectColumns,
  sliceBatch,
} from "../../../src/exec/batch/batch-ops.js";
import { vectorFromValues } from "../../../src/exec/batch/builder.js";
import { dictionaryEncode } from "../../../src/exec/batch/dictionary.js";
import { materializeStrings, vectorToArray } from "../../../src/exec/batch/access.js";
import { encodeUtf8Vector } from "../../../src/exec/batch/utf8.js";

const types = [IntegerType(), StringType(), LongType(), ArrayType(DoubleType())];
const rows = [
  [1, "a", 10n, [1.5]],
  [2, null, null, null],
  [null, "ccc", 30n, []],
  [4, "déjà", 40n, [NaN, -0]],
  [5, "", -5n, [2]],
];

test("batchFromRows → batchToRows round-trips and honours the selection", () => {
  const b = batchFromRows(types, rows);
  assert.deepEqual(batchToRows(b), rows);
  const sel = makeBatch(b.columns, b.numRows, new Int32Array([1, 3]));
  assert.deepEqual(batchToRows(sel), [rows[1], rows[3]]);
  assert.deepEqual(batchToRows(compactBatch(sel)), [rows[1], rows[3]]);
  assert.equal(compactBatch(sel).selection, null);
  assert.throws(() => makeBatch(b.columns, 4));
});

test("gatherRows, sliceBatch, projectColumns", () => {
  const b = batchFromRows(types, rows);
  assert.deepEqual(batchToRows(gatherRows(b, new Int32Array([4, 0, 0, 2]))), [rows[4], rows[0], rows[0], rows[2]]);
  const s = sliceBatch(b, 1, 4);
  assert.deepEqual(batchToRows(s), rows.slice(1, 4));
  const sc = s.columns[1]!;
  assert.ok(sc.encoding === "utf8" && sc.offsets[0] === 0 && sc.bytes.length === "cccdéjà".length + 2);
  const withSel = makeBatch(b.columns, 5, new Int32Array([0, 2, 3, 4]));
  assert.deepEqual(batchToRows(sliceBatch(withSel, 1, 3)), [rows[2], rows[3]]);
  assert.deepEqual(batchToRows(projectColumns(b, [2, 0])), rows.map((r) => [r[2], r[0]]));
  // gathering only valid rows drops the validity buffer
  assert.equal(gatherRows(b, new Int32Array([0, 3])).columns[0]!.validity, null);
});

test("concatBatches applies selections and mixes string encodings", () => {
  const b1 = batchFromRows(types, rows.slice(0, 2));
  const b2 = makeBatch(batchFromRows(types, rows).columns, 5, new Int32Array([2, 4]));
  const c = concatBatches(types, [b1, b2]);
  assert.deepEqual(batchToRows(c), [rows[0], rows[1], rows[2], rows[4]]);
  const s = StringType();
  const utf8 = vectorFromValues(s, ["x", null]);
  const dict = dictionaryEncode(vectorFromValues(s, ["y", "x", "y"]));
  const strs = materializeStrings(vectorFromValues(s, ["z", null]));
  const mixed = concatVectors(s, [utf8, dict, strs]);
  assert.equal(mixed.encoding, "utf8");
  assert.deepEqual(vectorToArray(mixed), ["x", null, "y", "x", "y", "z", null]);
});

test("concatenating dict vectors with different dictionaries merges them correctly", () => {
  const s = StringType();
  const a = dictionaryEncode(encodeUtf8Vector(["red", "green", null, "red"], new Uint8Array([1, 1, 0, 1])));
  const b = dictionaryEncode(vectorFromValues(s, ["blue", "red", "blue"]));
  const c = dictionaryEncode(materializeStrings(vectorFromValues(s, ["green", "violet"])));
  assert.notEqual(a.dictionary, b.dictionary);
  const m = concatVectors(s, [a, b, c]);
  assert.equal(m.encoding, "dict");
  assert.deepEqual(vectorToArray(m), ["red", "green", null, "red", "blue", "red", "blue", "green", "violet"]);
  if (m.encoding === "dict") {
    assert.equal(m.dictionary.length, 4); // red, green, blue, violet — each once
    assert.equal(m.codes[0], m.codes[5]); // "red" has one code across inputs
  }
  // same dictionary object: codes are just concatenated
  const same = concatVectors(s, [a, a]);
  assert.ok(same.encoding === "dict" && same.dictionary === a.dictionary);
});
