// Our snappy decompressor against snappyjs' compressor: text, repetitive runs (overlapping
// copies), wide integers, random bytes; and corrupt input raises SnappyError, never RangeError.
import { test } from "node:test";
import assert from "node:assert/strict";
import SnappyJS from "snappyjs";
import { SnappyError, snappyDecompressInto, snappyUncompressedLength } from "../../../src/io/formats/parquet/codec/snappy-decompress.js";

function rng(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function samples(): Uint8Array[] {
  const rnd = rng(3);
  const text = new TextEncoder().encode(Array.from({ length: 20000 }, (_, i) => `${i},user-${i % 97},${(i * 7.25).toFixed(2)},1996-03-${String((i % 28) + 1).padStart(2, "0")}\n`).join(""));
  const runs = new Uint8Array(300000).map((_, i) => (i % 3 === 0 ? 7 : Math.floor(i / 5000)));
  const longs = new Uint8Array(new BigInt64Array(50000).map((_, i) => BigInt(i * 1000 + (i % 7))).buffer);
  const random = new Uint8Array(100000).map(() => Math.floor(rnd() * 256));
  const tiny = new Uint8Array([1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2]);
  return [text, runs, longs, random, tiny, new Uint8Array(0)];
}

test("decompresses what snappyjs compresses, byte for byte", () => {
  for (const raw of samples()) {
    const packed = SnappyJS.compress(raw) as Uint8Array;
    assert.equal(snappyUncompressedLength(packed), raw.length);
    const out = new Uint8Array(raw.length);
    snappyDecompressInto(packed, out);
    assert.ok(Buffer.from(out).equals(Buffer.from(raw)));
  }
});

test("corrupt snappy input raises SnappyError", () => {
  const rnd = rng(9);
  const packed = SnappyJS.compress(samples()[0]!) as Uint8Array;
  const n = snappyUncompressedLength(packed);
  for (let i = 0; i < 300; i++) {
    const bad = packed.slice(0, Math.floor(rnd() * packed.length));
    for (let k = 0; k < 4; k++) bad[Math.floor(rnd() * bad.length)] = Math.floor(rnd() * 256);
    try {
      snappyDecompressInto(bad, new Uint8Array(n));
    } catch (e) {
      assert.ok(e instanceof SnappyError, String(e));
    }
  }
});
