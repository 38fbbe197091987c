import { test } from "node:test";
import assert from "node:assert/strict";
import { StringType } from "../../../src/types/data-type.js";
import { vectorFromValues } from "../../../src/exec/batch/builder.js";
import { dictToUtf8, dictionaryEncode, unifyDictionaries } from "../../../src/exec/batch/dictionary.js";
import { materializeStrings, vectorToArray } from "../../../src/exec/batch/access.js";
import { Utf8Interner } from "../../../src/exec/batch/utf8-interner.js";

test("dictionaryEncode: distinct values once, codes in first-seen order, nulls kept", () => {
  const vals = ["b", "a", null, "b", "ü", "a", ""];
  for (const v of [vectorFromValues(StringType(), vals), materializeStrings(vectorFromValues(StringType(), vals))]) {
    const d = dictionaryEncode(v);
    assert.deepEqual(vectorToArray(d.dictionary), ["b", "a", "ü", ""]);
    assert.deepEqual([...d.codes.filter((_, i) => i !== 2)], [0, 1, 0, 2, 1, 3]);
    assert.deepEqual(vectorToArray(d), vals);
    assert.deepEqual(vectorToArray(dictToUtf8(d)), vals);
  }
});

test("unifyDictionaries remaps codes so equal strings share one code", () => {
  const a = dictionaryEncode(vectorFromValues(StringType(), ["x", "y", "z"]));
  const b = dictionaryEncode(vectorFromValues(StringType(), ["z", "w", "x", null]));
  const u = unifyDictionaries([a, b]);
  const dict = vectorToArray(u.dictionary);
  assert.deepEqual(dict, ["x", "y", "z", "w"]);
  assert.deepEqual([...u.codes[0]!].map((c) => dict[c]), ["x", "y", "z"]);
  assert.deepEqual([...u.codes[1]!].slice(0, 3).map((c) => dict[c]), ["z", "w", "x"]);
});

test("Utf8Interner survives rehashing with many keys", () => {
  const it = new Utf8Interner(4);
  for (let i = 0; i < 10000; i++) assert.equal(it.internString("k" + i), i);
  for (let i = 0; i < 10000; i += 97) assert.equal(it.internString("k" + i), i);
  assert.equal(it.size, 10000);
  assert.equal(vectorToArray(it.toVector())[9999], "k9999");
});
