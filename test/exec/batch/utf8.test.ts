import { test } from "node:test";
import assert from "node:assert/strict";
import {
  codePointLength, compareStrings, compareUtf8, decodeUtf8, encodeUtf8Vector, utf8Bytes, utf8CodePointLength,
} from "../../../src/exec/batch/utf8.js";

const samples = ["", "a", "b", "ab", "abc", "Z", "é", "ß", "\u00ff", "\u0800", "\ud7ff", "\ue000", "\uffff", "\ufb01",
  "日本", "😀", "😀a", "a😀", "𝄞", "\u{10ffff}", "x".repeat(40), "é".repeat(30)];

test("compareStrings orders by code point (UTF-8 bytes), not by UTF-16 code unit", () => {
  // U+1F600 (surrogate pair D83D DE00) is above U+FFFF in code point order; JS `<` says below.
  assert.ok("😀" < "\uffff");
  assert.ok(compareStrings("😀", "\uffff") > 0);
  assert.ok(compareStrings("\ue000", "𝄞") < 0);
  assert.ok(compareStrings("\ud7ff", "😀") < 0);
  for (const a of samples) {
    for (const b of samples) {
      const ba = utf8Bytes(a), bb = utf8Bytes(b);
      const byBytes = Math.sign(compareUtf8(ba, 0, ba.length, bb, 0, bb.length));
      assert.equal(Math.sign(compareStrings(a, b)), byBytes, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      const byCodePoints = Math.sign(cmpCodePoints(a, b));
      assert.equal(byBytes, byCodePoints);
    }
  }
});

function cmpCodePoints(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!), y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

test("encodeUtf8Vector/decodeUtf8 round-trip and code point lengths", () => {
  const v = encodeUtf8Vector([...samples, null], null);
  assert.equal(v.length, samples.length + 1);
  assert.ok(v.validity !== null && v.validity[samples.length] === 0);
  samples.forEach((s, i) => {
    assert.equal(decodeUtf8(v.bytes, v.offsets[i]!, v.offsets[i + 1]!), s);
    assert.equal(utf8CodePointLength(v.bytes, v.offsets[i]!, v.offsets[i + 1]!), [...s].length);
    assert.equal(codePointLength(s), [...s].length);
  });
  assert.equal(v.bytes.length, samples.reduce((n, s) => n + utf8Bytes(s).length, 0));
});

test("invalid UTF-8 decodes to U+FFFD like Spark's lenient decoding", () => {
  assert.equal(decodeUtf8(new Uint8Array([0x61, 0xff, 0x62]), 0, 3), "a\ufffdb");
});
